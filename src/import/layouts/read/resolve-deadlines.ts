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
  /** Reads the date jobs: readDateJobs when absent. */
  dates?: DateReader;
}

/**
 * The reading of one item's dates, the costly part of resolving its deadline (pure: its answer
 * depends only on the job and the context, so any thread can read any job).
 * - 'recurrence': a row with a term of its own: only the recurrence its request text names.
 * - 'request': the request read against `reference`, the status (when there is one) against the
 *   document date.
 */
export type DateJob =
  | { kind: 'recurrence'; text: string; reference: IsoDate }
  | { kind: 'request'; text: string; reference: IsoDate; status: string | null };

/** What every job of one document is read with. */
export interface DateJobContext {
  documentDate: IsoDate;
  calendar?: ParliamentaryCalendar;
}

/** A job's answer (plain data: it may cross a thread). */
export type DateJobResult =
  /** 'recurrence': the period the request text names, or null. */
  | { recurrence: string | null }
  | {
      /** The deadline chosen (the status' promise first, else the request's), or null. */
      deadline: ItemDeadline | null;
      recurrence: string | null;
      /** The request's first date expression (null: it has none). */
      firstExpression: string | null;
    };

/**
 * Reads a document's date jobs: one answer per job, in order, equal to readDateJobs' (the
 * importing CLI shares a large import's jobs with a worker: src/worker/read-dates.ts).
 */
export interface DateReader {
  /** Told, as soon as a layout knows, about how many items' dates it will read from their texts (a worker can start meanwhile). */
  expect?: (items: number) => void;
  read: (jobs: readonly DateJob[], context: DateJobContext) => DateJobResult[];
}

/**
 * Reads date jobs, remembering what it read: overviews repeat their texts ("De uitvoering
 * loopt."), so each status is read once, and each request text once per reference. parseDates and
 * pickDeadline are pure, so a remembered reading equals a new one; the answers never share objects.
 * Successive calls share what was read (the chunks of one document in one thread).
 */
export function dateJobReader(context: DateJobContext): (jobs: readonly DateJob[]) => DateJobResult[] {
  const calendar = context.calendar ? { calendar: context.calendar } : {};
  const { documentDate } = context;

  // The status side of pickDeadline depends only on the status text (read against the document date).
  const byStatus = new Map<string, ChosenDeadline | null>();
  const fromStatus = (status: string): ChosenDeadline | null => {
    let chosen = byStatus.get(status);
    if (chosen === undefined) {
      chosen = pickDeadline({ request: '', requestReference: documentDate, status, statusReference: documentDate, ...calendar });
      byStatus.set(status, chosen);
    }
    return chosen;
  };

  // The request side depends only on the text and its reference. By reference, then by text: the
  // text itself is the key (V8 keeps a string's hash with it), no joined key string is built and
  // hashed per look-up.
  interface Reading {
    expressions: DateExpression[];
    chosen?: ChosenDeadline | null;
  }
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
      reading = { expressions: parseDates(dateTextOf(text), { reference, ...calendar }) };
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

  const readJob = (job: DateJob): DateJobResult => {
    if (job.kind === 'recurrence') return { recurrence: recurrenceOf(job.text, job.reference)?.period ?? null };
    const expressions = readRequest(job.text, job.reference).expressions;
    // As pickDeadline({ request, requestReference, status, statusReference: documentDate }): a
    // deadline the status promises first, else the request's.
    const chosen = (job.status !== null ? fromStatus(job.status) : null) ?? pickFromRequest(job.text, job.reference);
    return {
      deadline: chosen ? toItemDeadline(chosen) : null,
      recurrence: chosen?.recurrence?.period ?? expressions.find((expression) => expression.recurrence)?.recurrence?.period ?? null,
      firstExpression: expressions.length > 0 ? (expressions[0]?.text ?? '') : null,
    };
  };
  return (jobs) => jobs.map(readJob);
}

/** Reads the jobs in this thread (the default DateJobsReader). */
export function readDateJobs(jobs: readonly DateJob[], context: DateJobContext): DateJobResult[] {
  return dateJobReader(context)(jobs);
}

export function resolveDeadlines(
  items: readonly ImportItem[],
  options: ResolveDeadlinesOptions,
): { items: ImportItem[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const fallbackReference = options.fallbackVergaderjaar
    ? tryReferenceFromVergaderjaar(options.fallbackVergaderjaar)
    : null;

  // First what each item's dates need (cheap), then the reading of all of them (the cost: in one
  // call, so that it can be shared between threads), then each item from its reading.
  const jobs: DateJob[] = [];
  /** Per item: the index of its job, or -1 (no reading needed). */
  const jobOf: number[] = [];
  /** Per item with a request job: whether its reference is its own (else a warning when the text names a date). */
  const ownReferenceOf: (IsoDate | null)[] = [];
  for (const item of items) {
    let job: DateJob | null = null;
    let ownReference: IsoDate | null = null;
    if (item.deadlineFrom === 'cleared') {
      // "Termijn: geen" (an export of a term a person removed): no term, not even one in the texts.
    } else if (item.deadlineFrom === 'own' && item.deadline !== null) {
      // A term a layout read from its own column (or an export's term line) is kept as read (its
      // reference is already set); its recurrence, when the term does not say, is the one the
      // request text names ("elke vier jaar").
      if (item.recurrence === null) {
        job = { kind: 'recurrence', text: item.text, reference: item.requestReference === '' ? options.documentDate : item.requestReference };
      }
    } else {
      // A reference a layout found (a debate date column) comes first, then the Kamerstuk's vergaderjaar.
      ownReference =
        (item.requestReferenceFrom === 'vergaderjaar' && item.requestReference !== '' ? item.requestReference : null) ??
        (item.kamerstuk?.vergaderjaar ? tryReferenceFromVergaderjaar(item.kamerstuk.vergaderjaar) : null);
      const status = item.statusText && item.statusText.trim() !== '' ? item.statusText : null;
      job = { kind: 'request', text: item.text, reference: ownReference ?? fallbackReference ?? options.documentDate, status };
    }
    jobOf.push(job ? jobs.push(job) - 1 : -1);
    ownReferenceOf.push(ownReference);
  }
  const context: DateJobContext = { documentDate: options.documentDate, ...(options.calendar ? { calendar: options.calendar } : {}) };
  const results = jobs.length === 0 ? [] : options.dates ? options.dates.read(jobs, context) : readDateJobs(jobs, context);
  if (results.length !== jobs.length) throw new Error(`resolveDeadlines: ${results.length} readings for ${jobs.length} jobs`);

  const own = items.map((item, index): ImportItem => {
    if (item.deadlineFrom === 'cleared') return { ...item, deadline: null, recurrence: null };
    const jobIndex = jobOf[index] ?? -1;
    const job = jobs[jobIndex];
    const result = results[jobIndex];
    if (!job || !result) return item;
    if (job.kind === 'recurrence' || !('deadline' in result)) {
      return result.recurrence !== null ? { ...item, recurrence: result.recurrence } : item;
    }
    const ownReference = ownReferenceOf[index] ?? null;
    if (!ownReference && result.firstExpression !== null) {
      problems.push({
        line: item.line,
        code: 'OVERVIEW_REFERENCE_ASSUMED',
        severity: 'warning',
        item: item.position,
        kind: item.kind,
        expression: result.firstExpression,
        vergaderjaar: fallbackReference ? (options.fallbackVergaderjaar ?? null) : null,
      });
    }
    return {
      ...item,
      deadline: result.deadline,
      deadlineFrom: result.deadline ? 'own' : null,
      recurrence: result.recurrence,
      requestReference: job.reference,
      requestReferenceFrom: ownReference ? 'vergaderjaar' : 'document',
    };
  });

  const resolved = own.map((item, index): ImportItem => {
    if (item.linkedTo === null) return item;
    const input = items[index];
    if ((input?.deadlineFrom === 'own' && input.deadline !== null) || input?.deadlineFrom === 'cleared') return item;
    const target = own[item.linkedTo - 1];
    if (!target?.deadline) return item;
    return { ...item, deadline: target.deadline, deadlineFrom: 'linked', recurrence: target.recurrence };
  });
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
