// A stand-van-zaken document (text) → items and problems. Pure: the document date and the
// parliamentary calendar are arguments; nothing here reads a clock or a file.
import type { ParliamentaryCalendar } from '../../../domain/dates/calendar.ts';
import { isIsoDate } from '../../../domain/dates/calendar-date.ts';
import { parseTermInput } from '../../../domain/dates/parse-term-input.ts';
import type { IsoDate } from '../../../domain/dates/types.ts';
import type { KamerstukRef } from '../../../domain/items.ts';
import { buildTitle } from '../../../domain/build-title.ts';
import { inferDocumentDate } from '../read/infer-document-date.ts';
import { joinParagraphs, splitLines, stripFootnoteMarkers } from '../read/normalise-text.ts';
import type { TextFacts } from '../source-document.ts';
import { parseFootnotes, type Footnote } from './parse-footnotes.ts';
import { isOwnExport, parseStructure, type RawRow } from './parse-structure.ts';
import { parseMotieHeader } from '../read/parse-submitters.ts';
import { commonVergaderjaar, resolveDeadlines } from '../read/resolve-deadlines.ts';
import { isDone, linkItems } from '../read/status-text.ts';
import type { ImportItem, ImportProblem, ImportProblemDetail, ParseStandVanZakenResult } from '../import-item.ts';
import { isNoTerm, readDateLine } from '../read/vocabulary.ts';

export interface ParseStandVanZakenOptions {
  /** The date of the document; when missing it is inferred from the text. */
  documentDate?: IsoDate | null;
  calendar?: ParliamentaryCalendar;
  /** Today: an inferred document date is never later than this. */
  today?: IsoDate | null;
  /**
   * A line ending in a backslash is a hard line break (a Word document's line breaks, as the
   * flat-list reader writes them). Without it only motiebot's own Markdown export is read so
   * (isOwnExport); in anyone else's text the backslash is a character.
   */
  hardBreaks?: boolean;
  /** The text's structure as readStructure read it for the layout's detect: not read again. */
  structure?: ReadStructure;
}

/**
 * Whether the text has the structure of a stand-van-zaken list (motie rows with bewindspersoon
 * codes), without reading the items and their dates: what a layout's detect needs, at a fraction
 * of parseStandVanZaken's cost (reading the dates of every item twice made up 40 % of an import).
 */
export function looksLikeStandVanZaken(read: ReadStructure): boolean {
  if (read.text.trim() === '') return false;
  return read.structure.rows.some((row) => row.responsible.length > 0);
}

/** The lines, footnotes and rows of a text: read once per import (the layout keeps it for its detect and its rows). */
export interface ReadStructure {
  text: string;
  /** As asked (`hardBreaks`) or as the text is (isOwnExport). */
  hardBreaks: boolean;
  /** Whether a Word document's hard breaks were asked for (the structure is for that question). */
  asked: boolean;
  lines: ReturnType<typeof splitLines>;
  footnotes: ReturnType<typeof parseFootnotes>;
  structure: ReturnType<typeof parseStructure>;
}

/** `facts`: what the text's decoder learned about its characters (see splitLines). */
export function readStructure(text: string, asked: boolean, facts?: TextFacts): ReadStructure {
  const lines = splitLines(text, facts);
  const hardBreaks = asked || isOwnExport(lines);
  const footnotes = parseFootnotes(lines, hardBreaks);
  return { text, hardBreaks, asked, lines, footnotes, structure: parseStructure(lines, footnotes.lineIndexes, hardBreaks) };
}

/** The structure given (read for this text and question), else read now. Nothing changes it. */
function structureOf(text: string, asked: boolean, given: ReadStructure | undefined): ReadStructure {
  return given?.text === text && given.asked === asked ? given : readStructure(text, asked);
}

export function parseStandVanZaken(text: string, options: ParseStandVanZakenOptions = {}): ParseStandVanZakenResult {
  if (typeof text !== 'string' || text.trim() === '') {
    return { ok: false, code: 'OVERVIEW_EMPTY' };
  }
  if (options.documentDate && !isIsoDate(options.documentDate)) {
    return { ok: false, code: 'OVERVIEW_BAD_DOCUMENT_DATE', documentDate: options.documentDate };
  }

  const {
    lines,
    hardBreaks,
    footnotes: { footnotes, problems: footnoteProblems },
    structure: { rows, problems: structureProblems },
  } = structureOf(text, options.hardBreaks ?? false, options.structure);
  const rowsWithCodes = rows.filter((row) => row.responsible.length > 0);
  if (rowsWithCodes.length === 0) {
    const hasHeadings = rows.length > 0 || /^\s*(?:moties|toezeggingen)\s*$/im.test(text);
    return { ok: false, code: hasHeadings ? 'OVERVIEW_NO_ITEMS' : 'OVERVIEW_NOT_AN_OVERVIEW' };
  }

  const problems: ImportProblem[] = [...footnoteProblems, ...structureProblems];
  const known = new Set(footnotes.keys());
  const items = rows.map((row, index) => buildItem(row, index + 1, footnotes, known, problems, hardBreaks));
  linkItems(items, rows, problems);
  checkDuplicates(items, problems);

  let documentDate = options.documentDate ?? null;
  let documentDateSource: { mentioned: IsoDate; text: string; line: number } | null = null;
  // motiebot's own export states its date under the title ("Stand per 15 september 2025").
  const stated = documentDate ? null : (lines.map((line) => readDateLine(line.text)).find((date) => date !== null) ?? null);
  if (stated) documentDate = stated;
  if (!documentDate) {
    const inferred = inferDocumentDate(lines, { calendar: options.calendar, today: options.today ?? null });
    if (!inferred) return { ok: false, code: 'OVERVIEW_NO_DOCUMENT_DATE' };
    documentDate = inferred.date;
    documentDateSource = { mentioned: inferred.mentioned, text: inferred.text, line: inferred.line };
  }

  // motiebot's own export writes the item's term ("Termijn: … (uiterlijk …)"): it is kept as written.
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] as RawRow;
    const item = items[index];
    if (!row.termMark || !item) continue;
    items[index] = isNoTerm(row.termMark.text)
      ? { ...item, deadline: null, recurrence: null, deadlineFrom: 'cleared', requestReference: documentDate }
      : { ...item, ...termOfMark(row.termMark, documentDate, options.calendar), deadlineFrom: 'own', requestReference: documentDate };
  }

  const resolved = resolveDeadlines(items, {
    documentDate,
    calendar: options.calendar,
    fallbackVergaderjaar: commonVergaderjaar(items),
  });
  for (const problem of resolved.problems) problems.push(problem);

  problems.sort((a, b) => a.line - b.line);
  return {
    ok: true,
    items: resolved.items,
    problems,
    documentDate,
    documentDateInferred: options.documentDate ? false : true,
    documentDateStated: stated !== null,
    documentDateSource,
  };
}

/** The words as written, the date as the line gives it (the words' own reading when it agrees). */
function termOfMark(
  mark: { text: string; deadline: string | null },
  reference: IsoDate,
  calendar: ParliamentaryCalendar | undefined,
): Pick<ImportItem, 'deadline' | 'recurrence'> {
  const parsed = parseTermInput(mark.text, reference, calendar);
  if (mark.deadline === null) {
    // Words without a date: their own reading, else the words alone (as a table's term cell).
    const e = parsed.ok ? parsed.expression : null;
    return {
      deadline: {
        earliest: e?.earliest ?? null,
        deadline: e?.deadline ?? null,
        text: mark.text,
        basis: e?.basis ?? 'estimate',
        soft: e?.soft ?? true,
        source: 'request',
      },
      recurrence: e?.recurrence?.period ?? null,
    };
  }
  // The kind of term (basis, softness) is the words' own, also when the date they give against
  // this document's date is another one (the term was read against its own reference).
  const words = parsed.ok ? parsed.expression : null;
  const same = words?.deadline === mark.deadline ? words : null;
  return {
    deadline: {
      earliest: same?.earliest ?? null,
      deadline: mark.deadline,
      text: mark.text,
      basis: words?.basis ?? 'explicit',
      soft: words?.soft ?? false,
      source: 'request',
    },
    recurrence: same?.recurrence?.period ?? null,
  };
}

function buildItem(
  row: RawRow,
  position: number,
  footnotes: ReadonlyMap<number, Footnote>,
  known: ReadonlySet<number>,
  problems: ImportProblem[],
  hardBreaks: boolean,
): ImportItem {
  const { kind } = row;
  const problem = (line: number, severity: ImportProblem['severity'], detail: ImportProblemDetail) =>
    problems.push({ ...detail, line, severity, item: position });

  const requestRaw = joinParagraphs(row.request, false, hardBreaks);
  // (joinParagraphs leaves no two spaces in a row.)
  const request = stripFootnoteMarkers(requestRaw, known, true);
  let text = request.text;
  let submitters: string[] = [];
  let cs = false;
  if (row.motieHeader) {
    const header = parseMotieHeader(text);
    if (header) {
      submitters = header.submitters;
      cs = header.cs;
      text = header.rest;
    } else {
      problem(row.line, 'warning', { code: 'OVERVIEW_ITEM_NO_SUBMITTERS', kind });
    }
  }
  if (text === '') {
    problem(row.line, 'error', { code: 'OVERVIEW_ITEM_NO_TEXT', kind });
  }

  if (row.responsible.length === 0) {
    problem(row.line, 'error', { code: 'OVERVIEW_ITEM_NO_RESPONSIBLE', kind });
  }
  for (const code of row.unknownCodes) {
    problem(row.statusLine ?? row.line, 'warning', { code: 'OVERVIEW_UNKNOWN_CODE', bewindspersoon: code });
  }

  // The stand van zaken keeps its line breaks (a hard break in the text: a Word line break, the Markdown export's \).
  const statusRaw = joinParagraphs(row.status, true, hardBreaks);
  const status = stripFootnoteMarkers(statusRaw, known, true);
  const statusText = status.text === '' ? null : status.text;
  if (row.responsible.length > 0 && statusText === null) {
    problem(row.statusLine ?? row.line, 'warning', { code: 'OVERVIEW_ITEM_NO_STATUS', kind, itemLine: row.line });
  }

  let kamerstuk: KamerstukRef | null = null;
  for (const marker of request.markers) {
    const footnote = footnotes.get(marker);
    if (footnote?.ref) {
      kamerstuk = footnote.ref;
      break;
    }
  }
  if (!kamerstuk && row.kind === 'motie') {
    problem(row.line, 'warning', { code: 'OVERVIEW_ITEM_NO_KAMERSTUK', kind });
  }
  // (A loop, not map / filter: see parse-submitters' namesOf.)
  const statusReferences: KamerstukRef[] = [];
  for (const marker of status.markers) {
    const ref = footnotes.get(marker)?.ref;
    if (ref) statusReferences.push(ref);
  }

  return {
    position,
    line: row.line,
    kind: row.kind,
    title: buildTitle(text),
    text,
    submitters,
    cs,
    responsible: row.responsible,
    statusText,
    // motiebot's own export says the status in a line of its own (a person may have decided it).
    status: row.statusMark ?? (statusText !== null && isDone(statusText) ? 'done' : 'open'),
    partly: row.partlyMark,
    kamerstuk,
    reference: null,
    statusReferences,
    linkedTo: null,
    deadline: null,
    deadlineFrom: null,
    recurrence: null,
    requestReference: '',
    requestReferenceFrom: 'document',
  };
}

function checkDuplicates(items: ImportItem[], problems: ImportProblem[]): void {
  const seen = new Map<string, ImportItem>();
  for (const item of items) {
    if (!item.kamerstuk) continue;
    const key = `${item.kamerstuk.dossier}-${item.kamerstuk.number}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        line: item.line,
        code: 'OVERVIEW_ITEM_DUPLICATE_KAMERSTUK',
        kind: item.kind,
        kamerstuk: key,
        firstLine: first.line,
        severity: 'error',
        item: item.position,
      });
    } else {
      seen.set(key, item);
    }
  }
}
