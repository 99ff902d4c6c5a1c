// The status words people type (`motie list --status afgerond`): the Dutch labels they read in
// lists, and the English codes of the JSON contract. One table, so a new status is typed as shown.
import type { ItemStatus } from './items.ts';

/**
 * The Dutch word of each status: what people read in lists, and what they type (the document
 * grammar of the export and the import too). The one status table.
 */
export const STATUS_LABEL: Record<ItemStatus, string> = { open: 'open', done: 'afgerond', lapsed: 'vervallen', deleted: 'verwijderd' };

/** The label of an open item that is partly done, as overviews and registers write it. */
export const PARTLY_LABEL = 'deels afgedaan';

/** "afgerond", "Afgerond" and "done" → 'done' (when among `allowed`); null for anything else. */
export function parseStatusWord(word: string, allowed: readonly ItemStatus[]): ItemStatus | null {
  const typed = word.trim().toLowerCase();
  return allowed.find((status) => typed === status || typed === STATUS_LABEL[status]) ?? null;
}
