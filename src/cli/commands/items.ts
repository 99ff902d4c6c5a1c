// motie list | show
import { amsterdamDate, amsterdamDateTime } from '../../clock.ts';
import { parseItemId } from '../../domain/item-id.ts';
import { readHistory, readItem, tkOriginOf } from '../../app/read-items.ts';
import { withDb } from '../db.ts';
import { TK_NOTICE } from '../../texts/tk.nl.ts';
import { historySentence, PLAIN_STYLE } from '../../texts/history.nl.ts';
import { readHistoryEvent } from '../../domain/history.ts';
import { itemLine, listItemsCommand } from '../item-list.ts';
import { toItemJson } from '../item-json.ts';
import { SPECS } from '../specs.ts';
import { ITEM_CLI } from '../texts.nl.ts';
import { cliItemNotFound } from '../../texts/item-results.nl.ts';
import type { CliCommand, CliIo } from '../types.ts';

export const listCommand: CliCommand = {
  ...SPECS.list,
  run: (args, io) => listItemsCommand(args, io, undefined),
};

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
      const item = readItem({ db }, id);
      if (!item) {
        io.err(cliItemNotFound(id));
        return 1;
      }
      const audit = readHistory({ db }, id);
      // An item from the Tweede Kamer's open data: where it came from and how its ministry was derived.
      const origin = tkOriginOf({ db }, id);
      if (args.flags.json) {
        io.out(
          JSON.stringify(
            {
              // The item as every command writes it, then what only show adds: where it came from and its history.
              ...toItemJson(item),
              ...(origin ? { tk: { entity: origin.entityId, ministryRule: origin.ministryRule, titleFrom: origin.titleFrom, ...(origin.fileGaveUpAfter !== null ? { fileGaveUpAfter: origin.fileGaveUpAfter } : {}) } } : {}),
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
      if (origin?.titleFrom) io.out(`${TK_NOTICE.titleFrom(origin.titleFrom)}.`);
      if (origin && origin.fileGaveUpAfter !== null) io.out(`${TK_NOTICE.fileGaveUp(origin.fileGaveUpAfter)}.`);
      io.out(ITEM_CLI.historyHeader);
      for (const a of audit) io.out(`  ${historySentence(readHistoryEvent(a), a.actor, amsterdamDateTime(a.at), PLAIN_STYLE)}`);
      return 0;
    });
  },
};
