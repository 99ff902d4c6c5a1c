// csvRecords (src/import/document/csv.ts) reads a CSV text without csv-parse when it reads it without a
// doubt (issue 28): whatever it reads must be exactly what csv-parse reads with parseCsv's options, and
// what it leaves (null) csv-parse reads itself.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from '../../../src/import/document/csv.ts';

const SEPARATORS = [';', '\t', ',', '|'];

/** csv-parse as parseCsv calls it, or 'error' where it refuses the text. */
function reference(text: string, separator: string): string[][] | 'error' {
  try {
    const records: string[][] = parse(text, { delimiter: separator, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true });
    return records;
  } catch {
    return 'error';
  }
}

/** csvRecords agrees with csv-parse on `text`; counts it when csvRecords read it itself. */
function same(text: string, separator: string, read: { count: number }): void {
  const got = csvRecords(text, separator);
  if (got === null) return;
  read.count += 1;
  const want = reference(text, separator);
  if (JSON.stringify(got) !== JSON.stringify(want)) expect(got, JSON.stringify({ text, separator })).toEqual(want);
}

describe('csvRecords', () => {
  it('reads an ordinary CSV itself, as csv-parse does', () => {
    const text = 'Soort;Omschrijving;Termijn\nMotie;De regering verzoekt, "zo snel mogelijk";eind 2026\r\nToezegging;"Een cel; met ""quotes""\nen een regel";\n;\n';
    for (const separator of SEPARATORS) {
      const got = csvRecords(text, separator);
      expect(got, separator).not.toBeNull();
      expect(got).toEqual(reference(text, separator));
    }
    expect(csvRecords('a;b\r\nc;"d\r\ne"\r\n', ';')).toEqual([['a', 'b'], ['c', 'd\r\ne']]);
  });

  it('leaves to csv-parse what it might read otherwise', () => {
    expect(csvRecords('a;"b', ';')).toBeNull(); // not closed
    expect(csvRecords('a;"b"c;d', ';')).toBeNull(); // no separator after the closing quote
    expect(csvRecords('\uFEFFa;b', ';')).toBeNull(); // a second byte-order mark
    expect(csvRecords('a;\uD800b', ';')).toBeNull(); // a lone surrogate
  });

  it('reads every string of up to five characters that matter as csv-parse does', () => {
    const alphabet = ['a', ' ', '"', ';', ',', '\n', '\r'];
    const read = { count: 0 };
    const all = (length: number): string[] => (length === 0 ? [''] : all(length - 1).flatMap((rest) => alphabet.map((c) => rest + c)));
    for (let length = 0; length <= 5; length += 1) {
      for (const text of all(length)) for (const separator of [';', ',']) same(text, separator, read);
    }
    expect(read.count).toBeGreaterThan(15_000);
  });

  it('reads 20,000 longer random texts as csv-parse does', () => {
    let seed = 28;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const pieces = ['a', 'bc', ' ', '"', '""', ';', ',', '\t', '|', '\n', '\r\n', '\r', 'é', '\u{1F600}', '#', "'=1+1", '"x;y"', '"p\nq"'];
    const read = { count: 0 };
    for (let n = 0; n < 20_000; n += 1) {
      let text = '';
      const length = 1 + Math.floor(next() * 30);
      for (let i = 0; i < length; i += 1) text += pieces[Math.floor(next() * pieces.length)] ?? '';
      same(text, SEPARATORS[n % SEPARATORS.length] ?? ';', read);
    }
    expect(read.count).toBeGreaterThan(5_000);
  });

  it('gives parseCsv the same table either way', async () => {
    const text = 'Soort;Omschrijving\r\nMotie;"\'=SOM(A1)"\r\nMotie; tekst \r\n';
    const viaCsvParse = reference(text, ';');
    expect(viaCsvParse).not.toBe('error');
    const result = await parseCsv(text, ';');
    expect(result).toEqual({
      ok: true,
      table: { type: 'table', line: 1, rows: [['Soort', 'Omschrijving'], ['Motie', '=SOM(A1)'], ['Motie', 'tekst']] },
    });
  });

  it('leaves what csvRecords does not read to csv-parse, loaded then', async () => {
    // A quote closed before another character: csvRecords has a doubt, csv-parse (relax_quotes) reads on.
    const text = 'Soort;Omschrijving\n"Motie"x;tekst\n';
    expect(csvRecords(text, ';')).toBeNull();
    const viaCsvParse = reference(text, ';');
    expect(viaCsvParse).not.toBe('error');
    expect(await parseCsv(text, ';')).toEqual({ ok: true, table: { type: 'table', line: 1, rows: (viaCsvParse as string[][]).map((row) => row.map((cell) => cell.trim())) } });
    // A quote never closed: csv-parse's refusal, on the line where the quote opened.
    expect(await parseCsv('Soort;Omschrijving\nMotie;"open\nverder\n', ';')).toEqual({ ok: false, code: 'CSV_QUOTE_NOT_CLOSED', line: 2 });
  });
});
