// motie list | show | afgerond | heropen
import { amsterdamDate, amsterdamDateTime } from '../../clock.ts';
import { parseTarget } from '../../domain/codes.ts';
import { describeOrigin, describeTerm, STATUS_LABEL } from '../../domain/describe-item.ts';
import { formatKamerstuk, type Item, type ItemStatus } from '../../domain/items.ts';
import { markItemDone, reopenItem } from '../../app/index.ts';
import { cliActor } from '../../domain/actor.ts';
import { parseItemId } from '../../domain/item-id.ts';
import { getItem, listAudit, listItems } from '../../store/items.queries.ts';
import { withApp, withDb } from '../db.ts';
import { getTkOrigin } from '../../store/tk.queries.ts';
import { TK_NOTICE } from '../../texts/tk.nl.ts';
import { historySentence, PLAIN_STYLE } from '../../texts/history.nl.ts';
import { readHistoryEvent } from '../../domain/history.ts';
import { toItemDetailJson, toItemJson } from '../item-json.ts';
import { SPECS } from '../specs.ts';
import type { CliCommand, CliIo } from '../types.ts';
import { parseStatusWord, statusWordsNl } from '../../domain/status-words.ts';

function itemLine(item: Item, today: string): string {
  const codes = item.responsible.map((r) => r.code).join(', ') || 'geen bewindspersoon';
  return `#${item.id} [${STATUS_LABEL[item.status]}] ${describeOrigin(item)}: ${item.title}\n    termijn: ${describeTerm(item, today)} · ${codes}${item.kamerstuk ? ` · ${formatKamerstuk(item.kamerstuk)}` : ''}`;
}

const STATUSES: ItemStatus[] = ['open', 'done', 'lapsed', 'deleted'];

export const listCommand: CliCommand = {
  ...SPECS.list,
  run: (args, io) => {
    const statusFlag = args.flags.status;
    // The words people read in the list ([afgerond]), and the JSON contract's codes (done).
    const status = typeof statusFlag === 'string' ? parseStatusWord(statusFlag, STATUSES) : null;
    if (statusFlag !== undefined && !status) {
      io.err(`Onbekende status "${String(statusFlag)}": kies ${statusWordsNl(STATUSES)}.`);
      return 2;
    }
    const codeFlag = args.flags.code;
    const target = typeof codeFlag === 'string' ? parseTarget(codeFlag) : null;
    if (codeFlag !== undefined && !target) {
      io.err(`"${String(codeFlag)}" is geen bewindspersoon (zoals SOCW) of ministerie (zoals OCW).`);
      return 2;
    }
    return withDb(io, (db) => {
      const items = listItems(db, {
        ...(target?.kind === 'code' ? { codes: [target.code] } : {}),
        ...(target?.kind === 'ministry' ? { ministries: [target.ministry] } : {}),
        ...(status ? { status } : {}),
      });
      if (args.flags.json) {
        io.out(JSON.stringify(items.map(toItemJson), null, 2));
        return 0;
      }
      if (items.length === 0) {
        io.out('Geen moties of toezeggingen gevonden.');
        return 0;
      }
      const today = amsterdamDate(io.now());
      for (const item of items) io.out(itemLine(item, today));
      io.out(`\n${items.length} ${items.length === 1 ? 'item' : 'items'}.`);
      return 0;
    });
  },
};

function requireId(args: { positional: string[] }, io: CliIo, usage: string): number | null {
  const id = parseItemId(args.positional[0]);
  if (id === null) io.err(`Geef het nummer van een motie of toezegging, bijvoorbeeld: ${usage}`);
  return id;
}

export const showCommand: CliCommand = {
  ...SPECS.show,
  run: (args, io) => {
    const id = requireId(args, io, 'motie show 12');
    if (id === null) return 2;
    return withDb(io, (db) => {
      const item = getItem(db, id);
      if (!item) {
        io.err(`Er is geen motie of toezegging met nummer ${id}.`);
        return 1;
      }
      const audit = listAudit(db, id);
      // An item from the Tweede Kamer's open data: where it came from and how its ministry was derived.
      const origin = getTkOrigin(db, id);
      if (args.flags.json) {
        io.out(
          JSON.stringify(
            {
              ...toItemDetailJson(item),
              ...(origin ? { tk: { entity: origin.entityId, ministryRule: origin.ministryRule } } : {}),
              cs: item.cs,
              recurrence: item.recurrence,
              responsibilities: item.responsible,
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
      io.out(`\nVerzoek/toezegging:\n${item.text}`);
      if (item.statusText) io.out(`\nStand van zaken:\n${item.statusText}`);
      if (origin?.ministryRule) io.out(`\n${TK_NOTICE.ministryRule(origin.ministryRule, PLAIN_STYLE)}.`);
      io.out('\nGeschiedenis:');
      for (const a of audit) io.out(`  ${historySentence(readHistoryEvent(a), a.actor, amsterdamDateTime(a.at), PLAIN_STYLE)}`);
      return 0;
    });
  },
};

export const doneCommand: CliCommand = {
  ...SPECS.afgerond,
  run: (args, io) => {
    const id = requireId(args, io, 'motie afgerond 12');
    if (id === null) return 2;
    const actor = cliActor(typeof args.flags.door === 'string' ? args.flags.door : null);
    return withApp(io, (ctx) => {
      const reference = typeof args.flags.met === 'string' ? args.flags.met : '';
      const result = markItemDone(ctx, id, { actor, context: { via: 'cli' } }, reference ? { closingReference: reference } : {});
      switch (result.code) {
        case 'CLOSING_REFERENCE_UNREADABLE':
          io.err('Die Kamerbrief herken ik niet. Geef een Kamerstuk (36222-45 of "36222, nr. 45") of een link (https://…). Er is niets veranderd.');
          return 2;
        case 'ITEM_NOT_FOUND':
        case 'ITEM_NOT_ALLOWED':
          io.err(`Er is geen motie of toezegging met nummer ${id}.`);
          return 1;
        case 'ITEM_ALREADY_DONE':
          io.err(`#${id} was al afgerond; er is niets veranderd.`);
          return 1;
        case 'ITEM_MOVED_TO_NEXT':
        case 'ITEM_DONE':
          if (args.flags.json) io.out(JSON.stringify(toItemDetailJson(result.item), null, 2));
          else if (result.code === 'ITEM_MOVED_TO_NEXT') io.out(`#${id} is afgerond voor deze keer; de volgende termijn is ${result.movedTo}.`);
          else io.out(`#${id} is gemarkeerd als afgerond.`);
          return 0;
      }
    });
  },
};

export const reopenCommand: CliCommand = {
  ...SPECS.heropen,
  run: (args, io) => {
    const id = requireId(args, io, 'motie heropen 12');
    if (id === null) return 2;
    const actor = cliActor(typeof args.flags.door === 'string' ? args.flags.door : null);
    return withApp(io, (ctx) => {
      const result = reopenItem(ctx, id, { actor, context: { via: 'cli' } });
      switch (result.code) {
        case 'ITEM_NOT_FOUND':
        case 'ITEM_NOT_ALLOWED':
          io.err(`Er is geen motie of toezegging met nummer ${id}.`);
          return 1;
        case 'ITEM_NOT_DONE':
          io.err(`#${id} staat al open; er is niets veranderd.`);
          return 1;
        case 'ITEM_REOPENED':
          io.out(args.flags.json ? JSON.stringify(toItemDetailJson(result.item), null, 2) : `#${id} staat weer open.`);
          return 0;
      }
    });
  },
};
