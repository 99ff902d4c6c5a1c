// Layout 4: the Tweede Kamer toezeggingenregister as an export (CSV, XLSX or JSON with the
// register's fields Nummer, Naam, Functie, Ministerie, Status, Tekst, Aanmaakdatum, DatumNakoming).
import { rowsOfKind, shareOfKind } from '../read/tables.ts';
import type { LayoutReader } from '../types.ts';

export const tkRegisterReader: LayoutReader = {
  id: 'tk-register',
  detect({ tables }) {
    const share = shareOfKind(tables, 'tk-register');
    return share > 0 ? 0.7 + share * 0.25 : 0;
  },
  rows({ tables }) {
    const { rows, statedDate } = rowsOfKind(tables, 'tk-register');
    return { ok: true, rows, defaultKind: 'toezegging', statedDate };
  },
};
