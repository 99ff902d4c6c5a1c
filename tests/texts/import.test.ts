// Issue 13: the overview and layout readers return codes with values, and every code has its
// Dutch sentence here. The sentences are the ones the readers used to build themselves (so what
// `motie import` prints is unchanged); the readers' results carry no Dutch any more.
import { describe, expect, it } from 'vitest';
import { parseColumnOverrides, type ColumnOverridesProblem } from '../../src/import/layouts/read/fields.ts';
import { linesOfText, readLayout, READ_LAYOUT_FAILURE_CODES, type ReadLayoutFailure, type ReadLayoutFailureCode } from '../../src/import/layouts/index.ts';
import { parseStandVanZaken } from '../../src/import/layouts/stand-van-zaken/parse-stand-van-zaken.ts';
import { IMPORT_PROBLEM_CODES, type ImportProblem, type ImportProblemCode } from '../../src/import/layouts/import-item.ts';
import type { FieldChange } from '../../src/import/plan/plan-import.ts';
import {
  COLUMNS_TEXT,
  columnsProblemNl,
  fieldChangeNl,
  LAYOUT_TEXT,
  IMPORT_PROBLEM_TEXT,
  importProblemNl,
  READ_FAILURE_TEXT,
  readFailureNl,
} from '../../src/texts/import.nl.ts';
import { SAMPLE, SAMPLE_DATE } from '../import/layouts/stand-van-zaken/sample.ts';

const at = { severity: 'warning' as const, line: 12, item: 3 };

/** One problem per code, with the sentence it reads as. */
const SAMPLES: { [C in ImportProblemCode]: [ImportProblem & { code: C }, string] } = {
  OVERVIEW_ITEM_NO_RESPONSIBLE: [
    { ...at, severity: 'error', code: 'OVERVIEW_ITEM_NO_RESPONSIBLE', kind: 'motie' },
    'Bij de motie op regel 12 staat geen verantwoordelijke bewindspersoon (zoals SOCW) met een stand van zaken; de kolommen lijken verschoven.',
  ],
  OVERVIEW_ITEM_NO_TEXT: [
    { ...at, severity: 'error', code: 'OVERVIEW_ITEM_NO_TEXT', kind: 'toezegging' },
    'Bij de toezegging op regel 12 staat geen verzoek of toezegging.',
  ],
  OVERVIEW_ITEM_NO_STATUS: [
    { ...at, line: 14, code: 'OVERVIEW_ITEM_NO_STATUS', kind: 'motie', itemLine: 12 },
    'Bij de motie op regel 12 staat geen stand van zaken.',
  ],
  OVERVIEW_ITEM_NO_SUBMITTERS: [
    { ...at, code: 'OVERVIEW_ITEM_NO_SUBMITTERS', kind: 'motie' },
    'Bij de motie op regel 12 zijn de indieners niet te lezen.',
  ],
  OVERVIEW_ITEM_NO_KAMERSTUK: [
    { ...at, code: 'OVERVIEW_ITEM_NO_KAMERSTUK', kind: 'motie' },
    'Bij de motie op regel 12 staat geen voetnoot met een Kamerstuk; de motie wordt zonder Kamerstuknummer opgenomen.',
  ],
  OVERVIEW_ITEM_DUPLICATE_KAMERSTUK: [
    { ...at, severity: 'error', code: 'OVERVIEW_ITEM_DUPLICATE_KAMERSTUK', kind: 'motie', kamerstuk: '36410-12', firstLine: 4 },
    'De motie op regel 12 heeft hetzelfde Kamerstuk (36410-12) als de motie op regel 4; een van beide voetnoten klopt niet.',
  ],
  OVERVIEW_LINK_TARGET_MISSING: [
    { ...at, line: 15, severity: 'error', code: 'OVERVIEW_LINK_TARGET_MISSING', kind: 'toezegging', itemLine: 12, direction: 'below' },
    'De stand van zaken van de toezegging op regel 12 verwijst naar een onderstaande motie, maar die staat er niet.',
  ],
  OVERVIEW_FOOTNOTE_UNREADABLE: [
    { ...at, code: 'OVERVIEW_FOOTNOTE_UNREADABLE', footnote: 7, text: 'Kamerstukken II, nummer kwijt' },
    'Voetnoot 7 noemt een Kamerstuk, maar dossier- en ondernummer zijn niet te lezen: "Kamerstukken II, nummer kwijt".',
  ],
  OVERVIEW_FOOTNOTE_REPAIRED: [
    { ...at, code: 'OVERVIEW_FOOTNOTE_REPAIRED', footnote: 15, written: '202/25', read: '2024/25' },
    'Voetnoot 15 noemt vergaderjaar "202/25"; gelezen als 2024/25.',
  ],
  OVERVIEW_UNKNOWN_CODE: [
    { ...at, code: 'OVERVIEW_UNKNOWN_CODE', bewindspersoon: 'SXYZ' },
    'De code SXYZ op regel 12 is geen bekende bewindspersoon; controleer of die klopt.',
  ],
  OVERVIEW_LINE_SKIPPED: [
    { ...at, code: 'OVERVIEW_LINE_SKIPPED', text: 'Dit is een heel lange regel die nergens bij hoort en daarom wordt ingekort.' },
    'Regel 12 hoort bij geen enkele motie of toezegging en is overgeslagen: "Dit is een heel lange regel die nergens bij hoort en daar…".',
  ],
  OVERVIEW_ROW_UNCLEAR: [
    { ...at, severity: 'error', code: 'OVERVIEW_ROW_UNCLEAR' },
    'Regel 12 lijkt het begin van een nieuwe motie of toezegging, maar zonder kop ("Motie van het lid …") en zonder verantwoordelijke (zoals SOCW) is niet te zien waar die begint.',
  ],
  OVERVIEW_REFERENCE_ASSUMED: [
    { ...at, code: 'OVERVIEW_REFERENCE_ASSUMED', kind: 'toezegging', expression: 'voor de zomer', vergaderjaar: '2024-2025' },
    'Bij de toezegging op regel 12 staat geen eigen vergaderjaar; "voor de zomer" is gelezen vanuit vergaderjaar 2024-2025 (het vergaderjaar van de meeste items in dit overzicht).',
  ],
  LAYOUT_ROW_CUT_OFF: [
    { ...at, code: 'LAYOUT_ROW_CUT_OFF', kind: 'motie' },
    'Het document houdt op midden in de motie op regel 12; wat er staat is opgenomen, controleer de rest.',
  ],
  LAYOUT_TEXT_CUT_OFF: [
    { ...at, code: 'LAYOUT_TEXT_CUT_OFF', kind: 'motie', field: 'text', length: 24_000_000, limit: 10_000 },
    'De tekst van de motie op regel 12 is 24.000.000 tekens lang; alleen de eerste 10.000 tekens zijn opgenomen.',
  ],
  LAYOUT_TERM_UNREADABLE: [
    { ...at, code: 'LAYOUT_TERM_UNREADABLE', term: 'zsm' },
    'De termijn "zsm" op regel 12 is geen datum die de bot kan lezen; hij is letterlijk overgenomen, zonder uiterste datum.',
  ],
  LAYOUT_STATUS_UNKNOWN: [
    { ...at, code: 'LAYOUT_STATUS_UNKNOWN', kind: 'toezegging', written: 'Misschien', status: 'lapsed' },
    'De status "Misschien" op regel 12 is onbekend; de toezegging is opgenomen als vervallen.',
  ],
  LAYOUT_COLUMNS_UNUSED: [
    { ...at, code: 'LAYOUT_COLUMNS_UNUSED', columns: ['Wie'] },
    'De kolom "Wie" (kopregel 12) wordt niet ingelezen. Hoort er een veld bij, geef dat dan op met --kolommen, bijvoorbeeld --kolommen "Wie=owner".',
  ],
  LAYOUT_KIND_GUESSED: [
    { ...at, code: 'LAYOUT_KIND_GUESSED', count: 1, lines: [12], moties: 0, toezeggingen: 1 },
    'Bij de rij op regel 12 staat niet of het een motie of toezegging is; uit de tekst afgeleid: 0 moties en 1 toezegging. Controleer dat, of voeg een kolom "Soort" toe.',
  ],
  LAYOUT_MINISTRY_GUESSED: [
    { ...at, code: 'LAYOUT_MINISTRY_GUESSED', count: 1, lines: [12], ministry: 'OCW' },
    'Bij de rij op regel 12 staat geen bewindspersoon of ministerie; toegeschreven aan OCW, dat de titel van het document noemt. Controleer dat, of voeg een kolom "Bewindspersoon" toe.',
  ],
};

describe('overview problem sentences', () => {
  it.each(IMPORT_PROBLEM_CODES.map((code) => [code]))('%s has a Dutch sentence with its values', (code) => {
    expect(IMPORT_PROBLEM_TEXT[code]).toBeTypeOf('function');
    const [problem, sentence] = SAMPLES[code];
    expect(problem.code).toBe(code);
    expect(importProblemNl(problem)).toBe(sentence);
    expect(sentence).toMatch(/^[A-Z].{30,}\.$/);
  });

  it('the list of codes is the table of sentences: none missing, none extra', () => {
    expect(Object.keys(IMPORT_PROBLEM_TEXT).sort()).toEqual([...IMPORT_PROBLEM_CODES].sort());
    expect(Object.keys(SAMPLES).sort()).toEqual([...IMPORT_PROBLEM_CODES].sort());
  });

  it('a term read from the document date says so', () => {
    const [problem] = SAMPLES.OVERVIEW_REFERENCE_ASSUMED;
    expect(importProblemNl({ ...problem, vergaderjaar: null })).toBe(
      'Bij de toezegging op regel 12 staat geen vergaderjaar; "voor de zomer" is gelezen vanaf de documentdatum.',
    );
  });

  it('the parser returns codes and values, no sentences', () => {
    const result = parseStandVanZaken(SAMPLE, { documentDate: SAMPLE_DATE });
    if (!result.ok) throw new Error(result.code);
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(problem).not.toHaveProperty('message');
      expect(IMPORT_PROBLEM_CODES).toContain(problem.code);
    }
    const repaired = result.problems.find((p) => p.code === 'OVERVIEW_FOOTNOTE_REPAIRED');
    expect(repaired).toMatchObject({ line: 237, footnote: 15, written: '202/25', read: '2024/25' });
  });
});

const LAYOUT_LIST = [
  '  - stand-van-zakenlijst: "Motie van het lid Mutluer; verzoekt de regering …" met daaronder "SOCW  Stand van zaken …" en voetnoten met Kamerstukken',
  '  - bijlage moties en toezeggingen (begroting of jaarverslag): tabel "Omschrijving van de motie | Vindplaats | Stand van zaken" met rijen "De motie van het lid X c.s.; Verzoekt de regering …"',
  '  - toezeggingenregister van de Eerste Kamer: "Toezegging Evaluatie wet (36.123, B) (T03412)" met de tekst van de toezegging en een blok "Kerngegevens" (Nummer, Status, Deadline, Verantwoordelijke)',
  '  - toezeggingenregister van de Tweede Kamer (export): kolommen "Nummer | Naam | Functie | Ministerie | Status | Tekst | Aanmaakdatum | DatumNakoming" met nummers als TZ202412-116',
  '  - eigen overzicht in tabelvorm (Excel, CSV, Word- of PDF-tabel): kolommen als "Nr. | Soort | Kamerstuk | Indiener(s) | Omschrijving | Bewindspersoon | Termijn | Status", kopregel mag lager staan',
].join('\n');
const HINT =
  'Heeft je tabel andere kolomkoppen, geef dan aan welke kolom wat is met --kolommen, bijvoorbeeld --kolommen "Termijn=deadline,Onderwerp=title,Toelichting=statusText".';

/** One failure per code, with the message it reads as. */
const FAILURES: { [C in ReadLayoutFailureCode]: [ReadLayoutFailure & { code: C }, string] } = {
  OVERVIEW_EMPTY: [{ ok: false, code: 'OVERVIEW_EMPTY' }, 'Het bestand is leeg: er staat geen tekst in.'],
  OVERVIEW_NOT_AN_OVERVIEW: [
    { ok: false, code: 'OVERVIEW_NOT_AN_OVERVIEW' },
    'Dit bestand lijkt geen overzicht van moties en toezeggingen: er staat geen enkele motie of toezegging in.',
  ],
  OVERVIEW_NO_ITEMS: [
    { ok: false, code: 'OVERVIEW_NO_ITEMS' },
    'In dit overzicht staat geen enkele motie of toezegging met een verantwoordelijke bewindspersoon (zoals SOCW) en een stand van zaken.',
  ],
  OVERVIEW_NO_DOCUMENT_DATE: [
    { ok: false, code: 'OVERVIEW_NO_DOCUMENT_DATE' },
    'Het document noemt geen datum in het verleden waaruit de documentdatum volgt; geef die op met --document-date JJJJ-MM-DD.',
  ],
  OVERVIEW_BAD_DOCUMENT_DATE: [
    { ok: false, code: 'OVERVIEW_BAD_DOCUMENT_DATE', documentDate: '2025-02-30' },
    'De documentdatum "2025-02-30" is geen geldige datum; schrijf hem als JJJJ-MM-DD.',
  ],
  LAYOUT_NO_ITEMS: [
    { ok: false, code: 'LAYOUT_NO_ITEMS', layout: 'ek-register' },
    'Dit lijkt een toezeggingenregister van de Eerste Kamer, maar er staat geen enkele motie of toezegging in met een tekst.',
  ],
  LAYOUT_UNKNOWN: [
    { ok: false, code: 'LAYOUT_UNKNOWN' },
    `Dit bestand lijkt geen overzicht van moties en toezeggingen in een vorm die de bot kent. Er is niets geïmporteerd.\nDe bot leest deze vormen:\n${LAYOUT_LIST}\n${HINT}`,
  ],
  LAYOUT_COLUMNS_UNMAPPED: [
    { ok: false, code: 'LAYOUT_COLUMNS_UNMAPPED', found: ['Kleur', 'Een heel erg lange kolomkop die langer is dan veertig tekens'] },
    'De kolommen van deze tabel zijn niet te herkennen. Gevonden kolommen: "Kleur", "Een heel erg lange kolomkop die langer …". ' +
      'Nodig is een kolom met de tekst van de motie of toezegging (zoals "Omschrijving", "Korte inhoud", "Verzoek" of "Tekst"), ' +
      `en liefst ook "Soort", "Kamerstuk", "Indiener(s)", "Bewindspersoon", "Termijn" en "Status".\n${HINT}\nEr is niets geïmporteerd.`,
  ],
  LAYOUT_NO_DOCUMENT_DATE: [
    { ok: false, code: 'LAYOUT_NO_DOCUMENT_DATE' },
    'Het document noemt geen datum waaruit de documentdatum volgt; geef die op met --document-date JJJJ-MM-DD.',
  ],
};

describe('messages of a document that cannot be read', () => {
  it.each(READ_LAYOUT_FAILURE_CODES.map((code) => [code]))('%s has a Dutch message', (code) => {
    expect(READ_FAILURE_TEXT[code]).toBeTypeOf('function');
    const [failure, message] = FAILURES[code];
    expect(failure.code).toBe(code);
    expect(readFailureNl(failure)).toBe(message);
    expect(message).toMatch(/^[A-Z][^]{30,}\.$/);
  });

  it('the list of codes is the table of messages: none missing, none extra', () => {
    expect(Object.keys(READ_FAILURE_TEXT).sort()).toEqual([...READ_LAYOUT_FAILURE_CODES].sort());
    expect(Object.keys(FAILURES).sort()).toEqual([...READ_LAYOUT_FAILURE_CODES].sort());
  });

  it('every layout has a name and an example', () => {
    for (const { name, example } of Object.values(LAYOUT_TEXT)) {
      expect(name.length).toBeGreaterThan(5);
      expect(example.length).toBeGreaterThan(20);
    }
  });

  it('the readers return codes and values, no sentences', () => {
    const letter = 'Geachte voorzitter,\n\nHierbij de brief.\n';
    expect(readLayout({ format: 'text', text: letter, blocks: linesOfText(letter) }, { today: '2025-05-01' })).toEqual({ ok: false, code: 'LAYOUT_UNKNOWN' });
    const table = { format: 'xlsx' as const, text: '', blocks: [{ type: 'table' as const, rows: [['Kleur', 'Gewicht'], ['rood', '3']], line: 1 }] };
    expect(readLayout(table, { today: '2025-05-01' })).toEqual({ ok: false, code: 'LAYOUT_COLUMNS_UNMAPPED', found: ['Kleur', 'Gewicht'] });
    expect(parseStandVanZaken('Moties\n\nToezeggingen\n', {})).toEqual({ ok: false, code: 'OVERVIEW_NO_ITEMS' });
    expect(parseStandVanZaken(SAMPLE, { documentDate: '2025-13-01' })).toEqual({ ok: false, code: 'OVERVIEW_BAD_DOCUMENT_DATE', documentDate: '2025-13-01' });
  });
});

const COLUMN_PROBLEMS: Record<ColumnOverridesProblem['code'], [string, string]> = {
  COLUMNS_UNREADABLE: [
    'Termijn=deadline, Kleur=wanneer',
    '"Kleur=wanneer" in --kolommen is niet te lezen; schrijf kolomkop=veld, bijvoorbeeld --kolommen "Termijn=deadline,Onderwerp=title". ' +
      'Velden: title (titel), text (tekst), kind (soort), status, statusText (stand van zaken), deadline (termijn), kamerstuk, ' +
      'submitters (indieners), responsible (bewindspersoon), ministry (ministerie), reference (referentie), date (datum), owner (trekker), ignore (negeer).',
  ],
  COLUMNS_EMPTY: [' , ', '--kolommen is leeg; schrijf kolomkop=veld, bijvoorbeeld --kolommen "Termijn=deadline,Onderwerp=title".'],
};

describe('--kolommen answers', () => {
  it.each(Object.keys(COLUMNS_TEXT).map((code) => [code as ColumnOverridesProblem['code']]))('%s has a Dutch sentence', (code) => {
    const [input, sentence] = COLUMN_PROBLEMS[code];
    const result = parseColumnOverrides(input);
    expect(result).toMatchObject({ ok: false, code });
    expect(result).not.toHaveProperty('message');
    expect(!result.ok && columnsProblemNl(result)).toBe(sentence);
  });
});

describe('what an import changes, as motie import lists it', () => {
  const term = (text: string, deadline: string | null) => ({ earliest: null, deadline, text, basis: 'rule' as const, soft: false, source: 'request' as const });
  const LINES: Record<FieldChange['field'], [FieldChange, string]> = {
    status: [{ field: 'status', from: 'open', to: 'done' }, 'status: open → afgerond'],
    partly: [{ field: 'partly', from: false, to: true }, 'deels afgedaan: nee → ja'],
    statusText: [{ field: 'statusText', from: 'Oud.', to: 'Nieuw.' }, 'stand van zaken bijgewerkt'],
    deadline: [{ field: 'deadline', from: null, to: term('eind 2025', '2025-12-31') }, 'termijn: geen termijn → eind 2025 (31 december 2025)'],
    recurrence: [{ field: 'recurrence', from: null, to: 'P4Y' }, 'herhaling: — → P4Y'],
    responsible: [{ field: 'responsible', from: 'SOCW', to: 'MJenV, SOCW' }, 'verantwoordelijk: SOCW → MJenV, SOCW'],
    reference: [{ field: 'reference', from: null, to: 'T01237' }, 'referentie: — → T01237'],
    kamerstuk: [{ field: 'kamerstuk', from: null, to: '36410-12' }, 'Kamerstuk: — → 36410-12'],
    linkedTo: [{ field: 'linkedTo', from: { itemId: 4 }, to: { position: 3 } }, 'gekoppeld aan: #4 → nieuw item 3'],
  };
  it.each(Object.entries(LINES))('%s', (_field, [change, line]) => {
    expect(fieldChangeNl(change)).toBe(line);
  });

  it('a term without a date shows its words; a link removed shows a dash', () => {
    expect(fieldChangeNl({ field: 'deadline', from: term('na de zomer', null), to: null })).toBe('termijn: na de zomer → geen termijn');
    expect(fieldChangeNl({ field: 'linkedTo', from: { itemId: 2 }, to: null })).toBe('gekoppeld aan: #2 → —');
  });
});
