// Rows → items: one interpretation of the fields every layout reader delivers (a table's cells,
// a register's label–value lines, an appendix's rebuilt rows), so that kind, submitters,
// Kamerstuk, status and term mean the same whatever the file looked like.
import type { ParliamentaryCalendar } from '../dates/calendar.ts';
import { parseTermInput, pickDeadline, tryReferenceFromVergaderjaar, type ChosenDeadline, type IsoDate } from '../dates/index.ts';
import type { ItemDeadline, ItemKind, ItemStatus, Responsibility } from '../items.ts';
import { buildTitle } from '../overview/build-title.ts';
import { toItemDeadline } from '../overview/resolve-deadlines.ts';
import { isDone } from '../overview/parse-overview.ts';
import { parseMotieHeader } from '../overview/parse-submitters.ts';
import type { OverviewItem, OverviewProblem } from '../overview/types.ts';
import {
  kindOfText,
  kindOfWord,
  parseDateCell,
  parseKamerstukCell,
  parseResponsibleCell,
  parseSubmittersCell,
  ministryOfChapter,
  ministryOfName,
  readStatusWord,
  REGISTER_NUMBER,
} from './values.ts';

/** One item as a layout reader found it: raw texts per field, null where the layout has none. */
export interface LayoutRow {
  /** Line (text, PDF), row (spreadsheet) or paragraph (Word) where the item starts. */
  line: number;
  text: string;
  title?: string | null;
  kind?: string | null;
  /** The kind the table's title or section heading gives. */
  kindDefault?: ItemKind | null;
  number?: string | null;
  reference?: string | null;
  submitters?: string | null;
  kamerstuk?: string | null;
  responsible?: string | null;
  ministry?: string | null;
  /** The ministry of the table or the document, when the row has none. */
  ministryDefault?: string | null;
  term?: string | null;
  /** The term's date from a second column, when the table has the term as words and as a date. */
  termDate?: string | null;
  status?: string | null;
  /** The status the table's title gives every row ("… die zijn afgerond"). */
  statusDefault?: ItemStatus | null;
  statusText?: string | null;
  /** Debate or adoption date (the reference for relative terms). */
  date?: string | null;
  owner?: string | null;
  /** A begroting appendix: without a bewindspersoon the ministry of the Kamerstuk's budget chapter is responsible. */
  ministryFromChapter?: boolean;
  /** The row ends where the document was cut off. */
  cutOff?: boolean;
}

export interface RowsToItemsOptions {
  documentDate: IsoDate;
  calendar?: ParliamentaryCalendar;
  /** The kind when neither row nor text tells (a register of toezeggingen). */
  defaultKind: ItemKind;
}

function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value.replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}


export function rowsToItems(
  rows: readonly LayoutRow[],
  options: RowsToItemsOptions,
): { items: OverviewItem[]; problems: OverviewProblem[] } {
  const items: OverviewItem[] = [];
  const problems: OverviewProblem[] = [];
  const calendar = options.calendar ? { calendar: options.calendar } : {};
  for (const row of rows) {
    let text = clean(row.text) ?? '';
    const title = clean(row.title);
    if (text === '' && title) text = title;
    if (text === '') continue;
    const position = items.length + 1;
    const label = (kind: ItemKind) => (kind === 'motie' ? 'de motie' : 'de toezegging');

    // Submitters: a column, else the motie's header in the text ("De motie van het lid X c.s.; Verzoekt …").
    let submitters: string[] = [];
    let cs = false;
    const header = parseMotieHeader(text.replace(/^de\s+(?=(?:(?:nader\s+)?gewijzigde\s+)?motie\s+van\b)/i, ''));
    if (header) {
      // "Motie van het lid Beertema over toetsing: verzoekt …": the subject is no part of the name.
      cs = header.cs;
      submitters = header.submitters.map((name) => {
        const bare = name.replace(/\s+(?:over|inzake|betreffende|ter|om|omtrent|rondom)\s.*$/i, '');
        if (/\s*\bc\.\s?s\.?$/i.test(bare)) cs = true;
        return bare.replace(/\s*\bc\.\s?s\.?$/i, '');
      });
      text = header.rest.charAt(0).toLocaleUpperCase('nl') + header.rest.slice(1);
    }
    const column = parseSubmittersCell(row.submitters);
    if (column.submitters.length > 0) {
      submitters = column.submitters;
      cs = column.cs || cs;
    }

    const numberCell = clean(row.number);
    const reference = clean(row.reference) ?? (numberCell ? (REGISTER_NUMBER.exec(numberCell)?.[1] ?? null) : null);
    const kind: ItemKind =
      kindOfWord(row.kind) ??
      row.kindDefault ??
      (header ? 'motie' : null) ??
      (reference ? 'toezegging' : null) ??
      kindOfText(text) ??
      (submitters.length > 0 ? 'motie' : options.defaultKind);

    let responsible: Responsibility[] = parseResponsibleCell(row.responsible);
    if (responsible.length === 0) {
      const ministry = ministryOfName(row.ministry) ?? row.ministryDefault ?? null;
      if (ministry) responsible = [{ code: `M${ministry}`, ministry }];
    }

    const kamerstuk = parseKamerstukCell(row.kamerstuk);
    if (responsible.length === 0 && row.ministryFromChapter && kamerstuk) {
      const ministry = ministryOfChapter(kamerstuk.dossier);
      if (ministry) responsible = [{ code: `M${ministry}`, ministry }];
    }
    const statusText = clean(row.statusText);

    // Status: its own column, else the first word of the status text, else the table's title, else the text's phrases.
    let status: ItemStatus = 'open';
    let partly = false;
    const statusCell = clean(row.status);
    const fromCell = readStatusWord(statusCell, true);
    const fromText = readStatusWord(statusText);
    const reading = fromCell ?? fromText;
    if (reading) {
      status = reading.status;
      partly = reading.partly;
    } else if (row.statusDefault) {
      status = row.statusDefault;
    } else if (statusText && isDone(statusText)) {
      status = 'done';
    }
    if (statusCell && !fromCell) {
      problems.push({
        line: row.line,
        code: 'LAYOUT_STATUS_UNKNOWN',
        severity: 'warning',
        item: position,
        message: `De status "${statusCell}" op regel ${row.line} is onbekend; ${label(kind)} is opgenomen als ${status === 'done' ? 'afgerond' : status === 'lapsed' ? 'vervallen' : 'open'}.`,
      });
    }

    // Reference date: the debate or adoption date, else the Kamerstuk's vergaderjaar, else the document date.
    const date = parseDateCell(row.date);
    const yearReference = kamerstuk?.vergaderjaar ? tryReferenceFromVergaderjaar(kamerstuk.vergaderjaar) : null;
    const requestReference = date ?? yearReference ?? options.documentDate;

    let deadline: ItemDeadline | null = null;
    let recurrence: string | null = null;
    const termDate = parseDateCell(clean(row.termDate));
    const term = clean(row.term) ?? (termDate ? clean(row.termDate) : null);
    if (term && termDate && !parseDateCell(term)) {
      // The words as written, the date as the table gives it (the words' own reading when it agrees).
      const parsed = parseTermInput(term, requestReference, options.calendar);
      const same = parsed.ok && parsed.expression.deadline === termDate ? parsed.expression : null;
      deadline = {
        earliest: same?.earliest ?? null,
        deadline: termDate,
        text: term,
        basis: same?.basis ?? 'explicit',
        soft: same?.soft ?? false,
        source: 'request',
      };
      recurrence = same?.recurrence?.period ?? null;
    } else if (term) {
      const exact = parseDateCell(term);
      if (exact) {
        // A timestamp ("2025-03-31T00:00:00+02:00", a register export) is kept as its day.
        const text = /^\d{4}-\d{2}-\d{2}[T ]/.test(term) ? exact : term;
        deadline = { earliest: null, deadline: exact, text, basis: 'explicit', soft: false, source: 'request' };
      } else {
        const parsed = parseTermInput(term, requestReference, options.calendar);
        if (parsed.ok) {
          const e = parsed.expression;
          deadline = { earliest: e.earliest, deadline: e.deadline, text: term, basis: e.basis, soft: e.soft, source: 'request' };
          recurrence = e.recurrence?.period ?? null;
        } else {
          deadline = { earliest: null, deadline: null, text: term, basis: 'estimate', soft: true, source: 'request' };
          problems.push({
            line: row.line,
            code: 'LAYOUT_TERM_UNREADABLE',
            severity: 'warning',
            item: position,
            message: `De termijn "${term}" op regel ${row.line} is geen datum die de bot kan lezen; hij is letterlijk overgenomen, zonder uiterste datum.`,
          });
        }
      }
    } else {
      const chosen = pickDeadline({
        request: text,
        requestReference,
        status: statusText,
        statusReference: options.documentDate,
        ...calendar,
      });
      if (chosen) {
        deadline = toItemDeadline(chosen);
        recurrence = chosen.recurrence?.period ?? null;
      }
    }

    if (row.cutOff) {
      problems.push({
        line: row.line,
        code: 'LAYOUT_ROW_CUT_OFF',
        severity: 'warning',
        item: position,
        message: `Het document houdt op midden in ${label(kind)} op regel ${row.line}; wat er staat is opgenomen, controleer de rest.`,
      });
    }

    items.push({
      position,
      line: row.line,
      kind,
      title: title ?? buildTitle(text),
      text,
      submitters,
      cs,
      responsible,
      statusText,
      status,
      partly,
      kamerstuk,
      reference,
      statusReferences: [],
      linkedTo: null,
      deadline,
      deadlineFrom: deadline ? 'own' : null,
      recurrence,
      requestReference,
      requestReferenceFrom: date || yearReference ? 'vergaderjaar' : 'document',
    });
  }
  return { items, problems };
}
