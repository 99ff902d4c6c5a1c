// motie list | show | afgerond | heropen
import { amsterdamDate, amsterdamDateTime } from '../../clock.ts';
import { parseTarget } from '../../domain/codes.ts';
import { describeOrigin, describeTerm, statusWordsNl } from '../../texts/describe-item.nl.ts';
import { formatKamerstuk, type Item, type ItemStatus } from '../../domain/items.ts';
import { parseItemId } from '../../domain/item-id.ts';
import { buildSearchQuery } from '../../domain/search-query.ts';
import { getItem, listAudit, listItems } from '../../store/items.queries.ts';
import { withDb } from '../db.ts';
import { getTkOrigin } from '../../store/tk.queries.ts';
import { TK_NOTICE } from '../../texts/tk.nl.ts';
import { historySentence, PLAIN_STYLE } from '../../texts/history.nl.ts';
import { readHistoryEvent } from '../../domain/history.ts';
import { toItemJson } from '../item-json.ts';
import { SPECS } from '../specs.ts';
import { ITEM_CLI } from '../../texts/cli.nl.ts';
import { cliItemNotFound } from '../../texts/item-results.nl.ts';
import type { CliCommand, CliIo, ParsedArgs } from '../types.ts';
import { parseStatusWord, STATUS_LABEL } from '../../domain/status-words.ts';

function itemLine(item: Item, today: string): string {
  const codes = item.responsible.map((r) => r.code).join(', ') || ITEM_CLI.noCodes;
  return ITEM_CLI.line(item.id, STATUS_LABEL[item.status], describeOrigin(item), item.title, describeTerm(item, today), codes, item.kamerstuk ? formatKamerstuk(item.kamerstuk) : null);
}

const STATUSES: ItemStatus[] = ['open', 'done', 'lapsed', 'deleted'];

export const listCommand: CliCommand = {
  ...SPECS.list,
  run: (args, io) => listItemsCommand(args, io, undefined),
};

/** `motie zoek <woorden>`: the list, narrowed by the same search as `/motie zoek`. */
export const zoekCommand: CliCommand = {
  ...SPECS.zoek,
  run: (args, io) => {
    const query = args.positional.join(' ').trim();
    if (!buildSearchQuery(query).ok) {
      io.err(ITEM_CLI.searchTooShort);
      return 2;
    }
    return listItemsCommand(args, io, query);
  },
};

/** `motie list`, and `motie zoek` with its search. */
function listItemsCommand(args: ParsedArgs, io: CliIo, search: string | undefined): number | Promise<number> {
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
    const items = listItems(db, {
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

function requireId(args: { positional: string[] }, io: CliIo, usage: string): number | null {
  const id = parseItemId(args.positional[0]);
  if (id === null) io.err(ITEM_CLI.idMissing(usage));
  return id;
}

export const showCommand: CliCommand = {
  ...SPECS.show,
  run: (args, io) => {
    const id = requireId(args, io, ITEM_CLI.example.show);
    if (id === null) return 2;
    return withDb(io, (db) => {
      const item = getItem(db, id);
      if (!item) {
        io.err(cliItemNotFound(id));
        return 1;
      }
      const audit = listAudit(db, id);
      // An item from the Tweede Kamer's open data: where it came from and how its ministry was derived.
      const origin = getTkOrigin(db, id);
      if (args.flags.json) {
        io.out(
          JSON.stringify(
            {
              // The item as every command writes it, then what only show adds: where it came from and its history.
              ...toItemJson(item),
              ...(origin ? { tk: { entity: origin.entityId, ministryRule: origin.ministryRule } } : {}),
              audit: audit.map((a) => ({
                at: new Date(a.at).toISOString(),
                actor: a.actor,
                action: a.action,
                field: a.field,
                oldValue: a.oldValue,
                newValue: a.newValue,
                context: a.context,
              })),
            },
            null,
            2,
          ),
        );
        return 0;
      }
      const today = amsterdamDate(io.now());
      io.out(itemLine(item, today));
      io.out(ITEM_CLI.text(item.text));
      if (item.statusText) io.out(ITEM_CLI.statusText(item.statusText));
      if (item.kamerTermijn || item.kabinetsappreciatie) io.out(ITEM_CLI.tkFacts(item.kamerTermijn ?? null, item.kabinetsappreciatie ?? null));
      if (origin?.ministryRule) io.out(`\n${TK_NOTICE.ministryRule(origin.ministryRule, PLAIN_STYLE)}.`);
      io.out(ITEM_CLI.historyHeader);
      for (const a of audit) io.out(`  ${historySentence(readHistoryEvent(a), a.actor, amsterdamDateTime(a.at), PLAIN_STYLE)}`);
      return 0;
    });
  },
};
