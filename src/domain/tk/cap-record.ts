// A register record with every text within what an item may hold (issue 22.8): a 1 MB tekst or
// onderwerp is cut before it is mapped, matched, date-read or stored, with a note naming the
// record and the field for the log and the `motie sync tk` report.
import { capItemTexts, capText, ITEM_LIMITS } from '../item-limits.ts';
import type { TkItemDraft, TkMappingNote } from './types.ts';

/** The record with each string field cut to ITEM_LIMITS.text, and one note per field cut. Never mutates. */
export function capRecord<T extends object>(record: T, entityId: string, reference: string | null): { record: T; notes: TkMappingNote[] } {
  const notes: TkMappingNote[] = [];
  let out: T = record;
  for (const [field, value] of Object.entries(record)) {
    if (typeof value !== 'string' || value.length <= ITEM_LIMITS.text) continue;
    notes.push({ code: 'TK_TEXT_CUT_OFF', entityId, value: reference, field, length: value.length, limit: ITEM_LIMITS.text });
    out = { ...out, [field]: capText(value, ITEM_LIMITS.text) };
  }
  return { record: out, notes };
}

/** A draft within ITEM_LIMITS (a status text of many kamerbrieven, many submitters), with a note per field cut. */
export function capDraft(draft: TkItemDraft, notes: TkMappingNote[]): TkItemDraft {
  const { item, cut } = capItemTexts(draft);
  for (const c of cut) notes.push({ code: 'TK_TEXT_CUT_OFF', entityId: draft.entityId, value: draft.reference, field: c.field, length: c.length, limit: c.limit });
  return item;
}
