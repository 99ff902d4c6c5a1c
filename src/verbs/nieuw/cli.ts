// `motie nieuw "<tekst>" --verantwoordelijk <CODE[,CODE]> [--soort …] [--titel …] [--termijn …
// [--bevestig]] [--kamerstuk …] [--indieners "<naam>;<naam>"] [--door <naam>] [--json]`: what the
// form of `/motie nieuw` asks, as flags, through the same use case.
import { addItem, checkNewItem, type NewItemInput } from './add-item.ts';
import { withApp } from '../../cli/db.ts';
import { itemJsonText } from '../../cli/item-json.ts';
import { argsText, cliRequest } from '../../cli/item-verb.ts';
import type { CliRun } from '../../cli/types.ts';
import { NIEUW_HELP } from './help.nl.ts';
import { addItemProblemNl, NIEUW_TEXT } from './texts.nl.ts';
import { explainDate } from '../../texts/explain-date.nl.ts';

const flag = (value: string | boolean | undefined): string => (typeof value === 'string' ? value : '');

export const nieuwCli: CliRun = (args, io) => {
  const soort = args.flags.soort ?? 'motie';
  if (soort !== 'motie' && soort !== 'toezegging') {
    io.err(NIEUW_TEXT.cli.unknownKind(String(soort)));
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
    for (const problem of problems) io.err(addItemProblemNl(problem, 'cli', input.kamerstuk));
    io.err(NIEUW_TEXT.cli.usage(NIEUW_HELP.usage));
    return 2;
  }
  return withApp(
    io,
    (ctx) => {
      const result = addItem(ctx, input, cliRequest(args));
      if (!result.ok) {
        for (const problem of result.problems) io.err(addItemProblemNl(problem, 'cli', input.kamerstuk));
        return 1;
      }
      io.out(args.flags.json ? itemJsonText(result.item) : NIEUW_TEXT.cli.added(result.item.id, result.item.title, result.expression ? explainDate(result.expression) : null));
      return 0;
    },
    { mayCreate: true },
  );
};
