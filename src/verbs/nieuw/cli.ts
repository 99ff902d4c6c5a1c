// `motie nieuw "<tekst>" --verantwoordelijk <CODE[,CODE]> [--soort …] [--titel …] [--termijn …
// [--bevestig]] [--kamerstuk …] [--indieners "<naam>;<naam>"] [--door <naam>] [--json]`: what the
// form of `/motie nieuw` asks, as flags, through the same use case.
import { addItem, checkNewItem, type AddItemProblem, type NewItemInput } from '../../app/index.ts';
import { withApp } from '../../cli/db.ts';
import { itemJsonText } from '../../cli/item-json.ts';
import { argsText, cliRequest } from '../../cli/item-verb.ts';
import type { CliRun } from '../../cli/types.ts';
import { TERM_CLI } from '../../texts/cli.nl.ts';
import { USAGE } from '../../texts/cli-usage.nl.ts';
import { pastTermQuestionNl, termInputNl } from '../../texts/dates.nl.ts';
import { explainDate } from '../../texts/explain-date.nl.ts';

function problemText(problem: AddItemProblem, kamerstuk = ''): string {
  switch (problem.code) {
    case 'ITEM_TEXT_MISSING':
      return TERM_CLI.textMissing;
    case 'ITEM_CODES_MISSING':
      return TERM_CLI.codesMissing;
    case 'ITEM_CODE_UNKNOWN':
      return TERM_CLI.codeUnknown(problem.word);
    case 'ITEM_CODES_NOT_ALLOWED':
      return TERM_CLI.codesNotAllowed(problem.codes);
    case 'ITEM_KAMERSTUK_UNREADABLE':
      return TERM_CLI.kamerstukUnreadable(kamerstuk);
    case 'ITEM_SUBMITTERS_TOO_LONG':
      return TERM_CLI.submittersTooLong;
    case 'TERM_UNREADABLE':
      return termInputNl(problem.problem);
    case 'TERM_IN_PAST':
      return TERM_CLI.addInPast(pastTermQuestionNl(problem.past));
  }
}

const flag = (value: string | boolean | undefined): string => (typeof value === 'string' ? value : '');

export const nieuwCli: CliRun = (args, io) => {
  const soort = args.flags.soort ?? 'motie';
  if (soort !== 'motie' && soort !== 'toezegging') {
    io.err(TERM_CLI.unknownKind(String(soort)));
    return 2;
  }
  const input: NewItemInput = {
    kind: soort,
    text: argsText(args).trim(),
    title: flag(args.flags.titel).trim(),
    codes: flag(args.flags.verantwoordelijk).split(/[\s,;]+/).filter(Boolean),
    term: flag(args.flags.termijn),
    confirmPastTerm: args.flags.bevestig === true,
    kamerstuk: flag(args.flags.kamerstuk),
    submitters: typeof args.flags.indieners === 'string' ? args.flags.indieners.split(/[;\n]+/) : [],
  };
  // Validate before touching the database: bad input creates nothing, not even the file.
  const { problems } = checkNewItem(input);
  if (problems.length > 0) {
    for (const problem of problems) io.err(problemText(problem, input.kamerstuk));
    io.err(TERM_CLI.usage(USAGE.nieuw));
    return 2;
  }
  return withApp(
    io,
    (ctx) => {
      const result = addItem(ctx, input, cliRequest(args));
      if (!result.ok) {
        for (const problem of result.problems) io.err(problemText(problem, input.kamerstuk));
        return 1;
      }
      io.out(args.flags.json ? itemJsonText(result.item) : TERM_CLI.added(result.item.id, result.item.title, result.expression ? explainDate(result.expression) : null));
      return 0;
    },
    { mayCreate: true },
  );
};
