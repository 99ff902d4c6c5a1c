// Layout 3: Eerste Kamer toezeggingenregister pages and rappel lists (text, Word, PDF, or a table
// of T-numbers).
import { linesOfText } from '../source-document.ts';
import { looksLikeEkRegister, readEkRegister } from './read-ek-register.ts';
import { readTables, rowsOfKind, shareOfKind } from '../read/tables.ts';
import type { ParagraphBlock, SourceDocument } from '../source-document.ts';
import type { LayoutReader } from '../types.ts';

/** The lines of a document's text, read once for its detect and its rows. */
const linesOfDocument = new WeakMap<SourceDocument, ParagraphBlock[]>();
function linesOf(document: SourceDocument): ParagraphBlock[] {
  let lines = linesOfDocument.get(document);
  if (!lines) {
    lines = linesOfText(document.text);
    linesOfDocument.set(document, lines);
  }
  return lines;
}

export const ekRegisterReader: LayoutReader = {
  id: 'ek-register',
  detect(document, options) {
    const tables = shareOfKind(readTables(document, options.columns), 'ek-register');
    if (tables > 0) return 0.6 + tables * 0.3;
    return looksLikeEkRegister(linesOf(document)) ? 0.95 : 0;
  },
  rows(document, options) {
    const lines = linesOf(document);
    const fromText = looksLikeEkRegister(lines) ? readEkRegister(lines) : [];
    // A table of T-numbers (the draft answer to a rappel, a register export) when the text holds no pages.
    if (fromText.length > 0) return { ok: true, rows: fromText, defaultKind: 'toezegging', statedDate: null };
    const { rows, statedDate } = rowsOfKind(readTables(document, options.columns), 'ek-register');
    return { ok: true, rows, defaultKind: 'toezegging', statedDate };
  },
};
