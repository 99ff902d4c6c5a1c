import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStandVanZaken } from '../../../../src/import/layouts/stand-van-zaken/parse-stand-van-zaken.ts';
import type { ImportItem } from '../../../../src/import/layouts/import-item.ts';
import { formatKamerstukKey } from '../../../../src/domain/items.ts';
import { importProblemNl, readFailureNl } from '../../../../src/texts/import.nl.ts';
import { EXPECTED, SAMPLE, SAMPLE_DATE } from './sample.ts';

function parseSample(text = SAMPLE, documentDate: string | null = SAMPLE_DATE) {
  const result = parseStandVanZaken(text, { documentDate });
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${readFailureNl(result)}`);
  return result;
}

describe('parseStandVanZaken on the sample document', () => {
  const result = parseSample();

  it('finds 14 items: 12 moties and 2 toezeggingen', () => {
    expect(result.items).toHaveLength(14);
    expect(result.items.filter((i) => i.kind === 'motie')).toHaveLength(12);
    expect(result.items.filter((i) => i.kind === 'toezegging')).toHaveLength(2);
    expect(result.items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it.each(EXPECTED.map((expected, index) => ({ ...expected, position: index + 1 })))(
    'item $position (line $line): $kind of $submitters, $codes, $kamerstuk, $status',
    (expected) => {
      const item = result.items[expected.position - 1] as ImportItem;
      expect(item.line).toBe(expected.line);
      expect(item.kind).toBe(expected.kind);
      expect(item.submitters).toEqual(expected.submitters);
      expect(item.cs).toBe(expected.cs);
      expect(item.responsible.map((r) => r.code)).toEqual(expected.codes);
      expect(item.kamerstuk ? formatKamerstukKey(item.kamerstuk) : null).toBe(expected.kamerstuk);
      expect(item.kamerstuk?.vergaderjaar ?? null).toBe(expected.vergaderjaar);
      expect(item.status).toBe(expected.status);
      expect(item.linkedTo).toBe(expected.linkedTo);
      expect(item.text.startsWith(expected.textStart)).toBe(true);
      expect(item.text.endsWith(expected.textEnd)).toBe(true);
      expect(item.statusText).not.toBeNull();
      expect(item.title.length).toBeLessThanOrEqual(120);
    },
  );

  it('gives every responsible code its ministry', () => {
    expect(result.items[4]?.responsible).toEqual([
      { code: 'MOCW', ministry: 'OCW' },
      { code: 'SOCW', ministry: 'OCW' },
    ]);
    expect(result.items[12]?.responsible).toEqual([
      { code: 'SOCW', ministry: 'OCW' },
      { code: 'MJenV', ministry: 'JenV' },
    ]);
  });

  it('de-hyphenates wrapped words but keeps real hyphens', () => {
    const all = result.items.map((i) => `${i.text}\n${String(i.statusText)}`).join('\n');
    expect(all).not.toMatch(/\p{Ll}- (?!en |of )\p{Ll}/u);
    expect(result.items[0]?.text).toContain('De Tweede Kamer verzoekt de regering');
    expect(result.items[1]?.text).toContain('in het bevorderen van de emancipatie');
    expect(result.items[11]?.text).toContain('met de BES-eilanden');
    expect(result.items[2]?.statusText).toContain('wet- en regelgeving');
    expect(result.items[2]?.statusText).toContain('De regeringscommissaris is daarnaast');
    expect(result.items[8]?.statusText).toContain('wetenschappelijke-, praktijk- en ervaringskennis');
  });

  it('removes footnote markers and keeps the footnotes out of the texts', () => {
    expect(result.items[0]?.text.endsWith('hierover te informeren.')).toBe(true);
    expect(result.items[0]?.statusText).toContain('met de Tweede Kamer gedeeld. Op 19 december 2024');
    expect(result.items[0]?.statusText).toContain('de beleidsreactie. Hiermee is invulling');
    expect(result.items[6]?.text.endsWith('in het najaar van 2023.')).toBe(true);
    for (const item of result.items) {
      expect(`${item.text} ${String(item.statusText)}`).not.toContain('Kamerstukken II');
      expect(`${item.text} ${String(item.statusText)}`).not.toMatch(/[a-z.]\d{1,2}(\s|$)/);
    }
  });

  it('keeps the paragraphs of a long status text, without the page leftovers', () => {
    const status = result.items[4]?.statusText ?? '';
    expect(status.split('\n\n')).toHaveLength(5);
    expect(status.endsWith('Op basis van bovenstaande ontwikkelingen is invulling gegeven aan de motie.')).toBe(true);
    expect(result.items[13]?.statusText).toBe(
      'NOC*NSF heeft een herhaalonderzoek uitgezet. De uitkomsten worden eind 2025 verwacht.',
    );
  });

  it('reads the Kamerstukken that status texts cite, repairing "202/25"', () => {
    expect(result.items[0]?.statusReferences.map(formatKamerstukKey)).toEqual(['28345-269', '28345-281']);
    expect(result.items[6]?.statusReferences).toEqual([{ dossier: '24170', number: '310', vergaderjaar: '2023/24' }]);
    expect(result.items[12]?.statusReferences).toEqual([{ dossier: '34843', number: '116', vergaderjaar: '2024/25' }]);
  });

  it('builds short Dutch titles from the operative text', () => {
    expect(result.items[3]?.title).toBe('Na te gaan hoe herstelrecht bij seksueel grensoverschrijdend gedrag in de …');
    expect(result.items[7]?.title).toBe('Ervoor te zorgen dat goede begeleiding van melders wordt gegarandeerd in …');
    expect(result.items[9]?.title).toBe('Rondom het instellen van wetenschappelijk onderzoek naar de effectiviteit van …');
    expect(result.items[12]?.title).toBe('De minister stuurt na de zomer, samen met de minister van JenV, een brief over …');
    for (const item of result.items) expect(item.title.length).toBeLessThanOrEqual(82);
  });

  it('reports only warnings, each with its line number', () => {
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.problems.map((p) => [p.line, p.code])).toEqual(
      expect.arrayContaining([
        [181, 'OVERVIEW_ITEM_NO_KAMERSTUK'],
        [237, 'OVERVIEW_FOOTNOTE_REPAIRED'],
      ]),
    );
    const repaired = result.problems.find((p) => p.code === 'OVERVIEW_FOOTNOTE_REPAIRED');
    expect(repaired && importProblemNl(repaired)).toBe('Voetnoot 15 noemt vergaderjaar "202/25"; gelezen als 2024/25.');
  });

  it('uses the given document date and says it was not inferred', () => {
    expect(result.documentDate).toBe(SAMPLE_DATE);
    expect(result.documentDateInferred).toBe(false);
  });
});

describe('input variants of the same document', () => {
  const reference = parseSample().items;
  it.each([
    ['CRLF line ends', SAMPLE.replace(/\n/g, '\r\n')],
    ['form feeds at page breaks', SAMPLE.replace(/\n( Motie)/g, '\n\f$1').replace(/\n( Toezeggingen)/, '\n\f$1')],
    ['a byte-order mark', `\uFEFF${SAMPLE}`],
    ['tabs and no-break spaces', SAMPLE.replace(/ (Kamerstukken)/g, '\u00A0$1').replace(/^Motie/gm, '\tMotie')],
  ])('%s gives the same items', (_name, text) => {
    const items = parseSample(text).items;
    expect(items.map((i) => [i.kind, i.text, i.statusText, i.kamerstuk, i.status])).toEqual(
      reference.map((i) => [i.kind, i.text, i.statusText, i.kamerstuk, i.status]),
    );
  });
});

const MINIMAL = [
  'Moties',
  '',
  'Motie van het lid Jansen; De Tweede Kamer verzoekt de regering',
  'iets te doen.1',
  '',
  'SOCW Hiermee is invulling gegeven aan de motie.',
  '',
  '1 Kamerstukken II 2023/24, 36410, nr. 12.',
].join('\n');

describe('problems with line numbers', () => {
  it('parses a minimal overview without problems', () => {
    const result = parseSample(MINIMAL);
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({
      submitters: ['Jansen'],
      kamerstuk: { dossier: '36410', number: '12', vergaderjaar: '2023/24' },
      status: 'done',
      text: 'De Tweede Kamer verzoekt de regering iets te doen.',
    });
    expect(result.problems).toEqual([]);
  });

  it("keeps the line breaks of a stand van zaken written as hard breaks in motiebot's own export; a line after one is never a new row, a mark or a footnote", () => {
    const text = [
      'Moties',
      '',
      'Motie van het lid Jansen; De Tweede Kamer verzoekt de regering\\',
      'iets te doen.1',
      '',
      // the export's own status line: only motiebot's export writes one
      'Status: open',
      '',
      'SOCW Eerste regel.\\',
      'Motie van het lid Pietersen is hierin meegenomen.\\',
      'Status: afgerond\\',
      '2 brieven, zie Kamerbrief van 3 maart.\\',
      'SOCW overlegt nog.',
      '',
      'Tweede alinea.',
      '',
      '1 Kamerstukken II 2023/24, 36410, nr. 12.',
    ].join('\n');
    const result = parseSample(text);
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({
      text: 'De Tweede Kamer verzoekt de regering iets te doen.',
      responsible: [{ code: 'SOCW' }],
      status: 'open',
      statusText: 'Eerste regel.\nMotie van het lid Pietersen is hierin meegenomen.\nStatus: afgerond\n2 brieven, zie Kamerbrief van 3 maart.\nSOCW overlegt nog.\n\nTweede alinea.',
    });
    expect(result.problems).toEqual([]);
  });

  // review4 L3: a backslash at the end of a line in anyone else's document is a character, not a hard break.
  const backslashDocument = [
    'Moties',
    '',
    'Motie van het lid Jansen; De Tweede Kamer verzoekt de regering iets te doen.',
    '',
    'SOCW De notitie staat op S:\\Beleid\\',
    'Motie van het lid Pietersen; De Tweede Kamer verzoekt de regering iets anders te doen.',
    '',
    'SOCW Loopt.',
  ].join('\n');

  it("reads a line after one ending in a backslash as it reads, in a document that is not motiebot's export", () => {
    const result = parseSample(backslashDocument);
    expect(result.items.map((item) => [item.submitters, item.statusText])).toEqual([
      [['Jansen'], 'De notitie staat op S:\\Beleid\\'],
      [['Pietersen'], 'Loopt.'],
    ]);
  });

  it("reads hard breaks when asked (a Word document's line breaks), also without the export's status lines", () => {
    const result = parseStandVanZaken(backslashDocument, { documentDate: SAMPLE_DATE, hardBreaks: true });
    if (!result.ok) throw new Error(result.code);
    expect(result.items).toHaveLength(1);
    expect(result.items[0]?.statusText).toBe('De notitie staat op S:\\Beleid\nMotie van het lid Pietersen; De Tweede Kamer verzoekt de regering iets anders te doen.\n\nSOCW Loopt.');
  });

  it('reads footnotes numbered 1000 and up, but not a wrapped line that starts with a year', () => {
    const motie = (n: number, extra = '') => [
      `Motie van het lid Jansen; De Tweede Kamer verzoekt de regering onderzoek ${n} te doen${extra}.${n}`,
      '',
      'SOCW Het onderzoek loopt.',
      '',
    ];
    const numbers = [998, 999, 1000, 1001];
    const lines = [
      'Moties',
      '',
      ...numbers.flatMap((n) => motie(n)),
      // a body line that starts with a year and reads like a footnote, without a marker pointing to it
      'Motie van het lid Smit; De Tweede Kamer verzoekt de regering de Kamer te informeren voor',
      '2025 Kamerbrief over de voortgang, zie de brief.1002',
      '',
      'SOCW Het onderzoek loopt.',
      '',
      ...numbers.map((n) => `${n} Kamerstukken II 2023/24, 36410, nr. ${n - 900}.`),
      '1002 Kamerstukken II 2023/24, 36410, nr. 102.',
    ];
    const result = parseSample(lines.join('\n'));
    expect(result.items.map((i) => i.kamerstuk?.number)).toEqual(['98', '99', '100', '101', '102']);
    expect(result.items.map((i) => i.text)).toEqual([
      ...numbers.map((n) => `De Tweede Kamer verzoekt de regering onderzoek ${n} te doen.`),
      'De Tweede Kamer verzoekt de regering de Kamer te informeren voor 2025 Kamerbrief over de voortgang, zie de brief.',
    ]);
    // footnote 1000 without footnote 999 before it: a line of text, its marker stays
    const gap = parseSample(lines.filter((line) => !line.startsWith('999 ')).join('\n'));
    expect(gap.items[2]?.kamerstuk).toBeNull();
  });

  it('reports a motie without a responsible code as an error on its line', () => {
    const text = MINIMAL.replace('Moties\n', 'Moties\n\nMotie van het lid Pietersen; De Tweede Kamer verzoekt de regering te zwijgen.\n');
    const result = parseSample(text);
    const error = result.problems.find((p) => p.severity === 'error');
    expect(error).toMatchObject({ line: 3, code: 'OVERVIEW_ITEM_NO_RESPONSIBLE', item: 1 });
    expect(error && importProblemNl(error)).toContain('regel 3');
  });

  it('reports a link to a missing item above as an error', () => {
    const text = MINIMAL.replace('SOCW Hiermee is invulling gegeven aan de motie.', 'SOCW Deze motie wordt geïntegreerd met bovenstaande motie opgepakt.');
    const result = parseSample(text);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ line: 6, code: 'OVERVIEW_LINK_TARGET_MISSING', severity: 'error' }),
    );
  });

  it('reports two moties with the same Kamerstuk as an error', () => {
    const text = MINIMAL.replace(
      '\n1 Kamerstukken',
      '\nMotie van het lid Smit; De Tweede Kamer verzoekt iets anders.1\n\nMOCW Loopt nog.\n\n1 Kamerstukken',
    );
    const result = parseSample(text);
    expect(result.items).toHaveLength(2);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ line: 8, code: 'OVERVIEW_ITEM_DUPLICATE_KAMERSTUK', severity: 'error' }),
    );
  });

  it('warns about an unknown code and a line that belongs to no item', () => {
    const text = MINIMAL.replace('SOCW Hiermee', 'SXYZ Hiermee').replace('Moties\n', 'Moties\n\nLosse opmerking zonder verband.\n');
    const result = parseSample(text);
    expect(result.items[0]?.responsible).toEqual([{ code: 'SXYZ', ministry: 'XYZ' }]);
    expect(result.problems).toContainEqual(expect.objectContaining({ line: 3, code: 'OVERVIEW_LINE_SKIPPED', severity: 'warning' }));
    expect(result.problems).toContainEqual(expect.objectContaining({ line: 8, code: 'OVERVIEW_UNKNOWN_CODE', severity: 'warning' }));
  });

  it('reports a motie whose header and code went missing as an error instead of hiding it in a status', () => {
    const text = MINIMAL.replace('\n\n1 Kamerstukken', '\n\nDe Tweede Kamer verzoekt de regering iets nieuws.\n\n1 Kamerstukken');
    const result = parseSample(text);
    expect(result.items).toHaveLength(1);
    expect(result.problems).toContainEqual(expect.objectContaining({ line: 8, code: 'OVERVIEW_ROW_UNCLEAR', severity: 'error' }));
  });

  it('does not call a negated fulfilment done', () => {
    const text = MINIMAL.replace('Hiermee is invulling gegeven', 'Hiermee is nog geen invulling gegeven');
    expect(parseSample(text).items[0]?.status).toBe('open');
  });
});

describe('documents that are not an overview', () => {
  it.each([
    ['an empty file', '', 'OVERVIEW_EMPTY'],
    ['white space only', ' \n\n\t\f\r\n', 'OVERVIEW_EMPTY'],
    [
      'a letter',
      'Geachte voorzitter,\n\nHierbij informeer ik uw Kamer over de motie van het lid Jansen over\nde voortgang van het programma.\n\nHoogachtend,\n\nDe minister',
      'OVERVIEW_NOT_AN_OVERVIEW',
    ],
    ['binary garbage', '\u0000\u0001PK\u0003\u0004\uFFFD\uFFFD\u0007', 'OVERVIEW_NOT_AN_OVERVIEW'],
    ['only the headings', 'Moties\n\nToezeggingen\n', 'OVERVIEW_NO_ITEMS'],
  ])('refuses %s', (_name, text, code) => {
    const result = parseStandVanZaken(text, { documentDate: SAMPLE_DATE });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe(code);
      expect(readFailureNl(result)).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('says so in the words of the issue', () => {
    const result = parseStandVanZaken('Beste collega, tot morgen!', { documentDate: SAMPLE_DATE });
    expect(result).toEqual({ ok: false, code: 'OVERVIEW_NOT_AN_OVERVIEW' });
    expect(!result.ok && readFailureNl(result)).toBe(
      'Dit bestand lijkt geen overzicht van moties en toezeggingen: er staat geen enkele motie of toezegging in.',
    );
  });

  it('refuses an impossible document date', () => {
    const result = parseStandVanZaken(SAMPLE, { documentDate: '2025-02-30' });
    expect(result).toMatchObject({ ok: false, code: 'OVERVIEW_BAD_DOCUMENT_DATE' });
  });
});

describe('robustness', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        parseStandVanZaken(text, { documentDate: SAMPLE_DATE });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on the sample with lines dropped, duplicated or shuffled', () => {
    const lines = SAMPLE.split('\n');
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: lines.length - 1 }), { minLength: 1, maxLength: lines.length }),
        fc.boolean(),
        (picks, withoutDate) => {
          const text = picks.map((i) => lines[i]).join('\n');
          const result = parseStandVanZaken(text, { documentDate: withoutDate ? null : SAMPLE_DATE });
          if (result.ok) {
            for (const problem of result.problems) {
              expect(problem.line).toBeGreaterThanOrEqual(1);
              expect(importProblemNl(problem)).not.toBe('');
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  // "Reasonable" is the test's timeout (20 s; the parse takes well under a second): a wall-clock
  // bound in the test itself would depend on the machine's load. Speed is measured in bench/.
  it('handles a long document in reasonable time', () => {
    const big = Array.from({ length: 30 }, () => SAMPLE).join('\n');
    const result = parseStandVanZaken(big, { documentDate: SAMPLE_DATE });
    expect(result.ok && result.items.length).toBe(14 * 30);
  });
});

describe('deadlines of the sample document (docs/DATES.md)', () => {
  const result = parseSample();

  it.each(EXPECTED.map((expected, index) => ({ ...expected, position: index + 1 })))(
    'item $position: $deadline ($deadlineText, from $deadlineSource)',
    (expected) => {
      const item = result.items[expected.position - 1] as ImportItem;
      expect(item.deadline?.deadline ?? null).toBe(expected.deadline);
      expect(item.deadline?.text ?? null).toBe(expected.deadlineText);
      expect(item.deadline?.source ?? null).toBe(expected.deadlineSource);
    },
  );

  it('reads a motie against its vergaderjaar and the status against the document date', () => {
    expect(result.items[6]).toMatchObject({
      requestReference: '2023-03-01',
      requestReferenceFrom: 'vergaderjaar',
      deadline: { earliest: '2023-09-01', deadline: '2023-12-21', basis: 'calendar', soft: false, source: 'request' },
    });
    expect(result.items[8]?.deadline).toEqual({
      earliest: SAMPLE_DATE,
      deadline: '2025-07-03',
      text: 'voor de zomer van 2025',
      basis: 'calendar',
      soft: false,
      source: 'status',
    });
  });

  it('shares the deadline of the item a linked item is handled with', () => {
    expect(result.items[9]?.deadlineFrom).toBe('linked');
    expect(result.items[9]?.deadline).toEqual(result.items[8]?.deadline);
  });

  it('reads a toezegging without vergaderjaar against the document\'s latest one, and says so', () => {
    expect(result.items[12]).toMatchObject({
      requestReference: '2023-03-01',
      requestReferenceFrom: 'document',
      deadline: { earliest: '2023-09-05', deadline: '2023-12-21', soft: true, source: 'request' },
    });
    expect(result.problems).toContainEqual(
      expect.objectContaining({ line: 224, code: 'OVERVIEW_REFERENCE_ASSUMED', severity: 'warning', item: 13 }),
    );
  });

  it('keeps the recurrence of "om de vier jaar" when the status gives the next term', () => {
    expect(result.items[13]).toMatchObject({
      recurrence: 'P4Y',
      deadline: { earliest: '2025-10-01', deadline: '2025-12-31', basis: 'rule', source: 'status' },
    });
  });

  it('never invents a deadline: items without a term have none', () => {
    expect(result.items.filter((i) => i.deadline === null).map((i) => i.position)).toEqual([1, 3, 8, 11, 12]);
  });

  it('moves status terms that have passed out of the way when the document is newer', () => {
    const later = parseSample(SAMPLE, '2025-08-01');
    // "voor de zomer van 2025" has passed: the request of item 9 has no term of its own.
    expect(later.items[8]?.deadline).toBeNull();
    // item 6: "rond de zomer van 2025" runs until 2025-09-01 and is still ahead
    expect(later.items[5]?.deadline?.text).toBe('rond de zomer van 2025');
  });
});

describe('the document date when none is given', () => {
  it('is the day after the newest date the document mentions in the past tense', () => {
    const result = parseSample(SAMPLE, null);
    expect(result.documentDate).toBe('2025-04-01');
    expect(result.documentDateInferred).toBe(true);
    expect(result.documentDateSource).toEqual({ mentioned: '2025-03-31', text: 'in Q1 2025', line: 124 });
    expect(result.items.map((i) => i.deadline)).toEqual(parseSample().items.map((i) => i.deadline));
  });

  it('ignores future terms and dates without a year', () => {
    const text = `${MINIMAL}\n\nOp 3 maart 2024 is de brief verstuurd. De evaluatie volgt in december 2026. Op 5 juni is de Kamer geïnformeerd.`;
    const result = parseStandVanZaken(text, {});
    expect(result).toMatchObject({ ok: true, documentDate: '2024-03-04', documentDateSource: { mentioned: '2024-03-03' } });
  });

  it('never lies after today', () => {
    const text = `${MINIMAL}\n\nOp 3 maart 2024 is de brief verstuurd. Op 1 mei 2030 is het rapport gepubliceerd.`;
    expect(parseStandVanZaken(text, { today: '2026-11-28' })).toMatchObject({ ok: true, documentDate: '2024-03-04' });
  });

  it('asks for --document-date when the document names no past date', () => {
    const result = parseStandVanZaken(MINIMAL, {});
    expect(result).toMatchObject({ ok: false, code: 'OVERVIEW_NO_DOCUMENT_DATE' });
    expect(!result.ok && readFailureNl(result)).toContain('--document-date');
  });
});

describe("motiebot's own export lines (issue 14 point 7)", () => {
  const exported = (marks: string[]) =>
    [
      'Moties',
      '',
      'Motie van het lid Jansen; De Tweede Kamer verzoekt de regering iets te doen voor de zomer van 2024.1',
      '',
      ...marks.flatMap((m) => [m, '']),
      'SOCW Een brief is in voorbereiding.',
      '',
      '1 Kamerstukken II 2023/24, 36410, nr. 12.',
    ].join('\n');

  it('reads "Stand van zaken: afgerond" and "… vervallen" as the status the text does not say', () => {
    expect(parseSample(exported(['Stand van zaken: afgerond'])).items[0]?.status).toBe('done');
    expect(parseSample(exported(['Stand van zaken: vervallen'])).items[0]?.status).toBe('lapsed');
    expect(parseSample(exported(['Stand van zaken: open'])).items[0]?.status).toBe('open');
    // Without the line the text decides, as in every ministry's document.
    expect(parseSample(exported([])).items[0]?.status).toBe('open');
  });

  it('reads the "Status: afgerond" line exports write now (issue 23: no "Stand van zaken: open")', () => {
    expect(parseSample(exported(['Status: afgerond'])).items[0]?.status).toBe('done');
    expect(parseSample(exported(['Status: deels afgedaan'])).items[0]).toMatchObject({ status: 'open', partly: true });
    expect(parseSample(exported(['Status: afgerond, zie de brief van 3 maart.'])).items[0]?.status).toBe('open');
  });

  it('reads the term date of an export in Dutch ("uiterlijk 31 maart 2026") as it reads the ISO date of earlier ones', () => {
    const dutch = parseSample(exported(['Status: open', 'Termijn: eind maart 2026 (uiterlijk 31 maart 2026)']));
    expect(dutch.items[0]?.deadline).toMatchObject({ text: 'eind maart 2026', deadline: '2026-03-31' });
    expect(dutch.problems).toEqual([]);
  });

  it('keeps the term of a "Termijn: … (uiterlijk …)" line over the one in the request text', () => {
    const withTerm = parseSample(exported(['Stand van zaken: open', 'Termijn: eind maart 2026 (uiterlijk 2026-03-31)']));
    expect(withTerm.items[0]?.deadline).toMatchObject({ text: 'eind maart 2026', deadline: '2026-03-31' });
    expect(withTerm.problems).toEqual([]);
    expect(parseSample(exported([])).items[0]?.deadline).toMatchObject({ text: 'voor de zomer van 2024' });
  });

  it('takes no status from a line that only starts like the export line', () => {
    const result = parseSample(exported(['Stand van zaken: afgerond, zie de brief van 3 maart.']));
    expect(result.items[0]?.status).toBe('open');
  });
});
