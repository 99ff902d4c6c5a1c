// Layout 2, begroting and jaarverslag appendices (src/import/layouts/begroting-bijlage/); its fixtures are in
// tests/fixtures/layouts/begroting-bijlage/.
import { describe, expect, it } from 'vitest';
import { readLayout } from '../../../../src/import/layouts/index.ts';
import { splitInlineVindplaats } from '../../../../src/import/layouts/begroting-bijlage/read-appendix.ts';
import { readFailureNl } from '../../../../src/texts/import.nl.ts';
import { fixture, textDoc, TODAY, summary } from '../layout-helpers.ts';

describe('layout 2: begroting appendix flattened to one paragraph per cell', () => {
  const doc = textDoc(fixture('begroting-bijlage/begroting-bijlage-gemeentefonds-2024.txt'));

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
    const read = summary(textDoc(fixture('begroting-bijlage/jaarverslag-ocw-header-one-line.txt')));
    expect(read.layout).toBe('begroting-bijlage');
    expect(read.items).toEqual([
      expect.objectContaining({ kind: 'motie', status: 'open', submitters: ['Kwint'], kamerstuk: '36200-VIII-45', codes: ['MOCW'] }),
      expect.objectContaining({ kind: 'motie', status: 'open', submitters: ['Van der Molen', 'Peters'], kamerstuk: null }),
      expect.objectContaining({ kind: 'toezegging', status: 'open', partly: true, term: 'voor de begrotingsbehandeling' }),
    ]);
    const parsed = readLayout(textDoc(fixture('begroting-bijlage/jaarverslag-ocw-header-one-line.txt')), { today: TODAY });
    expect(parsed.ok && parsed.items[0]?.cs).toBe(true); // "Kwint c.s. over het terugdringen …"
  });
});

describe('layout 2: an older appendix with each row on one line (rijksbegroting.minfin.nl, BZK 2010)', () => {
  const doc = () => textDoc(fixture('begroting-bijlage/begroting-bzk-2010-rows-on-one-line.txt'));

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
