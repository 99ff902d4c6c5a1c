import { describe, expect, it } from 'vitest';
import { fieldOfHeader, HEADER_SYNONYMS, parseColumnOverrides } from '../../../../src/import/layouts/read/fields.ts';
import { columnsProblemNl } from '../../../../src/texts/import.nl.ts';
import {
  kindOfText,
  parseDateCell,
  parseKamerstukCell,
  parseResponsibleCell,
  parseSubmittersCell,
  readStatusWord,
  statusOfTitle,
} from '../../../../src/import/layouts/read/values.ts';

describe('status words', () => {
  it.each([
    ['Afgedaan. De Tweede Kamer is op 11 juli 2022 geïnformeerd.', 'done', false],
    ['Afgerond', 'done', false],
    ['Voldaan', 'done', false],
    ['Openstaand', 'open', false],
    ['Loopt', 'open', false],
    ['In behandeling', 'open', false],
    ['Deels afgedaan. Het eerste deel is verstuurd.', 'open', true],
    ['Deels Voldaan', 'open', true],
    ['Vervallen', 'lapsed', false],
    ['Ingetrokken', 'lapsed', false],
  ])('%s → %s', (text, status, partly) => {
    expect(readStatusWord(text)).toEqual({ status, partly });
  });

  it('reads a long status text by its start, also when its start is mostly blanks (issue 28: only the head is made plain)', () => {
    const rest = ' De Kamer is geïnformeerd over de uitvoering van deze motie en de vervolgstappen.'.repeat(12);
    expect(readStatusWord(`Deels afgedaan.${rest}`)).toEqual({ status: 'open', partly: true });
    expect(readStatusWord(`Afgedaan${rest}`)).toEqual({ status: 'done', partly: false });
    expect(readStatusWord(`Lopend${rest}`)).toEqual({ status: 'open', partly: false });
    expect(readStatusWord(`Afgedaanx${rest}`)).toBeNull();
    // Blanks before the word (a cell padded by its spreadsheet): the head alone is too short, the whole text is read.
    expect(readStatusWord(`${' \n'.repeat(300)}• Status: Vervallen${rest}`)).toEqual({ status: 'lapsed', partly: false });
    expect(readStatusWord(`${' '.repeat(390)}Deels   voldaan`)).toEqual({ status: 'open', partly: true });
    expect(readStatusWord(`${' '.repeat(390)}ja`, true)).toEqual({ status: 'done', partly: false });
    expect(readStatusWord(`ja${rest}`, true)).toBeNull();
  });

  it('reads a long text by its head exactly as the whole text (issue 28: a head of 160 characters)', () => {
    const prefixes = ['', '• ', 'Status: ', '- Status : ', ' \n', 'é', '\u0301', ' '.repeat(40), ' \n'.repeat(30), '*'.repeat(50), 'x'.repeat(90), ' '.repeat(95), 'Ŝ'.repeat(45), ' '.repeat(140), ' '.repeat(150), `Status:${' '.repeat(145)}`, 'e\u0301'.repeat(70)];
    const words = ['Deels afgedaan', 'DEELS  AFGEDAAN', 'gedeeltelijk   uitgevoerd', 'Áfgedaan', 'afgedaanx', 'Nog niet afgerond', 'komt te vervallen', 'on hold', 'ja', 'Nee.', 'In afwachting', 'Afgesloten', 'Σ'];
    const tails = ['. De Kamer is geïnformeerd over de uitvoering van deze motie en de vervolgstappen.', ' \u0301\u0301 en meer', 'ΣΣΣ σ tekst', '\n\n\n   verder'];
    /** Read whole: a head of blanks alone is too short, whatever STATUS_HEAD is, and the blanks go. */
    const whole = (text: string, yesNo: boolean) => readStatusWord(`${' '.repeat(2000)}${text}`, yesNo);
    let compared = 0;
    for (const prefix of prefixes) {
      for (const word of words) {
        for (const tail of tails) {
          const text = `${prefix}${word}${tail.repeat(12)}`;
          for (const yesNo of [false, true]) {
            expect(readStatusWord(text, yesNo), JSON.stringify({ prefix, word, tail, yesNo })).toEqual(whole(text, yesNo));
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('reads ja/nee only where a status column is meant', () => {
    expect(readStatusWord('ja', true)).toEqual({ status: 'done', partly: false });
    expect(readStatusWord('Nee', true)).toEqual({ status: 'open', partly: false });
    expect(readStatusWord('De minister heeft de Kamer geïnformeerd')).toBeNull();
  });

  it('reads the status a table title gives', () => {
    expect(statusOfTitle('Door de Staten-Generaal aanvaarde moties die zijn afgerond')).toBe('done');
    expect(statusOfTitle('Door de Staten-Generaal aanvaarde moties die nog niet zijn afgerond')).toBe('open');
    expect(statusOfTitle('Overzicht van openstaande toezeggingen')).toBe('open');
    expect(statusOfTitle('Bijlage 4: Moties en toezeggingen')).toBeNull();
  });
});

describe('Kamerstuk cells in the project form', () => {
  it.each([
    ['Kamerstukken II 2021/22, 35925 VII nr. 165', '35925-VII', '165', '2021/22'],
    ['35925-VII-165', '35925-VII', '165', null],
    ['35925 VII, nr. 165', '35925-VII', '165', null],
    ['Kamerstuk 34843, nr. 79', '34843', '79', null],
    ['34 843 nr. 79', '34843', '79', null],
    ['36410-VIII-50', '36410-VIII', '50', null],
    // Eerste Kamer Kamerstukken of several dossiers keep every dossier (issue 27: the export writes them so).
    ['22112/31544-CK', '22112/31544', 'CK', null],
    ['22.112 / 31.544, CK', '22112/31544', 'CK', null],
    ['Kamerstukken I 2008/09, 22 112 / 31 544, CK', '22112/31544', 'CK', '2008/09'],
    ['31.544, CK', '31544', 'CK', null],
  ])('%s', (cell, dossier, number, vergaderjaar) => {
    expect(parseKamerstukCell(cell)).toEqual({ dossier, number, vergaderjaar });
  });

  it('gives no Kamerstuk for a debate', () => {
    expect(parseKamerstukCell('Handelingen II 2022/23, nr. 45, item 12')).toBeNull();
    expect(parseKamerstukCell('Commissiedebat Onderwijs 12 maart 2024')).toBeNull();
    expect(parseKamerstukCell('')).toBeNull();
  });
});

describe('submitters, bewindspersonen and dates', () => {
  it('reads submitter cells with parties and c.s.', () => {
    expect(parseSubmittersCell('Mutluer (GL-PvdA) c.s.')).toEqual({ submitters: ['Mutluer'], cs: true });
    expect(parseSubmittersCell('Paternotte en Bisschop')).toEqual({ submitters: ['Paternotte', 'Bisschop'], cs: false });
    expect(parseSubmittersCell('de leden Inge van Dijk, Van der Graaf')).toEqual({ submitters: ['Inge van Dijk', 'Van der Graaf'], cs: false });
  });

  it('reads codes and functions as bewindspersonen', () => {
    expect(parseResponsibleCell('MOCW, SOCW').map((r) => r.code)).toEqual(['MOCW', 'SOCW']);
    expect(parseResponsibleCell('Minister van Landbouw, Visserij, Voedselzekerheid en Natuur')).toEqual([{ code: 'MLVVN', ministry: 'LVVN' }]);
    expect(parseResponsibleCell('Staatssecretaris van Financiën')).toEqual([{ code: 'SFin', ministry: 'Fin' }]);
    expect(parseResponsibleCell('Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking')).toEqual([{ code: 'MBHO', ministry: 'BHO' }]);
    expect(parseResponsibleCell('iemand')).toEqual([]);
  });

  it('reads date cells and refuses impossible ones', () => {
    expect(parseDateCell('2025-03-31T00:00:00+02:00')).toBe('2025-03-31');
    expect(parseDateCell('1-7-2025')).toBe('2025-07-01');
    expect(parseDateCell('31 december 2024')).toBe('2024-12-31');
    expect(parseDateCell('31-02-2025')).toBeNull();
    expect(parseDateCell('voor de zomer')).toBeNull();
  });

  it('tells a motie from a toezegging by its text', () => {
    expect(kindOfText('Verzoekt de regering de Kamer te informeren')).toBe('motie');
    expect(kindOfText('De minister zegt toe de Kamer te informeren')).toBe('toezegging');
  });
});

describe('column headers', () => {
  it('maps the headers teams use', () => {
    const headers = ['Nr.', 'Soort', 'Kamerstuk', 'Vindplaats', 'Indiener(s)', 'Omschrijving', 'Korte inhoud', 'Verzoek', 'Bewindspersoon', 'Verantwoordelijk', 'Termijn', 'Deadline', 'Status', 'Afgehandeld?', 'Stand van zaken', 'Trekker'];
    expect(headers.map((h) => fieldOfHeader(h))).toEqual([
      'number', 'kind', 'kamerstuk', 'kamerstuk', 'submitters', 'text', 'text', 'text', 'responsible', 'responsible', 'term', 'term', 'status', 'status', 'statusText', 'owner',
    ]);
    expect(fieldOfHeader('Omschrijving van de motie')).toBe('text');
    expect(fieldOfHeader('Kleur')).toBeNull();
  });

  it('keeps one table of synonyms, each name meaning one field', () => {
    const names = Object.values(HEADER_SYNONYMS).flat();
    expect(new Set(names).size).toBe(names.length);
  });

  it('reads --kolommen and refuses what it cannot read in Dutch', () => {
    const parsed = parseColumnOverrides('Termijn=deadline,Onderwerp=title, Kleur = negeer');
    expect(parsed.ok && [...parsed.overrides]).toEqual([['termijn', 'term'], ['onderwerp', 'title'], ['kleur', 'ignore']]);
    const bad = parseColumnOverrides('Termijn=wanneer');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && columnsProblemNl(bad)).toContain('is niet te lezen; schrijf kolomkop=veld');
  });
});
