// `motie vervallen 12 [--door <naam>] [--json]`
import { lapseItem } from './lapse-item.ts';
import { withApp } from '../../cli/db.ts';
import { argsText, cliRequest, idMissing } from '../../cli/item-verb.ts';
import { report } from '../../cli/report.ts';
import type { CliRun } from '../../cli/types.ts';
import { ITEM_CLI } from '../../cli/texts.nl.ts';
import { readItemId } from '../grammar.ts';

export const vervallenCli: CliRun = (args, io) => {
  const id = readItemId(argsText(args));
  if (id === null) return idMissing(io, ITEM_CLI.example.vervallen);
  return withApp(io, (ctx) => report(args, io, id, lapseItem(ctx, id, cliRequest(args))));
};
