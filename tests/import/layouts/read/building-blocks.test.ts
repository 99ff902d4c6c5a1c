import { describe, expect, it } from 'vitest';
import { joinLines, splitLines, stripFootnoteMarkers } from '../../../../src/import/layouts/read/normalise-text.ts';
import { parseCodeLine } from '../../../../src/import/layouts/read/parse-codes.ts';
import { MINISTRIES } from '../../../../src/domain/codes.ts';
import { parseKamerstukReference } from '../../../../src/import/layouts/read/kamerstuk-reference.ts';
import { parseMotieHeader } from '../../../../src/import/layouts/read/parse-submitters.ts';
import { isDone } from '../../../../src/import/layouts/read/status-text.ts';
import { textSimilarity } from '../../../../src/domain/match-text.ts';
import { isPastTense } from '../../../../src/import/layouts/read/infer-document-date.ts';

describe('joinLines', () => {
  it.each([
    { lines: ['De Tweede Kamer ver-', 'zoekt de regering'], expected: 'De Tweede Kamer verzoekt de regering' },
    { lines: ['in overleg met de BES-', 'eilanden'], expected: 'in overleg met de BES-eilanden' },
    { lines: ['beleid, subsidies en wet-', 'en regelgeving'], expected: 'beleid, subsidies en wet- en regelgeving' },
    { lines: ['Kamerstukken 36200-', 'VIII'], expected: 'Kamerstukken 36200-VIII' },
    { lines: ['zacht\u00AD', 'afgebroken'], expected: 'zachtafgebroken' },
    { lines: ['einde van de zin.', 'Nieuwe zin'], expected: 'einde van de zin. Nieuwe zin' },
    { lines: ['  spaties  ', '', '  rondom  '], expected: 'spaties rondom' },
  ])('$lines → $expected', ({ lines, expected }) => {
    expect(joinLines(lines)).toBe(expected);
  });
});

describe('joinLines with a hard line break (a line ending in a backslash: the Markdown export, a Word line break)', () => {
  it.each([
    { lines: ['Brief in voorbereiding.\\', 'Overleg loopt.'], kept: 'Brief in voorbereiding.\nOverleg loopt.', joined: 'Brief in voorbereiding. Overleg loopt.' },
    // not de-hyphenated: the break was written, not wrapped
    { lines: ['het tweede deel volgt, ver-\\', 'wacht na de zomer'], kept: 'het tweede deel volgt, ver-\nwacht na de zomer', joined: 'het tweede deel volgt, ver- wacht na de zomer' },
    // one backslash is the break: a line that ended in one keeps it
    { lines: ['pad C:\\\\', 'verder'], kept: 'pad C:\\\nverder', joined: 'pad C:\\ verder' },
    // the paragraph's last line: no break, its backslash stays
    { lines: ['eerste\\', 'laatste\\'], kept: 'eerste\nlaatste\\', joined: 'eerste laatste\\' },
  ])('$lines', ({ lines, kept, joined }) => {
    expect(joinLines(lines, true)).toBe(kept);
    expect(joinLines(lines)).toBe(joined);
  });
});

describe('splitLines', () => {
  it('counts CRLF and CR as one line break and drops form feeds at line edges', () => {
    expect(splitLines('a\r\nb\rc\n\fd\f\ne').map((l) => [l.no, l.text])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, 'd'],
      [5, 'e'],
    ]);
  });
});

describe('stripFootnoteMarkers', () => {
  const known = new Set([1, 2, 5, 9, 15]);
  it.each([
    { text: 'de Kamer hierover te informeren.1', expected: 'de Kamer hierover te informeren.', markers: [1] },
    { text: 'gedeeld.2 Op 19 december', expected: 'gedeeld. Op 19 december', markers: [2] },
    { text: 'informeren in het najaar van 2023.9', expected: 'informeren in het najaar van 2023.', markers: [9] },
    { text: 'seksuele delicten.15 Hiermee', expected: 'seksuele delicten. Hiermee', markers: [15] },
    { text: 'toetsen in Q1 2025 en K2', expected: 'toetsen in Q1 2025 en K2', markers: [] },
    { text: 'paragraaf 3.2 en 1.5 miljoen', expected: 'paragraaf 3.2 en 1.5 miljoen', markers: [] },
    { text: 'een onbekende voetnoot.7', expected: 'een onbekende voetnoot.7', markers: [] },
  ])('$text', ({ text, expected, markers }) => {
    expect(stripFootnoteMarkers(text, known)).toEqual({ text: expected, markers });
  });
});

describe('parseKamerstukReference', () => {
  it.each([
    { text: 'Kamerstukken II 2022/23, 34843, nr. 79.', ref: { dossier: '34843', number: '79', vergaderjaar: '2022/23' }, repaired: null },
    { text: 'Kamerstukken II 2022/23, 34843, nr.78.', ref: { dossier: '34843', number: '78', vergaderjaar: '2022/23' }, repaired: null },
    { text: 'Kamerstukken II 2021/22, 35925-VIII, nr. 124.', ref: { dossier: '35925-VIII', number: '124', vergaderjaar: '2021/22' }, repaired: null },
    { text: 'Kamerstukken II 2022/23, 36 200 VIII, nr. 156', ref: { dossier: '36200-VIII', number: '156', vergaderjaar: '2022/23' }, repaired: null },
    { text: 'Kamerstukken II 202/25, 34843, nr. 116.', ref: { dossier: '34843', number: '116', vergaderjaar: '2024/25' }, repaired: { written: '202/25', read: '2024/25' } },
    { text: 'Op 20 maart 2024 is de eerste voortgangsrapportage verstuurd (Kamerstukken II 2023-24, 24170, nr. 310).', ref: { dossier: '24170', number: '310', vergaderjaar: '2023/24' }, repaired: null },
    { text: 'Kamerstukken 34843, nr. 12', ref: { dossier: '34843', number: '12', vergaderjaar: null }, repaired: null },
  ])('$text', ({ text, ref, repaired }) => {
    expect(parseKamerstukReference(text)).toEqual({ ref, repaired });
  });

  it.each(['Handelingen II 2022/23, nr. 45, item 12.', 'Zie de brief van 3 maart.', 'Kamerstukken II 2022/23, zonder nummer.'])(
    'reads no Kamerstuk in "%s"',
    (text) => {
      expect(parseKamerstukReference(text).ref).toBeNull();
    },
  );
});

describe('parseCodeLine', () => {
  it.each([
    { line: 'SOCW De resultaten', codes: ['SOCW'], rest: 'De resultaten' },
    { line: 'MOCW en SOCW De minister', codes: ['MOCW', 'SOCW'], rest: 'De minister' },
    { line: 'SOCW en MJenV Eind 2024 is', codes: ['SOCW', 'MJenV'], rest: 'Eind 2024 is' },
    { line: 'SOCW, MJenV Eind', codes: ['SOCW', 'MJenV'], rest: 'Eind' },
    { line: 'MVWS NOC*NSF heeft', codes: ['MVWS'], rest: 'NOC*NSF heeft' },
    { line: 'SSZW', codes: ['SSZW'], rest: '' },
  ])('$line', ({ line, codes, rest }) => {
    const parsed = parseCodeLine(line);
    expect(parsed?.responsible.map((r) => r.code)).toEqual(codes);
    expect(parsed?.rest).toBe(rest);
  });

  it.each(['Motie van het lid X', 'MBO-instellingen hebben', 'Status Verantwoordelijk', 'SZW heeft'])('no codes in "%s"', (line) => {
    expect(parseCodeLine(line)).toBeNull();
  });

  // parseCodeLine first asks whether the line can start with a code (issue 28: it is tried on
  // every line of an overview). That gate must let through every code of the table and every
  // code-shaped token, after any white space trim() drops.
  it('reads every known code, and with allowUnknown every code-shaped token, after any white space', () => {
    const blanks = ['', ' ', '\t', '\u00A0', '\uFEFF', '\u2003', '\u3000', '\u2028', ' \n '];
    for (const ministry of MINISTRIES) {
      for (const person of ['M', 'S']) {
        for (const blank of blanks) {
          const code = `${person}${ministry}`;
          expect(parseCodeLine(`${blank}${code}, ${code} De stand`)?.responsible.map((r) => r.code), JSON.stringify(blank + code)).toEqual([code]);
        }
      }
    }
    for (const shaped of ['MXy', 'SAbcde', 'MQQ', 'SZa']) {
      for (const blank of blanks) expect(parseCodeLine(`${blank}${shaped} tekst`, true)?.unknown, JSON.stringify(blank + shaped)).toEqual([shaped]);
    }
  });
});

describe('parseMotieHeader', () => {
  it.each([
    { text: 'Motie van het lid Mutluer; De Tweede Kamer', submitters: ['Mutluer'], cs: false, rest: 'De Tweede Kamer' },
    { text: 'Motie van het lid van der Laan c.s.; De Tweede Kamer', submitters: ['Van der Laan'], cs: true, rest: 'De Tweede Kamer' },
    { text: 'Motie van de leden Werner en Van der Laan; De Tweede Kamer', submitters: ['Werner', 'Van der Laan'], cs: false, rest: 'De Tweede Kamer' },
    { text: 'Motie van de leden Bikker, Ceder en Van der Werf: verzoekt', submitters: ['Bikker', 'Ceder', 'Van der Werf'], cs: false, rest: 'verzoekt' },
    { text: 'Motie van het lid Mutluer De Tweede Kamer verzoekt', submitters: ['Mutluer'], cs: false, rest: 'De Tweede Kamer verzoekt' },
    { text: 'Gewijzigde motie van het lid Paternotte c.s. (t.v.v. 36200-VIII-12); verzoekt', submitters: ['Paternotte c.s. (t.v.v. 36200-VIII-12)'], cs: false, rest: 'verzoekt' },
  ])('$text', ({ text, submitters, cs, rest }) => {
    expect(parseMotieHeader(text)).toEqual({ submitters, cs, rest });
  });
});

describe('isDone', () => {
  it.each([
    ['Hiermee is invulling gegeven aan de motie.', true],
    ['Hiermee is invulling gegeven aan deze motie zoals afgesproken tijdens het debat.', true],
    ['Op basis van bovenstaande ontwikkelingen is invulling gegeven aan de motie.', true],
    ['Hiermee is invulling gegeven aan de toezegging.', true],
    ['Daarmee is de toezegging afgedaan.', true],
    ['Hiermee is nog geen invulling gegeven aan de motie.', false],
    ['Hiermee is deels invulling gegeven aan de motie.', false],
    ['Via de voortgangsrapportages wordt de Kamer geïnformeerd over de uitvoering van deze motie.', false],
    ['En voert de motie op een alternatieve manier uit.', false],
  ])('%s → %s', (text, expected) => {
    expect(isDone(text)).toBe(expected);
  });
});

describe('isPastTense', () => {
  it.each([
    ['De toetsen hebben in Q1 2025 plaatsgevonden.', true],
    ['Op 19 december 2024 verstuurde de staatssecretaris de beleidsreactie.', true],
    ['De resultaten zijn op 22 september 2023 met de Tweede Kamer gedeeld.', true],
    ['Eind 2024 is de Kamer door MJenV en SJenV geïnformeerd.', true],
    ['De regeringscommissaris heeft in maart 2024 een handreiking gepubliceerd.', true],
    ['De eerste aanvraagronde is in juni 2025.', false],
    ['In april 2025 komt een publieksvriendelijke versie uit.', false],
    ['De uitkomsten worden eind 2025 verwacht.', false],
    ['De Kamer wordt voor de zomer van 2025 geïnformeerd over de voortgang.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isPastTense(sentence)).toBe(expected);
  });
});

describe('textSimilarity', () => {
  const text = 'De minister stuurt de Kamer een brief over de voortgang van de aanpak.';
  it.each([
    [text, 1],
    [text.toUpperCase().replace('.', ''), 1],
    ['De minister stuurt de Kamer een brief over de voortgnag van de aanpak.', 0.9],
  ])('%s scores at least %s', (other, minimum) => {
    expect(textSimilarity(text, other)).toBeGreaterThanOrEqual(minimum);
  });
  it('scores unrelated texts low', () => {
    expect(textSimilarity(text, 'De Tweede Kamer verzoekt de regering om een onderzoek.')).toBeLessThan(0.6);
  });
});
