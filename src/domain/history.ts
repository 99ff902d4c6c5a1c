// An item's audit log read as events people understand: "the term moved from A to B", "reopened".
// The store writes entries as (action, field, old value, new value); this turns one entry into an
// event code with its parameters. The sentences live in src/texts/history.nl.ts.
import { readClosingReference, type ClosingReference } from './closing-reference.ts';
import { isIsoDate } from './dates/calendar-date.ts';
import type { IsoDate } from './dates/types.ts';
import type { ItemKind, ItemStatus } from './items.ts';

/** Every action the store writes to the audit log. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'snooze',
  'import',
  'link-channel',
  'unlink-channel',
  'tk-new',
  'tk-afgedaan',
  'tk-first-sync',
  'letter-answer',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Every item field an `update` entry names. */
export const AUDITED_FIELDS = [
  'title',
  'text',
  'statusText',
  'recurrence',
  'sourceDocument',
  'reference',
  'linkedTo',
  'submitters',
  'kamerstuk',
  'kind',
  'owner',
  'onHoldUntil',
  'status',
  'partly',
  'closingReference',
  'deadline',
  'responsible',
] as const;
export type AuditedField = (typeof AUDITED_FIELDS)[number];

/** One audit entry as stored (the store's AuditEntry has these fields and more). */
export interface AuditRecord {
  actor: string;
  at: number;
  action: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
}

/** A term as the audit log keeps it: the words and the date they stand for (null: no date yet). */
export interface TermValue {
  text: string;
  date: IsoDate | null;
}

/** Every kind of event in an item's history. */
export const HISTORY_EVENT_CODES = [
  'CREATED',
  'DONE',
  'REOPENED',
  'LAPSED',
  'DELETED',
  'RESTORED',
  'STATUS_CHANGED',
  'TERM_SET',
  'TERM_MOVED',
  'TERM_CHANGED',
  'TERM_CLEARED',
  'HOLD_SET',
  'HOLD_ENDED',
  'OWNER_SET',
  'OWNER_CLEARED',
  'STATUS_TEXT_SET',
  'STATUS_TEXT_CLEARED',
  'PARTLY_SET',
  'PARTLY_CLEARED',
  'TITLE_CHANGED',
  'TEXT_CHANGED',
  'CLOSING_REFERENCE_SET',
  'CLOSING_REFERENCE_CLEARED',
  'RESPONSIBLE_CHANGED',
  'KIND_CHANGED',
  'SUBMITTERS_CHANGED',
  'KAMERSTUK_CHANGED',
  'REFERENCE_CHANGED',
  'RECURRENCE_CHANGED',
  'SOURCE_DOCUMENT_CHANGED',
  'LINKED_TO_CHANGED',
  'SNOOZED',
  'TK_NEW',
  'TK_AFGEDAAN',
  'IMPORTED',
  'TK_FIRST_SYNC',
  'CHANNEL_LINKED',
  'CHANNEL_UNLINKED',
  'LETTER_ANSWERED',
  'UNKNOWN',
] as const;
export type HistoryEventCode = (typeof HISTORY_EVENT_CODES)[number];

export type HistoryEvent =
  | { code: 'CREATED'; kind: ItemKind | null; codes: string[] }
  | { code: 'DONE' | 'REOPENED' | 'LAPSED' | 'DELETED' | 'RESTORED' }
  | { code: 'STATUS_CHANGED'; from: ItemStatus | null; to: ItemStatus | null }
  | { code: 'TERM_SET'; to: TermValue }
  | { code: 'TERM_MOVED' | 'TERM_CHANGED'; from: TermValue; to: TermValue }
  | { code: 'TERM_CLEARED'; from: TermValue }
  | { code: 'HOLD_SET'; until: IsoDate }
  | { code: 'HOLD_ENDED' }
  | { code: 'OWNER_SET'; owner: string }
  | { code: 'OWNER_CLEARED' }
  | { code: 'STATUS_TEXT_SET'; text: string }
  | { code: 'STATUS_TEXT_CLEARED' }
  | { code: 'PARTLY_SET' | 'PARTLY_CLEARED' }
  | { code: 'TITLE_CHANGED'; from: string | null; to: string }
  | { code: 'TEXT_CHANGED' }
  | { code: 'CLOSING_REFERENCE_SET'; reference: ClosingReference }
  | { code: 'CLOSING_REFERENCE_CLEARED' }
  | { code: 'RESPONSIBLE_CHANGED'; from: string[]; to: string[] }
  | { code: 'KIND_CHANGED'; to: ItemKind }
  | { code: 'SUBMITTERS_CHANGED'; to: string[] }
  | { code: 'KAMERSTUK_CHANGED' | 'REFERENCE_CHANGED' | 'RECURRENCE_CHANGED' | 'SOURCE_DOCUMENT_CHANGED'; to: string | null }
  | { code: 'LINKED_TO_CHANGED'; to: number | null }
  | { code: 'SNOOZED'; channel: string; until: IsoDate }
  | { code: 'TK_NEW'; reference: string | null }
  | { code: 'TK_AFGEDAAN'; kamerbrieven: string[] }
  | { code: 'IMPORTED'; created: number; updated: number }
  | { code: 'TK_FIRST_SYNC' }
  | { code: 'CHANNEL_LINKED' | 'CHANNEL_UNLINKED'; target: string; channel: string }
  | { code: 'LETTER_ANSWERED'; answer: 'done' | 'partly' | 'rejected'; documentNummer: string | null }
  | { code: 'UNKNOWN' };

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compiles only while HISTORY_EVENT_CODES and the HistoryEvent union name the same codes. */
export const HISTORY_CODES_COMPLETE: Same<HistoryEvent['code'], HistoryEventCode> = true;

/** The event of one code (also for members that share a shape between several codes). */
export type HistoryEventOf<C extends HistoryEventCode> = HistoryEvent extends infer E
  ? E extends { code: infer K }
    ? C extends K
      ? E & { code: C }
      : never
    : never
  : never;

const STATUSES: readonly string[] = ['open', 'done', 'lapsed', 'deleted'] satisfies ItemStatus[];
const asStatus = (v: string | null): ItemStatus | null => (v !== null && STATUSES.includes(v) ? (v as ItemStatus) : null);
const asDate = (v: string | null): IsoDate | null => (isIsoDate(v) ? v : null);
const codeList = (v: string | null): string[] => (v ? v.split(/\s*,\s*/).filter(Boolean) : []);

/** Reads the stored term summary "voor de zomer van 2025 → 2025-07-03" (or "… → geen datum"). */
function readTermValue(stored: string): TermValue {
  const cut = stored.lastIndexOf(' → ');
  if (cut < 0) return { text: stored, date: null };
  return { text: stored.slice(0, cut), date: asDate(stored.slice(cut + 3)) };
}

function parseJson(value: string | null): unknown {
  if (value === null) return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

function statusEvent(from: ItemStatus | null, to: ItemStatus | null): HistoryEvent {
  if (to === 'done') return { code: 'DONE' };
  if (to === 'lapsed') return { code: 'LAPSED' };
  if (to === 'deleted') return { code: 'DELETED' };
  if (from === 'deleted') return { code: 'RESTORED' };
  if (to === 'open' && from !== null) return { code: 'REOPENED' };
  return { code: 'STATUS_CHANGED', from, to };
}

function termEvent(oldValue: string | null, newValue: string | null): HistoryEvent {
  const from = oldValue === null ? null : readTermValue(oldValue);
  const to = newValue === null ? null : readTermValue(newValue);
  if (!to) return from ? { code: 'TERM_CLEARED', from } : { code: 'UNKNOWN' };
  if (!from) return { code: 'TERM_SET', to };
  // A date that moves to another date is a postponement (the store counts these as "verschoven").
  return { code: from.date && to.date && from.date !== to.date ? 'TERM_MOVED' : 'TERM_CHANGED', from, to };
}

function updateEvent(field: string, oldValue: string | null, newValue: string | null): HistoryEvent {
  switch (field as AuditedField) {
    case 'status':
      return statusEvent(asStatus(oldValue), asStatus(newValue));
    case 'deadline':
      return termEvent(oldValue, newValue);
    case 'onHoldUntil': {
      const until = asDate(newValue);
      return until ? { code: 'HOLD_SET', until } : { code: 'HOLD_ENDED' };
    }
    case 'owner':
      return newValue ? { code: 'OWNER_SET', owner: newValue } : { code: 'OWNER_CLEARED' };
    case 'partly':
      return { code: newValue === 'true' ? 'PARTLY_SET' : 'PARTLY_CLEARED' };
    case 'statusText':
      return newValue?.trim() ? { code: 'STATUS_TEXT_SET', text: newValue } : { code: 'STATUS_TEXT_CLEARED' };
    case 'title':
      return newValue ? { code: 'TITLE_CHANGED', from: oldValue, to: newValue } : { code: 'UNKNOWN' };
    case 'text':
      return { code: 'TEXT_CHANGED' };
    case 'closingReference':
      return newValue ? { code: 'CLOSING_REFERENCE_SET', reference: readClosingReference(newValue) } : { code: 'CLOSING_REFERENCE_CLEARED' };
    case 'responsible':
      return { code: 'RESPONSIBLE_CHANGED', from: codeList(oldValue), to: codeList(newValue) };
    case 'kind':
      return newValue === 'motie' || newValue === 'toezegging' ? { code: 'KIND_CHANGED', to: newValue } : { code: 'UNKNOWN' };
    case 'submitters':
      return { code: 'SUBMITTERS_CHANGED', to: codeList(newValue) };
    case 'kamerstuk':
      return { code: 'KAMERSTUK_CHANGED', to: newValue };
    case 'reference':
      return { code: 'REFERENCE_CHANGED', to: newValue };
    case 'recurrence':
      return { code: 'RECURRENCE_CHANGED', to: newValue };
    case 'sourceDocument':
      return { code: 'SOURCE_DOCUMENT_CHANGED', to: newValue };
    case 'linkedTo': {
      const id = newValue === null ? null : Number(newValue);
      return { code: 'LINKED_TO_CHANGED', to: id !== null && Number.isSafeInteger(id) ? id : null };
    }
    default:
      return { code: 'UNKNOWN' };
  }
}

/** What one audit entry means. Entries this version does not know read as UNKNOWN (never raw). */
export function readHistoryEvent(entry: AuditRecord): HistoryEvent {
  switch (entry.action as AuditAction) {
    case 'create': {
      const value = parseJson(entry.newValue) as { kind?: unknown; codes?: unknown } | null;
      const kind = value?.kind === 'motie' || value?.kind === 'toezegging' ? value.kind : null;
      const codes = Array.isArray(value?.codes) ? value.codes.filter((c): c is string => typeof c === 'string') : [];
      return { code: 'CREATED', kind, codes };
    }
    case 'update':
      return entry.field ? updateEvent(entry.field, entry.oldValue, entry.newValue) : { code: 'UNKNOWN' };
    case 'snooze': {
      const until = asDate(entry.newValue);
      return until && entry.field ? { code: 'SNOOZED', channel: entry.field, until } : { code: 'UNKNOWN' };
    }
    case 'tk-new':
      return { code: 'TK_NEW', reference: entry.newValue };
    case 'tk-afgedaan': {
      const value = parseJson(entry.newValue);
      return { code: 'TK_AFGEDAAN', kamerbrieven: Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [] };
    }
    case 'import': {
      const value = parseJson(entry.newValue) as { created?: unknown; updated?: unknown } | null;
      const count = (v: unknown) => (typeof v === 'number' ? v : 0);
      return { code: 'IMPORTED', created: count(value?.created), updated: count(value?.updated) };
    }
    case 'tk-first-sync':
      return { code: 'TK_FIRST_SYNC' };
    case 'letter-answer': {
      const value = parseJson(entry.newValue) as { documentNummer?: unknown } | null;
      const answer = entry.field === 'done' || entry.field === 'partly' || entry.field === 'rejected' ? entry.field : null;
      return answer ? { code: 'LETTER_ANSWERED', answer, documentNummer: typeof value?.documentNummer === 'string' ? value.documentNummer : null } : { code: 'UNKNOWN' };
    }
    case 'link-channel':
      return entry.field && entry.newValue ? { code: 'CHANNEL_LINKED', target: entry.field, channel: entry.newValue } : { code: 'UNKNOWN' };
    case 'unlink-channel':
      return entry.field && entry.oldValue ? { code: 'CHANNEL_UNLINKED', target: entry.field, channel: entry.oldValue } : { code: 'UNKNOWN' };
    default:
      return { code: 'UNKNOWN' };
  }
}
