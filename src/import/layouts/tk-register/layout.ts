// Layout 4: the Tweede Kamer toezeggingenregister as an export (CSV, XLSX or JSON with the
// register's fields Nummer, Naam, Functie, Ministerie, Status, Tekst, Aanmaakdatum, DatumNakoming).
import { headersOf, numbersOf, rowsOfKind, shareOfKind } from '../read/tables.ts';
import type { LayoutReader } from '../types.ts';

/** Headers only the register's export has (beside Nummer and Tekst). */
const TK_FIELDS = ['datumnakoming', 'datum nakoming', 'functie', 'aanmaakdatum', 'activiteitnummer', 'ministerie'];

export const tkRegisterReader: LayoutReader = {
  id: 'tk-register',
  // Its numbers (TZ202412-116) are the surest sign a table has; its own headers next.
  tableScore(table) {
    const numbers = numbersOf(table);
    const tz = numbers.filter((value) => /^TZ\d{6}-\d+$/.test(value.trim())).length;
    if (tz > 0 && tz >= numbers.length / 2) return 0.9;
    const headers = headersOf(table);
    return headers.includes('nummer') && headers.includes('tekst') && headers.some((h) => TK_FIELDS.includes(h)) ? 0.8 : 0;
  },
  detect({ tables }) {
    const share = shareOfKind(tables, 'tk-register');
    return share > 0 ? 0.7 + share * 0.25 : 0;
  },
  rows({ tables }) {
    const { rows, statedDate } = rowsOfKind(tables, 'tk-register');
    return { ok: true, rows, defaultKind: 'toezegging', statedDate };
  },
};
