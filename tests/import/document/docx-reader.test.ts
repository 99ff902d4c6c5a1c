// The streaming Word reader (issue 22.5 / 28) gives the same headings, paragraphs and tables as
// the mammoth-based reader it replaced (kept in tests/helpers/mammoth-blocks.ts), on every Word
// file the tests make or keep: the docx library's files, our own exports, LibreOffice's files in
// tests/fixtures/docx, and hand-written Word XML for what those do not contain (footnotes and
// endnotes, style names of headings, nested tables, merged cells, line breaks, hyperlinks,
// fields, text boxes, deleted and inserted text).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/import/document/docx.ts';
import type { Block } from '../../../src/import/layouts/index.ts';
import { decodeSource } from '../../../src/import/document/read-source.ts';
import { DEFAULT_LIMITS } from '../../../src/import/document/limits.ts';
import { readDocxWithMammoth } from '../../helpers/mammoth-blocks.ts';
import { makeZip } from '../../helpers/hostile-files.ts';
import { makeDocx } from './make-files.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A Word package from raw parts: the body, and optionally styles, footnotes and endnotes. */
function rawDocx(body: string, parts: { styles?: string; numbering?: string; footnotes?: string; endnotes?: string; prefix?: string } = {}): Uint8Array {
  const w = parts.prefix ?? 'w';
  const declarations = `xmlns:${w}="${W}" xmlns:r="${R}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`;
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${w}:document ${declarations}><${w}:body>${body}</${w}:body></${w}:document>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rS" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rF" Type="${R}/footnotes" Target="/word/footnotes.xml"/><Relationship Id="rE" Type="${R}/endnotes" Target="endnotes.xml"/><Relationship Id="rN" Type="${R}/numbering" Target="numbering.xml"/><Relationship Id="rL" Type="${R}/hyperlink" Target="https://www.tweedekamer.nl/" TargetMode="External"/></Relationships>`,
  };
  // mammoth fails on a table style without a styles part; Word always writes one
  files['word/styles.xml'] = `<?xml version="1.0"?><w:styles xmlns:w="${W}">${parts.styles ?? STYLES}</w:styles>`;
  if (parts.numbering) files['word/numbering.xml'] = `<?xml version="1.0"?><w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`;
  if (parts.footnotes) files['word/footnotes.xml'] = `<?xml version="1.0"?><w:footnotes xmlns:w="${W}">${parts.footnotes}</w:footnotes>`;
  if (parts.endnotes) files['word/endnotes.xml'] = `<?xml version="1.0"?><w:endnotes xmlns:w="${W}">${parts.endnotes}</w:endnotes>`;
  return makeZip(files);
}

const t = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (text: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${t(text)}</w:p>`;
const tc = (content: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${content}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]) => `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>${rows.join('')}</w:tbl>`;
const footnote = (id: number, body: string) => `<w:footnote w:id="${id}">${body}</w:footnote>`;
const STYLES =
  '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="Heading 2"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style>' +
  '<w:style w:type="character" w:styleId="Kop3"><w:name w:val="heading 3"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Opsomming"><w:name w:val="List Bullet"/></w:style>' +
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>';
const NUMBERING =
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>' +
  '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:pStyle w:val="Opsomming"/><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
const SEPARATORS = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';

/** Every character `\s` matches (and trim() removes), but the two XML forbids (\v, \f), which the reader drops. */
const WHITESPACE = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((c) => /\s/.test(c) && c !== '\v' && c !== '\f');

const RAW_CASES: [string, Uint8Array][] = [
  ['paragraphs, tabs, line breaks and empty paragraphs', rawDocx(`${p('Eerste  alinea')}<w:p/><w:p><w:r><w:t>Twee</w:t><w:tab/><w:t>kolommen</w:t><w:br/><w:t>volgende regel</w:t><w:br w:type="page"/><w:t>na de pagina</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>${p('a &amp; b &lt;c&gt; "d"')}`)],
  ['headings by style id and by style name', rawDocx(`${p('Kop een', 'Heading1')}${p('Kop twee', 'Heading2')}${p('Kop Nederlands', 'Kop1')}${p('Kop 2 naam', 'Kop2')}${p('Titel', 'Titel')}${p('Tekenstijl', 'Kop3')}${p('Onbekend', 'Geen')}${p('Kop', 'Heading')}${p('Kop zes', 'Heading6')}`, { styles: STYLES })],
  ['hyperlinks, fields and smart tags', rawDocx(`<w:p><w:hyperlink r:id="rL">${t('de Kamer')}</w:hyperlink>${t(' en ')}<w:hyperlink w:anchor="x">${t('anker')}</w:hyperlink></w:p><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://x.nl" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${t('veldlink')}<w:r><w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr="PAGE">${t('3')}</w:fldSimple>${t(' rest')}<w:smartTag w:uri="x" w:element="y">${t(' slim')}</w:smartTag></w:p>`)],
  ['inserted, deleted and moved text', rawDocx(`<w:p><w:ins w:id="1" w:author="a">${t('nieuw ')}</w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>oud </w:delText></w:r></w:del>${t('blijft')}<w:moveFrom>${t(' weg')}</w:moveFrom><w:moveTo>${t(' hier')}</w:moveTo></w:p><w:p><w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr>${t('samengevoegd met ')}</w:p>${p('de volgende', 'Heading1')}`)],
  ['a simple table with a header paragraph', rawDocx(`${p('Overzicht van openstaande toezeggingen', 'Heading2')}${tbl(tr(tc(p('Omschrijving')), tc(p('Vindplaats')), tc(p('Stand'))), tr(tc(p('De minister stuurt een brief.')), tc(p('Kamerstukken II, 36600, nr. 3')), tc(`${p('Loopt.')}${p('Tweede alinea')}`)))}${p('Na de tabel')}`)],
  ['merged cells: gridSpan and vMerge', rawDocx(tbl(tr(tc(p('A'), '<w:gridSpan w:val="2"/>'), tc(p('C'), '<w:vMerge w:val="restart"/>')), tr(tc(p('a1')), tc(p('b1')), tc(p('tekst onder'), '<w:vMerge/>')), tr(tc(p('a2')), tc(p('b2')), tc('<w:p/>', '<w:vMerge w:val="continue"/>')), tr(tc(p('x'), '<w:vMerge/>'), tc(p('y'), '<w:gridSpan w:val="2"/>'))))],
  ['a nested table joins its cell', rawDocx(tbl(tr(tc(`${p('buiten')}${tbl(tr(tc(p('binnen 1')), tc(p('binnen 2'))), tr(tc(`${p('diep')}${tbl(tr(tc(p('dieper'))))}`)))}${p('na')}`), tc(p('rechts')))))],
  ['deleted rows and header rows', rawDocx(tbl(`<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc(p('Kop'))}${tc(p('Kolom'))}</w:tr>`, `<w:tr><w:trPr><w:del w:id="9" w:author="a"/></w:trPr>${tc(p('weg'))}${tc(p('weg'))}</w:tr>`, tr(tc(p('a')), tc(p('b')))))],
  ['a bookmark between rows: no merging, as mammoth', rawDocx(tbl(tr(tc(p('A'), '<w:vMerge w:val="restart"/>')), '<w:bookmarkStart w:id="1" w:name="rij"/>', tr(tc(p('onder'), '<w:vMerge/>'))))],
  ['footnotes and endnotes', rawDocx(`<w:p>${t('Tekst')}<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>${t(' verder')}<w:r><w:endnoteReference w:id="1"/></w:r></w:p>${tbl(tr(tc(`<w:p>${t('cel')}<w:r><w:footnoteReference w:id="2"/></w:r></w:p>`)))}<w:p>${t('weer')}<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:footnoteReference w:id="3"/></w:r><w:r><w:footnoteReference w:id="4"/></w:r><w:r><w:footnoteReference w:id="5"/></w:r><w:r><w:footnoteReference w:id="6"/></w:r><w:r><w:footnoteReference w:id="7"/></w:r></w:p>`, {
    styles: STYLES,
    footnotes: `${SEPARATORS}${footnote(1, `<w:p><w:r><w:footnoteRef/></w:r>${t(' Kamerstukken II 2024/25, 36600, nr. 3.')}</w:p><w:p/>`)}${footnote(2, `<w:p>${t('Noot in cel')}</w:p><w:p>${t('tweede alinea')}</w:p>`)}${footnote(3, p('Noot als kop', 'Kop1'))}${footnote(4, tbl(tr(tc(p('noot-tabel')))))}${footnote(5, '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>geen lijst</w:t></w:r></w:p>')}${footnote(6, '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>lijst</w:t></w:r></w:p>')}${footnote(7, p('stijllijst', 'Opsomming'))}`,
    numbering: NUMBERING,
    endnotes: `<w:endnote w:type="separator" w:id="-1"><w:p/></w:endnote><w:endnote w:id="1">${p('Eindnoot')}</w:endnote>`,
  })],
  ['a text box, alternate content, content controls and a drawing', rawDocx(`<w:p>${t('Voor')}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:t>keuze</w:t></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${p('In kader')}${tbl(tr(tc(p('kadercel'))))}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>${t(' na')}</w:p><w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>${p('In een inhoudsbesturingselement')}</w:sdtContent></w:sdt><w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="x" descr="plaatje"/></wp:inline></w:drawing></w:r>${t('bij plaatje')}</w:p><w:p><w:customXml w:element="z">${t('custom')}</w:customXml><w:r><w:noBreakHyphen/><w:softHyphen/><w:t>x</w:t></w:r></w:p>`)],
  ['a heading and a list inside a cell, lists outside', rawDocx(`${tbl(tr(tc(`${p('Kop in cel', 'Heading1')}<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${t('lijst in cel')}</w:p>`)))}<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${t('punt een')}</w:p><w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr>${t('punt een a')}</w:p>${p('gewoon')}`)],
  ['an empty table, an empty document body part', rawDocx(`${tbl()}${p('na lege tabel')}${tbl(tr(tc('<w:p/>')))}`)],
  [
    // The reader skips its whitespace clean-up where a test finds nothing to change (issue 28): every
    // whitespace character JavaScript knows, at the start, inside, doubled and at the end of a
    // paragraph and of a cell, and spaces alone.
    'whitespace of every kind in paragraphs and cells',
    rawDocx(
      `${WHITESPACE.flatMap((w) => [`${w}a`, `a${w}b`, `a${w}${w}b`, `a ${w}b`, `a${w} b`, `a${w}`]).map((text) => p(text)).join('')}${p(' a')}${p('a ')}${p('a  b')}${p('a b')}` +
        tbl(...WHITESPACE.map((w) => tr(tc(p(`${w}cel`)), tc(p(`cel${w}${w}cel`)), tc(p(`cel${w}`))))),
    ),
  ],
  ['another namespace prefix (Strict-style documents)', rawDocx('<x:p><x:r><x:t>met prefix x</x:t></x:r></x:p><x:tbl><x:tr><x:tc><x:p><x:r><x:t>cel</x:t></x:r></x:p></x:tc></x:tr></x:tbl>', { prefix: 'x' })],
];

async function docxLibraryCases(): Promise<[string, Uint8Array][]> {
  return [
    [
      'docx library: appendix tables with captions and merged cells',
      await makeDocx([
        { heading: 'Bijlage 3: Moties en toezeggingen' },
        { table: { caption: 'Door de Staten-Generaal aanvaarde moties', rows: [['Omschrijving', 'Vindplaats', 'Stand'], ['De motie van de leden Bikker en Ceder; Verzoekt de regering voor 1 juli 2025 een voorstel te doen.', 'Kamerstukken II 2024/25, 36600 XV, nr. 30', 'Het voorstel volgt.']] } },
        { table: { caption: 'Overzicht', rows: [['a', { text: 'b', merge: 'restart' }, 'c'], ['d', { text: '', merge: 'continue' }, 'e'], [{ text: 'breed', span: 2 }, 'f']] } },
        { paragraph: 'Slotalinea met regels\nen een tweede' },
      ]),
    ],
    [
      'docx library: an Eerste Kamer register page',
      await makeDocx([{ heading: 'Toezegging Evaluatie Wet open overheid (T03412)' }, { paragraph: 'De minister zegt toe de evaluatie te sturen.' }, { paragraph: 'Nummer: T03412' }, { paragraph: 'Status: openstaand' }]),
    ],
  ];
}

const FIXTURES = join(import.meta.dirname, '../../fixtures/docx');
const fixtureCases = (): [string, Uint8Array][] =>
  readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.docx'))
    .map((name) => [`fixture ${name}`, new Uint8Array(readFileSync(join(FIXTURES, name)))]);

const read = (bytes: Uint8Array) => readDocx(bytes, DEFAULT_LIMITS);
/** The blocks without a paragraph's `lines` (mammoth had none; the text is compared). */
const asMammoth = (blocks: Block[]) => blocks.map((block) => (block.type === 'paragraph' && block.lines ? { type: block.type, text: block.text, line: block.line } : block));

describe('the streaming Word reader reads what the mammoth-based reader read', () => {
  it.each(RAW_CASES)('%s', async (_name, bytes) => {
    expect(asMammoth(read(bytes))).toEqual(await readDocxWithMammoth(bytes));
  });

  it('on the docx library’s files and the Word fixtures', async () => {
    const cases = [...(await docxLibraryCases()), ...fixtureCases()];
    expect(cases.length).toBeGreaterThan(3);
    for (const [name, bytes] of cases) expect(asMammoth(read(bytes)), name).toEqual(await readDocxWithMammoth(bytes));
  });

  it('reads the cases above into the blocks the layout readers expect (not just the same as mammoth)', () => {
    const [, merged] = RAW_CASES.find(([name]) => name.startsWith('merged cells')) ?? [];
    expect(read(merged!)).toEqual([
      // a continuing cell's own text is dropped (as Word shows it): 'tekst onder' and 'x'
      { type: 'table', line: 8, rows: [['A', 'A', 'C'], ['a1', 'b1', 'C'], ['a2', 'b2', 'C'], ['a2', 'y', 'y']] },
    ]);
    const [, notes] = RAW_CASES.find(([name]) => name.startsWith('footnotes')) ?? [];
    const blocks = read(notes!);
    expect(blocks[0]).toEqual({ type: 'paragraph', text: 'Tekst[1] verder[2]', line: 1 });
    expect(blocks).toContainEqual(expect.objectContaining({ type: 'paragraph', text: 'Kamerstukken II 2024/25, 36600, nr. 3. ↑' }));
  });
});

describe('line breaks (issue 23: a multi-line stand van zaken)', () => {
  it('a body paragraph with Word line breaks also gives its lines; its text stays as mammoth read it', () => {
    const [, breaks] = RAW_CASES.find(([name]) => name.startsWith('paragraphs, tabs, line breaks')) ?? [];
    expect(read(breaks!)).toContainEqual({ type: 'paragraph', text: 'Twee kolommen volgende regelna de pagina', line: 2, lines: ['Twee kolommen', 'volgende regelna de pagina'] });
  });

  it('a line of a body paragraph is trimmed and its whitespace collapsed, whatever whitespace it holds', () => {
    for (const w of WHITESPACE) {
      const bytes = rawDocx(`<w:p><w:r><w:t xml:space="preserve">${w}a${w}${w}b</w:t><w:br/><w:t xml:space="preserve">c${w}</w:t><w:br/><w:t xml:space="preserve">d e</w:t></w:r></w:p>`);
      expect(read(bytes), JSON.stringify(w)).toEqual([{ type: 'paragraph', text: 'a b c d e', line: 1, lines: ['a b', 'c', 'd e'] }]);
    }
  });

  it('a heading, a table cell and a footnote with line breaks keep their text alone', async () => {
    const br = (a: string, b: string) => `<w:r><w:t>${a}</w:t><w:br/><w:t>${b}</w:t></w:r>`;
    const bytes = rawDocx(
      `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${br('Kop', 'twee')}</w:p>${tbl(tr(tc(`<w:p>${br('cel', 'regel')}</w:p>`)))}<w:p>${t('Tekst')}<w:r><w:footnoteReference w:id="1"/></w:r></w:p>`,
      { footnotes: `${SEPARATORS}${footnote(1, `<w:p>${br('Kamerstukken II 2024/25,', '36600, nr. 3.')}</w:p>`)}` },
    );
    const blocks = read(bytes);
    expect(blocks.filter((block) => block.type === 'paragraph' && block.lines)).toEqual([]);
    expect(blocks).toEqual(await readDocxWithMammoth(bytes));
  });
});

describe('characters XML forbids (issue 22.12)', () => {
  it('reads a document whose text holds U+FFFF or \\x01 (ill-formed XML mammoth read) without them', async () => {
    const bytes = rawDocx(p('Motie\uFFFF over \u0001de\uFFFE brief'));
    expect(read(bytes)).toEqual([{ type: 'paragraph', text: 'Motie over de brief', line: 1 }]);
    const source = await decodeSource(bytes, '.docx');
    expect(source.ok && source.document.blocks).toEqual(read(bytes));
  });
});

describe('CDATA sections', () => {
  it('reads the text of a CDATA section in a run (Word writes none; other tools may), through the scanner and through saxes', () => {
    const body = `<w:p><w:r><w:t xml:space="preserve">Motie <![CDATA[over <de> brief & meer]]></w:t></w:r><w:r><w:t><![CDATA[]]>, klaar</w:t></w:r></w:p>`;
    const expected = [{ type: 'paragraph', text: 'Motie over <de> brief & meer, klaar', line: 1 }];
    expect(read(rawDocx(body))).toEqual(expected);
    // a comment leaves the part to saxes
    expect(read(rawDocx(`<!-- opmerking -->${body}`))).toEqual(expected);
    expect(read(rawDocx(`${body}${tbl(tr(tc(p('<![CDATA[in een cel]]>'))))}`))).toEqual([...expected, { type: 'table', rows: [['in een cel']], line: 3 }]);
  });
});

describe('the reader’s own marks in a document’s text', () => {
  it('leaves out U+FDD0 and U+FDD1 (the marks it uses for note references and line breaks) wherever a text holds them', () => {
    const bytes = rawDocx(`${p('Motie\uFDD1 over de brief')}${p('Motie over\uFDD0 de brief')}${p('\uFDD0Motie\uFDD1\uFDD1')}`);
    expect(read(bytes)).toEqual([
      { type: 'paragraph', text: 'Motie over de brief', line: 1 },
      { type: 'paragraph', text: 'Motie over de brief', line: 2 },
      { type: 'paragraph', text: 'Motie', line: 3 },
    ]);
  });
});

describe('bounds', () => {
  it('cuts a paragraph at maxParagraphChars', () => {
    const bytes = rawDocx(p('x'.repeat(5000)));
    const [block] = readDocx(bytes, { ...DEFAULT_LIMITS, maxParagraphChars: 1000 });
    expect(block?.type === 'paragraph' ? block.text.length : 0).toBe(1000);
  });

  it('refuses (throws) a part with a DOCTYPE entity instead of expanding it', () => {
    const bytes = makeZip({
      'word/document.xml': `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`,
    });
    expect(() => read(bytes)).toThrow();
  });
});
