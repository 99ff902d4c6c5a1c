// What happened to an item, in words people read: "termijn 2× verschoven, oorspronkelijk 3 juli 2025".
import { isIsoDate } from './dates/calendar-date.ts';
import { formatDateNl } from './dates/format-date.ts';
import type { Item } from './items.ts';

/** "termijn 2× verschoven, oorspronkelijk 3 juli 2025", or null when the term never moved. */
export function describeTermHistory(item: Pick<Item, 'deadlineMoves' | 'deadlineOriginal'>): string | null {
  const moves = item.deadlineMoves ?? 0;
  if (moves <= 0) return null;
  const original = item.deadlineOriginal;
  const was = original ? `, oorspronkelijk ${isIsoDate(original) ? formatDateNl(original) : original}` : '';
  return `termijn ${moves}× verschoven${was}`;
}
