// `motie zoek <woorden> [--code SOCW] [--status …] [--json]`: `motie list`, narrowed by the same
// search as `/motie zoek`.
import { listItemsCommand } from '../../cli/item-list.ts';
import { argsText } from '../../cli/item-verb.ts';
import type { CliRun } from '../../cli/types.ts';
import { readZoek } from './grammar.ts';
import { ZOEK_TEXT } from './texts.nl.ts';

export const zoekCli: CliRun = (args, io) => {
  const typed = readZoek(argsText(args));
  if (!typed.ok) {
    io.err(typed.code === 'SEARCH_MISSING' ? ZOEK_TEXT.cli.searchMissing : ZOEK_TEXT.cli.searchTooShort);
    return 2;
  }
  return listItemsCommand(args, io, typed.query);
};
