// The answer to the Eerste Kamer's half-yearly rappel, as rows: per open or partly fulfilled
// toezegging with a T-number, the columns the Eerste Kamer uses (Nummer, Titel, Status,
// Deadline, Stand van zaken, Verwachte datum), from the team's current stand van zaken. The
// column names are import headers too, so the draft reads back as the same items.
import { formatDateNl } from '../dates/format-date.ts';
import type { Item } from '../items.ts';
import { readStatusWord } from '../../import/layouts/read/values.ts';

/** An Eerste Kamer register number. */
const EK_NUMBER = /^T\d{5}$/;

/** The Eerste Kamer's status words, as its register writes them. */
export const EK_STATUS = { open: 'openstaand', partly: 'deels voldaan', done: 'voldaan', lapsed: 'vervallen' } as const;

export const RAPPEL_COLUMNS = [
  { key: 'number', header: 'Nummer' },
  { key: 'title', header: 'Titel' },
  { key: 'status', header: 'Status' },
  { key: 'deadline', header: 'Deadline' },
  { key: 'statusText', header: 'Stand van zaken' },
  { key: 'expected', header: 'Verwachte datum' },
] as const;

export type RappelColumn = (typeof RAPPEL_COLUMNS)[number]['key'];
export type RappelRow = Record<RappelColumn, string> & { id: number };

/** True for an item the Eerste Kamer's rappel asks about: a toezegging with a T-number, not done. */
export function isRappelItem(item: Item): boolean {
  return item.kind === 'toezegging' && item.reference !== null && EK_NUMBER.test(item.reference) && item.status === 'open';
}

function statusOf(item: Item): string {
  if (item.status !== 'open') return EK_STATUS[item.status === 'deleted' ? 'lapsed' : item.status];
  return item.partly || readStatusWord(item.statusText)?.partly ? EK_STATUS.partly : EK_STATUS.open;
}

/**
 * The rows, by T-number. Deadline: the term as the register (or the team) wrote it, so that it
 * reads back as the same term. Verwachte datum: the date the team expects to deliver, when a
 * person set the term or the stand van zaken names one; else empty, for the team to fill in.
 */
export function buildRappelRows(items: readonly Item[]): RappelRow[] {
  return items
    .filter(isRappelItem)
    .sort((a, b) => (a.reference ?? '').localeCompare(b.reference ?? '') || a.id - b.id)
    .map((item) => {
      const deadline = item.deadline;
      const expected = deadline?.deadline && (item.deadlineSetBy !== null || deadline.source === 'status') ? formatDateNl(deadline.deadline) : '';
      return {
        id: item.id,
        number: item.reference ?? '',
        title: item.title,
        status: statusOf(item),
        deadline: deadline?.text ?? deadline?.deadline ?? '',
        statusText: item.statusText ?? '',
        expected,
      };
    });
}
