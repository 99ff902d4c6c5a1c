import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linesOfText, readLayout, type SourceDocument, type TableBlock } from '../../../src/import/layouts/index.ts';
import { parseColumnOverrides } from '../../../src/import/layouts/read/fields.ts';
import { splitInlineVindplaats } from '../../../src/import/layouts/begroting-bijlage/read-appendix.ts';
import { formatKamerstukKey } from '../../../src/domain/items.ts';
import { columnsProblemNl, importProblemNl, readFailureNl } from '../../../src/texts/overview.nl.ts';
import { SAMPLE_PATH } from './stand-van-zaken/sample.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/layouts/${name}`, import.meta.url), 'utf8');
const textDoc = (text: string): SourceDocument => ({ format: 'text', text, blocks: linesOfText(text) });
const tableDoc = (rows: string[][], format: SourceDocument['format'] = 'xlsx'): SourceDocument => ({
  format,
  text: '',
  blocks: [{ type: 'table', rows, line: 1 } satisfies TableBlock],
});
const TODAY = '2025-05-01';

function summary(doc: SourceDocument, options = {}) {
  const read = readLayout(doc, { today: TODAY, ...options });
  if (!read.ok) throw new Error(readFailureNl(read));
  return {
    layout: read.layout.id,
    documentDate: read.documentDate,
    items: read.items.map((i) => ({
      kind: i.kind,
      status: i.status,
      partly: i.partly,
      submitters: i.submitters,
      kamerstuk: i.kamerstuk ? formatKamerstukKey(i.kamerstuk) : null,
      reference: i.reference,
      term: i.deadline?.text ?? null,
      deadline: i.deadline?.deadline ?? null,
      codes: i.responsible.map((r) => r.code),
    })),
    problems: read.problems.map((p) => p.code),
  };
}

describe('layout 1: the flat stand-van-zaken list', () => {
  it('still gives the sample its 14 items', () => {
    const read = readLayout(textDoc(readFileSync(SAMPLE_PATH, 'utf8')), { documentDate: '2025-04-01' });
    expect(read.ok && read.layout.id).toBe('stand-van-zaken');
    expect(read.ok && read.items).toHaveLength(14);
  });
});

describe('layout 2: begroting appendix flattened to one paragraph per cell', () => {
  const doc = textDoc(fixture('begroting-bijlage-gemeentefonds-2024.txt'));

  it('rebuilds the rows from the header, with status from the status word and the Kamerstuk from the vindplaats', () => {
    const read = summary(doc);
    expect(read.layout).toBe('begroting-bijlage');
    expect(read.documentDate).toBe('2023-06-30'); // "stand per 30 juni 2023" in the table's title
    expect(read.items.slice(0, 3)).toEqual([
      expect.objectContaining({ kind: 'motie', status: 'done', submitters: ['Dekker-Abdulaziz', 'Romke de Jong'], kamerstuk: '35925-VII-165', codes: ['MBZK'] }), // chapter VII: BZK's budget
      expect.objectContaining({ kind: 'motie', status: 'done', submitters: ['Dekker-Abdulaziz', 'Romke de Jong'], kamerstuk: '35925-VII-159' }),
      expect.objectContaining({ kind: 'motie', status: 'done', submitters: ['Inge van Dijk', 'Van der Graaf'], kamerstuk: '35925-VII-160' }),
    ]);
  });

  it('keeps the rows before a cut-off last row and warns about that row', () => {
    const read = summary(doc);
    expect(read.items).toHaveLength(4);
    expect(read.items[3]).toMatchObject({ submitters: ['Weyenberg'], kamerstuk: null, status: 'done' }); // the title says afgerond
    // The cut-off row has no Kamerstuk: its dates are read from the vergaderjaar most rows share, and it says so.
    expect(read.problems).toEqual(['LAYOUT_ROW_CUT_OFF', 'OVERVIEW_REFERENCE_ASSUMED']);
  });

  it('takes the status of every row from the table title when the cell has no status word, per table', () => {
    const text = [
      'Tabel 2 Door de Staten-Generaal aanvaarde moties die nog niet zijn afgerond',
      '', 'Omschrijving van de motie', '', 'Vindplaats', '', 'Stand van zaken', '',
      'De motie van het lid Bikker c.s.; Verzoekt de regering voor de zomer van 2024 een plan te sturen.', '',
      'Kamerstukken II 2023/24, 36410 VII, nr. 12', '',
      'De Kamer ontvangt het plan na de zomer.', '',
      'Overzicht van openstaande toezeggingen', '',
      'Omschrijving van de toezegging', '', 'Vindplaats', '', 'Stand van zaken', '',
      'De minister stuurt de Kamer eind 2024 een evaluatie.', '',
      'Commissiedebat Financiën decentrale overheden, 12 maart 2024', '',
      'Deels afgedaan. Het eerste deel is verstuurd.', '',
    ].join('\n');
    const read = summary(textDoc(text), { documentDate: '2024-06-01' });
    expect(read.items).toEqual([
      expect.objectContaining({ kind: 'motie', status: 'open', submitters: ['Bikker'], kamerstuk: '36410-VII-12', term: 'na de zomer' }), // the newer status text moves the term
      expect.objectContaining({ kind: 'toezegging', status: 'open', partly: true, submitters: [], kamerstuk: null, term: 'eind 2024' }),
    ]);
  });
});

describe('layout 2: a jaarverslag flattened from PDF (title and header run into one paragraph, header on one line)', () => {
  it('splits title and header from the text, reads a debate vindplaats as no Kamerstuk, and takes the ministry from the document title', () => {
    const read = summary(textDoc(fixture('jaarverslag-ocw-header-one-line.txt')));
    expect(read.layout).toBe('begroting-bijlage');
    expect(read.items).toEqual([
      expect.objectContaining({ kind: 'motie', status: 'open', submitters: ['Kwint'], kamerstuk: '36200-VIII-45', codes: ['MOCW'] }),
      expect.objectContaining({ kind: 'motie', status: 'open', submitters: ['Van der Molen', 'Peters'], kamerstuk: null }),
      expect.objectContaining({ kind: 'toezegging', status: 'open', partly: true, term: 'voor de begrotingsbehandeling' }),
    ]);
    const parsed = readLayout(textDoc(fixture('jaarverslag-ocw-header-one-line.txt')), { today: TODAY });
    expect(parsed.ok && parsed.items[0]?.cs).toBe(true); // "Kwint c.s. over het terugdringen …"
  });
});

describe('layout 2: an older appendix with each row on one line (rijksbegroting.minfin.nl, BZK 2010)', () => {
  const doc = () => textDoc(fixture('begroting-bzk-2010-rows-on-one-line.txt'));

  it('splits every row at its vindplaats: description before, stand van zaken after, the Kamerstuk in brackets', () => {
    const read = readLayout(doc(), { today: TODAY });
    if (!read.ok) throw new Error(readFailureNl(read));
    expect(read.layout.id).toBe('begroting-bijlage');
    expect(read.documentDate).toBe('2009-07-15'); // "(per 15 juli 2009)" in the section's title
    expect(read.items.map((i) => ({ kind: i.kind, submitters: i.submitters, kamerstuk: i.kamerstuk, codes: i.responsible.map((r) => r.code) }))).toEqual([
      { kind: 'toezegging', submitters: [], kamerstuk: { dossier: '31924-VII', number: '1', vergaderjaar: null }, codes: ['MBZK'] },
      { kind: 'motie', submitters: ['Haverkamp'], kamerstuk: { dossier: '29628', number: '77', vergaderjaar: null }, codes: [] },
      { kind: 'motie', submitters: ['Çörüz'], kamerstuk: { dossier: '28684', number: '158', vergaderjaar: null }, codes: [] },
    ]);
    expect(read.items[0]?.text).toMatch(/^We zullen bekijken .* weer af\.$/);
    expect(read.items[0]?.statusText).toMatch(/^De indicatoren van politie .* in het najaar van 2009 geïnformeerd\.$/); // "Veiligheid" is a section, not its text
    expect(read.items[1]?.text).toMatch(/^Over het benadrukken van politiespecifieke elementen .* is toegezegd\.$/);
    expect(read.items[1]?.statusText).toBe('De Tweede Kamer wordt na het zomerreces van 2009 per brief geïnformeerd. Het beloningsonderzoek vindt momenteel plaats.');
    expect(read.items[2]?.statusText).toBe('Deze motie is in uitvoering en wordt opgepakt samen met Justitie.');
    expect(read.items.map((i) => i.requestReference)).toEqual(['2009-06-11', '2008-02-27', '2008-06-19']); // the vindplaats' date
    expect(read.items[1]?.deadline?.text).toBe('na het zomerreces van 2009');
  });

  it('splits rows written on consecutive lines, and gives a row without "Motie" in a table of moties the kind toezegging', () => {
    const text = [
      'Bijlage 3 Overzicht aangenomen moties en toezeggingen',
      'Omschrijving motie Vindplaats Stand van zaken',
      'Motie van Van der Ham en Jansen over de vergunningverlening. De Kamer wil een evaluatie. 14-03-2011 Notaoverleg Vergunningen (32 500, nr. 41) De Tweede Kamer wordt',
      'in het najaar van 2011 geïnformeerd.',
      'De minister zendt de Kamer de evaluatie van de Wet X. 2 februari 2011 Algemeen overleg Wet X (32 123 VII, nr. 12) Afgedaan met brief van 1 juni 2011.',
      'Motie van het lid van Dam c.s. over de inspectie 14-03-2011 Notaoverleg Vergunningen (32 500, nr. 42) Openstaand.',
    ].join('\n');
    const read = summary(textDoc(text), { documentDate: '2011-06-01' });
    expect(read.items).toEqual([
      expect.objectContaining({ kind: 'motie', submitters: ['Van der Ham', 'Jansen'], kamerstuk: '32500-41', status: 'open', term: 'in het najaar van 2011' }),
      expect.objectContaining({ kind: 'toezegging', submitters: [], kamerstuk: '32123-VII-12', status: 'done' }),
      expect.objectContaining({ kind: 'motie', submitters: ['Van Dam'], kamerstuk: '32500-42', status: 'open' }),
    ]);
  });
});

describe('a one-line row whose vindplaats names the debate before its date (issue 27)', () => {
  it('splits there: the debate belongs to the vindplaats, not to the description', () => {
    const text = [
      'Bijlage 3 Overzicht aangenomen moties en toezeggingen',
      'Omschrijving motie Vindplaats Stand van zaken',
      'Motie van Van der Ham en Jansen over de vergunningverlening. De Kamer wil een evaluatie. Notaoverleg Vergunningen 14-03-2011 (32 500, nr. 41) De Tweede Kamer wordt',
      'in het najaar van 2011 geïnformeerd.',
      'De minister zendt de Kamer de evaluatie van de Wet X. Algemeen overleg Wet X, 2 februari 2011 (32 123 VII, nr. 12) Afgedaan met brief van 1 juni 2011.',
      'Motie van het lid van Dam c.s. over de inspectie Notaoverleg Vergunningen van 14 maart 2011 (32 500, nr. 42) Openstaand.',
    ].join('\n');
    const read = summary(textDoc(text), { documentDate: '2011-06-01' });
    expect(read.items).toEqual([
      expect.objectContaining({ kind: 'motie', submitters: ['Van der Ham', 'Jansen'], kamerstuk: '32500-41', status: 'open', term: 'in het najaar van 2011' }),
      expect.objectContaining({ kind: 'toezegging', submitters: [], kamerstuk: '32123-VII-12', status: 'done' }),
      expect.objectContaining({ kind: 'motie', submitters: ['Van Dam'], kamerstuk: '32500-42', status: 'open' }),
    ]);
  });

  it.each([
    ['Motie van X over de inspectie Notaoverleg Vergunningen 14-03-2011 (32 500, nr. 41) Openstaand.', 'Motie van X over de inspectie', 'Notaoverleg Vergunningen 14-03-2011 (32 500, nr. 41)', 'Openstaand.'],
    ['Motie van X over de inspectie 14-03-2011 Notaoverleg Vergunningen (32 500, nr. 41) Openstaand.', 'Motie van X over de inspectie', '14-03-2011 Notaoverleg Vergunningen (32 500, nr. 41)', 'Openstaand.'],
    ['Toezegging over de evaluatie. Commissiedebat Politie d.d. 2 februari 2011 (Handelingen II 2010/11, nr. 45) Loopt.', 'Toezegging over de evaluatie.', 'Commissiedebat Politie d.d. 2 februari 2011 (Handelingen II 2010/11, nr. 45)', 'Loopt.'],
  ])('splitInlineVindplaats("%s")', (row, description, vindplaats, statusText) => {
    expect(splitInlineVindplaats(row)).toMatchObject({ description, vindplaats, statusText });
  });
});

describe('submitters written as in begroting appendices', () => {
  it.each([
    ['De motie van de leden Van den Berg, Diertens, Bosman, Van der Graaf, Van Tongeren, Kuiken en Van Raak. Verzoeken de regering, in overleg met de BES-eilanden voorstellen te doen.', ['Van den Berg', 'Diertens', 'Bosman', 'Van der Graaf', 'Van Tongeren', 'Kuiken', 'Van Raak'], false],
    ['De motie van het lid van Tongeren. Verzoekt de regering, om samen met de Landen initiatieven te nemen.', ['Van Tongeren'], false],
    ['De motie het lid van Tongeren. Verzoekt de regering, om te onderzoeken hoe regelingen gerealiseerd kunnen worden.', ['Van Tongeren'], false],
    ['De motie van het lid Diertens c.s. Verzoekt de regering, de openbare lichamen actief ondersteuning aan te bieden.', ['Diertens'], true],
    ['De motie van het lid J. de Vries. Verzoekt de regering een plan te maken.', ['J. de Vries'], false],
    ['Motie van Haverkamp over het benadrukken van politiespecifieke elementen.', ['Haverkamp'], false],
  ])('%s', (row, submitters, cs) => {
    const text = ['Tabel 1 Door de Staten-Generaal aanvaarde moties die nog niet zijn afgerond', 'Omschrijving van de motie Vindplaats Stand van zaken', '', row, '', 'Kamerstukken II 2017/18, 34775 IV, nr. 12', '', 'Openstaand.'].join('\n');
    const read = readLayout(textDoc(text), { today: TODAY });
    if (!read.ok) throw new Error(readFailureNl(read));
    expect(read.items.map((i) => [i.submitters, i.cs])).toEqual([[submitters, cs]]);
    expect(read.items[0]?.text).not.toMatch(/^(?:De motie|Motie)\b/);
  });
});

describe('layout 3: Eerste Kamer register pages', () => {
  it('reads Kerngegevens blocks: number as reference, Deadline as the term, the status, the bewindspersoon and the dossier as Kamerstuk', () => {
    const read = summary(textDoc(fixture('ek-toezeggingen.txt')));
    expect(read.layout).toBe('ek-register');
    expect(read.items).toEqual([
      expect.objectContaining({ kind: 'toezegging', status: 'open', reference: 'T03412', term: '1 april 2026', deadline: '2026-04-01', codes: ['MBZK'], kamerstuk: '35112/36100-CK' }),
      expect.objectContaining({ kind: 'toezegging', status: 'open', partly: true, reference: 'T03520', term: '31-12-2024', deadline: '2024-12-31', codes: ['SVWS'], kamerstuk: '31839' }),
      expect.objectContaining({ kind: 'toezegging', status: 'done', reference: 'T03001', term: 'voor de zomer van 2022', codes: ['MBZK'], kamerstuk: '26643-AB' }),
    ]);
    expect(read.problems).toEqual([]);
  });

  it('stores the Eerste Kamer dossier as the Kamerstuk, not in the title, and keeps the promise as the text', () => {
    const read = readLayout(textDoc(fixture('ek-toezeggingen.txt')), { today: TODAY });
    expect(read.ok && read.items[0]?.title).toBe('Evaluatie van de Wet open overheid');
    expect(read.ok && read.items[0]?.kamerstuk).toEqual({ dossier: '35112/36100', number: 'CK', vergaderjaar: null });
    expect(read.ok && read.items[0]?.text).toMatch(/^De minister van Binnenlandse Zaken .* aan de Kamer te sturen\.$/);
  });

  it.each([
    ['34.122', '34122'],
    ['22.112 / 31.544, CK', '22112/31544-CK'],
    ['36.200 VII, A', '36200-VII-A'],
    ['32.500-VII', '32500-VII'],
  ])('reads the dossier (%s) as %s', (dossier, expected) => {
    const read = summary(textDoc(`Toezegging Een brief (${dossier}) (T02001)\nDe minister zegt toe een brief te sturen.\nKerngegevens\nNummer T02001\nStatus openstaand\n`));
    expect(read.items.map((i) => i.kamerstuk)).toEqual([expected]);
  });

  it('reads the register\'s rappel page (eerstekamer.nl, BZK, september 2025): label and value on one line, values over several lines, the current bewindspersoon', () => {
    const read = readLayout(textDoc(fixture('ek-rappel-bzk-2025.txt')), { today: TODAY });
    if (!read.ok) throw new Error(readFailureNl(read));
    expect(read.layout.id).toBe('ek-register');
    expect(
      read.items.map((i) => ({ reference: i.reference, title: i.title, kamerstuk: i.kamerstuk && formatKamerstukKey(i.kamerstuk), status: i.status, deadline: i.deadline?.deadline ?? null, codes: i.responsible.map((r) => r.code) })),
    ).toEqual([
      { reference: 'T01237', title: 'Toezending conceptversie richtlijn', kamerstuk: '22112/31544-CK', status: 'open', deadline: '2024-01-01', codes: ['MBZK'] },
      { reference: 'T01153', title: 'Beperking dubbelbenoemingen', kamerstuk: '30585', status: 'open', deadline: null, codes: ['MBZK'] },
    ]);
    expect(read.items[0]?.text).toMatch(/^De staatssecretaris voor Europese Zaken zegt de Kamer, .* aan de Eerste Kamer opstuurt\.$/);
    expect(read.items[1]?.text).not.toMatch(/Hendrikx \(CDA\):/); // the passages after the block are no part of the promise
  });

  it.each([
    ['as the page copies', (text: string) => text],
    ['with a Markdown heading and bold labels', (text: string) => text.replace(/^Toezegging/, '# Toezegging').replace(/^(Nummer|Status|Deadline) \|/gm, '**$1** |')],
    ['with the pipes on both sides', (text: string) => text.replace(/^(?!Toezegging|De Minister|Handelingen|Mevrouw)(.+)$/gm, '| $1')],
  ])('reads one toezegging page in Markdown, Kerngegevens as a two-column pipe table (%s)', (_, variant) => {
    const text = variant(fixture('ek-toezegging-T01970.md'));
    const read = summary(textDoc(text));
    expect(read.layout).toBe('ek-register');
    expect(read.items).toEqual([
      expect.objectContaining({ kind: 'toezegging', status: 'open', partly: true, reference: 'T01970', kamerstuk: '33344', term: '1 juli 2025', deadline: '2025-07-01', codes: ['MBZK'] }),
    ]);
    const items = readLayout(textDoc(text), { today: TODAY });
    expect(items.ok && items.items[0]?.title).toBe('Schrappen artikel 5, tweede lid, sub d van de Algemene wet gelijke behandeling');
    expect(items.ok && items.items[0]?.text).toMatch(/^De Minister van Binnenlandse Zaken .* te schrappen\.$/);
  });

  it('reads a rappel list of T-numbered lines', () => {
    const text = 'Rappellijst toezeggingen\nT02001 - Brief over de Omgevingswet\nDeadline: 1-3-2024\nStatus: openstaand\nT02002 - Evaluatie van de Jeugdwet\nDeadline: 1 juni 2024\n';
    const read = summary(textDoc(text));
    expect(read.items.map((i) => [i.reference, i.deadline, i.status])).toEqual([
      ['T02001', '2024-03-01', 'open'],
      ['T02002', '2024-06-01', 'open'],
    ]);
  });
});

describe('layout 4: Tweede Kamer register export', () => {
  const header = ['Id', 'Nummer', 'Naam', 'Functie', 'Ministerie', 'Status', 'Tekst', 'Aanmaakdatum', 'DatumNakoming'];

  it('reads TZ numbers, statuses and DatumNakoming as the term', () => {
    const read = summary(
      tableDoc([
        header,
        ['a', 'TZ202412-116', 'Wiersma, F.M.', 'Minister van Landbouw, Visserij, Voedselzekerheid en Natuur', 'LVVN', 'Openstaand', 'De minister stuurt in maart 2025 de terugkoppeling.', '2024-12-11', '2025-03-31'],
        ['b', 'TZ202504-057', 'Madlener, B.', 'Minister van Infrastructuur en Waterstaat', 'IenW', 'Afgedaan', 'De Kamer wordt voor de zomer geïnformeerd.', '2025-04-10', ''],
        ['c', 'TZ202402-164', 'X', 'Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking', 'BZ', 'Deels Afgedaan', 'Een briefing.', '2024-02-15', ''],
        ['d', 'TZ202311-010', 'Y', 'Staatssecretaris van Financiën', 'Fin', 'Vervallen', 'Een brief.', '2023-11-02', ''],
      ], 'csv'),
    );
    expect(read.layout).toBe('tk-register');
    expect(read.items).toEqual([
      expect.objectContaining({ kind: 'toezegging', status: 'open', reference: 'TZ202412-116', term: '31 maart 2025', codes: ['MLVVN'] }),
      // no DatumNakoming: the term comes from the text, read from the Aanmaakdatum
      expect.objectContaining({ status: 'done', reference: 'TZ202504-057', term: 'voor de zomer', deadline: '2025-07-03', codes: ['MIenW'] }),
      expect.objectContaining({ status: 'open', partly: true, codes: ['MBHO'] }),
      expect.objectContaining({ status: 'lapsed', codes: ['SFin'] }),
    ]);
  });
});

describe('layout 5: team spreadsheets', () => {
  it('finds the header on row 4 under title rows, skips empty rows and section rows, and reads ja/nee', () => {
    const read = summary(
      tableDoc([
        ['Overzicht moties OCW', 'Overzicht moties OCW', 'Overzicht moties OCW', 'Overzicht moties OCW', ''],
        ['Stand per 1 maart 2025', '', '', '', ''],
        ['', '', '', '', ''],
        ['Nr.', 'Kamerstuk', 'Korte inhoud', 'Termijn', 'Afgehandeld?'],
        ['Toezeggingen', 'Toezeggingen', 'Toezeggingen', 'Toezeggingen', 'Toezeggingen'],
        ['1', '', 'De minister stuurt een brief', 'Q3 2025', 'nee'],
        ['', '', '', '', ''],
        ['2', '', 'De minister stuurt een tweede brief', '2025-06-01', 'ja'],
      ]),
    );
    expect(read.documentDate).toBe('2025-03-01');
    expect(read.items).toEqual([
      expect.objectContaining({ kind: 'toezegging', status: 'open', term: 'Q3 2025', deadline: '2025-09-30', codes: ['MOCW'] }),
      expect.objectContaining({ kind: 'toezegging', status: 'done', term: '1 juni 2025', deadline: '2025-06-01' }),
    ]);
  });

  it('follows --kolommen over the synonyms', () => {
    const rows = [['Onderwerp', 'Wanneer', 'Stand'], ['Brief over de bekostiging', 'eind 2025', 'Loopt']];
    const columns = parseColumnOverrides('Wanneer=deadline,Onderwerp=title');
    if (!columns.ok) throw new Error(columnsProblemNl(columns));
    const read = summary(tableDoc(rows), { columns: columns.overrides });
    expect(read.items).toEqual([expect.objectContaining({ term: 'eind 2025', deadline: '2025-12-31', status: 'open' })]);
  });

  it('names the columns it does not use and says where the kind and the ministry were guessed', () => {
    const read = readLayout(
      tableDoc([
        ['Moties en toezeggingen Ministerie van OCW'],
        ['Omschrijving', 'Termijn', 'Wie', 'Wanneer', 'Notitie'],
        ['Verzoekt de regering een plan te maken', 'eind 2025', 'Anna', 'week 12', ''],
        ['De minister zegt toe de Kamer te informeren', 'Q3 2025', 'Bram', '', 'x'],
      ]),
      { today: TODAY, columns: new Map([['notitie', 'ignore' as const]]) },
    );
    if (!read.ok) throw new Error(readFailureNl(read));
    expect(read.items.map((item) => [item.kind, item.responsible.map((r) => r.code)])).toEqual([['motie', ['MOCW']], ['toezegging', ['MOCW']]]);
    const unused = read.problems.find((p) => p.code === 'LAYOUT_COLUMNS_UNUSED');
    expect(unused).toEqual({ line: 2, code: 'LAYOUT_COLUMNS_UNUSED', severity: 'warning', columns: ['Wie', 'Wanneer'] }); // "Notitie" is ignored on purpose
    expect(importProblemNl(unused!)).toBe(
      'De kolommen "Wie" en "Wanneer" (kopregel 2) worden niet ingelezen. Hoort er een veld bij, geef dat dan op met --kolommen, bijvoorbeeld --kolommen "Wie=owner".',
    );
    const kind = read.problems.find((p) => p.code === 'LAYOUT_KIND_GUESSED');
    expect(kind && importProblemNl(kind)).toBe(
      'Bij 2 rijen (regel 3 en 4) staat niet of het een motie of toezegging is; uit de tekst afgeleid: 1 motie en 1 toezegging. Controleer dat, of voeg een kolom "Soort" toe.',
    );
    const ministry = read.problems.find((p) => p.code === 'LAYOUT_MINISTRY_GUESSED');
    expect(ministry && importProblemNl(ministry)).toBe(
      'Bij 2 rijen (regel 3 en 4) staat geen bewindspersoon of ministerie; toegeschreven aan OCW, dat de titel van het document noemt. Controleer dat, of voeg een kolom "Bewindspersoon" toe.',
    );
  });

  it('says nothing of guesses or unused columns when the sheet gives kind and bewindspersoon in its own columns', () => {
    const read = readLayout(
      tableDoc([
        ['Soort', 'Omschrijving', 'Bewindspersoon'],
        ['Toezegging', 'Verzoekt de regering een plan te maken', 'SOCW'],
      ]),
      { today: TODAY },
    );
    expect(read.ok && read.problems).toEqual([]);
  });

  it('answers a table it cannot map with the columns found and the columns needed, in Dutch', () => {
    const read = readLayout(tableDoc([['Kleur', 'Gewicht'], ['rood', '3']]), { today: TODAY });
    expect(read.ok).toBe(false);
    expect(read).toEqual({ ok: false, code: 'LAYOUT_COLUMNS_UNMAPPED', found: ['Kleur', 'Gewicht'] });
    expect(!read.ok && readFailureNl(read)).toContain('Gevonden kolommen: "Kleur", "Gewicht"');
    expect(!read.ok && readFailureNl(read)).toContain('Nodig is een kolom met de tekst van de motie of toezegging');
    expect(!read.ok && readFailureNl(read)).toContain('--kolommen');
  });
});

describe('unknown layouts', () => {
  it('lists the layouts it knows and how to map columns', () => {
    const read = readLayout(textDoc('Geachte voorzitter,\n\nHierbij de brief.\n'), { today: TODAY });
    expect(read.ok).toBe(false);
    const message = !read.ok ? readFailureNl(read) : '';
    expect(message).toContain('Er is niets geïmporteerd');
    for (const name of ['stand-van-zakenlijst', 'bijlage moties en toezeggingen', 'Eerste Kamer', 'Tweede Kamer', 'eigen overzicht in tabelvorm']) {
      expect(message).toContain(name);
    }
    expect(message).toContain('--kolommen "Termijn=deadline');
  });
});

describe('a table with the term as words and as a date (an export read back)', () => {
  it('keeps the words verbatim and the date as the deadline', () => {
    const read = summary(
      tableDoc([
        ['Soort', 'Omschrijving', 'Termijn', 'Deadline', 'Status'],
        ['Toezegging', 'De minister stuurt een brief', 'voor de zomer van 2025', '2025-07-03', 'open'],
        ['Toezegging', 'De minister stuurt een tweede brief', 'na overleg met de sector', '2025-10-01', 'open'],
      ]),
    );
    expect(read.items.map((i) => [i.term, i.deadline])).toEqual([
      ['voor de zomer van 2025', '2025-07-03'],
      ['na overleg met de sector', '2025-10-01'],
    ]);
  });
});

describe('an Excel date cell in a Termijn column (issue 23)', () => {
  it('becomes a Dutch date as the term text, not the ISO date the workbook reader gives', () => {
    const read = summary(
      tableDoc([
        ['Soort', 'Omschrijving', 'Termijn', 'Status'],
        ['Toezegging', 'De minister stuurt een brief', '2025-07-01', 'open'],
        ['Toezegging', 'De minister stuurt een tweede brief', '2025-10-01T00:00:00', 'open'],
        ['Toezegging', 'De minister stuurt een derde brief', '1-12-2025', 'open'],
      ]),
    );
    expect(read.items.map((i) => [i.term, i.deadline])).toEqual([
      ['1 juli 2025', '2025-07-01'],
      ['1 oktober 2025', '2025-10-01'],
      // Typed by a person: kept as written.
      ['1-12-2025', '2025-12-01'],
    ]);
  });
});
