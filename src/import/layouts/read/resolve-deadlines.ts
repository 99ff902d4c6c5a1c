// The informing deadline of every overview item (docs/DATES.md): the request read against the
// motie's vergaderjaar, the status text against the document date; a linked item shares the
// deadline of the item it is handled with.
import {
  dateTextOf,
  mayRecur,
  parseDates,
  pickDeadline,
  tryReferenceFromVergaderjaar,
  type ChosenDeadline,
  type DateExpression,
  type IsoDate,
  type ParliamentaryCalendar,
} from '../../../domain/dates/index.ts';
import type { ItemDeadline } from '../../../domain/items.ts';
import type { ImportItem, ImportProblem } from '../import-item.ts';

export interface ResolveDeadlinesOptions {
  documentDate: IsoDate;
  calendar?: ParliamentaryCalendar;
  /** The vergaderjaar to read a text against when its item has none of its own. */
  fallbackVergaderjaar: string | null;
}

/** What the deadline of one item is read from: the item's texts, its own term, its reference and its Kamerstuk. */
export type DeadlineInput = Pick<ImportItem, 'position' | 'line' | 'kind' | 'text' | 'statusText' | 'kamerstuk' | 'linkedTo'> & DeadlineFields;

/** An item's deadline fields: what resolving its deadline sets. */
export type DeadlineFields = Pick<ImportItem, 'deadline' | 'deadlineFrom' | 'recurrence' | 'requestReference' | 'requestReferenceFrom'>;

/** One item's own deadline (before the links between items): its fields and the warning its reading gave, if any. */
export interface OwnDeadline {
  fields: DeadlineFields;
  problem: ImportProblem | null;
}

/** The deadline fields of an item as they are. */
function fieldsOf(item: DeadlineFields): DeadlineFields {
  return {
    deadline: item.deadline,
    deadlineFrom: item.deadlineFrom,
    recurrence: item.recurrence,
    requestReference: item.requestReference,
    requestReferenceFrom: item.requestReferenceFrom,
  };
}


/**
 * A text's request reading (ownDeadlineReader's memo): its expressions, and its chosen deadline
 * once picked. A class, not an object literal: every reading is kept for the whole run, and V8's
 * later decision to allocate a literal's objects in old space would drop the optimized code of
 * the reader (see parse-dates.ts Expression); `chosen` is there from the start (one object layout).
 */
class Reading {
  chosen: ChosenDeadline | null | undefined = undefined;
  constructor(readonly expressions: DateExpression[]) {}
}

/**
 * Reads each item's own deadline, one item at a time (resolveDeadlines' first step): the same
 * options give the same outcome for an item whatever other items were read before it, by this
 * reader or another one (a worker thread reading a share of a large import: issue 28). A reader
 * remembers what it read (texts recur), so one reader per share.
 */
export function ownDeadlineReader(options: ResolveDeadlinesOptions): (item: DeadlineInput) => OwnDeadline {
  const calendar = options.calendar ? { calendar: options.calendar } : {};
  const fallbackReference = options.fallbackVergaderjaar
    ? tryReferenceFromVergaderjaar(options.fallbackVergaderjaar)
    : null;

  // The reference of a Kamerstuk's vergaderjaar, once per vergaderjaar (an overview's items share a
  // few): the items of one vergaderjaar then also share one reference string, the key of their readings.
  const referenceOfYear = new Map<string, IsoDate | null>();
  const yearReference = (vergaderjaar: string): IsoDate | null => {
    let reference = referenceOfYear.get(vergaderjaar);
    if (reference === undefined) {
      reference = tryReferenceFromVergaderjaar(vergaderjaar);
      referenceOfYear.set(vergaderjaar, reference);
    }
    return reference;
  };

  // The status side of pickDeadline depends only on the status text (read against the document
  // date): overviews repeat their stand van zaken ("De uitvoering loopt."), so each is read once.
  const byStatus = new Map<string, ChosenDeadline | null>();
  const fromStatus = (status: string): ChosenDeadline | null => {
    let chosen = byStatus.get(status);
    if (chosen === undefined) {
      chosen = pickDeadline({ request: '', requestReference: options.documentDate, status, statusReference: options.documentDate, ...calendar });
      byStatus.set(status, chosen);
    }
    return chosen;
  };

  // The request side depends only on the text and its reference: a text that recurs (an item
  // repeated in an overview, or in a table) is read once per reference. parseDates and pickDeadline
  // are pure, so a remembered reading equals a new one; the items never share the objects.
  // By reference, then by text: the text itself is the key (V8 keeps a string's hash with it), no
  // joined key string is built and hashed per look-up.
  const requestReadings = new Map<IsoDate, Map<string, Reading>>();
  const readingsOf = (reference: IsoDate): Map<string, Reading> => {
    let readings = requestReadings.get(reference);
    if (readings === undefined) {
      readings = new Map();
      requestReadings.set(reference, readings);
    }
    return readings;
  };
  const readRequest = (text: string, reference: IsoDate) => {
    const readings = readingsOf(reference);
    let reading = readings.get(text);
    if (reading === undefined) {
      reading = new Reading(parseDates(dateTextOf(text), { reference, ...calendar }));
      readings.set(text, reading);
    }
    return reading;
  };
  // Only the recurrence of a text (a row with its own term): most texts can hold none, which
  // mayRecur tells at a fraction of parseDates' cost (exact: see there).
  const recurrenceOf = (text: string, reference: IsoDate) => {
    if (!requestReadings.get(reference)?.has(text) && !mayRecur(dateTextOf(text), { reference, ...calendar })) return undefined;
    return readRequest(text, reference).expressions.find((expression) => expression.recurrence)?.recurrence;
  };
  const pickFromRequest = (text: string, reference: IsoDate): ChosenDeadline | null => {
    const reading = readRequest(text, reference);
    if (reading.chosen === undefined) {
      reading.chosen = pickDeadline({ request: text, requestReference: reference, requestDates: reading.expressions, ...calendar });
    }
    return reading.chosen;
  };

  return (item: DeadlineInput): OwnDeadline => {
    // "Termijn: geen" (an export of a term a person removed): no term, not even one in the texts.
    if (item.deadlineFrom === 'cleared') return { fields: { ...fieldsOf(item), deadline: null, recurrence: null }, problem: null };
    // A term a layout read from its own column (or an export's term line) is kept as read (its reference is already set).
    if (item.deadlineFrom === 'own' && item.deadline !== null) {
      if (item.recurrence !== null) return { fields: fieldsOf(item), problem: null };
      // Its recurrence, when the term does not say, is the one the request text names ("elke vier jaar").
      const reference = item.requestReference === '' ? options.documentDate : item.requestReference;
      const recurrence = recurrenceOf(item.text, reference);
      return { fields: recurrence ? { ...fieldsOf(item), recurrence: recurrence.period } : fieldsOf(item), problem: null };
    }
    // A reference a layout found (a debate date column) comes first, then the Kamerstuk's vergaderjaar.
    const ownReference =
      (item.requestReferenceFrom === 'vergaderjaar' && item.requestReference !== '' ? item.requestReference : null) ??
      (item.kamerstuk?.vergaderjaar ? yearReference(item.kamerstuk.vergaderjaar) : null);
    const requestReference = ownReference ?? fallbackReference ?? options.documentDate;
    const requestExpressions = readRequest(item.text, requestReference).expressions;
    const problem: ImportProblem | null =
      !ownReference && requestExpressions.length > 0
        ? {
            line: item.line,
            code: 'OVERVIEW_REFERENCE_ASSUMED',
            severity: 'warning',
            item: item.position,
            kind: item.kind,
            expression: requestExpressions[0]?.text ?? '',
            vergaderjaar: fallbackReference ? (options.fallbackVergaderjaar ?? null) : null,
          }
        : null;
    // As pickDeadline({ request, requestReference, status, statusReference: documentDate }): a
    // deadline the status promises first, else the request's.
    const chosen =
      (item.statusText && item.statusText.trim() !== '' ? fromStatus(item.statusText) : null) ??
      pickFromRequest(item.text, requestReference);
    const recurrence =
      chosen?.recurrence?.period ?? requestExpressions.find((expression) => expression.recurrence)?.recurrence?.period ?? null;
    return {
      fields: {
        deadline: chosen ? toItemDeadline(chosen) : null,
        deadlineFrom: chosen ? 'own' : null,
        recurrence,
        requestReference,
        requestReferenceFrom: ownReference ? 'vergaderjaar' : 'document',
      },
      problem,
    };
  };
}

/**
 * Each item's deadline fields once the links are followed (resolveDeadlines' second step): a
 * linked item without a term of its own shares the deadline of the item it is handled with.
 * `inputs`: the items as read (in document order); `own`: their own deadlines (ownDeadlineReader), same order.
 */
export function linkedDeadline(inputs: readonly DeadlineInput[], own: readonly DeadlineFields[], index: number): DeadlineFields {
  const item = own[index];
  const input = inputs[index];
  if (!item || !input) throw new Error(`linkedDeadline: no item at ${index}`);
  if (input.linkedTo === null) return item;
  if ((input.deadlineFrom === 'own' && input.deadline !== null) || input.deadlineFrom === 'cleared') return item;
  const target = own[input.linkedTo - 1];
  if (!target?.deadline) return item;
  return { ...item, deadline: target.deadline, deadlineFrom: 'linked', recurrence: target.recurrence };
}

export function resolveDeadlines(
  items: readonly ImportItem[],
  options: ResolveDeadlinesOptions,
): { items: ImportItem[]; problems: ImportProblem[] } {
  const read = ownDeadlineReader(options);
  const problems: ImportProblem[] = [];
  const own = items.map((item) => {
    const outcome = read(item);
    if (outcome.problem) problems.push(outcome.problem);
    return outcome.fields;
  });
  const resolved = items.map((item, index): ImportItem => ({ ...item, ...linkedDeadline(items, own, index) }));
  return { items: resolved, problems };
}

/** The item's deadline fields from a chosen deadline: shared by every layout that reads terms. */
function toItemDeadline(chosen: ChosenDeadline): ItemDeadline {
  return {
    earliest: chosen.earliest,
    deadline: chosen.deadline,
    text: chosen.text,
    basis: chosen.basis,
    soft: chosen.soft,
    source: chosen.source,
  };
}

/**
 * The vergaderjaar most items of the document share (an overview follows up one debate); on a
 * tie the older one. Used for texts of items without a Kamerstuk of their own.
 */
export function commonVergaderjaar(items: readonly ImportItem[]): string | null {
  const counts = new Map<string, number>();
  for (const item of items) {
    const year = item.kamerstuk?.vergaderjaar;
    if (year) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [year, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    if (best === null || count > (counts.get(best) ?? 0)) best = year;
  }
  return best;
}
