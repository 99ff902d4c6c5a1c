// Reading the values of cells and fields, the same for every layout: status words, kinds,
// Kamerstukken, submitters, bewindspersonen and calendar dates. Pure functions over strings.
import { MINISTRIES, parseTarget } from '../../../domain/codes.ts';
import { isoIfValid } from '../../../domain/dates/calendar-date.ts';
import type { ItemKind, ItemStatus, KamerstukRef, Responsibility } from '../../../domain/items.ts';
import { upperFirst } from '../../../domain/upper-first.ts';
import { parseKamerstukReference } from './kamerstuk-reference.ts';
import { parseCodeLine } from './parse-codes.ts';

export interface StatusReading {
  status: ItemStatus;
  /** "Deels afgedaan", "Deels voldaan": open, but partly done. */
  partly: boolean;
}

/** Status words, first match wins (longer phrases before the words they contain). */
const STATUS_WORDS: readonly { pattern: RegExp; status: ItemStatus; partly?: boolean }[] = [
  { pattern: /^(?:deels|gedeeltelijk)\s+(?:afgedaan|afgerond|voldaan|uitgevoerd|nagekomen)\b/, status: 'open', partly: true },
  { pattern: /^(?:nog\s+niet\s+(?:afgedaan|afgerond|voldaan)|niet\s+afgedaan|niet\s+afgerond)\b/, status: 'open' },
  { pattern: /^(?:afgedaan|afgerond|voldaan|uitgevoerd|nagekomen|ingelost|afgehandeld|gereed|klaar|done|afgesloten)\b/, status: 'done' },
  { pattern: /^(?:vervallen|ingetrokken|verworpen|komt\s+te\s+vervallen|lapsed)\b/, status: 'lapsed' },
  { pattern: /^(?:openstaand|openstaande|open|loopt|lopend|lopende|in\s+behandeling|in\s+uitvoering|in\s+voorbereiding|in\s+afwachting|nog\s+niet|aangehouden|on\s*hold)\b/, status: 'open' },
];

const YES = /^(?:ja|j|yes|y|x|true|waar|1|✓|✔)$/;
const NO = /^(?:nee|n|no|false|onwaar|0)$/;

function plain(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A status word at the start of a cell or a status text: "Afgedaan.", "Openstaand", "Deels
 * afgedaan", "Vervallen"; with `yesNo` also ja/nee (an "Afgehandeld?" column). Null when the text
 * does not start with one.
 */
/**
 * Characters of a long status text readStatusWord reads first. Every status word is at the start
 * (STATUS_WORDS, YES and NO are anchored; the longest match, "gedeeltelijk uitgevoerd", is 23
 * characters and a \b after it), so a head that is still STATUS_HEAD_MIN characters long once made
 * plain reads the same as the whole text (only its last characters can differ: a cut through a
 * combining sequence or a run of blanks); a shorter one (a text of mostly blanks) is read whole.
 * 160 instead of 400 characters: making a 10,000-row sheet's status texts plain was 3 % of its import (issue 28).
 */
const STATUS_HEAD = 160;
const STATUS_HEAD_MIN = 100;

function statusValue(text: string): string {
  return plain(text).replace(/^[-–•*:\s]+/, '').replace(/^status\s*:\s*/, '');
}

export function readStatusWord(text: string | null | undefined, yesNo = false): StatusReading | null {
  if (!text) return null;
  const head = text.length > STATUS_HEAD ? statusValue(text.slice(0, STATUS_HEAD)) : '';
  const value = head.length >= STATUS_HEAD_MIN ? head : statusValue(text);
  if (value === '') return null;
  if (yesNo || value.length <= 5) {
    const word = value.replace(/[.!]+$/, '');
    if (YES.test(word)) return { status: 'done', partly: false };
    if (NO.test(word)) return { status: 'open', partly: false };
  }
  for (const { pattern, status, partly } of STATUS_WORDS) {
    if (pattern.test(value)) return { status, partly: partly ?? false };
  }
  return null;
}

/** The status a table's title gives all its rows: "… moties die zijn afgerond", "Overzicht van openstaande toezeggingen". */
export function statusOfTitle(title: string): ItemStatus | null {
  const value = plain(title);
  if (/\b(?:nog\s+niet\s+(?:zijn\s+)?(?:afgerond|afgedaan|uitgevoerd)|openstaande|lopende|niet\s+afgeronde|in\s+behandeling\s+zijnde|in\s+uitvoering\s+zijnde)\b/.test(value)) return 'open';
  if (/\b(?:vervallen|ingetrokken)\b/.test(value)) return 'lapsed';
  if (/\b(?:zijn\s+afgerond|zijn\s+afgedaan|afgeronde|afgedane|uitgevoerde|zijn\s+uitgevoerd|voldane)\b/.test(value)) return 'done';
  return null;
}

/** The kind a cell, a title or a heading names: "Motie", "M", "Toezeggingen". */
export function kindOfWord(text: string | null | undefined): ItemKind | null {
  if (!text) return null;
  const value = plain(text);
  if (/^(?:m|motie|moties|aangenomen motie|gewijzigde motie)$/.test(value)) return 'motie';
  if (/^(?:t|tz|toezegging|toezeggingen)$/.test(value)) return 'toezegging';
  return null;
}

/** The kind a title or heading names somewhere in it ("aanvaarde moties", "openstaande toezeggingen"). */
export function kindOfTitle(title: string): ItemKind | null {
  const value = plain(title);
  const motie = /\bmoties?\b/.test(value);
  const toezegging = /\btoezegging(?:en)?\b/.test(value);
  if (motie && !toezegging) return 'motie';
  if (toezegging && !motie) return 'toezegging';
  return null;
}

/** The kind a text suggests: a motie's header or operative words; else null. */
export function kindOfText(text: string): ItemKind | null {
  const value = plain(text);
  if (/^(?:de\s+)?(?:(?:nader\s+)?gewijzigde\s+)?motie\b/.test(value)) return 'motie';
  if (/^(?:de\s+)?toezegging\b/.test(value)) return 'toezegging';
  if (/\b(?:verzoekt\s+(?:de\s+regering|het\s+kabinet)|roept\s+de\s+regering\s+op|spreekt\s+uit\s+dat|constaterende\s+dat|overwegende\s+dat)\b/.test(value)) {
    return 'motie';
  }
  if (/\b(?:zegt\s+toe|zal\s+de\s+kamer|stuurt\s+de\s+kamer|informeert\s+de\s+kamer|de\s+kamer\s+wordt)\b/.test(value)) return 'toezegging';
  return null;
}

/** A register number: Eerste Kamer "T01237", Tweede Kamer "TZ202412-116". */
export const REGISTER_NUMBER = /\b(TZ\d{6}-\d{1,4}|T\d{5})\b/;

/** A dossier at the end of the part before a "/" in a list of dossiers ("Kamerstukken I 2008/09, 22 112"). */
const LEADING_DOSSIER = /(?:^|[\s,])(\d{2}[\s.]?\d{3})(?:\s*[-–]?\s*([IVXL]{1,6}))?\s*$/i;

const DOSSIER_CELL =
  /^\s*(?:kamerstuk(?:ken)?\s*(?:i{1,2}\s+)?)?(?:(\d{4})\s*[/\-–]\s*(\d{2,4})\s*,?\s*)?(\d{2}[\s.]?\d{3})(?:\s*[-–]?\s*([IVXL]{1,6}|[A-Z](?![a-z])))?\s*(?:[-–,]\s*)?(?:nr\.?|nummer)?\s*[-–]?\s*(\d{1,4}|[A-Z]{1,3})\b/i;

/**
 * A Kamerstuk in a cell, in the project's form: "Kamerstukken II 2021/22, 35925 VII nr. 165",
 * "35925-VII-165", "35925 VII, nr. 165", "Kamerstuk 34843, nr. 79", "34 843 nr. 79"; an
 * Eerste Kamer dossier "31.544, CK" gives dossier 31544, number CK. Null for a debate (Handelingen).
 */
export function parseKamerstukCell(text: string | null | undefined): KamerstukRef | null {
  if (!text) return null;
  const value = text.replace(/\s+/g, ' ').trim();
  if (value === '') return null;
  const reference = parseKamerstukReference(value).ref;
  if (reference) return reference;
  if (/^\s*(?:handelingen|aanhangsel)/i.test(value)) return null;
  // An Eerste Kamer Kamerstuk of several dossiers ("22.112 / 31.544, CK", "22112/31544-CK"): the
  // letter and year follow the last; the dossiers before it are kept with it ("22112/31544").
  const candidates = value.split(/\s*\/\s*(?=\d{2}[.\s]?\d{3})/);
  const part = candidates.at(-1) ?? value;
  const earlier = candidates.slice(0, -1).map((c) => LEADING_DOSSIER.exec(c));
  const match = DOSSIER_CELL.exec(part);
  if (!match) return null;
  const [, firstYear, secondYear, dossier, roman, number] = match;
  let vergaderjaar: string | null = null;
  if (firstYear && secondYear) {
    const second = secondYear.length === 4 ? Number(secondYear) : 2000 + Number(secondYear.slice(-2));
    vergaderjaar = `${second - 1}/${String(second).slice(-2)}`;
  } else {
    const year = /\b(20\d{2})\s*[/\-–]\s*(\d{2})\b/.exec(value);
    if (year?.[1] && year[2]) vergaderjaar = `${year[1]}/${year[2]}`;
  }
  if (dossier === undefined || number === undefined) return null;
  const last = dossier.replace(/[\s.]/g, '') + (roman ? `-${roman.toUpperCase()}` : '');
  const before = earlier.every((m) => m !== null) ? earlier.map((m) => (m[1] ?? '').replace(/[\s.]/g, '') + (m[2] ? `-${m[2].toUpperCase()}` : '')) : [];
  const dossierNumber = [...before, last].join('/');
  const nr = /^\d+$/.test(number) ? String(Number(number)) : number.toUpperCase();
  return { dossier: dossierNumber, number: nr, vergaderjaar };
}

/** "Dekker-Abdulaziz (D66), Romke de Jong en Van der Graaf c.s." → names and c.s. */
export function parseSubmittersCell(text: string | null | undefined): { submitters: string[]; cs: boolean } {
  if (!text) return { submitters: [], cs: false };
  let value = text.replace(/\s+/g, ' ').trim().replace(/^(?:de\s+)?(?:het\s+lid|de\s+leden|leden|lid)\s+/i, '');
  const cs = /\bc\.\s?s\.?/i.test(value);
  value = value.replace(/\s*\bc\.\s?s\.?/gi, '').replace(/\([^)]*\)/g, '');
  const submitters = value
    .split(/\s*[,;/]\s*|\s+(?:en|&)\s+|\n/i)
    .map((name) => name.trim().replace(/[.;:]$/, ''))
    .filter((name) => name !== '' && name.length <= 60)
    .map(upperFirst);
  return { submitters, cs };
}

/** Full and short ministry names, as written after "Minister van" or in a Ministerie column. */
const MINISTRY_NAMES: readonly { pattern: RegExp; ministry: string }[] = [
  { pattern: /onderwijs,?\s+cultuur\s+en\s+wetenschap/, ministry: 'OCW' },
  { pattern: /sociale\s+zaken(?:\s+en\s+werkgelegenheid)?/, ministry: 'SZW' },
  { pattern: /volksgezondheid(?:,?\s+welzijn\s+en\s+sport)?/, ministry: 'VWS' },
  { pattern: /justitie\s+en\s+veiligheid|veiligheid\s+en\s+justitie|rechtsbescherming/, ministry: 'JenV' },
  { pattern: /binnenlandse\s+zaken(?:\s+en\s+koninkrijksrelaties)?|gemeentefonds|provinciefonds|bes-fonds/, ministry: 'BZK' },
  { pattern: /infrastructuur\s+en\s+waterstaat|infrastructuur\s+en\s+milieu|deltafonds|mobiliteitsfonds|infrastructuurfonds/, ministry: 'IenW' },
  { pattern: /financien/, ministry: 'Fin' },
  { pattern: /economische\s+zaken\s+en\s+klimaat/, ministry: 'EZK' },
  { pattern: /economische\s+zaken/, ministry: 'EZ' },
  { pattern: /landbouw,?\s+visserij,?\s+voedselzekerheid\s+en\s+natuur/, ministry: 'LVVN' },
  { pattern: /landbouw,?\s+natuur\s+en\s+voedselkwaliteit/, ministry: 'LNV' },
  { pattern: /defensie/, ministry: 'Def' },
  { pattern: /buitenlandse\s+handel(?:\s+en\s+ontwikkelingssamenwerking)?|ontwikkelingssamenwerking/, ministry: 'BHO' },
  { pattern: /buitenlandse\s+zaken/, ministry: 'BZ' },
  { pattern: /algemene\s+zaken|minister-president/, ministry: 'AZ' },
  { pattern: /klimaat\s+en\s+groene\s+groei/, ministry: 'KGG' },
  { pattern: /volkshuisvesting(?:\s+en\s+ruimtelijke\s+ordening)?/, ministry: 'VRO' },
  { pattern: /asiel\s+en\s+migratie/, ministry: 'AenM' },
];

/** The ministry a name, an abbreviation or a sentence names ("Ministerie van OCW", "Financiën"). */
export function ministryOfName(text: string | null | undefined): string | null {
  if (!text) return null;
  const value = plain(text);
  for (const { pattern, ministry } of MINISTRY_NAMES) if (pattern.test(value)) return ministry;
  // An abbreviation only as written (OCW, JenV): "de" or "az" in running text is no ministry.
  for (const token of text.split(/[^A-Za-z]+/)) {
    if (token.length >= 2 && MINISTRIES.includes(token) && /^[A-Z]/.test(token)) return token;
  }
  return null;
}

/**
 * Bewindspersonen in a cell: codes ("MOCW, SOCW"), or functions ("Minister van Landbouw,
 * Visserij, Voedselzekerheid en Natuur", "staatssecretaris van Financiën"), several separated by
 * ";", "/" or a new line. A ministry alone ("OCW", "Ministerie van OCW") stands for its minister.
 */
export function parseResponsibleCell(text: string | null | undefined): Responsibility[] {
  if (!text || text.trim() === '') return [];
  const codes = parseCodeLine(text.replace(/[;/]/g, ' , '));
  if (codes?.rest.replace(/[,\s]/g, '') === '') return codes.responsible;
  const out: Responsibility[] = [];
  const add = (role: 'M' | 'S', ministry: string) => {
    const code = `${role}${ministry}`;
    if (!out.some((r) => r.code === code)) out.push({ code, ministry });
  };
  const parts = text.split(/\s*(?:;|\n|\/|\s+en\s+(?=(?:de\s+)?(?:minister|staatssecretaris|bewindspersoon)))\s*/i);
  for (const part of parts) {
    const value = plain(part);
    if (value === '') continue;
    const ministry = ministryOfName(part);
    const target = /^[A-Za-z]{2,8}$/.test(part.trim()) ? parseTarget(part.trim()) : null;
    if (target?.kind === 'code') {
      add(target.code[0] as 'M' | 'S', target.ministry);
      continue;
    }
    if (!ministry) continue;
    add(/\bstaatssecretaris\b|\bstas\b/.test(value) ? 'S' : 'M', ministry);
  }
  return out;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/**
 * A cell that is a calendar date and nothing else: "2025-03-31", "2025-03-31T00:00:00",
 * "31-3-2025", "31/03/2025", "31.03.2025", "31 maart 2025". Null for anything else (a period,
 * "voor de zomer").
 */
export function parseDateCell(text: string | null | undefined): string | null {
  if (!text) return null;
  const value = text.trim().toLowerCase();
  let match = /^(\d{4})-(\d{2})-(\d{2})(?:[t ][\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (match) return isoIfValid(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(value);
  if (match) {
    const year = match[3]?.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
    return isoIfValid(year, Number(match[2]), Number(match[1]));
  }
  match = /^(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(value);
  if (match) {
    const word = match[2] ?? '';
    const month = MONTHS.findIndex((name) => name === word || (word.length >= 3 && name.startsWith(word)));
    if (month >= 0) return isoIfValid(Number(match[3]), month + 1, Number(match[1]));
  }
  return null;
}

/** A date anywhere in a text ("aangenomen op 12 april 2023", "Datum: 3-4-2024"); the first one. */
export function findDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const pattern = new RegExp(`\\b(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}|\\d{1,2}\\s+(?:${MONTHS.join('|')})\\s+\\d{4})\\b`, 'i');
  const match = pattern.exec(text);
  return match ? parseDateCell(match[1]) : null;
}

/** Begroting chapters (the suffix of a budget's Kamerstuk, "36200 VIII") → the ministry whose budget it is. */
const CHAPTERS: Readonly<Record<string, string>> = {
  III: 'AZ', IV: 'BZK', V: 'BZ', VI: 'JenV', VII: 'BZK', VIII: 'OCW', IX: 'Fin', IXB: 'Fin', X: 'Def', XII: 'IenW',
  XIII: 'EZ', XIV: 'LVVN', XV: 'SZW', XVI: 'VWS', XVII: 'BHO', XVIII: 'BZK', XXII: 'VRO', XXIII: 'KGG',
  A: 'IenW', B: 'BZK', C: 'BZK', J: 'IenW', K: 'BZK', H: 'LVVN',
};

/** The ministry of a begroting Kamerstuk's chapter ("36200-VIII" → OCW); null for other dossiers. */
export function ministryOfChapter(dossier: string): string | null {
  const chapter = /-([IVXL]+B?|[A-Z])$/.exec(dossier)?.[1];
  return chapter ? (CHAPTERS[chapter] ?? null) : null;
}
