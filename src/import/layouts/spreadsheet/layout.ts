// Layout 5: the spreadsheets teams keep themselves (Excel, CSV, or a table in Word or PDF): any
// table whose columns map onto the item's fields (HEADER_SYNONYMS, or --kolommen).
import { rowsOfKind, shareOfKind, unusedColumnsOfKind } from '../read/tables.ts';
import type { LayoutReader } from '../types.ts';

export const spreadsheetReader: LayoutReader = {
  id: 'spreadsheet',
  // Any table whose columns map onto an item's text that no other layout claims.
  tableScore: () => 0.1,
  detect({ tables }) {
    const share = shareOfKind(tables, 'spreadsheet');
    return share > 0 ? 0.5 + share * 0.4 : 0;
  },
  rows({ document, tables }) {
    const { rows, statedDate } = rowsOfKind(tables, 'spreadsheet');
    // A team's own columns the import does not use ("Wie", "Wanneer") are named, not dropped silently.
    const problems = unusedColumnsOfKind(tables, 'spreadsheet').map(({ line, columns }) => ({
      line,
      code: 'LAYOUT_COLUMNS_UNUSED' as const,
      severity: 'warning' as const,
      columns,
    }));
    // A team's sheet has no fixed kind or ministry: where a row does not say, the import guesses and says so.
    // A line break in an Excel or CSV cell is one a person typed (Alt+Enter): the stand van zaken keeps it.
    // (A Word or PDF table's cell is read as before: its lines may be the page's wrapping.)
    const statusLines = document.format === 'xlsx' || document.format === 'csv';
    return { ok: true, rows, defaultKind: 'motie', statedDate, problems, reportGuesses: true, statusLines };
  },
};
