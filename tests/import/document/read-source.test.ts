import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, deflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeSource, readSource } from '../../../src/import/document/read-source.ts';
import { worded } from '../../helpers/worded.ts';
import { DEFAULT_LIMITS } from '../../../src/import/document/limits.ts';
import { readLayout } from '../../../src/import/layouts/index.ts';
import { tempDir } from '../../helpers/db.ts';
import { makeDocx, makeTablePdf, makeXlsx } from './make-files.ts';

const TODAY = '2025-05-01';

async function itemsOf(bytes: Uint8Array, extension: string) {
  const source = await decodeSource(bytes, extension);
  if (!source.ok) throw new Error(source.code);
  const read = readLayout(source.document, { today: TODAY });
  if (!read.ok) throw new Error(read.code);
  return {
    format: source.document.format,
    layout: read.layout.id,
    warnings: source.warnings.map((w) => w.code),
    items: read.items.map((i) => ({
      kind: i.kind,
      status: i.status,
      submitters: i.submitters,
      kamerstuk: i.kamerstuk ? `${i.kamerstuk.dossier}-${i.kamerstuk.number}` : null,
      reference: i.reference,
      term: i.deadline?.text ?? null,
      deadline: i.deadline?.deadline ?? null,
      codes: i.responsible.map((r) => r.code),
    })),
  };
}

describe('Excel through exceljs', () => {
  it('reads a sheet with a merged title, the header on row 4, empty rows, a merged kind column, real date cells and ja/nee', async () => {
    const bytes = await makeXlsx((sheet) => {
      sheet.getCell('A1').value = 'Overzicht moties en toezeggingen OCW';
      sheet.mergeCells('A1:G1');
      sheet.getCell('A2').value = 'Stand per 1 maart 2025';
      sheet.getRow(4).values = ['Nr.', 'Soort', 'Kamerstuk', 'Indiener(s)', 'Omschrijving', 'Deadline', 'Afgehandeld?'];
      sheet.getRow(5).values = [1, 'Motie', 'Kamerstukken II 2024/25, 36600 VIII, nr. 14', 'Mutluer c.s.', 'Verzoekt de regering een plan voor sociale veiligheid', new Date(Date.UTC(2025, 8, 1)), 'nee'];
      sheet.getRow(7).values = [2, '', '36600-VIII-20', 'Paternotte', 'Verzoekt de regering de Kamer te informeren', new Date(Date.UTC(2025, 11, 31)), 'ja'];
      sheet.mergeCells('B5:B7'); // one "Motie" for both rows, with an empty row between them
    });
    const read = await itemsOf(bytes, '.xlsx');
    expect(read.format).toBe('xlsx');
    expect(read.layout).toBe('spreadsheet');
    expect(read.items).toEqual([
      { kind: 'motie', status: 'open', submitters: ['Mutluer'], kamerstuk: '36600-VIII-14', reference: null, term: '1 september 2025', deadline: '2025-09-01', codes: ['MOCW'] },
      { kind: 'motie', status: 'done', submitters: ['Paternotte'], kamerstuk: '36600-VIII-20', reference: null, term: '31 december 2025', deadline: '2025-12-31', codes: ['MOCW'] },
    ]);
  });

  it('reads a .xlsx that is really a CSV as CSV, and says so', async () => {
    const csv = 'Soort;Omschrijving;Termijn;Status\nMotie;Verzoekt de regering een brief te sturen;eind 2025;Openstaand\n';
    const read = await itemsOf(new TextEncoder().encode(csv), '.xlsx');
    expect(read.format).toBe('csv');
    expect(read.warnings).toEqual(['DOCUMENT_EXTENSION_MISMATCH']);
    expect(read.items).toEqual([expect.objectContaining({ kind: 'motie', status: 'open', term: 'eind 2025', deadline: '2025-12-31' })]);
  });
});

describe('CSV through csv-parse', () => {
  it('reads Dutch Excel CSV: ";" and Windows-1252, title rows above the header', async () => {
    const text = 'Moties OCW;;;\r\nNr.;Indieners;Verzoek;Stand van zaken\r\n1;Van der Laan;Verzoekt de regering één plan te maken \x93voor de zomer\x94;Afgedaan.\r\n';
    const bytes = Uint8Array.from(Array.from(text).map((char) => char.charCodeAt(0)));
    const source = await decodeSource(bytes, '.csv');
    expect(source.ok && source.encoding).toBe('windows-1252');
    const read = await itemsOf(bytes, '.csv');
    expect(read.items).toEqual([expect.objectContaining({ kind: 'motie', status: 'done', submitters: ['Van der Laan'] })]);
    const doc = source.ok ? source.document : null;
    expect(JSON.stringify(doc)).toContain('één plan te maken “voor de zomer”');
  });

  it('reads the hostile team CSV: BOM, CRLF, quoted quotes, an empty row, a cut-off last row', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/layouts/spreadsheet/team-utf8-bom.csv', import.meta.url)));
    const read = await itemsOf(bytes, '.csv');
    expect(read.items.map((i) => [i.kind, i.status, i.submitters, i.kamerstuk, i.term])).toEqual([
      ['motie', 'open', ['Mutluer'], '36200-VIII-12', '1-7-2025'],
      ['toezegging', 'done', [], null, 'voor de zomer van 2025'],
      ['motie', 'open', ['Paternotte', 'Bisschop'], '36410-VIII-45', 'Q4 2025'],
      ['motie', 'open', ['Van der Werf'], '36410-VIII-50', null],
    ]);
  });
});

describe('a stand van zaken of several lines in a CSV or Excel cell (issue 23)', () => {
  const status = (n: number) => `Brief ${n} in voorbereiding.\nOverleg loopt;\nde gemeenten reageren.\n\nTweede alinea ${n}.`;
  async function statusTexts(bytes: Uint8Array, extension: string) {
    const source = await decodeSource(bytes, extension);
    if (!source.ok) throw new Error(source.code);
    const read = readLayout(source.document, { today: TODAY });
    if (!read.ok) throw new Error(read.code);
    return { format: source.document.format, texts: read.items.map((i) => i.statusText) };
  }

  it('reads a CSV whose every row has a multi-line quoted cell as CSV, and keeps the lines', async () => {
    const rows = [1, 2, 3, 4, 5].map((n) => `Motie;Verzoekt de regering plan ${n} te maken;SOCW;"${status(n)}"`);
    const bytes = new Uint8Array(Buffer.from(`Soort;Omschrijving;Bewindspersoon;Stand van zaken\r\n${rows.join('\r\n')}\r\n`, 'utf8'));
    expect(await statusTexts(bytes, '.csv')).toEqual({ format: 'csv', texts: [1, 2, 3, 4, 5].map(status) });
  });

  it('keeps them from an Excel cell (white space around a line dropped); a Word table\'s cell is read as before, on one line', async () => {
    const header = ['Soort', 'Omschrijving', 'Bewindspersoon', 'Stand van zaken'];
    const row = ['Motie', 'Verzoekt de regering plan 1 te maken', 'SOCW'];
    const excel = await makeXlsx((sheet) => {
      sheet.addRow(header);
      sheet.addRow([...row, `  ${status(1).replace('\n', '  \r\n')} `]);
    });
    expect(await statusTexts(excel, '.xlsx')).toEqual({ format: 'xlsx', texts: [status(1)] });
    const word = await makeDocx([{ table: { rows: [header, [...row, status(1)]] } }]);
    expect(await statusTexts(word, '.docx')).toEqual({ format: 'docx', texts: [status(1).replace(/\s+/g, ' ')] });
  });
});

describe('JSON exports of the Tweede Kamer register', () => {
  it('reads the OData value array', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/layouts/tk-register/tk-register.json', import.meta.url)));
    const read = await itemsOf(bytes, '.json');
    expect(read.layout).toBe('tk-register');
    expect(read.items.map((i) => [i.reference, i.status, i.codes])).toEqual([
      ['TZ202412-116', 'open', ['MLVVN']],
      ['TZ202504-057', 'done', ['MIenW']],
      ['TZ202402-164', 'open', ['MBHO']],
      ['TZ202311-010', 'lapsed', ['SFin']],
    ]);
  });
});

describe('Word through mammoth', () => {
  it('reads real appendix tables with their captions (kind and status per table), merged cells included', async () => {
    const bytes = await makeDocx([
      { heading: 'Bijlage 3: Moties en toezeggingen' },
      {
        table: {
          caption: 'Door de Staten-Generaal aanvaarde moties die nog niet zijn afgerond',
          rows: [
            ['Omschrijving van de motie', 'Vindplaats', 'Stand van zaken'],
            ['De motie van de leden Bikker en Ceder; Verzoekt de regering voor 1 juli 2025 een voorstel te doen.', 'Kamerstukken II 2024/25, 36600 XV, nr. 30', 'Het voorstel volgt.'],
          ],
        },
      },
      {
        table: {
          caption: 'Overzicht van openstaande toezeggingen',
          rows: [
            ['Omschrijving van de toezegging', 'Vindplaats', 'Stand van zaken'],
            ['De minister stuurt de Kamer eind 2025 een evaluatie.', { text: 'Commissiedebat arbeidsmarkt, 5 februari 2025', merge: 'restart' }, 'Loopt.'],
            ['De minister stuurt de Kamer in 2026 een tweede evaluatie.', { text: '', merge: 'continue' }, 'Afgedaan.'],
          ],
        },
      },
    ]);
    const read = await itemsOf(bytes, '.docx');
    expect(read.format).toBe('docx');
    expect(read.layout).toBe('begroting-bijlage');
    expect(read.items).toEqual([
      expect.objectContaining({ kind: 'motie', status: 'open', submitters: ['Bikker', 'Ceder'], kamerstuk: '36600-XV-30', term: 'voor 1 juli 2025', codes: ['MSZW'] }),
      expect.objectContaining({ kind: 'toezegging', status: 'open', kamerstuk: null, term: 'eind 2025' }),
      expect.objectContaining({ kind: 'toezegging', status: 'done', term: 'in 2026' }),
    ]);
  });

  it('reads Eerste Kamer register pages written in Word (headings and paragraphs)', async () => {
    const bytes = await makeDocx([
      { heading: 'Toezegging Evaluatie Wet open overheid (35.112, CK) (T03412)' },
      { paragraph: 'De minister zegt toe de evaluatie in het voorjaar van 2026 te sturen.' },
      { paragraph: 'Kerngegevens' },
      { paragraph: 'Nummer: T03412' },
      { paragraph: 'Status: openstaand' },
      { paragraph: 'Deadline: 1 april 2026' },
    ]);
    const read = await itemsOf(bytes, '.docx');
    expect(read.layout).toBe('ek-register');
    expect(read.items).toEqual([expect.objectContaining({ reference: 'T03412', status: 'open', deadline: '2026-04-01' })]);
  });
});

describe('PDF tables through pdfjs-dist positions', () => {
  it('reads columns side by side as rows and cells, wrapped cell text included', async () => {
    const bytes = await makeTablePdf({
      title: 'Overzicht openstaande moties Sociale Zaken en Werkgelegenheid',
      columns: [
        { header: 'Nr.', x: 20, width: 25 },
        { header: 'Indiener(s)', x: 50, width: 110 },
        { header: 'Omschrijving', x: 170, width: 300 },
        { header: 'Termijn', x: 480, width: 120 },
        { header: 'Status', x: 610, width: 80 },
      ],
      rows: [
        ['1', 'Van Kent c.s.', 'Verzoekt de regering de Kamer te informeren over de uitvoering van de wet op het minimumloon en de gevolgen voor jongeren', 'eind 2025', 'Openstaand'],
        ['2', 'Omtzigt en Idsinga', 'Verzoekt de regering een onderzoek te doen', '1 september 2025', 'Afgedaan'],
      ],
    });
    const read = await itemsOf(bytes, '.pdf');
    expect(read.format).toBe('pdf');
    expect(read.layout).toBe('spreadsheet');
    expect(read.items).toEqual([
      expect.objectContaining({ kind: 'motie', status: 'open', submitters: ['Van Kent'], term: 'eind 2025', deadline: '2025-12-31' }),
      expect.objectContaining({ kind: 'motie', status: 'done', submitters: ['Omtzigt', 'Idsinga'], term: '1 september 2025' }),
    ]);
  });
});

describe('limits (issue 17.6)', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  it('refuses a device such as /dev/zero without reading it', async () => {
    const result = await readSource('/dev/zero');
    expect(result).toMatchObject({ ok: false, code: 'DOCUMENT_NOT_REGULAR' });
    expect(worded(result)).toMatchObject({ message: expect.stringContaining('is geen gewoon bestand') });
  });

  it('refuses a FIFO instead of waiting for it forever', async () => {
    const fifo = join(dir, 'pijp.txt');
    execFileSync('mkfifo', [fifo]);
    // A hang, not a slow answer: 10 s leaves a loaded machine room (the refusal takes milliseconds).
    let timer: NodeJS.Timeout | undefined;
    const result = await Promise.race([readSource(fifo), new Promise((resolve) => { timer = setTimeout(() => { resolve('hung'); }, 10_000); })]).finally(() => { clearTimeout(timer); });
    expect(result).toMatchObject({ ok: false, code: 'DOCUMENT_NOT_REGULAR' });
  });

  it('refuses a zip bomb disguised as a Word file before mammoth inflates it', async () => {
    const bomb = await makeZip([
      { name: 'word/document.xml', data: Buffer.alloc(40 * 1024 * 1024, 0x20) },
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    ]);
    expect(bomb.length).toBeLessThan(200_000);
    const result = await decodeSource(bomb, '.docx', { ...DEFAULT_LIMITS, maxInflatedBytes: 10 * 1024 * 1024 });
    expect(result).toMatchObject({ ok: false, code: 'DOCUMENT_BOMB' });
    expect(worded(result)).toMatchObject({ message: expect.stringContaining('pakt uit tot meer dan 10 MB') });
  });

  it('refuses a PDF whose streams inflate past the limit (a flate bomb)', async () => {
    const pdf = makeFlatePdf(Buffer.alloc(30 * 1024 * 1024, 0x20));
    const result = await decodeSource(pdf, '.pdf', { ...DEFAULT_LIMITS, maxInflatedBytes: 5 * 1024 * 1024 });
    expect(result).toMatchObject({ ok: false, code: 'DOCUMENT_BOMB' });
  });

  it('refuses a PDF with more pages than the limit', async () => {
    const pdf = await makeTablePdf({ title: 'Moties', columns: [{ header: 'Omschrijving', x: 20, width: 300 }], rows: [], pages: 6 });
    const result = await decodeSource(pdf, '.pdf', { ...DEFAULT_LIMITS, maxPages: 5 });
    expect(result).toMatchObject({ ok: false, code: 'DOCUMENT_TOO_MANY_PAGES' });
    expect(worded(result)).toMatchObject({ message: expect.stringContaining("6 pagina's") });
  });

  it('stops reading a PDF that takes longer than the time limit', async () => {
    const pdf = await makeTablePdf({ title: 'Moties', columns: [{ header: 'Omschrijving', x: 20, width: 300 }], rows: [], pages: 3 });
    const result = await decodeSource(pdf, '.pdf', { ...DEFAULT_LIMITS, maxMillis: -1 });
    expect(result).toMatchObject({ ok: false, code: 'DOCUMENT_TOO_SLOW' });
  });
});

/** A minimal zip (deflated entries) written by hand. */
function makeZip(entries: { name: string; data: Buffer }[]): Promise<Uint8Array> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const compressed = deflateRawSync(entry.data);
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += 30 + name.length + compressed.length;
  }
  const centralDirectory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Promise.resolve(new Uint8Array(Buffer.concat([...locals, centralDirectory, end])));
}

/** A one-page PDF whose content stream is `content`, Flate-compressed. */
function makeFlatePdf(content: Buffer): Uint8Array {
  const stream = deflateSync(content);
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  const add = (text: string | Buffer) => parts.push(typeof text === 'string' ? Buffer.from(text, 'latin1') : text);
  const length = () => parts.reduce((n, p) => n + p.length, 0);
  offsets.push(length());
  add('1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n');
  offsets.push(length());
  add('2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n');
  offsets.push(length());
  add('3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n');
  offsets.push(length());
  add(`4 0 obj << /Length ${stream.length} /Filter /FlateDecode >> stream\n`);
  add(stream);
  add('\nendstream endobj\n');
  const xref = length();
  add(`xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  add(`trailer << /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(parts));
}


describe('an Eerste Kamer toezegging page copied as Markdown (prose with a pipe table)', () => {
  const page = readFileSync(new URL('../../fixtures/layouts/ek-register/ek-toezegging-T01970.md', import.meta.url));

  it.each(['.md', '.txt'])('is read as text, not as a table of pipes (%s)', async (extension) => {
    const read = await itemsOf(page, extension);
    expect(read).toMatchObject({ format: 'text', layout: 'ek-register' });
    expect(read.items).toEqual([expect.objectContaining({ reference: 'T01970', status: 'open', kamerstuk: '33344-', deadline: '2025-07-01' })]);
  });

  it('keeps a file that is one pipe table a table', async () => {
    const table = Buffer.from('| Nummer | Titel | Status |\n|---|---|---|\n| T02001 | Brief over de wet | openstaand |\n| T02002 | Evaluatie | voldaan |\n');
    const source = await decodeSource(table, '.md');
    expect(source.ok && source.document.format).toBe('csv');
  });
});

describe('malformed CSV and JSON: a Dutch message naming the problem and the line (issue 22.16)', () => {
  const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

  it.each([
    ['in the second row', 'Soort;Omschrijving;Bewindspersoon\nMotie;"Een tekst zonder eind;SOCW\nMotie;Tweede;SOCW\n', 2],
    ['after quoted cells that do close ("" inside)', 'Soort;Omschrijving;Bewindspersoon\r\nMotie;"Een ""citaat"" netjes";SOCW\r\nMotie;Tweede;SOCW\r\nToezegging;"Open\r\nover regels;SOCW\r\n', 4],
  ])('an unterminated quote %s names the line where the quote opens', async (_case, text, line) => {
    const source = await decodeSource(utf8(text), '.csv');
    expect(worded(source)).toEqual({
      ok: false,
      code: 'DOCUMENT_CSV_QUOTE_NOT_CLOSED',
      message: `Dit CSV-bestand is niet te lezen: het aanhalingsteken (") dat op regel ${line} een cel opent, wordt nergens gesloten. Zet het sluitende aanhalingsteken erbij (of haal het openende weg) en importeer opnieuw; er is niets geïmporteerd.`,
    });
  });

  it.each([
    ['arrays in a cell', `[{"Nummer":"TZ1","Tekst":${'['.repeat(100_000)}${']'.repeat(100_000)}}]`, 1],
    ['objects in objects, from line 3', `{\n"value":\n${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`, 3],
    ['arrays only', `${'['.repeat(200_000)}${']'.repeat(200_000)}`, 1],
  ])('deeply nested JSON (%s) is refused, naming the line', async (_case, text, line) => {
    for (const extension of ['.json', '.txt']) {
      const source = await decodeSource(utf8(text), extension);
      expect(worded(source)).toEqual({
        ok: false,
        code: 'DOCUMENT_JSON_TOO_DEEP',
        message: `Dit JSON-bestand is te diep genest: op regel ${line} zitten meer dan 64 lijsten of objecten in elkaar. Zo ziet geen export van moties of toezeggingen eruit; er is niets geïmporteerd.`,
      });
    }
  });

  it('a .json file that is no valid JSON names the line of the error', async () => {
    const source = await decodeSource(utf8('{\n  "value": [\n    {"Nummer": "TZ1",}\n  ]\n}\n'), '.json');
    expect(worded(source)).toEqual({ ok: false, code: 'DOCUMENT_JSON_INVALID', message: 'Dit JSON-bestand is geen geldige JSON (de fout zit op regel 3); er is niets geïmporteerd.' });
  });

  it('JSON nested as deep as a register export is still read', async () => {
    const record = { Nummer: 'TZ202412-116', Tekst: 'De minister stuurt de Kamer een brief.', Tags: [['a', ['b', ['c']]]] };
    const source = await decodeSource(utf8(JSON.stringify({ value: [record] })), '.json');
    expect(source.ok && source.document.blocks[0]).toMatchObject({ type: 'table', rows: [['Nummer', 'Tekst', 'Tags'], ['TZ202412-116', 'De minister stuurt de Kamer een brief.', 'a; b; c']] });
  });
});
