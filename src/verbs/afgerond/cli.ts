// `motie afgerond 12 [--met <Kamerstuk of link>] [--door <naam>] [--json]`
import { markItemDone } from '../../app/index.ts';
import { withApp } from '../../cli/db.ts';
import { argsText, cliRequest, idMissing } from '../../cli/item-verb.ts';
import { report } from '../../cli/report.ts';
import type { CliRun } from '../../cli/types.ts';
import { ITEM_CLI } from '../../cli/texts.nl.ts';
import { readAfgerond } from './grammar.ts';

export const afgerondCli: CliRun = (args, io) => {
  const met = typeof args.flags.met === 'string' && args.flags.met.trim() !== '' ? ` met ${args.flags.met}` : '';
  const typed = readAfgerond(`${argsText(args)}${met}`);
  // The spec takes one number (maxPositionals), so too many cannot reach here.
  const id = typed.ok ? typed.ids[0] : undefined;
  if (!typed.ok || id === undefined) return idMissing(io, ITEM_CLI.example.afgerond);
  return withApp(io, (ctx) => report(args, io, id, markItemDone(ctx, id, cliRequest(args), typed.reference ? { closingReference: typed.reference } : {})));
};
