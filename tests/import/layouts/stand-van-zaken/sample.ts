// The sample overview and its 14 items as read by hand from the document (not computed).
import { readFileSync } from 'node:fs';

export const SAMPLE_PATH = new URL('../../../fixtures/stand-van-zaken-nap-2025.txt', import.meta.url);
export const SAMPLE = readFileSync(SAMPLE_PATH, 'utf8');
/** The document is from the start of April 2025: Q1 2025 lies behind it, "april 2025" ahead. */
export const SAMPLE_DATE = '2025-04-01';

export interface ExpectedItem {
  line: number;
  kind: 'motie' | 'toezegging';
  submitters: string[];
  cs: boolean;
  codes: string[];
  kamerstuk: string | null;
  vergaderjaar: string | null;
  status: 'open' | 'done';
  linkedTo: number | null;
  textStart: string;
  textEnd: string;
  deadline: string | null;
  deadlineText: string | null;
  deadlineSource: 'request' | 'status' | null;
}

export const EXPECTED: ExpectedItem[] = [
  { line: 7, kind: 'motie', submitters: ['Van der Laan'], cs: true, codes: ['SOCW'], kamerstuk: '35925-VIII-124', vergaderjaar: '2021/22', status: 'done', linkedTo: null,
    textStart: 'De Tweede Kamer verzoekt de regering in beeld te brengen', textEnd: 'en de Kamer hierover te informeren.',
    deadline: null, deadlineText: null, deadlineSource: null },
  { line: 17, kind: 'motie', submitters: ['Mutluer'], cs: false, codes: ['SOCW'], kamerstuk: '36200-VIII-156', vergaderjaar: '2022/23', status: 'done', linkedTo: null,
    textStart: 'De Tweede Kamer verzoekt de regering, zoals eerder voorgesteld in het plan, elk jaar de «uit het keurslijf»-prijs', textEnd: 'in het bevorderen van de emancipatie van de man.',
    // The status's "op de NAP-conferentie op 12 juni" is context, not a promise (docs/DATES-RULES.md),
    // so the request's "elk jaar" stands: the end of the first whole year after 1 March 2023.
    deadline: '2024-12-31', deadlineText: 'elk jaar', deadlineSource: 'request' },
  { line: 34, kind: 'motie', submitters: ['Mutluer'], cs: false, codes: ['SOCW'], kamerstuk: '34843-78', vergaderjaar: '2022/23', status: 'done', linkedTo: null,
    textStart: 'De Tweede Kamer verzoekt de regering in overleg met de regeringscommissaris', textEnd: 'ontwikkelingsfase van de kinderen en jongeren.',
    deadline: null, deadlineText: null, deadlineSource: null },
  // The request's "dit najaar … vóór het debat over de begroting van OCW" (2023): the earliest of the
  // two (rule 2). The status's "Op korte termijn start een pilot" is about the pilot, not the promise,
  // so it does not replace the term: the item is overdue. ("tot april 2027" is a milestone.)
  { line: 51, kind: 'motie', submitters: ['Mutluer'], cs: false, codes: ['SOCW'], kamerstuk: '34843-79', vergaderjaar: '2022/23', status: 'open', linkedTo: null,
    textStart: 'De Tweede Kamer verzoekt de regering na te gaan hoe herstelrecht bij seksueel grensoverschrijdend gedrag', textEnd: 'vóór het debat over de begroting van OCW.',
    deadline: '2023-10-31', deadlineText: 'vóór het debat over de begroting van OCW', deadlineSource: 'request' },
  // The status's "De eerste aanvraagronde is in juni 2025" is context, not a promise, so the request's
  // "voor de start van het onderwijs in het najaar van 2024" stands (the whole phrase: the day
  // before 1 September 2024); "op 22 juni 2023" lies before the document date and is skipped.
  { line: 73, kind: 'motie', submitters: ['Mutluer'], cs: false, codes: ['MOCW', 'SOCW'], kamerstuk: '34843-80', vergaderjaar: '2022/23', status: 'done', linkedTo: null,
    textStart: 'De Tweede Kamer verzoekt de regering om aansluitend bij het initiatief Studenten Pact', textEnd: 'in de curricula van alle hogeronderwijsinstellingen.',
    deadline: '2024-08-31', deadlineText: 'voor de start van het onderwijs in het najaar van 2024', deadlineSource: 'request' },
  // No term in the request. In the status "in Q1 2025" and "in maart 2024" are past; of the future
  // "rond de zomer van 2025" (until 2025-09-01) and "In april 2025" the earliest wins (rule 2).
  { line: 115, kind: 'motie', submitters: ['Mutluer'], cs: false, codes: ['SSZW'], kamerstuk: '34843-81', vergaderjaar: '2022/23', status: 'open', linkedTo: null,
    textStart: 'De Tweede Kamer verzoekt het kabinet haast te maken met het wettelijk opnemen', textEnd: 'die in een dergelijke gedragscode thuishoren.',
    deadline: '2025-04-30', deadlineText: 'In april 2025', deadlineSource: 'status' },
  { line: 132, kind: 'motie', submitters: ['Westerveld'], cs: false, codes: ['MVWS'], kamerstuk: '34843-82', vergaderjaar: '2022/23', status: 'open', linkedTo: null,
    textStart: 'De Tweede Kamer verzoek de regering om met de gehandicaptensector', textEnd: 'over beide verzoeken de Kamer te informeren in het najaar van 2023.',
    deadline: '2023-12-21', deadlineText: 'in het najaar van 2023', deadlineSource: 'request' },
  { line: 147, kind: 'motie', submitters: ['Werner', 'Van der Laan'], cs: false, codes: ['SSZW'], kamerstuk: '34843-84', vergaderjaar: '2022/23', status: 'open', linkedTo: null,
    textStart: 'De Tweede Kamer verzoekt de regering ervoor te zorgen dat goede begeleiding van melders', textEnd: 'makkelijk en laagdrempelig toegankelijk is.',
    deadline: null, deadlineText: null, deadlineSource: null },
  { line: 168, kind: 'motie', submitters: ['Van der Werf'], cs: false, codes: ['SVWS'], kamerstuk: '36222-33', vergaderjaar: '2022/23', status: 'open', linkedTo: null,
    textStart: 'De Tweede Kamer verzoekt de regering te onderzoeken welke meerwaarde een periodieke check-up', textEnd: 'en de Kamer daarover te informeren.',
    deadline: '2025-07-03', deadlineText: 'voor de zomer van 2025', deadlineSource: 'status' },
  // "Deze motie wordt geïntegreerd met bovenstaande motie opgepakt": the deadline of item 9.
  { line: 181, kind: 'motie', submitters: ['Mutluer'], cs: false, codes: ['SVWS'], kamerstuk: null, vergaderjaar: null, status: 'open', linkedTo: 9,
    textStart: 'rondom het instellen van wetenschappelijk onderzoek', textEnd: 'gewelddadig misbruik van minderjarigen.',
    deadline: '2025-07-03', deadlineText: 'voor de zomer van 2025', deadlineSource: 'status' },
  { line: 189, kind: 'motie', submitters: ['Van der Lee'], cs: false, codes: ['SSZW'], kamerstuk: '35592-16', vergaderjaar: '2022/23', status: 'open', linkedTo: null,
    textStart: 'De Tweede Kamer verzoekt de regering bij de evaluatie van de wet te onderzoeken', textEnd: 'ook van toegevoegde waarde is.',
    deadline: null, deadlineText: null, deadlineSource: null },
  { line: 199, kind: 'motie', submitters: ['Bikker', 'Van der Werf'], cs: false, codes: ['MJenV'], kamerstuk: '36222-29', vergaderjaar: '2022/23', status: 'open', linkedTo: null,
    textStart: 'De Tweede Kamer verzoekt de regering in overleg met de BES-eilanden tot vernieuwing van de zedenwetgeving', textEnd: 'seksueel geweld voor de BES te komen.',
    deadline: null, deadlineText: null, deadlineSource: null },
  // A toezegging has no footnote of its own (footnote 15 is the letter that fulfilled it); its
  // "na de zomer" is read against the vergaderjaar most items share, 2022/23: after the
  // zomerreces of 2023, until the day before the kerstreces of 2023.
  { line: 224, kind: 'toezegging', submitters: [], cs: false, codes: ['SOCW', 'MJenV'], kamerstuk: null, vergaderjaar: null, status: 'done', linkedTo: null,
    textStart: 'De minister stuurt na de zomer, samen met de minister van JenV, een brief', textEnd: 'over daderprofielen straatintimidatie.',
    deadline: '2023-12-21', deadlineText: 'na de zomer', deadlineSource: 'request' },
  // "om de vier jaar (eerstvolgende in 2024)", replaced by the status: "eind 2025 verwacht".
  { line: 230, kind: 'toezegging', submitters: [], cs: false, codes: ['MVWS'], kamerstuk: null, vergaderjaar: null, status: 'open', linkedTo: null,
    textStart: 'De TK wordt om de vier jaar (eerstvolgende in 2024) geïnformeerd', textEnd: 'in de sport van NOC*NSF.',
    deadline: '2025-12-31', deadlineText: 'eind 2025', deadlineSource: 'status' },
];
