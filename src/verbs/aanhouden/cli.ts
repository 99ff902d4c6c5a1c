// `motie aanhouden 12 "1 maart 2027"|uit [--door <naam>] [--json]`
import { holdItem } from './hold-item.ts';
import { withApp } from '../../cli/db.ts';
import { argsText, cliRequest, idMissing } from '../../cli/item-verb.ts';
import { report } from '../../cli/report.ts';
import type { CliRun } from '../../cli/types.ts';
import { ITEM_CLI } from '../../cli/texts.nl.ts';
import { readAanhouden } from './grammar.ts';

export const aanhoudenCli: CliRun = (args, io) => {
  const typed = readAanhouden(argsText(args));
  if (!typed.ok) {
    if (typed.code === 'VERB_ID_MISSING') return idMissing(io, ITEM_CLI.example.aanhouden);
    io.err(ITEM_CLI.holdDateMissing);
    return 2;
  }
  return withApp(io, (ctx) => report(args, io, typed.id, holdItem(ctx, typed.id, typed.until, cliRequest(args))));
};
