// Layout 5: the spreadsheets teams keep themselves (Excel, CSV, or a table in Word or PDF): any
// table whose columns map onto the item's fields (HEADER_SYNONYMS, or --kolommen).
import { readTables, rowsOfKind, shareOfKind } from '../tables.ts';
import type { LayoutReader } from '../types.ts';

export const spreadsheetReader: LayoutReader = {
  id: 'spreadsheet',
  detect(document, options) {
    const share = shareOfKind(readTables(document, options.columns), 'spreadsheet');
    return share > 0 ? 0.5 + share * 0.4 : 0;
  },
  rows(document, options) {
    const { rows, statedDate } = rowsOfKind(readTables(document, options.columns), 'spreadsheet');
    return { ok: true, rows, defaultKind: 'motie', statedDate };
  },
};
