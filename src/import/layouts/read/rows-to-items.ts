// Rows → items: one interpretation of the fields every layout reader delivers (a table's cells,
// a register's label–value lines, an appendix's rebuilt rows), so that kind, submitters,
// Kamerstuk, status and term mean the same whatever the file looked like.
import type { ParliamentaryCalendar } from '../../../domain/dates/calendar.ts';
import { formatDateNl, parseTermInput, tryReferenceFromVergaderjaar, type IsoDate } from '../../../domain/dates/index.ts';
import type { ItemDeadline, ItemKind, ItemStatus, KamerstukRef, Responsibility } from '../../../domain/items.ts';
import { buildTitle } from '../../../domain/build-title.ts';
import { upperFirst } from '../../../domain/upper-first.ts';
import { commonVergaderjaar, resolveDeadlines } from './resolve-deadlines.ts';
import { isDone, linkItems } from './status-text.ts';
import { parseMotieHeader } from './parse-submitters.ts';
import { isNoTerm } from './vocabulary.ts';
import type { ImportItem, ImportProblem } from '../import-item.ts';
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
  /** A Kamerstuk the reader has read itself (an Eerste Kamer dossier); wins over `kamerstuk`. */
  kamerstukRef?: KamerstukRef | null;
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
  /** Report the rows whose kind or ministry was guessed (a team's own sheet, where nothing is implied). */
  reportGuesses?: boolean;
  /** The stand van zaken keeps its line breaks (a spreadsheet's cell, where a person typed them). */
  statusLines?: boolean;
}

/**
 * What clean changes: a soft hyphen, a blank other than one space, two spaces, a space at either
 * end (trim removes exactly what \s matches). A value without any is returned as it is.
 */
const UNCLEAN = /\u00AD|[^\S ]| {2}|^ | $/;

export function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = UNCLEAN.test(value) ? value.replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim() : value;
  return text === '' ? null : text;
}

/** As clean, but a line break stays one (a blank line between paragraphs, a single break inside one). */
export function cleanLines(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  // One line (most cells): its paragraphs and lines below are that line, so clean's own value.
  if (!value.includes('\n') && !value.includes('\r')) return clean(value);
  const text = value
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => clean(line))
        .filter((line) => line !== null)
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
  return text === '' ? null : text;
}


export function rowsToItems(
  rows: readonly LayoutRow[],
  options: RowsToItemsOptions,
): { items: ImportItem[]; problems: ImportProblem[] } {
  const items: ImportItem[] = [];
  const problems: ImportProblem[] = [];
  const calendar = options.calendar ? { calendar: options.calendar } : {};
  /** Rows with a term column, by item position: read once the document's vergaderjaar is known. */
  const termRows = new Map<number, TermCells>();
  const guessedKind: { line: number; kind: ItemKind }[] = [];
  const guessedMinistry: { line: number; ministry: string }[] = [];
  for (const row of rows) {
    let text = clean(row.text) ?? '';
    const title = clean(row.title);
    if (text === '' && title) text = title;
    if (text === '') continue;
    const position = items.length + 1;

    // Submitters: a column, else the motie's header in the text ("De motie van het lid X c.s.; Verzoekt …").
    let submitters: string[] = [];
    let cs = false;
    const header = parseMotieHeader(text.replace(/^de\s+(?=(?:(?:nader\s+)?gewijzigde\s+)?motie\s+(?:van|het\s+lid|de\s+leden)\b)/i, ''));
    if (header) {
      // "Motie van het lid Beertema over toetsing: verzoekt …": the subject is no part of the name.
      cs = header.cs;
      submitters = header.submitters.map((name) => {
        const bare = name.replace(/\s+(?:over|inzake|betreffende|ter|om|omtrent|rondom)\s.*$/i, '');
        if (/\s*\bc\.\s?s\.?$/i.test(bare)) cs = true;
        return bare.replace(/\s*\bc\.\s?s\.?$/i, '');
      });
      text = upperFirst(header.rest);
    }
    const column = parseSubmittersCell(row.submitters);
    if (column.submitters.length > 0) {
      submitters = column.submitters;
      cs = column.cs || cs;
    }

    const numberCell = clean(row.number);
    const reference = clean(row.reference) ?? (numberCell ? (REGISTER_NUMBER.exec(numberCell)?.[1] ?? null) : null);
    const statedKind = kindOfWord(row.kind) ?? row.kindDefault ?? (header ? 'motie' : null);
    const kind: ItemKind =
      statedKind ??
      (reference ? 'toezegging' : null) ??
      kindOfText(text) ??
      (submitters.length > 0 ? 'motie' : options.defaultKind);
    if (!statedKind) guessedKind.push({ line: row.line, kind });

    let responsible: Responsibility[] = parseResponsibleCell(row.responsible);
    if (responsible.length === 0) {
      const own = ministryOfName(row.ministry);
      const ministry = own ?? row.ministryDefault ?? null;
      if (ministry) responsible = [{ code: `M${ministry}`, ministry }];
      if (!own && ministry) guessedMinistry.push({ line: row.line, ministry });
    }

    const kamerstuk = row.kamerstukRef ?? parseKamerstukCell(row.kamerstuk);
    if (responsible.length === 0 && row.ministryFromChapter && kamerstuk) {
      const ministry = ministryOfChapter(kamerstuk.dossier);
      if (ministry) responsible = [{ code: `M${ministry}`, ministry }];
    }
    const statusText = options.statusLines ? cleanLines(row.statusText) : clean(row.statusText);

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
        kind,
        written: statusCell,
        status,
      });
    }

    // Reference date: the debate or adoption date, else the Kamerstuk's vergaderjaar (else, below,
    // the vergaderjaar most items share or the document date).
    const date = parseDateCell(row.date);
    const yearReference = kamerstuk?.vergaderjaar ? tryReferenceFromVergaderjaar(kamerstuk.vergaderjaar) : null;
    const termDate = parseDateCell(clean(row.termDate));
    const term = clean(row.term) ?? (termDate ? clean(row.termDate) : null);
    if (term) termRows.set(position, { row, term, termDate });
    if (row.cutOff) {
      problems.push({
        line: row.line,
        code: 'LAYOUT_ROW_CUT_OFF',
        severity: 'warning',
        item: position,
        kind,
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
      deadline: null,
      deadlineFrom: null,
      recurrence: null,
      requestReference: date ?? yearReference ?? '',
      requestReferenceFrom: date || yearReference ? 'vergaderjaar' : 'document',
    });
  }

  // The document as a whole, as the text reader does it: a term column is read as written (by
  // the team, against the row's own date or else the document date), the link phrases of the
  // status texts ("geïntegreerd met bovenstaande motie") join items, and every other term comes
  // from the texts, read against the vergaderjaar most items share when a row has none of its own.
  // A table repeats its terms ("voor de zomer van 2026" in row after row): each distinct term is
  // read once per reference (parseTermInput is pure: same text, reference and calendar, same result).
  const readTerms = new Map<string, ReturnType<typeof parseTermInput>>();
  const readTerm = (term: string, reference: IsoDate) => {
    const key = `${reference}\u0000${term}`;
    let parsed = readTerms.get(key);
    if (parsed === undefined) {
      parsed = parseTermInput(term, reference, options.calendar);
      readTerms.set(key, parsed);
    }
    return parsed;
  };
  for (const [index, item] of items.entries()) {
    const pending = termRows.get(item.position);
    if (!pending) continue;
    const requestReference = item.requestReference || options.documentDate;
    if (isNoTerm(pending.term)) {
      // "geen" (an export of a term a person removed): no term, not even one in the texts.
      items[index] = { ...item, deadline: null, deadlineFrom: 'cleared', recurrence: null, requestReference };
      continue;
    }
    const { deadline, recurrence } = readTermCells(pending, requestReference, readTerm, problems, item.position);
    items[index] = { ...item, deadline, deadlineFrom: 'own', recurrence, requestReference };
  }
  if (options.reportGuesses) problems.push(...guessProblems(guessedKind, guessedMinistry));
  linkItems(items, items.map((item) => ({ statusLine: item.line })), problems);
  const resolved = resolveDeadlines(items, { documentDate: options.documentDate, ...calendar, fallbackVergaderjaar: commonVergaderjaar(items) });
  return { items: resolved.items, problems: [...problems, ...resolved.problems] };
}

/** One warning for the rows whose kind was guessed, one per ministry rows were given without naming it. */
function guessProblems(kinds: readonly { line: number; kind: ItemKind }[], ministries: readonly { line: number; ministry: string }[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const first = kinds[0];
  if (first) {
    problems.push({
      line: first.line,
      code: 'LAYOUT_KIND_GUESSED',
      severity: 'warning',
      count: kinds.length,
      lines: kinds.map((guess) => guess.line),
      moties: kinds.filter((guess) => guess.kind === 'motie').length,
      toezeggingen: kinds.filter((guess) => guess.kind === 'toezegging').length,
    });
  }
  for (const ministry of [...new Set(ministries.map((guess) => guess.ministry))]) {
    const rows = ministries.filter((guess) => guess.ministry === ministry);
    problems.push({
      line: rows[0]?.line ?? 0,
      code: 'LAYOUT_MINISTRY_GUESSED',
      severity: 'warning',
      count: rows.length,
      lines: rows.map((guess) => guess.line),
      ministry,
    });
  }
  return problems;
}

interface TermCells {
  row: LayoutRow;
  term: string;
  termDate: IsoDate | null;
}

/** A term column (words, a date, or both) → the item's deadline. */
function readTermCells(
  { row, term, termDate }: TermCells,
  requestReference: IsoDate,
  readTerm: (term: string, reference: IsoDate) => ReturnType<typeof parseTermInput>,
  problems: ImportProblem[],
  position: number,
): { deadline: ItemDeadline; recurrence: string | null } {
  if (termDate && !parseDateCell(term)) {
    // The words as written, the date as the table gives it (the words' own reading when it agrees).
    // The kind of term (basis, softness) is the words' own, also when the table's date differs.
    const parsed = readTerm(term, requestReference);
    const words = parsed.ok ? parsed.expression : null;
    const same = words?.deadline === termDate ? words : null;
    return {
      deadline: {
        earliest: same?.earliest ?? null,
        deadline: termDate,
        text: term,
        basis: words?.basis ?? 'explicit',
        soft: words?.soft ?? false,
        source: 'request',
      },
      recurrence: same?.recurrence?.period ?? null,
    };
  }
  const exact = parseDateCell(term);
  if (exact) {
    // An ISO date (an Excel date cell, a timestamp of a register export) is written as a Dutch
    // date ("1 juli 2025"): the term text shows in Dutch sentences. Other dates stay as typed.
    const text = /^\d{4}-\d{2}-\d{2}/.test(term.trim()) ? formatDateNl(exact) : term;
    return { deadline: { earliest: null, deadline: exact, text, basis: 'explicit', soft: false, source: 'request' }, recurrence: null };
  }
  const parsed = readTerm(term, requestReference);
  if (parsed.ok) {
    const e = parsed.expression;
    return {
      deadline: { earliest: e.earliest, deadline: e.deadline, text: term, basis: e.basis, soft: e.soft, source: 'request' },
      recurrence: e.recurrence?.period ?? null,
    };
  }
  problems.push({
    line: row.line,
    code: 'LAYOUT_TERM_UNREADABLE',
    severity: 'warning',
    item: position,
    term,
  });
  return { deadline: { earliest: null, deadline: null, text: term, basis: 'estimate', soft: true, source: 'request' }, recurrence: null };
}
