// readTable skips a row that repeats the header (a new page) without lowering the cells of a row
// too long to be it (issue 28): that rests on toLowerCase never making a string shorter, and the
// rows it keeps and skips are the ones the full comparison keeps and skips.
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../../src/import/layouts/read/read-table.ts';
import type { TableBlock } from '../../../../src/import/layouts/index.ts';

describe('a repeated header row', () => {
  it('rests on toLowerCase never shortening a code point, nor a string of them', () => {
    for (let cp = 0; cp <= 0x10ffff; cp += 1) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (c.toLowerCase().length < c.length) expect(cp.toString(16)).toBe('not shorter');
    }
    for (const text of ['ΣΑΣ', 'AΣ b', 'İstanbul', '\uD800A', 'ﬀ']) expect(text.toLowerCase().length).toBeGreaterThanOrEqual(text.length);
  });

  it('is skipped in any case and spacing, and a longer or different row is read', () => {
    const header = ['Omschrijving', 'Verantwoordelijk', 'Status'];
    const table: TableBlock = {
      type: 'table',
      line: 1,
      rows: [
        header,
        ['De regering verzoekt een brief te sturen', 'SOCW', 'Open'],
        ['  OMSCHRIJVING ', 'verantwoordelijk', 'STATUS'],
        ['Omschrijving', 'Verantwoordelijk', 'Status', ''],
        ['İmschrijving', 'Verantwoordelijk', 'Status'],
        // Cells that join to the header's text are the header, as the comparison of the joined row always had it.
        ['Omschrijving|Verantwoordelijk', 'Status'],
        ['De regering verzoekt nog een brief', 'MOCW', 'Afgedaan'],
      ],
    };
    const read = readTable(table);
    if (!read.ok) throw new Error('not read');
    expect(read.rows.map((row) => row.line)).toEqual([2, 4, 5, 7]);
  });
});
