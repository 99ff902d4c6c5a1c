// One item as blocks: a section with what and when, and an actions block with "Afgerond" and a
// menu. Used by /motie status, the digest, reminders and the Home tab.
import type { ActionsBlock, ContextBlock, KnownBlock, SectionBlock } from '@slack/types';
import { isPerson, type Actor } from '../../domain/actor.ts';
import type { IsoDate } from '../../domain/dates/types.ts';
import { formatDateNl } from '../../domain/dates/format-date.ts';
import { describeOrigin, describeTerm } from '../../texts/describe-item.nl.ts';
import { describeTermHistory } from '../../domain/describe-history.ts';
import { isOnHold } from '../../domain/due.ts';
import { formatKamerstuk, type Item } from '../../domain/items.ts';
import { ACTION, MENU, encodeItemValue, itemBlockId, type ItemActionValue } from './ids.ts';
import { escapeTruncated, plain, SLACK_STYLE } from './mrkdwn.ts';
import { escapeMrkdwn } from '../../domain/escape-mrkdwn.ts';
import { actorNl } from '../../texts/history.nl.ts';
import { ITEM_TEXT } from '../../texts/items.nl.ts';
import { SLACK_TEXT } from '../../texts/slack.nl.ts';

/**
 * null: the viewer may change the item here; otherwise the channel ids where it can be changed
 * (maybe none). `mayDelete`: the viewer may delete items (an admin, or anyone while no admins are set).
 */
export type RowPermission = ((item: Pick<Item, 'responsible'>) => string[] | null) & { mayDelete?: boolean };

/** Slack shows at most this many options in an overflow menu. */
export const MENU_MAX_OPTIONS = 5;

interface MenuOption { text: { type: 'plain_text'; text: string }; value: string }

/**
 * The ⋯ menu of an item, as fits its state and the viewer: Bewerken and the statuses for someone
 * who may change it here (Verwijderen only for who may delete), Details for everyone. An open
 * item's Aanhouden, Vervallen and Verwijderen are always one entry that opens them together, so
 * that the menu has the same wording in the digest, a reminder and /motie status (issue 23).
 */
export function itemMenuOptions(
  item: Pick<Item, 'id' | 'status'>,
  mayChange: boolean,
  options: { snooze?: boolean; mayDelete?: boolean; compact?: boolean },
): MenuOption[] {
  const option = (text: string, value: string): MenuOption => ({ text: { type: 'plain_text', text }, value: `${value}:${item.id}` });
  const change: MenuOption[] = [];
  if (mayChange && item.status === 'open' && options.compact) {
    // A compact row is drawn because the message would not fit otherwise: the short menu of
    // before (the full rows of /motie status and the Home tab have everything).
    change.push(option(ITEM_TEXT.menu.term, MENU.term));
  } else if (mayChange && item.status === 'open') {
    change.push(option(ITEM_TEXT.menu.edit, MENU.edit), option(ITEM_TEXT.menu.term, MENU.term), option(ITEM_TEXT.menu.status, MENU.status));
  } else if (mayChange && item.status !== 'deleted') {
    change.push(option(ITEM_TEXT.menu.edit, MENU.edit), option(ITEM_TEXT.menu.reopen, MENU.reopen));
    if (options.mayDelete) change.push(option(ITEM_TEXT.menu.remove, MENU.remove));
  }
  return [...change, option(ITEM_TEXT.menu.details, MENU.details), ...(options.snooze ? [option(ITEM_TEXT.menu.snooze, MENU.snooze)] : [])];
}

export interface ItemRowOptions {
  today: IsoDate;
  /** Scope and page of the status message the row sits in (to draw it again after a click). */
  context?: Omit<ItemActionValue, 'id'>;
  /** Offer "Herinner me volgende week" (reminders). */
  snooze?: boolean;
  /** Leave out the buttons (a shared, read-only copy). */
  readOnly?: boolean;
  /** Shorter texts, for a message that would otherwise pass Slack's size limit. */
  compact?: boolean;
  /**
   * Whether the person looking may change the item here. When not, the row has no "Afgerond" and no
   * "Termijn wijzigen" (no confirmation that ends in a refusal) and names the channels where they can.
   */
  permission?: RowPermission;
}

/** The most characters (after escaping) each part of a row may take. */
const BUDGET = {
  full: { origin: 200, title: 200, term: 300, codes: 150, kamerstuk: 120, confirmTitle: 150 },
  compact: { origin: 50, title: 80, term: 120, codes: 40, kamerstuk: 40 },
} as const;

/** The item's lines of mrkdwn: origin, title, term, codes and Kamerstuk. All text escaped. */
export function itemText(item: Item, today: IsoDate, compact = false): string {
  const budget = compact ? BUDGET.compact : BUDGET.full;
  const codes = item.responsible.map((r) => r.code).join(', ');
  const state = item.status === 'open' ? null : ITEM_TEXT.row.state[item.status];
  // The id always shows in full: people type it in /motie termijn and /motie afgerond.
  const history = describeTermHistory(item);
  // The Kamer's termijn shows beside the item's term when that is another one (the text named an earlier date).
  const kamer = item.kamerTermijn && item.deadline?.deadline !== item.kamerTermijn ? ` · ${ITEM_TEXT.row.kamerTermijn(formatDateNl(item.kamerTermijn))}` : '';
  const meta = [
    codes ? escapeTruncated(codes, budget.codes) : null,
    item.kamerstuk ? escapeTruncated(formatKamerstuk(item.kamerstuk), budget.kamerstuk) : null,
    `#${item.id}`,
    state,
    item.owner && /^[UW][A-Z0-9]{1,30}$/.test(item.owner) ? ITEM_TEXT.row.owner(item.owner) : null,
    item.status === 'open' && item.onHoldUntil && isOnHold(item, today) ? ITEM_TEXT.row.onHold(formatDateNl(item.onHoldUntil)) : null,
    item.kabinetsappreciatie ? escapeTruncated(ITEM_TEXT.row.appreciatie(item.kabinetsappreciatie), 80) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return [
    `*${escapeTruncated(describeOrigin(item), budget.origin)}*: ${escapeTruncated(item.title, budget.title)}`,
    `🗓 ${escapeTruncated(describeTerm(item, today), budget.term)}${history && !compact ? ` (${escapeMrkdwn(history)})` : ''}${kamer}`,
    meta,
  ].join('\n');
}

export function itemRow(item: Item, options: ItemRowOptions): KnownBlock[] {
  const elsewhere = options.readOnly ? null : (options.permission?.(item) ?? null);
  const text = itemText(item, options.today, options.compact);
  const section: SectionBlock = {
    type: 'section',
    block_id: itemBlockId(item.id, 'text'),
    text: { type: 'mrkdwn', text: elsewhere ? `${text}\n${SLACK_TEXT.changeElsewhere(elsewhere)}` : text },
  };
  if (options.readOnly) return [section];
  const value = encodeItemValue({ id: item.id, ...options.context });
  // Rows without a permission function (digests, reminders: seen by the whole channel) offer
  // the changes; the click checks the person and the channel.
  const menuOptions = itemMenuOptions(item, !elsewhere, { snooze: options.snooze, mayDelete: options.permission?.mayDelete === true, compact: options.compact });
  const menu = { type: 'overflow' as const, action_id: ACTION.menu, options: menuOptions };
  if (item.status !== 'open' || elsewhere) {
    // Nothing left to mark done (a search result, say): only the menu.
    return [section, { type: 'actions', block_id: itemBlockId(item.id, 'actions'), elements: [menu] }];
  }
  const actions: ActionsBlock = {
    type: 'actions',
    block_id: itemBlockId(item.id, 'actions'),
    elements: [
      {
        type: 'button',
        action_id: ACTION.done,
        text: { type: 'plain_text', text: ITEM_TEXT.row.doneButton },
        style: 'primary',
        value,
        // Compact rows go without the dialog: "Ongedaan maken" still undoes a slip.
        ...(options.compact
          ? {}
          : {
              confirm: {
                title: { type: 'plain_text', text: ITEM_TEXT.row.confirmTitle },
                text: { type: 'mrkdwn', text: ITEM_TEXT.row.confirmText(item.id, escapeTruncated(item.title, BUDGET.full.confirmTitle)) },
                confirm: { type: 'plain_text', text: ITEM_TEXT.row.confirmYes },
                deny: { type: 'plain_text', text: ITEM_TEXT.row.confirmNo },
              },
            }),
      },
      menu,
    ],
  };
  return [section, actions];
}

/** Who someone is in Slack: a mention for a user id, a name or a description for any other actor. */
export function mention(actor: string): string {
  return actorNl(actor, SLACK_STYLE);
}

/**
 * Who an actor is, for people: a Slack user as a mention, the command line as the name given
 * with --door (or "iemand op de opdrachtregel"), anyone else (the import, the system) as null.
 */
export function actorName(actor: Actor | null): string | null {
  if (!actor) return null;
  return isPerson(actor) ? actorNl(actor, SLACK_STYLE) : null;
}

/** The row of an item that was just marked done: struck through, with "Ongedaan maken". */
export function doneItemRow(item: Item, by: string, at: IsoDate, context?: Omit<ItemActionValue, 'id'>): KnownBlock[] {
  const title = `~${escapeTruncated(describeOrigin(item), 200)}: ${escapeTruncated(item.title, 200)}~`;
  const note: ContextBlock = {
    type: 'context',
    block_id: itemBlockId(item.id, 'done'),
    elements: [{ type: 'mrkdwn', text: ITEM_TEXT.row.doneBy(mention(by), formatDateNl(at)) }],
  };
  return [
    { type: 'section', block_id: itemBlockId(item.id, 'text'), text: { type: 'mrkdwn', text: title } },
    note,
    {
      type: 'actions',
      block_id: itemBlockId(item.id, 'actions'),
      elements: [
        {
          type: 'button',
          action_id: ACTION.undo,
          text: { type: 'plain_text', text: plain(ITEM_TEXT.undoButton, 75) },
          value: encodeItemValue({ id: item.id, ...context }),
        },
      ],
    },
  ];
}

/**
 * "Vervallen" chosen in the menu of a message the whole channel sees (a reminder, the digest): the
 * item's row asks first, in its own place: "Ja, laten vervallen" or "Annuleren".
 */
export function lapseConfirmRow(item: Item, today: IsoDate, context: Omit<ItemActionValue, 'id'>, offerHold = false): KnownBlock[] {
  const value = encodeItemValue({ id: item.id, ...context });
  const hold = { type: 'button' as const, action_id: ACTION.statusOpen, text: { type: 'plain_text' as const, text: plain(ITEM_TEXT.row.holdInstead, 75) }, value };
  return [
    { type: 'section', block_id: itemBlockId(item.id, 'text'), text: { type: 'mrkdwn', text: `${itemText(item, today)}\n${ITEM_TEXT.row.lapseQuestion(item.id)}` } },
    {
      type: 'actions',
      block_id: itemBlockId(item.id, 'actions'),
      elements: [
        { type: 'button', action_id: ACTION.lapse, style: 'danger', text: { type: 'plain_text', text: plain(ITEM_TEXT.row.lapseYes, 75) }, value },
        ...(offerHold ? [hold] : []),
        { type: 'button', action_id: ACTION.lapseCancel, text: { type: 'plain_text', text: plain(ITEM_TEXT.row.lapseNo, 75) }, value },
      ],
    },
  ];
}

/** A lapsed item's row: struck through, who let it lapse, and "Ongedaan maken" (no Afgerond, no snooze). */
export function lapsedItemRow(item: Item, by: string, at: IsoDate, context?: Omit<ItemActionValue, 'id'>): KnownBlock[] {
  const note: ContextBlock = { type: 'context', block_id: itemBlockId(item.id, 'done'), elements: [{ type: 'mrkdwn', text: ITEM_TEXT.row.lapsedBy(mention(by), formatDateNl(at)) }] };
  return doneItemRow(item, by, at, context).map((block) => (block.block_id === note.block_id ? note : block));
}

/** A one-line context block (a notice above a list, or under an item). */
export function noticeLine(text: string, blockId?: string): KnownBlock {
  return { type: 'context', ...(blockId ? { block_id: blockId } : {}), elements: [{ type: 'mrkdwn', text }] };
}

/** An item's row with a note under it that belongs to the item ("#12 staat weer open."). */
export function itemRowWithNote(item: Item, options: ItemRowOptions, note: string): KnownBlock[] {
  return [...itemRow(item, options), noticeLine(note, itemBlockId(item.id, 'done'))];
}
