// `motie zoek <woorden> [--code SOCW] [--status …] [--json]`: `motie list`, narrowed by the same
// search as `/motie zoek`.
import { listItemsCommand } from '../../cli/item-list.ts';
import { argsText } from '../../cli/item-verb.ts';
import type { CliRun } from '../../cli/types.ts';
import { ITEM_CLI } from '../../texts/cli.nl.ts';
import { readZoek } from './grammar.ts';

export const zoekCli: CliRun = (args, io) => {
  const typed = readZoek(argsText(args));
  if (!typed.ok) {
    io.err(typed.code === 'SEARCH_MISSING' ? ITEM_CLI.searchMissing : ITEM_CLI.searchTooShort);
    return 2;
  }
  return listItemsCommand(args, io, typed.query);
};
