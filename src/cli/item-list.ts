// The item list of `motie list` and `motie zoek` (src/verbs/zoek/): --code and --status narrow it,
// one line per item or the JSON contract.
import { amsterdamDate } from '../clock.ts';
import { parseTarget } from '../domain/codes.ts';
import { formatKamerstuk, type Item, type ItemStatus } from '../domain/items.ts';
import { parseStatusWord, STATUS_LABEL } from '../domain/status-words.ts';
import { findItemsIndexingPending } from '../app/read-items.ts';
import { ITEM_CLI } from './texts.nl.ts';
import { describeOrigin, describeTerm, statusWordsNl } from '../texts/describe-item.nl.ts';
import { withDb } from './db.ts';
import { toItemJson } from './item-json.ts';
import type { CliIo, ParsedArgs } from './types.ts';

export function itemLine(item: Item, today: string): string {
  const codes = item.responsible.map((r) => r.code).join(', ') || ITEM_CLI.noCodes;
  return ITEM_CLI.line(item.id, STATUS_LABEL[item.status], describeOrigin(item), item.title, describeTerm(item, today), codes, item.kamerstuk ? formatKamerstuk(item.kamerstuk) : null);
}

const STATUSES: ItemStatus[] = ['open', 'done', 'lapsed', 'deleted'];

/** `motie list`, and `motie zoek` with its search. */
export function listItemsCommand(args: ParsedArgs, io: CliIo, search: string | undefined): number | Promise<number> {
  const statusFlag = args.flags.status;
  // The words people read in the list ([afgerond]), and the JSON contract's codes (done).
  const status = typeof statusFlag === 'string' ? parseStatusWord(statusFlag, STATUSES) : null;
  if (statusFlag !== undefined && !status) {
    io.err(ITEM_CLI.unknownStatus(String(statusFlag), statusWordsNl(STATUSES)));
    return 2;
  }
  const codeFlag = args.flags.code;
  const target = typeof codeFlag === 'string' ? parseTarget(codeFlag) : null;
  if (codeFlag !== undefined && !target) {
    io.err(ITEM_CLI.unknownTarget(String(codeFlag)));
    return 2;
  }
  return withDb(io, (db) => {
    // No event loop to keep free here: a search indexes what an import left pending first (when the lock is free).
    const items = findItemsIndexingPending({ db }, {
      ...(target?.kind === 'code' ? { codes: [target.code] } : {}),
      ...(target?.kind === 'ministry' ? { ministries: [target.ministry] } : {}),
      ...(status ? { status } : {}),
      ...(search !== undefined ? { search } : {}),
    });
    if (args.flags.json) {
      io.out(JSON.stringify(items.map(toItemJson), null, 2));
      return 0;
    }
    if (items.length === 0) {
      io.out(ITEM_CLI.noItems);
      return 0;
    }
    const today = amsterdamDate(io.now());
    for (const item of items) io.out(itemLine(item, today));
    io.out(ITEM_CLI.count(items.length));
    return 0;
  });
}
