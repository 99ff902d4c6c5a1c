// `motie heropen 12 [--door <naam>] [--json]`
import { reopenItem } from './reopen-item.ts';
import { withApp } from '../../cli/db.ts';
import { argsText, cliRequest, idMissing } from '../../cli/item-verb.ts';
import { report } from '../../cli/report.ts';
import type { CliRun } from '../../cli/types.ts';
import { ITEM_CLI } from '../../cli/texts.nl.ts';
import { readItemId } from '../grammar.ts';

export const heropenCli: CliRun = (args, io) => {
  const id = readItemId(argsText(args));
  if (id === null) return idMissing(io, ITEM_CLI.example.heropen);
  return withApp(io, (ctx) => report(args, io, id, reopenItem(ctx, id, cliRequest(args))));
};
