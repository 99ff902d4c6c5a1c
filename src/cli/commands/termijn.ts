// motie termijn <id> <termijn…> [--door <naam>] | motie nieuw …: the Slack subcommands that change
// data (/motie termijn, /motie nieuw), on the command line, through the same use cases.
import { addItem, checkNewItem, setTerm, type AddItemProblem, type NewItemInput } from '../../app/index.ts';
import { cliActor } from '../../domain/actor.ts';
import { explainDate } from '../../texts/explain-date.nl.ts';
import { parseItemId } from '../../domain/item-id.ts';
import { withApp } from '../db.ts';
import { TERM_CLI } from '../../texts/cli.nl.ts';
import { cliItemNotFound } from '../../texts/item-results.nl.ts';
import { itemJsonText } from '../item-json.ts';
import { SPECS } from '../specs.ts';
import type { CliCommand } from '../types.ts';
import { pastTermQuestionNl, termInputNl } from '../../texts/dates.nl.ts';

const TERMIJN_USAGE = SPECS.termijn.usage;

export const termijnCommand: CliCommand = {
  ...SPECS.termijn,
  run: (args, io) => {
    const [rawId, ...words] = args.positional;
    const id = parseItemId(rawId);
    const input = words.join(' ').trim();
    if (id === null || input === '') {
      io.err(TERM_CLI.missing(TERMIJN_USAGE));
      return 2;
    }
    const actor = cliActor(typeof args.flags.door === 'string' ? args.flags.door : null);
    return withApp(io, (ctx) => {
      const result = setTerm(ctx, id, input, { actor, context: { via: 'cli' } }, { confirmPast: args.flags.bevestig === true });
      switch (result.code) {
        case 'ITEM_NOT_FOUND':
        case 'ITEM_NOT_ALLOWED':
          io.err(cliItemNotFound(id));
          return 1;
        case 'TERM_UNREADABLE':
          io.err(termInputNl(result.problem));
          return 1;
        case 'TERM_IN_PAST':
          io.err(TERM_CLI.inPast(pastTermQuestionNl(result.past)));
          return 1;
        case 'TERM_SET':
          if (args.flags.json) io.out(itemJsonText(result.item));
          else io.out(TERM_CLI.set(id, explainDate(result.expression)));
          return 0;
        case 'TERM_CLEARED':
          if (args.flags.json) io.out(itemJsonText(result.item));
          else io.out(TERM_CLI.cleared(id));
          return 0;
      }
    });
  },
};

const NIEUW_USAGE = SPECS.nieuw.usage;

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

export const nieuwCommand: CliCommand = {
  ...SPECS.nieuw,
  run: (args, io) => {
    const text = args.positional.join(' ').trim();
    const soort = args.flags.soort ?? 'motie';
    if (soort !== 'motie' && soort !== 'toezegging') {
      io.err(TERM_CLI.unknownKind(String(soort)));
      return 2;
    }
    const codes = typeof args.flags.verantwoordelijk === 'string' ? args.flags.verantwoordelijk.split(/[\s,;]+/).filter(Boolean) : [];
    const actor = cliActor(typeof args.flags.door === 'string' ? args.flags.door : null);
    const input: NewItemInput = {
      kind: soort,
      text,
      title: typeof args.flags.titel === 'string' ? args.flags.titel.trim() : '',
      codes,
      term: typeof args.flags.termijn === 'string' ? args.flags.termijn : '',
      confirmPastTerm: args.flags.bevestig === true,
      kamerstuk: typeof args.flags.kamerstuk === 'string' ? args.flags.kamerstuk : '',
      submitters: typeof args.flags.indieners === 'string' ? args.flags.indieners.split(/[;\n]+/) : [],
    };
    // Validate before touching the database: bad input creates nothing, not even the file.
    const { problems } = checkNewItem(input);
    if (problems.length > 0) {
      for (const problem of problems) io.err(problemText(problem, input.kamerstuk));
      io.err(TERM_CLI.usage(NIEUW_USAGE));
      return 2;
    }
    return withApp(
      io,
      (ctx) => {
        const result = addItem(ctx, input, { actor, context: { via: 'cli' } });
        if (!result.ok) {
          for (const problem of result.problems) io.err(problemText(problem, input.kamerstuk));
          return 1;
        }
        if (args.flags.json) io.out(itemJsonText(result.item));
        else io.out(TERM_CLI.added(result.item.id, result.item.title, result.expression ? explainDate(result.expression) : null));
        return 0;
      },
      { mayCreate: true },
    );
  },
};
