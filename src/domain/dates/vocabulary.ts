// Dutch vocabulary of date expressions. Every word is written lower case without accents,
// as the tokenizer delivers it (vóór -> voor, één -> een).
import type { RecessName } from './calendar.ts';

/** Full month names; these may stand alone after a relation word ("in april"). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['januari', 1], ['februari', 2], ['maart', 3], ['april', 4], ['mei', 5], ['juni', 6],
  ['juli', 7], ['augustus', 8], ['september', 9], ['oktober', 10], ['november', 11], ['december', 12],
]);

/** Abbreviations: only a date when a day number precedes or a year follows ("Jan de Vries"). */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['feb', 2], ['febr', 2], ['mrt', 3], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7],
  ['aug', 8], ['sep', 9], ['sept', 9], ['okt', 10], ['oct', 10], ['nov', 11], ['dec', 12],
]);

export const MONTH_NAMES_NL = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

export const WEEKDAY_NAMES_NL = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;

/** Weekday names that may precede a date ("maandag 2 oktober"). Abbreviations (zo, ma) never count. */
export const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES_NL);
/** A weekday or a part of one before a date: "vóór vrijdag 13 maart", "uiterlijk donderdagochtend 24 oktober". */
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAY_NAMES_NL.flatMap((d) => [d, `${d}ochtend`, `${d}middag`, `${d}avond`]));

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['een', 1], ['twee', 2], ['drie', 3], ['vier', 4], ['vijf', 5], ['zes', 6], ['zeven', 7],
  ['acht', 8], ['negen', 9], ['tien', 10], ['elf', 11], ['twaalf', 12], ['veertien', 14],
  ['vijftien', 15], ['twintig', 20], ['dertig', 30], ['zestig', 60], ['negentig', 90],
]);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['eerste', 1], ['tweede', 2], ['derde', 3], ['vierde', 4],
]);

export type Season = 'voorjaar' | 'zomer' | 'najaar' | 'winter';

export const SEASONS: ReadonlyMap<string, Season> = new Map([
  ['voorjaar', 'voorjaar'], ['lente', 'voorjaar'], ['zomer', 'zomer'],
  ['najaar', 'najaar'], ['herfst', 'najaar'], ['winter', 'winter'],
]);

export const RECESSES: ReadonlyMap<string, RecessName> = new Map([
  ['zomerreces', 'zomerreces'], ['kerstreces', 'kerstreces'], ['meireces', 'meireces'],
  ['herfstreces', 'herfstreces'], ['voorjaarsreces', 'voorjaarsreces'], ['krokusreces', 'voorjaarsreces'],
  // The school holidays the Kamer's recesses follow ("voor de start van de herfstvakantie"), as "de kerstvakantie" is the kerstreces.
  ['herfstvakantie', 'herfstreces'], ['voorjaarsvakantie', 'voorjaarsreces'], ['krokusvakantie', 'voorjaarsreces'],
  ['meivakantie', 'meireces'], ['zomervakantie', 'zomerreces'],
]);

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

export const UNITS: ReadonlyMap<string, TimeUnit> = new Map([
  ['dag', 'day'], ['dagen', 'day'], ['werkdag', 'day'], ['werkdagen', 'day'],
  ['week', 'week'], ['weken', 'week'],
  ['maand', 'month'], ['maanden', 'month'],
  ['jaar', 'year'], ['jaren', 'year'],
]);

/** Sub-windows of a period: begin / medio / eind. */
export type Part = 'begin' | 'mid' | 'end';

/** Adjectives before a season: "het vroege najaar", "het late voorjaar". */
export const SEASON_ADJECTIVES: ReadonlyMap<string, Part> = new Map([
  ['vroege', 'begin'], ['late', 'end'],
]);

/** Multi-word parts, longest first. "in de eerste maanden van Y" is begin Y. */
export const PART_PHRASES: readonly { words: readonly string[]; part: Part }[] = [
  { words: ['in', 'de', 'eerste', 'maanden', 'van'], part: 'begin' },
  { words: ['de', 'eerste', 'maanden', 'van'], part: 'begin' },
  { words: ['aan', 'het', 'begin', 'van'], part: 'begin' },
  { words: ['in', 'het', 'begin', 'van'], part: 'begin' },
  { words: ['aan', 'het', 'einde', 'van'], part: 'end' },
  { words: ['aan', 'het', 'eind', 'van'], part: 'end' },
  { words: ['in', 'het', 'midden', 'van'], part: 'mid' },
  { words: ['het', 'begin', 'van'], part: 'begin' },
  { words: ['het', 'einde', 'van'], part: 'end' },
  { words: ['het', 'eind', 'van'], part: 'end' },
  { words: ['het', 'midden', 'van'], part: 'mid' },
  { words: ['eind', 'van'], part: 'end' },
  { words: ['einde', 'van'], part: 'end' },
  { words: ['halverwege'], part: 'mid' },
  { words: ['begin'], part: 'begin' },
  { words: ['medio'], part: 'mid' },
  { words: ['midden'], part: 'mid' },
  { words: ['half'], part: 'mid' },
  { words: ['eind'], part: 'end' },
  { words: ['einde'], part: 'end' },
];

/** What a relation word means before its anchor; resolved into a Relation in combine.ts. */
export type RelationWord =
  | 'on' // op
  | 'by' // uiterlijk
  | 'before' // voor, vóór, eerder dan, voorafgaand aan
  | 'in' // in, tijdens, gedurende, in de loop van
  | 'around' // rond, omstreeks
  | 'after' // na, na afloop van
  | 'notBefore' // niet voor, niet eerder dan, op zijn vroegst
  | 'until' // tot
  | 'untilIncl' // tot en met, t/m
  | 'from' // per, vanaf, met ingang van
  | 'with' // bij, met, gelijktijdig met
  | 'ahead'; // in aanloop naar, ter voorbereiding op: before an event or a budget moment only

/** Relation phrases, longest first within the same first word. */
export const RELATION_PHRASES: readonly { words: readonly string[]; rel: RelationWord }[] = [
  { words: ['uiterlijk', 'voor'], rel: 'before' },
  { words: ['uiterlijk', 'op'], rel: 'by' },
  { words: ['uiterlijk', 'in'], rel: 'by' },
  { words: ['uiterlijk', 'bij'], rel: 'by' },
  { words: ['uiterlijk', 'per'], rel: 'by' },
  { words: ['uiterlijk', 'tijdens'], rel: 'by' },
  { words: ['uiterlijk'], rel: 'by' },
  { words: ['ten', 'laatste', 'op'], rel: 'by' },
  { words: ['ten', 'laatste', 'in'], rel: 'by' },
  { words: ['ten', 'laatste'], rel: 'by' },
  { words: ['niet', 'voor'], rel: 'notBefore' },
  { words: ['niet', 'eerder', 'dan'], rel: 'notBefore' },
  { words: ['niet', 'vroeger', 'dan'], rel: 'notBefore' },
  { words: ['niet', 'later', 'dan'], rel: 'by' },
  { words: ['op', 'zijn', 'vroegst'], rel: 'notBefore' },
  { words: ['op', 'z', "'", 'n', 'vroegst'], rel: 'notBefore' },
  { words: ['voor'], rel: 'before' },
  { words: ['eerder', 'dan'], rel: 'before' },
  { words: ['voorafgaand', 'aan'], rel: 'before' },
  { words: ['voorafgaande', 'aan'], rel: 'before' },
  { words: ['op'], rel: 'on' },
  { words: ['in', 'de', 'loop', 'van'], rel: 'in' },
  { words: ['in', 'aanloop', 'naar'], rel: 'ahead' },
  { words: ['in', 'de', 'aanloop', 'naar'], rel: 'ahead' },
  { words: ['ter', 'voorbereiding', 'op'], rel: 'ahead' },
  { words: ['ter', 'voorbereiding', 'van'], rel: 'ahead' },
  // "ten behoeve van / t.b.v. het commissiedebat van 9 mei": for use at it, so before it (events only, as "ahead").
  { words: ['ten', 'behoeve', 'van'], rel: 'ahead' },
  { words: ['t', '.', 'b', '.', 'v', '.'], rel: 'ahead' },
  { words: ['ergens', 'in'], rel: 'in' },
  { words: ['in'], rel: 'in' },
  { words: ['tijdens'], rel: 'in' },
  { words: ['gedurende'], rel: 'in' },
  { words: ['rond'], rel: 'around' },
  { words: ['rondom'], rel: 'around' },
  { words: ['omstreeks'], rel: 'around' },
  { words: ['na', 'afloop', 'van'], rel: 'after' },
  { words: ['na'], rel: 'after' },
  { words: ['tot', 'en', 'met'], rel: 'untilIncl' },
  { words: ['t', '/', 'm'], rel: 'untilIncl' },
  { words: ['tot', 'uiterlijk'], rel: 'by' },
  { words: ['tot', 'aan'], rel: 'until' },
  { words: ['tot', 'ten', 'minste'], rel: 'untilIncl' },
  { words: ['tot', 'minimaal'], rel: 'untilIncl' },
  { words: ['tot', 'in', 'ieder', 'geval'], rel: 'untilIncl' },
  { words: ['tot'], rel: 'until' },
  { words: ['met', 'ingang', 'van'], rel: 'from' },
  { words: ['m', '.', 'i', '.', 'v', '.'], rel: 'from' },
  { words: ['per'], rel: 'from' },
  { words: ['vanaf'], rel: 'from' },
  // Reference points; roles.ts keeps them from ever being a deadline.
  { words: ['sinds'], rel: 'from' },
  { words: ['sedert'], rel: 'from' },
  { words: ['uit'], rel: 'in' },
  { words: ['gelijktijdig', 'met'], rel: 'with' },
  { words: ['tegelijk', 'met'], rel: 'with' },
  { words: ['bij'], rel: 'with' },
  { words: ['met'], rel: 'with' },
];

/** Vague terms (soft, estimate). `months`/`weeks` is the window after the reference date. */
export interface VagueTerm {
  words: readonly string[];
  weeks?: number;
  months?: number;
}

export const VAGUE_TERMS: readonly VagueTerm[] = [
  { words: ['op', 'zo', 'kort', 'mogelijke', 'termijn'], months: 3 },
  { words: ['op', 'een', 'zo', 'kort', 'mogelijke', 'termijn'], months: 3 },
  { words: ['op', 'kortst', 'mogelijke', 'termijn'], months: 3 },
  { words: ['op', 'korte', 'termijn'], months: 3 },
  { words: ['op', 'zeer', 'korte', 'termijn'], months: 3 },
  { words: ['op', 'heel', 'korte', 'termijn'], months: 3 },
  { words: ['op', 'de', 'kortst', 'mogelijke', 'termijn'], months: 3 },
  { words: ['op', 'de', 'kortst', 'mogelijk', 'termijn'], months: 3 },
  { words: ['zo', 'spoedig', 'mogelijk'], months: 3 },
  { words: ['zo', 'snel', 'mogelijk'], months: 3 },
  { words: ['zo', 'spoedig', 'als', 'mogelijk'], months: 3 },
  { words: ['zo', 'snel', 'als', 'mogelijk'], months: 3 },
  { words: ['zo', 'snel', 'als', 'het', 'kan'], months: 3 },
  { words: ['zo', 'spoedig', 'als', 'het', 'kan'], months: 3 },
  // "zo snel als verantwoord mogelijk", "zo spoedig als redelijkerwijs mogelijk": the same term, hedged.
  ...['verantwoord', 'redelijkerwijs', 'praktisch', 'technisch'].flatMap((hedge) => [
    { words: ['zo', 'snel', 'als', hedge, 'mogelijk'], months: 3 },
    { words: ['zo', 'spoedig', 'als', hedge, 'mogelijk'], months: 3 },
  ]),
  { words: ['z', '.', 's', '.', 'm', '.'], months: 3 },
  { words: ['z', '.', 's', '.', 'm'], months: 3 },
  { words: ['zsm'], months: 3 },
  { words: ['binnenkort'], months: 3 },
  { words: ['spoedig'], months: 3 },
  { words: ['spoedige'], months: 3 },
  // "snel" only as acting soon ("dit onderzoek snel uit te voeren", "om snel te komen tot"): parse-dates guards it.
  { words: ['snel'], months: 3 },
  { words: ['met', 'spoed'], months: 3 },
  { words: ['met', 'grote', 'spoed'], months: 3 },
  { words: ['met', 'de', 'grootst', 'mogelijke', 'spoed'], months: 3 },
  { words: ['met', 'de', 'grootste', 'spoed'], months: 3 },
  { words: ['per', 'direct'], months: 1 },
  // "met onmiddellijke / directe ingang" is "per direct" ("met ingang van 1 januari" stays a start: relation from).
  { words: ['met', 'onmiddellijke', 'ingang'], months: 1 },
  { words: ['met', 'directe', 'ingang'], months: 1 },
  { words: ['per', 'omgaande'], months: 1 },
  { words: ['per', 'ommegaande'], months: 1 },
  { words: ['onmiddellijk'], months: 1 },
  { words: ['onmiddellijke'], months: 1 },
  { words: ['direct'], months: 1 },
  { words: ['binnen', 'een', 'paar', 'weken'], weeks: 6 },
  { words: ['binnen', 'enkele', 'weken'], weeks: 6 },
  { words: ['binnen', 'een', 'paar', 'maanden'], months: 6 },
  { words: ['binnen', 'enkele', 'maanden'], months: 6 },
  // "wordt over enkele maanden verwacht": as "binnen enkele maanden" ("over N maanden" needs its N).
  { words: ['over', 'enkele', 'maanden'], months: 6 },
  { words: ['over', 'een', 'paar', 'maanden'], months: 6 },
  { words: ['over', 'enkele', 'weken'], weeks: 6 },
  { words: ['over', 'een', 'paar', 'weken'], weeks: 6 },
  { words: ['in', 'de', 'komende', 'weken'], weeks: 6 },
  { words: ['de', 'komende', 'weken'], weeks: 6 },
  { words: ['in', 'de', 'komende', 'maanden'], months: 6 },
  { words: ['de', 'komende', 'maanden'], months: 6 },
  { words: ['in', 'de', 'nabije', 'toekomst'], months: 6 },
];

/**
 * Words after which "direct" / "onmiddellijk" / "spoedig" is not a term of its own
 * ("direct na het zomerreces", "direct betrokken", "spoedig na").
 */
export const VAGUE_BLOCKERS: ReadonlySet<string> = new Set([
  'na', 'nadat', 'voor', 'voorafgaand', 'bij', 'betrokken', 'belanghebbenden', 'gevolg', 'verband',
  'contact', 'aan', 'op', 'in', 'met', 'door', 'van', 'uit', 'te', 'gerelateerd', 'daarna', 'daarop',
  'toepasbaar', 'toegankelijk', 'duidelijk', 'zichtbaar', 'inzetbaar', 'beschikbaar', 'effect',
  'verantwoordelijk', 'of', 'dan', 'zo', 'afkomstig', 'gekoppeld', 'verbonden', 'bruikbaar', 'geraakt', 'getroffen',
]);

/** Words before "direct" that make it an adjective or adverb of manner ("niet direct", "meer direct"). */
export const VAGUE_PRE_BLOCKERS: ReadonlySet<string> = new Set(['niet', 'meer', 'minder', 'zeer', 'heel', 'vrij', 'het', 'de', 'een', 'zo']);

const EVERY_WORDS = ['elk', 'elke', 'ieder', 'iedere', 'per'] as const;
/** The periods after "ieder / elk / per" (and "om het", parse-dates.ts recurringAt). */
export const EVERY_PERIODS: readonly { words: readonly string[]; months: number }[] = [
  { words: ['jaar'], months: 12 },
  { words: ['half', 'jaar'], months: 6 },
  { words: ['halfjaar'], months: 6 },
  { words: ['kwartaal'], months: 3 },
  { words: ['maand'], months: 1 },
];

/** Recurring words: period in months. Every "ieder / iedere / elk / elke / per" + period is one. */
export const RECURRING_WORDS: readonly { words: readonly string[]; months: number }[] = [
  ...EVERY_WORDS.flatMap((every) => EVERY_PERIODS.map((p) => ({ words: [every, ...p.words], months: p.months }))),
  { words: ['jaarlijks'], months: 12 },
  { words: ['tweejaarlijks'], months: 24 },
  { words: ['driejaarlijks'], months: 36 },
  { words: ['vierjaarlijks'], months: 48 },
  { words: ['halfjaarlijks'], months: 6 },
  { words: ['driemaandelijks'], months: 3 },
  { words: ['tweemaandelijks'], months: 2 },
  { words: ['maandelijks'], months: 1 },
];

/**
 * Recurring adjectives count only before a report of the government ("een jaarlijkse rapportage",
 * "halfjaarlijkse informatie"), never before anything else ("de jaarlijkse koopkrachtberekeningen").
 */
export const RECURRING_ADJECTIVES: ReadonlyMap<string, number> = new Map([
  ['jaarlijkse', 12], ['tweejaarlijkse', 24], ['halfjaarlijkse', 6], ['driemaandelijkse', 3], ['tweemaandelijkse', 2], ['maandelijkse', 1],
]);
export const REPORT_NOUNS: ReadonlySet<string> = new Set([
  'rapportage', 'rapportages', 'informatie', 'inzage', 'overzicht', 'overzichten', 'verslag', 'verslagen',
  'verslaglegging', 'monitor', 'monitoring', 'voortgangsbrief', 'voortgangsrapportage', 'voortgangsrapportages',
  'brief', 'brieven', 'update', 'updates', 'rapport', 'stand', 'cijfers', 'kamerbrief',
]);

/** After a recurring word these show an amount or a count: "jaarlijks 25 miljoen". */
export const AMOUNT_WORDS: ReadonlySet<string> = new Set([
  'euro', 'eur', 'miljoen', 'miljard', 'duizend', 'honderd', 'ongeveer', 'circa', 'ca', 'zo\'n', 'ruim',
  'bijna', 'maximaal', 'minimaal', 'meer', 'minder', 'tot', 'gemiddeld', 'structureel', 'incidenteel',
  'extra', 'bedrag', 'twee', 'drie', 'vier', 'vijf', 'tien', 'honderden', 'duizenden', 'tientallen',
]);

/** After a year number these show it is a count: "in 2000 gevallen". */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'euro', 'miljoen', 'miljard', 'keer', 'gevallen', 'procent', 'mensen', 'personen', 'scholen',
  'leerlingen', 'studenten', 'deelnemers', 'meldingen', 'woningen', 'banen', 'uur', 'uren', 'km',
  'kilometer', 'meter', 'dossiers', 'zaken', 'organisaties', 'gemeenten', 'bedrijven', 'plaatsen',
]);

/** Ministry codes as used in "de begroting van OCW". */
export const MINISTRIES: ReadonlyMap<string, string> = new Map([
  ['ocw', 'OCW'], ['szw', 'SZW'], ['vws', 'VWS'], ['jenv', 'JenV'], ['bzk', 'BZK'], ['ienw', 'IenW'],
  ['fin', 'Fin'], ['financien', 'Fin'], ['ezk', 'EZK'], ['ez', 'EZ'], ['lnv', 'LNV'], ['lvvn', 'LVVN'],
  ['def', 'Def'], ['defensie', 'Def'], ['bz', 'BZ'], ['buza', 'BZ'], ['az', 'AZ'], ['kgg', 'KGG'],
  ['vro', 'VRO'], ['bhos', 'BHOS'], ['sz', 'SZ'],
]);

/** Parliamentary debates that can be named by their date ("het commissiedebat van 9 mei"). */
export const DEBATE_WORDS: ReadonlySet<string> = new Set([
  'debat', 'commissiedebat', 'tweeminutendebat', 'plenaire', 'wgo', 'wetgevingsoverleg', 'notaoverleg',
  'overleg', 'algemeen', 'mondeling', 'rondetafelgesprek', 'hoorzitting', 'technische', 'briefing',
  'werkbezoek', 'stemmingen', 'vragenuur', 'wetgevingsoverleg', 'procedurevergadering',
]);

/**
 * Meetings that can be named by their date like a debate ("in de Transportraad van 4 juni", "voor de
 * Europese top van 26 juni aanstaande"), with the adjectives that may stand before them.
 */
export const MEETING_WORDS: ReadonlySet<string> = new Set([
  'raad', 'milieuraad', 'transportraad', 'landbouwraad', 'visserijraad', 'ecofinraad', 'ecofin', 'energieraad',
  'telecomraad', 'onderwijsraad', 'concurrentievermogenraad', 'werkgelegenheidsraad', 'jbz-raad', 'jbz',
  // Raad Buitenlandse Zaken / Algemene Zaken by their abbreviations ("tijdens de RBZ van 15 juli").
  'rbz', 'raz',
  'top', 'klimaattop', 'navo-top', 'eu-top', 'conferentie', 'klimaatconferentie', 'ministersconferentie',
  'bijeenkomst', 'vergadering', 'ministerraad', 'eurogroep', 'ontmoeting',
]);
export const MEETING_ADJECTIVES: ReadonlySet<string> = new Set([
  'europese', 'eu', 'informele', 'formele', 'eerstvolgende', 'volgende', 'komende', 'aankomende', 'aanstaande', 'eerstkomende',
  'navo', 'jaarlijkse', 'strategische',
]);

/** Groups phrases by their first word, longest phrase first: one Map lookup per token. */
export function indexByFirstWord<T extends { words: readonly string[] }>(list: readonly T[]): ReadonlyMap<string, readonly T[]> {
  const index = new Map<string, T[]>();
  for (const item of list) {
    const first = item.words[0] as string;
    const bucket = index.get(first);
    if (bucket) bucket.push(item);
    else index.set(first, [item]);
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return index;
}
