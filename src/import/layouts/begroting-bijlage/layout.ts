// Layout 2: begroting and jaarverslag appendices, tables Omschrijving | Vindplaats | Stand van
// zaken, as real tables (Word, PDF, spreadsheet) or flattened to one paragraph per cell.
import { breaksParagraph, hasAppendixHeader, isStructureLine, mayHaveAppendixHeader, readAppendixParagraphs } from './read-appendix.ts';
import { paragraphsOfText } from '../source-document.ts';
import { contextOfTitles } from '../read/read-table.ts';
import { headersOf, rowsOfKind, shareOfKind } from '../read/tables.ts';
import type { LayoutReader } from '../types.ts';

export const begrotingBijlageReader: LayoutReader = {
  id: 'begroting-bijlage',
  // Omschrijving | Vindplaats | Stand van zaken, with a Kamerstuk: after the registers' numbers.
  tableScore(table) {
    const headers = headersOf(table);
    const fields = new Set(table.header.fields);
    const textHeader = headers[table.header.fields.indexOf('text')] ?? '';
    return fields.has('kamerstuk') && fields.has('statusText') && textHeader.startsWith('omschrijving') && headers.includes('vindplaats') ? 0.6 : 0;
  },
  detect({ document, tables }) {
    const share = shareOfKind(tables, 'begroting-bijlage');
    if (share > 0) return 0.6 + share * 0.3;
    return mayHaveAppendixHeader(document.text) && hasAppendixHeader(paragraphsOfText(document.text, isStructureLine)) ? 0.9 : 0;
  },
  rows({ document, tables }) {
    const fromTables = rowsOfKind(tables, 'begroting-bijlage');
    if (fromTables.rows.length > 0) {
      const rows = fromTables.rows.map((row) => ({ ...row, ministryFromChapter: true }));
      return { ok: true, rows, defaultKind: 'motie', statedDate: fromTables.statedDate };
    }
    const paragraphs = paragraphsOfText(document.text, isStructureLine, breaksParagraph);
    const firstHeader = paragraphs.findIndex((p) => /^omschrijving\b/i.test(p.text));
    const base = contextOfTitles(paragraphs.slice(0, Math.max(0, firstHeader)).slice(0, 6).map((p) => p.text));
    const { rows } = readAppendixParagraphs(paragraphs, { ...base, kind: null, status: null });
    return { ok: true, rows: rows.map((row) => ({ ...row, ministryFromChapter: true })), defaultKind: 'motie', statedDate: base.date };
  },
};
