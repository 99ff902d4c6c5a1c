// Every date expression in tests/fixtures/stand-van-zaken-nap-2025.txt, by reading the
// document. Reference dates as the importer uses them:
// - request texts (moties): 1 March of the vergaderjaar in their footnote (all 2022/23 except
//   the first, 2021/22); the two toezeggingen have no Kamerstuk: we use 2023-03-01 as well;
// - status texts: the overview document's date, taken as 2025-04-15.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDates } from '../../../src/domain/dates/parse-dates.ts';
import { pickDeadline } from '../../../src/domain/dates/pick-deadline.ts';

const doc = readFileSync(new URL('../../fixtures/stand-van-zaken-nap-2025.txt', import.meta.url), 'utf8');
const REQ = '2023-03-01';
const DOC = '2025-04-15';

/** The text from `from` up to (not including) `to`, searched after `from`. */
function segment(from: string, to: string): string {
  const start = doc.indexOf(from);
  const end = doc.indexOf(to, start + from.length);
  if (start < 0 || end < 0) throw new Error(`segment not found: ${from} … ${to}`);
  return doc.slice(start, end);
}

type Row = [text: string, relation: string, earliest: string | null, deadline: string | null, basis: string];

interface Segment {
  name: string;
  text: string;
  reference: string;
  expected: Row[];
}

const SEGMENTS: Segment[] = [
  { name: 'request van der Laan (2021/22)', reference: '2022-03-01', text: segment('Motie van het lid van der Laan c.s.', 'SOCW De resultaten'), expected: [] },
  {
    name: 'status van der Laan',
    reference: DOC,
    text: segment('SOCW De resultaten', 'Motie van het lid Mutluer; De Tweede Kamer verzoekt de \nregering, zoals'),
    expected: [
      ['op 22 september 2023', 'on', '2023-09-22', '2023-09-22', 'explicit'],
      ['Op 19 december 2024', 'on', '2024-12-19', '2024-12-19', 'explicit'],
    ],
  },
  {
    name: 'request Mutluer (prijs)',
    reference: REQ,
    text: segment('regering, zoals eerder voorgesteld', 'SOCW Vanwege'),
    expected: [['elk jaar', 'recurring', null, '2024-12-31', 'rule']],
  },
  {
    name: 'status Mutluer (prijs)',
    reference: DOC,
    text: segment('SOCW Vanwege', 'Motie van het lid Mutluer; De Tweede Kamer verzoekt \nde regering in overleg'),
    expected: [
      ['dit jaar', 'in', '2025-01-01', '2025-12-31', 'rule'],
      ['op 12 juni', 'on', DOC, '2025-06-12', 'explicit'],
    ],
  },
  {
    name: 'request + status Mutluer (doorlopende lijn)',
    reference: REQ,
    text: segment('de regering in overleg met de regeringscommissaris', 'Motie van het lid Mutluer; De Tweede Kamer verzoekt de \nregering na te gaan'),
    expected: [],
  },
  {
    name: 'request Mutluer (herstelrecht)',
    reference: REQ,
    text: segment('regering na te gaan hoe herstelrecht', 'SOCW Herstelrecht'),
    expected: [
      ['dit najaar', 'in', '2023-09-01', '2023-12-21', 'calendar'],
      ['vóór \nhet debat over de begroting van OCW', 'by', REQ, '2023-10-31', 'estimate'],
    ],
  },
  {
    name: 'status Mutluer (herstelrecht)',
    reference: DOC,
    text: segment('SOCW Herstelrecht', '1 Kamerstukken II 2021/22'),
    expected: [
      ['Op korte termijn', 'by', DOC, '2025-07-15', 'estimate'],
      ['tot april 2027', 'until', null, '2027-03-31', 'explicit'],
    ],
  },
  { name: 'footnotes 1-6', reference: DOC, text: segment('1 Kamerstukken II 2021/22', 'regering om aansluitend'), expected: [] },
  {
    name: 'request Mutluer (Studenten Pact)',
    reference: REQ,
    text: segment('regering om aansluitend', 'MOCW en SOCW'),
    // The whole phrase (DATES.md v3): before the start of education in the autumn of 2024.
    expected: [['voor de start van het onderwijs in het najaar van \n2024', 'by', '2023-03-01', '2024-08-31', 'estimate']],
  },
  {
    name: 'status Mutluer (Studenten Pact) and footnote 7',
    reference: DOC,
    text: segment('MOCW en SOCW', 'kabinet haast te maken'),
    expected: [
      ['tijdens het tweeminutendebat Emancipatie op 22 juni 2023', 'by', '2023-06-22', '2023-06-22', 'explicit'],
      ['in juni 2025', 'in', '2025-06-01', '2025-06-30', 'explicit'],
    ],
  },
  { name: 'request Mutluer (gedragscode)', reference: REQ, text: segment('kabinet haast te maken', 'SSZW Op dit moment'), expected: [] },
  {
    name: 'status Mutluer (gedragscode)',
    reference: DOC,
    text: segment('SSZW Op dit moment', 'Motie van het lid Westerveld'),
    expected: [
      ['in Q1 2025', 'in', '2025-01-01', '2025-03-31', 'rule'],
      ['rond de zomer van 2025', 'around', '2025-06-01', '2025-09-01', 'calendar'],
      ['in maart 2024', 'in', '2024-03-01', '2024-03-31', 'explicit'],
      ['In april 2025', 'in', '2025-04-01', '2025-04-30', 'explicit'],
    ],
  },
  {
    name: 'request Westerveld',
    reference: REQ,
    text: segment('Motie van het lid Westerveld', 'MVWS Naar aanleiding'),
    expected: [['in het najaar van 2023', 'in', '2023-09-01', '2023-12-21', 'calendar']],
  },
  { name: 'status Westerveld', reference: DOC, text: segment('MVWS Naar aanleiding', 'Motie van de leden Werner'), expected: [] },
  {
    name: 'request + status Werner and footnotes 8-11',
    reference: DOC,
    text: segment('Motie van de leden Werner', ' Motie van het lid Van der Werf'),
    expected: [['Op 20 maart 2024', 'on', '2024-03-20', '2024-03-20', 'explicit']],
  },
  { name: 'request Van der Werf', reference: REQ, text: segment(' Motie van het lid Van der Werf', 'SVWS Het ministerie'), expected: [] },
  {
    name: 'status Van der Werf',
    reference: DOC,
    text: segment('SVWS Het ministerie', 'Motie van het lid Mutluer; rondom'),
    expected: [['voor de zomer van 2025', 'by', DOC, '2025-07-03', 'calendar']],
  },
  {
    name: 'Mutluer (onderzoek), van der Lee, Bikker en Van der Werf, footnotes 12-14',
    reference: DOC,
    text: segment('Motie van het lid Mutluer; rondom', ' Toezeggingen'),
    expected: [],
  },
  {
    name: 'toezegging daderprofielen',
    reference: REQ,
    text: segment(' Toezeggingen', 'SOCW en MJenV'),
    expected: [['na de zomer', 'after', '2023-09-05', '2023-12-21', 'calendar']],
  },
  {
    name: 'status daderprofielen',
    reference: DOC,
    text: segment('SOCW en MJenV', 'De TK wordt om de vier jaar'),
    expected: [['Eind 2024', 'in', '2024-10-01', '2024-12-31', 'rule']],
  },
  {
    name: 'toezegging prevalentieonderzoek',
    reference: REQ,
    text: segment('De TK wordt om de vier jaar', 'MVWS NOC*NSF'),
    expected: [['om de vier jaar (eerstvolgende in 2024)', 'recurring', '2024-01-01', '2024-12-31', 'rule']],
  },
  {
    name: 'status prevalentieonderzoek and footnote 15',
    reference: DOC,
    text: segment('MVWS NOC*NSF', 'Stand van zaken relevante'),
    expected: [['eind 2025', 'in', '2025-10-01', '2025-12-31', 'rule']],
  },
];

describe('stand-van-zaken-nap-2025.txt', () => {
  it.each(SEGMENTS.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const found = parseDates(s.text, { reference: s.reference });
    const rows: Row[] = found.map((e) => [e.text, e.relation, e.earliest, e.deadline, e.basis]);
    expect(rows).toEqual(s.expected);
    for (const e of found) expect(e.text).toBe(s.text.slice(e.start, e.end));
  });

  it('the segments together hold every expression of the document', () => {
    const all = parseDates(doc, { reference: DOC }).map((e) => e.text);
    expect(all).toEqual(SEGMENTS.flatMap((s) => s.expected.map((r) => r[0])));
  });

  it('herstelrecht: a status date about something else (a pilot starting) does not replace the promised term', () => {
    const request = SEGMENTS[5]!.text;
    expect(pickDeadline({ request, requestReference: REQ })).toMatchObject({
      text: 'vóór \nhet debat over de begroting van OCW',
      deadline: '2023-10-31',
      source: 'request',
    });
    expect(pickDeadline({ request, requestReference: REQ, status: SEGMENTS[6]!.text, statusReference: DOC })).toMatchObject({
      text: 'vóór \nhet debat over de begroting van OCW',
      deadline: '2023-10-31',
      source: 'request',
    });
  });

  it('a status date in a commitment ("worden … verwacht", "het streven is … in te dienen") replaces the term', () => {
    expect(
      pickDeadline({ request: 'De TK wordt om de vier jaar (eerstvolgende in 2024) geïnformeerd.', requestReference: REQ, status: 'De uitkomsten worden eind 2025 verwacht.', statusReference: DOC }),
    ).toMatchObject({ text: 'eind 2025', deadline: '2025-12-31', source: 'status' });
    expect(
      pickDeadline({ request: 'verzoekt de regering haast te maken', requestReference: REQ, status: 'Het streven is om het wetsvoorstel rond de zomer van 2025 bij de Raad van State in te dienen.', statusReference: DOC }),
    ).toMatchObject({ text: 'rond de zomer van 2025', source: 'status' });
    expect(
      pickDeadline({ request: 'verzoekt de regering een prijs uit te reiken', requestReference: REQ, status: 'Het thema krijgt een rol op de conferentie op 12 juni.', statusReference: DOC }),
    ).toBeNull();
  });

  it('Westerveld: a past status date is skipped, the request keeps its term', () => {
    const chosen = pickDeadline({
      request: SEGMENTS[12]!.text,
      requestReference: REQ,
      status: `${SEGMENTS[13]!.text}\n10 Op 20 maart 2024 is de eerste voortgangsrapportage verstuurd.`,
      statusReference: DOC,
    });
    expect(chosen).toMatchObject({ text: 'in het najaar van 2023', deadline: '2023-12-21', source: 'request' });
  });

  it('Van der Werf: "De Kamer wordt voor de zomer van 2025 geïnformeerd" from the status', () => {
    const chosen = pickDeadline({ request: SEGMENTS[15]!.text, requestReference: REQ, status: SEGMENTS[16]!.text, statusReference: DOC });
    expect(chosen).toMatchObject({ text: 'voor de zomer van 2025', deadline: '2025-07-03', source: 'status' });
  });
});
