// action_id / block_id / callback_id constants, shared by the block builders and the listeners.

export const ACTION = {
  done: 'item_done',
  undo: 'item_undo',
  menu: 'item_menu',
  statusPage: 'status_page',
  statusShare: 'status_share',
  termConfirmPast: 'term_confirm_past',
  /** "Ongedaan maken" under an item deleted from the menu: restores it. */
  restore: 'item_restore',
  /** "Ja, laten vervallen" and "Annuleren" in an item's place, after "Vervallen" in the menu of a message the channel sees. */
  lapse: 'item_lapse',
  lapseCancel: 'item_lapse_cancel',
  /** "Aanhouden…" in that place (the menu had one entry for the statuses): opens the status modal. */
  statusOpen: 'item_status_open',
  /** "Ongedaan maken" under a stand van zaken cleared with `/motie stand N leeg`: puts it back. */
  restoreStatusText: 'item_restore_status_text',
  /** The answers to a proposed Kamerbrief (value: the proposal id). */
  letterDone: 'letter_done',
  letterPartly: 'letter_partly',
  letterRejected: 'letter_rejected',
  /** "Toewijzen" on a triage entry of the App Home tab (value: the entry's entity id); opens VIEW.triageAssign. */
  triageAssign: 'triage_assign',
} as const;

export const VIEW = {
  newItem: 'new_item_modal',
  term: 'term_modal',
  edit: 'edit_item_modal',
  status: 'item_status_modal',
  /** Assigning codes to a triage entry (private_metadata: the entry's entity id). */
  triageAssign: 'triage_assign_modal',
} as const;

/** Values of the overflow menu on an item. */
export const MENU = {
  term: 'termijn',
  details: 'details',
  snooze: 'snooze',
  edit: 'bewerken',
  reopen: 'heropen',
  lapse: 'vervallen',
  hold: 'aanhouden',
  remove: 'verwijder',
  /** Aanhouden, vervallen and verwijderen in one modal, when the menu has no room for each. */
  status: 'status',
} as const;

/** The block of a triage entry on the App Home tab. */
export const triageBlockId = (entityId: string) => `triage:${entityId.slice(0, 200)}`;

export const itemBlockId = (id: number, part: 'text' | 'actions' | 'done' | 'hint') => `item:${id}:${part}`;

/** A proposed Kamerbrief on the Home tab (one item may have several, so not an item block id). */
export const proposalBlockId = (proposalId: number, part: 'text' | 'actions') => `letter:${proposalId}:${part}`;

/** The item id of an item block ("item:12:text" → 12), or null. */
export function itemIdOfBlock(blockId: string | undefined): number | null {
  const m = /^item:(\d{1,9}):/.exec(blockId ?? '');
  return m ? Number(m[1]) : null;
}

/**
 * What a button on an item carries: the item id, and for status messages the scope and page,
 * so the message can be drawn again after a click.
 */
export interface ItemActionValue {
  id: number;
  scope?: string;
  page?: number;
  /** The row offered "Herinner me volgende week" (a reminder): drawn again with it. */
  snooze?: boolean;
}

export function encodeItemValue(v: ItemActionValue): string {
  return JSON.stringify(v);
}

/** Parses a button value from Slack; forged or malformed values give null. */
export function decodeItemValue(raw: unknown): ItemActionValue | null {
  if (typeof raw !== 'string' || raw.length > 2000) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { id, scope, page, snooze } = parsed as Record<string, unknown>;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) return null;
  const out: ItemActionValue = { id };
  if (typeof scope === 'string' && scope.length <= 100) out.scope = scope;
  if (typeof page === 'number' && Number.isSafeInteger(page) && page >= 0 && page < 100_000) out.page = page;
  if (snooze === true) out.snooze = true;
  return out;
}
