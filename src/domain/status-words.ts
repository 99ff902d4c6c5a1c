// The status words people type (`motie list --status afgerond`): the Dutch labels they read in
// lists, and the English codes of the JSON contract. One table, so a new status is typed as shown.
import { STATUS_LABEL } from './describe-item.ts';
import type { ItemStatus } from './items.ts';

/** "afgerond", "Afgerond" and "done" → 'done' (when among `allowed`); null for anything else. */
export function parseStatusWord(word: string, allowed: readonly ItemStatus[]): ItemStatus | null {
  const typed = word.trim().toLowerCase();
  return allowed.find((status) => typed === status || typed === STATUS_LABEL[status]) ?? null;
}

/** "open, afgerond of vervallen": the Dutch words to suggest. */
export function statusWordsNl(allowed: readonly ItemStatus[]): string {
  const labels = allowed.map((s) => STATUS_LABEL[s]);
  const last = labels.at(-1) ?? '';
  return labels.length === 1 ? last : `${labels.slice(0, -1).join(', ')} of ${last}`;
}
