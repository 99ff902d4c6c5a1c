// Layout 3: Eerste Kamer toezeggingenregister pages and rappel lists (text, Word, PDF, or a table
// of T-numbers).
import { looksLikeEkRegister, mayBeEkRegister, readEkRegister } from './read-ek-register.ts';
import { numbersOf, rowsOfKind, shareOfKind } from '../read/tables.ts';
import type { LayoutReader } from '../types.ts';

export const ekRegisterReader: LayoutReader = {
  id: 'ek-register',
  // A table of T-numbers (T01237): after the Tweede Kamer's numbers and headers.
  tableScore(table) {
    const numbers = numbersOf(table);
    const ek = numbers.filter((value) => /^T\d{5}$/.test(value.trim())).length;
    return ek > 0 && ek >= numbers.length / 2 ? 0.7 : 0;
  },
  detect({ document, tables, lines }) {
    const share = shareOfKind(tables, 'ek-register');
    if (share > 0) return 0.6 + share * 0.3;
    return mayBeEkRegister(document.text) && looksLikeEkRegister(lines()) ? 0.95 : 0;
  },
  rows({ tables, lines: linesOfDocument }) {
    const lines = linesOfDocument();
    const fromText = looksLikeEkRegister(lines) ? readEkRegister(lines) : [];
    // A table of T-numbers (the draft answer to a rappel, a register export) when the text holds no pages.
    if (fromText.length > 0) return { ok: true, rows: fromText, defaultKind: 'toezegging', statedDate: null };
    const { rows, statedDate } = rowsOfKind(tables, 'ek-register');
    return { ok: true, rows, defaultKind: 'toezegging', statedDate };
  },
};
