// The streaming Excel reader (issue 22.5 / 28) gives the same tables as the exceljs-based reader
// it replaced (kept in tests/helpers/exceljs-tables.ts), on workbooks exceljs writes (dates,
// numbers, booleans, formulas, rich text, hyperlinks, merged cells, hidden sheets), on our own
// exports in tests/fixtures/xlsx, and on hand-written sheet XML (inline and shared strings,
// phonetic runs, escapes, custom date formats, the 1904 date system, cells without a reference).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../src/import/document/xlsx.ts';
import { DEFAULT_LIMITS } from '../../../src/import/document/limits.ts';
import { readXlsxWithExceljs } from '../../helpers/exceljs-tables.ts';
import { makeZip } from '../../helpers/hostile-files.ts';
import { makeXlsx } from './make-files.ts';
import ExcelJS from 'exceljs';

const read = (bytes: Uint8Array) => readXlsx(bytes, DEFAULT_LIMITS);

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A workbook from raw parts: sheets (name → sheetData and what follows it), shared strings, styles. */
function rawXlsx(sheets: { name: string; data: string; state?: string }[], options: { strings?: string; styles?: string; date1904?: boolean; prefix?: string } = {}): Uint8Array {
  const x = options.prefix ? `${options.prefix}:` : '';
  const ns = options.prefix ? `xmlns:${options.prefix}="${NS}"` : `xmlns="${NS}"`;
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><${x}workbook ${ns} xmlns:r="${REL}">${options.date1904 ? `<${x}workbookPr date1904="1"/>` : ''}<${x}sheets>${sheets.map((s, i) => `<${x}sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rS${i}"/>`).join('')}</${x}sheets></${x}workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="${PKG}">${sheets.map((_, i) => `<Relationship Id="rS${i}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rT" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/><Relationship Id="rY" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = `<?xml version="1.0"?><${x}worksheet ${ns}>${s.data.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${x}`)}</${x}worksheet>`;
  });
  if (options.strings) files["xl/sharedStrings.xml"] = `<?xml version="1.0"?><sst xmlns="${NS}">${options.strings}</sst>`;
  files['xl/styles.xml'] = `<?xml version="1.0"?><styleSheet xmlns="${NS}">${options.styles ?? '<cellXfs count="1"><xf numFmtId="0"/></cellXfs>'}</styleSheet>`;
  return makeZip(files);
}

const STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="&quot;dag&quot; 0"/></numFmts>' +
  '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="4"/><xf numFmtId="47"/></cellXfs>';

const RAW_CASES: [string, Uint8Array][] = [
  [
    'inline and shared strings, rich text, phonetic runs and escapes',
    rawXlsx(
      [{ name: 'Moties', data: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>vet</t></r><r><t xml:space="preserve"> en niet</t></r></is></c><c r="D1" t="s"><v>2</v></c><c r="E1" t="s"><v>3</v></c></row><row r="3"><c r="B3" t="s"><v>4</v></c></row></sheetData>' }],
      { strings: '<si><t>Nummer</t></si><si><r><t>Om</t></r><r><rPr><b/></rPr><t>schrijving</t></r></si><si><t>kanji</t><rPh sb="0" eb="1"><t>KANA</t></rPh></si><si><t xml:space="preserve">  spaties  </t></si><si><t>regel_x000D_\nverder _x005F_x000D_</t></si>' },
    ),
  ],
  [
    'numbers, dates by built-in and custom formats, booleans, errors, formulas',
    rawXlsx(
      [{ name: 'Blad1', data: '<sheetData><row r="1"><c r="A1"><v>45931</v></c><c r="B1" s="1"><v>45931</v></c><c r="C1" s="2"><v>45931.75</v></c><c r="D1" s="3"><v>12</v></c><c r="E1" s="4"><v>1250.5</v></c><c r="F1" s="5"><v>0.5</v></c></row><row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2"><f>1+2</f><v>3</v></c><c r="E2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="F2" s="1"><f>TODAY()</f><v>45000</v></c><c r="G2" t="b"><f>TRUE()</f><v>1</v></c><c r="H2"><f>1/0</f></c><c r="I2" t="str"><v>tekst</v></c><c r="J2"><v>1.0E+3</v></c></row></sheetData>' }],
      { styles: STYLES },
    ),
  ],
  ['the 1904 date system', rawXlsx([{ name: 'Blad1', data: '<sheetData><row r="1"><c r="A1" s="1"><v>44469</v></c></row></sheetData>' }], { styles: STYLES, date1904: true })],
  [
    'merged cells, empty rows between',
    rawXlsx([
      {
        name: 'Blad1',
        data: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1" t="inlineStr"><is><t>b</t></is></c></row><row r="2"><c r="B2" t="inlineStr"><is><t>eigen</t></is></c></row><row r="5"><c r="C5" t="inlineStr"><is><t>laat</t></is></c></row><row r="6"><c r="A6" t="inlineStr"><is><t>leeg samengevoegd</t></is></c></row></sheetData><mergeCells count="3"><mergeCell ref="A1:A3"/><mergeCell ref="D1:E2"/><mergeCell ref="B5:C5"/></mergeCells>',
      },
    ]),
  ],
  [
    'hidden sheets, several sheets, a column past 200',
    rawXlsx([
      { name: 'Eerste', data: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>een</t></is></c><c r="GT1" t="inlineStr"><is><t>kolom 202</t></is></c></row></sheetData>' },
      { name: 'Verborgen', state: 'hidden', data: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>weg</t></is></c></row></sheetData>' },
      { name: 'Leeg', data: '<sheetData/>' },
      { name: 'Derde', data: '<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>drie</t></is></c></row></sheetData>' },
    ]),
  ],
];

async function exceljsCases(): Promise<[string, Uint8Array][]> {
  const several = new ExcelJS.Workbook();
  const sheet = several.addWorksheet('Moties');
  sheet.addRow(['Nummer', 'Omschrijving', 'Termijn', 'Bedrag', 'Klaar', 'Formule', 'Link']);
  sheet.addRow(['T03412', { richText: [{ text: 'De minister ' }, { font: { bold: true }, text: 'stuurt' }] }, new Date(Date.UTC(2026, 3, 1)), 1250.5, true, { formula: 'D2*2', result: 2501 }, { text: 'Kamer', hyperlink: 'https://www.tweedekamer.nl' }]);
  sheet.addRow([]);
  sheet.addRow(['T03413', 'Tekst met\r\ntwee regels', new Date(Date.UTC(2025, 9, 1, 12)), -3, false, { formula: 'A4', result: 'T03413' }, null]);
  sheet.getCell('C2').numFmt = 'dd-mm-yyyy';
  sheet.getCell('C4').numFmt = 'd mmmm yyyy';
  sheet.mergeCells('A6:C7');
  sheet.getCell('A6').value = 'samengevoegd';
  const hidden = several.addWorksheet('Verborgen', { state: 'hidden' });
  hidden.addRow(['niet lezen']);
  several.addWorksheet('Tweede').addRow(['x', 2, 'z']);
  return [
    ['exceljs: values of every kind, merged cells, a hidden sheet', new Uint8Array(await several.xlsx.writeBuffer())],
    ['exceljs: the layouts test sheet', await makeXlsx((s) => { s.addRow(['Soort', 'Omschrijving', 'Termijn', 'Status']); s.addRow(['Toezegging', 'De minister stuurt een brief', '1 oktober 2025', 'Openstaand']); })],
  ];
}

const FIXTURES = join(import.meta.dirname, '../../fixtures/xlsx');

describe('the streaming Excel reader reads what the exceljs-based reader read', () => {
  it.each(RAW_CASES)('%s', async (_name, bytes) => {
    expect(read(bytes)).toEqual(await readXlsxWithExceljs(bytes));
  });

  it('on workbooks exceljs writes and on the Excel fixtures', async () => {
    const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.xlsx')).map((name): [string, Uint8Array] => [name, new Uint8Array(readFileSync(join(FIXTURES, name)))]);
    const cases = [...(await exceljsCases()), ...fixtures];
    expect(cases.length).toBeGreaterThanOrEqual(4);
    for (const [name, bytes] of cases) expect(read(bytes), name).toEqual(await readXlsxWithExceljs(bytes));
  });

  it('reads merged cells and dates into the tables the layout readers expect (not just the same as exceljs)', () => {
    const [, merged] = RAW_CASES.find(([name]) => name.startsWith('merged')) ?? [];
    expect(read(merged!)).toEqual([
      {
        type: 'table',
        line: 1,
        sheet: 'Blad1',
        // A1:A3 repeats 'a'; D1:E2 has no value; B5:C5's top-left cell is empty, so C5's own 'laat' is covered
        rows: [['a', 'b'], ['a', 'eigen'], ['a', ''], ['', ''], ['', ''], ['leeg samengevoegd', '']],
      },
    ]);
    const [, dates] = RAW_CASES.find(([name]) => name.startsWith('numbers')) ?? [];
    const table = read(dates!);
    expect(Array.isArray(table) && table[0]?.rows[0]?.slice(0, 4)).toEqual(['45931', '2025-10-01', '2025-10-01', '12']);
  });
});

describe('what exceljs could not read', () => {
  it('reads a workbook whose main namespace has a prefix (x:, as the Open XML SDK writes; exceljs failed on it)', () => {
    const bytes = rawXlsx([{ name: 'Blad1', data: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>met prefix</t></is></c></row></sheetData>' }], { prefix: 'x' });
    expect(read(bytes)).toEqual([{ type: 'table', line: 1, sheet: 'Blad1', rows: [['met prefix']] }]);
  });

  it('reads rows and cells without a reference as the ones after the last (exceljs failed on them)', () => {
    const bytes = rawXlsx([{ name: 'Blad1', data: '<sheetData><row><c t="inlineStr"><is><t>een</t></is></c><c t="inlineStr"><is><t>twee</t></is></c></row><row><c r="B2" t="inlineStr"><is><t>drie</t></is></c></row></sheetData>' }]);
    expect(read(bytes)).toEqual([{ type: 'table', line: 1, sheet: 'Blad1', rows: [['een', 'twee'], ['', 'drie']] }]);
  });
});

describe('CDATA sections', () => {
  it('reads the text of a CDATA section in a shared or inline string (Excel writes none; other tools may), through the scanner and through saxes', () => {
    const data = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t><![CDATA[Kamer & <regering>]]></t></is></c><c r="C1" t="inlineStr"><is><r><t>voor </t></r><r><t><![CDATA[1 juni]]></t></r></is></c></row></sheetData>';
    const strings = '<si><t>Motie <![CDATA[over & onder]]> en meer</t></si>';
    const expected = [{ type: 'table', line: 1, sheet: 'Blad1', rows: [['Motie over & onder en meer', 'Kamer & <regering>', 'voor 1 juni']] }];
    expect(read(rawXlsx([{ name: 'Blad1', data }], { strings }))).toEqual(expected);
    // a comment leaves the parts to saxes
    expect(read(rawXlsx([{ name: 'Blad1', data: `<!-- opmerking -->${data}` }], { strings: `<!-- opmerking -->${strings}` }))).toEqual(expected);
  });
});

describe('escaped characters (_xHHHH_, ECMA-376 ST_Xstring)', () => {
  it('decodes them in inline strings and cell values too, where Excel reads them (exceljs decoded shared strings only)', () => {
    const inline = (ref: string, runs: string) => `<c r="${ref}" t="inlineStr"><is>${runs}</is></c>`;
    const data =
      '<sheetData><row r="1">' +
      inline('A1', '<t>regel_x000D_\nverder</t>') +
      inline('B1', '<r><t>een_x000D_</t></r><r><rPr><b/></rPr><t>\ntwee</t></r><rPh sb="0" eb="1"><t>_x0041_</t></rPh>') +
      inline('C1', '<t>letterlijk _x005F_x000D_ en _x005f_x0041_</t>') +
      '<c r="D1" t="str"><v>a_x0009_b</v></c><c r="E1" t="str"><f>A1</f><v>x_x000D_\ny</v></c><c r="F1"><v>n.v.t._x0009_</v></c>' +
      '<c r="G1" t="s"><v>0</v></c><c r="H1" t="s"><v>1</v></c>' +
      '</row></sheetData>';
    const strings = '<si><t>klein_x000d_\nschrift</t></si><si><t>a_x00<![CDATA[0D_]]>\nb</t></si>';
    expect(read(rawXlsx([{ name: 'Blad1', data }], { strings }))).toEqual([
      { type: 'table', line: 1, sheet: 'Blad1', rows: [['regel\nverder', 'een\ntwee', 'letterlijk _x000D_ en _x0041_', 'a\tb', 'x\ny', 'n.v.t.', 'klein\nschrift', 'a\nb']] },
    ]);
  });
});

describe('date cells (t="d")', () => {
  it('reads an ISO 8601 date or date-time as its calendar day (LibreOffice and openpyxl write them), never as the year alone', () => {
    const cell = (ref: string, value: string, formula = '') => `<c r="${ref}" t="d">${formula}<v>${value}</v></c>`;
    const data =
      '<sheetData><row r="1">' +
      cell('A1', '2025-04-01T00:00:00') +
      cell('B1', '2025-12-31') +
      cell('C1', '2026-03-13T23:30:00Z') +
      cell('D1', '2025-04-01T00:00:00', '<f>DATE(2025,4,1)</f>') +
      cell('E1', 'geen datum') +
      '</row></sheetData>';
    expect(read(rawXlsx([{ name: 'Blad1', data }]))).toEqual([
      { type: 'table', line: 1, sheet: 'Blad1', rows: [['2025-04-01', '2025-12-31', '2026-03-13', '2025-04-01', 'geen datum']] },
    ]);
  });
});

describe('numeric cells without a number', () => {
  it('reads an empty value as an empty cell and a value that is no number as its text, never "NaN" (also with a date style)', () => {
    const bytes = rawXlsx(
      [{ name: 'Blad1', data: '<sheetData><row r="1"><c r="A1"><v></v></c><c r="B1" s="1"><v></v></c><c r="C1" s="1"><f>A1</f><v></v></c><c r="D1"><v> n.v.t. </v></c><c r="E1"><v>7</v></c></row></sheetData>' }],
      { styles: STYLES },
    );
    expect(read(bytes)).toEqual([{ type: 'table', line: 1, sheet: 'Blad1', rows: [['', '', '', 'n.v.t.', '7']] }]);
  });
});

describe('characters XML forbids (issue 22.12)', () => {
  it('reads a shared string holding U+FFFF or \\x01 (ill-formed XML exceljs read) without them', () => {
    const bytes = rawXlsx([{ name: 'Blad1', data: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }], { strings: '<si><t>Motie\uFFFF over \u0001de brief</t></si>' });
    expect(read(bytes)).toEqual([{ type: 'table', line: 1, sheet: 'Blad1', rows: [['Motie over de brief']] }]);
  });
});

describe('bounds', () => {
  it('refuses merged ranges that cover more cells than the limit, without visiting them all', () => {
    const bytes = rawXlsx([{ name: 'Blad1', data: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>' }]);
    expect(readXlsx(bytes, { ...DEFAULT_LIMITS, maxCells: 1000 })).toEqual({ refused: 'cells', cells: 1001 });
  });

  it('refuses a value below the last row read', () => {
    const bytes = rawXlsx([{ name: 'Blad1', data: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row><row r="200001"><c r="A200001" t="inlineStr"><is><t>y</t></is></c></row></sheetData>' }]);
    expect(read(bytes)).toEqual({ refused: 'rows', row: 200001 });
  });
});
