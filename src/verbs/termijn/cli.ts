// `motie termijn 12 <termijn…> [--bevestig] [--door <naam>] [--json]`: `--bevestig` sets a term in
// the past (Slack asks with a button instead).
import { setTerm } from './set-term.ts';
import { withApp } from '../../cli/db.ts';
import { itemJsonText } from '../../cli/item-json.ts';
import { argsText, cliRequest } from '../../cli/item-verb.ts';
import type { CliRun } from '../../cli/types.ts';
import { TERMIJN_HELP } from './help.nl.ts';
import { pastTermQuestionNl, termInputNl } from '../../texts/dates.nl.ts';
import { explainDate } from '../../texts/explain-date.nl.ts';
import { cliItemNotFound } from '../../texts/item-results.nl.ts';
import { readTermijn } from './grammar.ts';
import { TERMIJN_TEXT } from './texts.nl.ts';

export const termijnCli: CliRun = (args, io) => {
  const typed = readTermijn(argsText(args));
  if (!typed.ok) {
    io.err(TERMIJN_TEXT.cli.missing(TERMIJN_HELP.usage));
    return 2;
  }
  const { id, expression } = typed;
  return withApp(io, (ctx) => {
    const result = setTerm(ctx, id, expression, cliRequest(args), { confirmPast: args.flags.bevestig === true });
    switch (result.code) {
      case 'ITEM_NOT_FOUND':
      case 'ITEM_NOT_ALLOWED':
        io.err(cliItemNotFound(id));
        return 1;
      case 'TERM_UNREADABLE':
        io.err(termInputNl(result.problem));
        return 1;
      case 'TERM_IN_PAST':
        io.err(TERMIJN_TEXT.cli.inPast(pastTermQuestionNl(result.past)));
        return 1;
      case 'TERM_SET':
        io.out(args.flags.json ? itemJsonText(result.item) : TERMIJN_TEXT.cli.set(id, explainDate(result.expression)));
        return 0;
      case 'TERM_CLEARED':
        io.out(args.flags.json ? itemJsonText(result.item) : TERMIJN_TEXT.cli.cleared(id));
        return 0;
    }
  });
};
