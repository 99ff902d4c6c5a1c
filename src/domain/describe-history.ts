// What happened to an item, in words people read: "termijn 2× verschoven, oorspronkelijk 3 juli 2025".
import { formatDateNl } from './dates/format-date.ts';
import type { Item } from './items.ts';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** "termijn 2× verschoven, oorspronkelijk 3 juli 2025", or null when the term never moved. */
export function describeTermHistory(item: Pick<Item, 'deadlineMoves' | 'deadlineOriginal'>): string | null {
  const moves = item.deadlineMoves ?? 0;
  if (moves <= 0) return null;
  const original = item.deadlineOriginal;
  const was = original ? `, oorspronkelijk ${ISO.test(original) ? formatDateNl(original) : original}` : '';
  return `termijn ${moves}× verschoven${was}`;
}
