// Reading a document in any layout: its tables are read once, every layout scores the document,
// the most certain one reads it, and its rows become items through the one rowsToItems. Adding a
// layout is one folder (<layout>/layout.ts: detect + rows) and one line in LAYOUTS.
import { inferDocumentDate } from './read/infer-document-date.ts';
import { splitLines } from './read/normalise-text.ts';
import type { ImportProblem, ParseStandVanZakenResult } from './import-item.ts';
import { capItemTexts } from '../../domain/item-limits.ts';
import { isLinesDocument, linesOfText, type ParagraphBlock, type SourceDocument } from './source-document.ts';
import { begrotingBijlageReader } from './begroting-bijlage/layout.ts';
import { ekRegisterReader } from './ek-register/layout.ts';
import { spreadsheetReader } from './spreadsheet/layout.ts';
import { standVanZakenReader } from './stand-van-zaken/layout.ts';
import { tkRegisterReader } from './tk-register/layout.ts';
import { rowsToItems } from './read/rows-to-items.ts';
import { readTables } from './read/tables.ts';
import type { LayoutId, LayoutInput, LayoutReader, ReadLayoutFailure, ReadLayoutOptions } from './types.ts';

export type { LayoutId, LayoutReader, ReadLayoutFailure, ReadLayoutFailureCode, ReadLayoutOptions } from './types.ts';
export { READ_LAYOUT_FAILURE_CODES } from './types.ts';
export type { SourceDocument, Block, TableBlock, ParagraphBlock, SourceFormat } from './source-document.ts';
export { paragraphsOfText, linesOfText, textOfBlocks, linesDocument, isLinesDocument } from './source-document.ts';
export { HEADER_SYNONYMS, parseColumnOverrides, normaliseHeader, fieldOfHeader, type ItemField, type ColumnOverridesProblem } from './read/fields.ts';

/** Every layout, most specific first (on equal scores the earlier one reads). */
export const LAYOUTS: readonly LayoutReader[] = [
  standVanZakenReader,
  begrotingBijlageReader,
  ekRegisterReader,
  tkRegisterReader,
  spreadsheetReader,
];

export type ReadLayoutResult =
  | (Extract<ParseStandVanZakenResult, { ok: true }> & {
      layout: { id: LayoutId };
      /** Where the document date came from: --document-date, the text, a table title ("stand per …"), or today. */
      documentDateFrom: 'option' | 'document' | 'title' | 'today';
    })
  | ReadLayoutFailure;

export function readLayout(document: SourceDocument, options: ReadLayoutOptions = {}): ReadLayoutResult {
  if (document.text.trim() === '' && (isLinesDocument(document) || document.blocks.every((block) => block.type !== 'table' || block.rows.length === 0))) {
    return { ok: false, code: 'OVERVIEW_EMPTY' };
  }
  const input = layoutInput(document, options);
  let best: { reader: LayoutReader; score: number } | null = null;
  for (const reader of LAYOUTS) {
    const score = reader.detect(input, options);
    if (score > 0 && (!best || score > best.score)) best = { reader, score };
  }
  if (!best) return unknownLayout(input);
  const { reader } = best;
  const found = reader.rows(input, options);
  if (!found.ok) return found;
  const layout = { id: reader.id };
  if ('parsed' in found) {
    const from = options.documentDate ? 'option' : found.parsed.documentDateStated ? 'title' : 'document';
    return withCappedTexts({ ...found.parsed, layout, documentDateFrom: from });
  }

  let documentDate = options.documentDate ?? null;
  let documentDateFrom: 'option' | 'document' | 'title' | 'today' = 'option';
  let documentDateSource: { mentioned: string; text: string; line: number } | null = null;
  if (!documentDate && found.statedDate) {
    documentDate = found.statedDate;
    documentDateFrom = 'title';
  }
  if (!documentDate) {
    const inferred = inferDocumentDate(splitLines(document.text), { calendar: options.calendar, today: options.today ?? null });
    if (inferred) {
      documentDate = inferred.date;
      documentDateFrom = 'document';
      documentDateSource = { mentioned: inferred.mentioned, text: inferred.text, line: inferred.line };
    }
  }
  if (!documentDate) {
    documentDate = options.today ?? null;
    documentDateFrom = 'today';
  }
  if (!documentDate) return { ok: false, code: 'LAYOUT_NO_DOCUMENT_DATE' };
  const { items, problems } = rowsToItems(found.rows, {
    documentDate,
    defaultKind: found.defaultKind,
    reportGuesses: found.reportGuesses ?? false,
    statusLines: found.statusLines ?? false,
    ...(options.calendar ? { calendar: options.calendar } : {}),
  });
  if (items.length === 0) return { ok: false, code: 'LAYOUT_NO_ITEMS', layout: reader.id };
  return withCappedTexts({
    ok: true,
    items,
    problems: [...(found.problems ?? []), ...problems].sort((a, b) => a.line - b.line),
    documentDate,
    documentDateInferred: !options.documentDate,
    documentDateSource,
    layout,
    documentDateFrom,
  });
}

type ReadLayoutSuccess = Extract<ReadLayoutResult, { ok: true }>;

/**
 * Every item's texts within ITEM_LIMITS, as an edit requires (issue 22.8): a longer text (a 24 MB
 * cell) is cut, with a warning naming its line and field, and the rest of the document imports.
 */
function withCappedTexts(result: ReadLayoutSuccess): ReadLayoutSuccess {
  const problems: ImportProblem[] = [];
  const items = result.items.map((item) => {
    const capped = capItemTexts(item);
    for (const cut of capped.cut) {
      problems.push({ code: 'LAYOUT_TEXT_CUT_OFF', kind: item.kind, field: cut.field, length: cut.length, limit: cut.limit, line: item.line, severity: 'warning', item: item.position });
    }
    return capped.item;
  });
  if (problems.length === 0) return result;
  return { ...result, items, problems: [...result.problems, ...problems].sort((a, b) => a.line - b.line) };
}

/** The document with its tables read (once for the whole import) and its lines read when first asked. */
function layoutInput(document: SourceDocument, options: ReadLayoutOptions): LayoutInput {
  let lines: readonly ParagraphBlock[] | null = null;
  const read = new Map<LayoutId, unknown>();
  return {
    document,
    tables: readTables(document, options.columns, LAYOUTS),
    lines: () => (lines ??= linesOfText(document.text)),
    once: <T>(key: LayoutId, compute: () => T): T => {
      if (!read.has(key)) read.set(key, compute());
      return read.get(key) as T;
    },
  };
}

function unknownLayout({ tables: { tables } }: LayoutInput): ReadLayoutResult {
  const unmapped = tables.find((entry) => !entry.result.ok && entry.result.found.length > 0);
  if (unmapped && !unmapped.result.ok && tables.every((entry) => !entry.result.ok)) {
    return { ok: false, code: 'LAYOUT_COLUMNS_UNMAPPED', found: [...unmapped.result.found] };
  }
  return { ok: false, code: 'LAYOUT_UNKNOWN' };
}
