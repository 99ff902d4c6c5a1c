// `motie verwijder 12 [--door <naam>] [--json]`
import { deleteItem } from './delete-item.ts';
import { withApp } from '../../cli/db.ts';
import { argsText, cliRequest, idMissing } from '../../cli/item-verb.ts';
import { report } from '../../cli/report.ts';
import type { CliRun } from '../../cli/types.ts';
import { ITEM_CLI } from '../../cli/texts.nl.ts';
import { readItemId } from '../grammar.ts';

export const verwijderCli: CliRun = (args, io) => {
  const id = readItemId(argsText(args));
  if (id === null) return idMissing(io, ITEM_CLI.example.verwijder);
  return withApp(io, (ctx) => report(args, io, id, deleteItem(ctx, id, cliRequest(args))));
};
