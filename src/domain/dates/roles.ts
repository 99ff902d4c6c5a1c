// The role of every date expression in a text (docs/DATES.md, "Dates that are never the
// informing deadline"): only a `deadline` can become an item's informing deadline. A date
// that names a reference point, an event as a topic, the content of the requested measure or
// a milestone is still returned, with its role, so a person can see why it was not taken.
import { daysBetween } from './calendar-date.ts';
import type { DateExpression, IsoDate } from './types.ts';
import { hasAny, lastMatch, type Gate } from './regex-scan.ts';
import { KAMER_MEETING, PROMISE, sentenceStartOf, tenseOf, voiceOf } from './voice.ts';

export type DateRole = 'deadline' | 'reference' | 'content' | 'milestone';

export interface RoleContext {
  /** The clause belongs to a motie's consideration ("constaterende dat …"), up to its semicolon. */
  consideration: boolean;
  /** Normalised text of the expression's clause (lower case, no accents). */
  clause: string;
  /** Whether the clause informs the Kamer or delivers something (pick-deadline's informing words). */
  informing: boolean;
  /** Whether the clause commits to delivering something ("verwacht", "streeft", "zal … indienen"). */
  commitment?: boolean;
  /** Where the clause's first informing word starts (in `clause`), or -1. */
  informingAt?: number;
}

/** Any character outside ASCII: only such a text can change under NFD or hold a combining mark. */
const NON_ASCII = /[\u0080-\uffff]/;

function normalise(text: string): string {
  return (NON_ASCII.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text).toLowerCase();
}

/** The words of normalised text, keeping "d.d." and "t.o.v." whole. */
export function wordsOfNormalised(normalised: string): string[] {
  return normalised.match(/[a-z0-9]+(?:\.[a-z0-9]+)*\.?|[a-z]+/g) ?? [];
}

/** Characters from the end within which lastWordsOfNormalised looks for its cut. */
const LAST_WORDS_REACH = 24;

/**
 * The last words of normalised text as wordsOfNormalised gives them: at least its last three (or all of them), for the
 * rules that read only the words right before a date (issue 28). Read from the text after a character no word holds
 * (not a-z, 0-9 or "."), found within LAST_WORDS_REACH of the end: a word never runs across such a character and the
 * expression looks at nothing before where it starts, so the words of that part are the text's own last words. When
 * the part holds fewer than three, the whole text is read.
 */
export function lastWordsOfNormalised(normalised: string): string[] {
  for (let q = Math.max(1, normalised.length - LAST_WORDS_REACH); q < normalised.length; q++) {
    const c = normalised.charCodeAt(q - 1);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46) continue;
    const words = wordsOfNormalised(normalised.slice(q));
    if (words.length >= 3) return words;
    break;
  }
  return wordsOfNormalised(normalised);
}

/** The words of `text` (normalised), keeping "d.d." and "t.o.v." whole. */
function wordsOf(text: string): string[] {
  return wordsOfNormalised(normalise(text));
}

/**
 * normalise(text.slice(from)) for the many slices a role reads of the same text: an ASCII text is lower-cased once and
 * sliced (there normalise is toLowerCase, one character for one, so the offsets hold); so is a text of CHARWISE
 * characters (accented letters, quotes, dashes), normalised once; any other text is normalised per slice, as before.
 */
function sliceReader(text: string): (from: number) => string {
  if (NON_ASCII.test(text)) {
    // A text of characters that each normalise to one character of their own ("«", "é", "–"): normalised once and sliced,
    // not once per slice (issue 28).
    if (CHARWISE.test(text)) {
      const folded = normalise(text);
      return (from) => folded.slice(from);
    }
    return (from) => normalise(text.slice(from));
  }
  const lower = text.toLowerCase();
  return (from) => lower.slice(from);
}

/**
 * Texts whose every character normalise() turns into exactly one character, whatever stands around it: Latin letters
 * with their accents (NFD gives the letter and marks in U+0300-U+036F, which are dropped), Latin-1 punctuation and
 * General Punctuation ("«", "’", "–", "…"), the euro sign: U+0000-U+024F, U+2000-U+206F and U+20AC, written as what
 * they are not. For such a text normalise(text.slice(from)) is normalise(text).slice(from) (role-gates.test.ts checks
 * every one of these characters).
 */
export const CHARWISE = /^[^\u0250-\u1fff\u2070-\u20ab\u20ad-\uffff]*$/;

/** Words right before a date that make it a reference point: "de brief van 3 mei", "sinds 2021", "uit 2022". */
const REFERENCE_BEFORE: ReadonlySet<string> = new Set([
  'van', 'uit', 'sinds', 'sedert', 'dd', 'd.d.', 'd.d', 'gedateerd', 'dato', 'peildatum', 'peilmoment',
  'gepubliceerd', 'verschenen', 'aangenomen', 'ingediend', 'vastgesteld', 'gehouden', 'plaatsgevonden',
  'toegezegd', 'aangekondigd', 'ondertekend', 'gesloten', 'opgesteld', 'verstuurd', 'verzonden', 'gestuurd',
  'bekendgemaakt', 'genomen', 'gedaan', 'geweest', 'sindsdien', 'vergeleken', 'opzichte', 't.o.v.', 'tov',
  'met',
]);

/** Words that make a date that follows "van" the content of a measure, not a reference: "de einddatum van 1 januari 2030". */
const CONTENT_NOUN = /(?:datum|deadline|termijn|einddatum|sluitingsdatum|ingangsdatum|inschrijfdeadline|streefdatum|mijlpaal)$/;

/** Words right after a date that make it a reference point: "1 januari 2020 als peildatum". */
const REFERENCE_AFTER = /^\s*(?:als|tot de)?\s*(?:peildatum|peilmoment|referentiedatum|referentiejaar|basisjaar|ijkmoment)\b/;

/** Term words: an expression that starts with one of these carries its own relation. */
const TERM_START: ReadonlySet<string> = new Set([
  'voor', 'uiterlijk', 'ten', 'binnen', 'in', 'bij', 'rond', 'rondom', 'omstreeks', 'na', 'op', 'tijdens',
  'gedurende', 'eerder', 'voorafgaand', 'voorafgaande', 'niet', 'tot', 'per', 'vanaf', 'met', 'gelijktijdig',
  'tegelijk', 'over', 'om', 'elk', 'elke', 'ieder', 'iedere', 'jaarlijks', 'halfjaarlijks', 'tweejaarlijks',
  'driejaarlijks', 'vierjaarlijks', 'driemaandelijks', 'tweemaandelijks', 'maandelijks', 'zo', 'z', 'zsm', 'binnenkort', 'spoedig', 'spoedige', 'onmiddellijke',
  'onmiddellijk', 'direct', 'ergens', 'tussen', 'van', 'vanaf', 'sinds', 'sedert', 'uit', 'aan', 'halverwege', 'ter',
]);

/** A motie's considerations ("constaterende dat …", "overwegende dat …") state facts, never terms. */
export const CONSIDERATION_START = /^\W*(?:en |voorts |tevens |ook |mede )?(?:constaterende|overwegende|van mening|gelet op|gezien|gehoord|constateert|overweegt|memorerende|erkennende|wijzende op|vaststellende)\b/;


/** Verbs that make a date the moment a measure starts or ends ("het rookverbod op 1 juli ingaat"). */
const CONTENT_VERBS = /\bga(?:at|an) (?:[a-z0-9]+ ){0,8}in\b(?=\s*[.;,]|\s*$)|\b(?<!laten )(?:loopt|lopen|geldt|(?<!\b(?:de|deze|alle|extra|publieke|beschikbare) |-)gelden|ingaat|ingaan|in werking (?:treedt|treden)|van kracht|afloopt|aflopen|vervalt|vervallen|verloopt|eindigt|eindigen|sluit|(?<!\bhet )sluiten)\b/;

/** Whose rhythm a recurring term is when the clause does not inform the Kamer: someone else's, or a fact ("sinds 2008 laat RWS jaarlijks …"). */
/** The occasion of an Eerste Kamer toezegging, up to its "toe": "naar aanleiding van vragen en opmerkingen van de leden X (VVD) en Y (CDA), toe". */
const PROMISE_OCCASION = /\bnaar aanleiding van\b[^;:]*?,\s*(?=toe\b)/;
const OTHERS_RHYTHM = /\b(?:door (?:de|het|een)|vragen|vraagt|verplichten|verplicht|laten|laat|instromen|instroom|beschikbaar|ontvangt|ontvangen|sinds|sedert)\b/;

/** Money in a clause: a year in it is a budget year. */
const AMOUNT = /€|\b(?:mln|mld|miljoen|miljard|euro)\b/;
/** Money, also in compounds ("begrotingsgelden", "investeringsmiddelen"), and spending it. */
const SPENT_MONEY = /\b[a-z]*(?:gelden|middelen|budget|budgetten)\b/;
const SPEND = /\b(?:besteden|besteed|besteedt|uitgeven|uitgegeven|uitgeeft|uit te geven|spenderen)\b/;
/** Between a year and the spending after it: an act of its own or a question about the spending ("te evalueren of", "hoe"). */
const ACT_BEFORE_SPEND = /\b(?:te (?!besteden\b|geven\b|spenderen\b)[a-z]+|hoe|(?<!\bniet )of|welke|waar[a-z]*|dat|om|wat|wanneer)\b/;

/** Whether the rest of the year's clause spends money with nothing asked or done about it first. */
function spentInYear(clauseAfter: string): boolean {
  const spend = SPEND.exec(clauseAfter);
  return spend !== null && !ACT_BEFORE_SPEND.test(clauseAfter.slice(0, spend.index));
}

/** A past participle with ge- (also after a separable prefix): "ingevoerd", "gestart", "aangenomen". */
const GE_PARTICIPLE = /^(?:[a-z]{2,5})?ge[a-z]{2,}(?:d|t|en)$/;

/** The month names, once for every pattern here that names a month. */
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
/** A day of the month named in an expression: "de Europese top van 27 en 28 juni". */
const DAY_NAMED = new RegExp(`\\b\\d{1,2}(?:\\s*(?:[-–]|en|tot en met)\\s*\\d{1,2})?\\s+(?:${MONTHS})\\b`);
/**
 * Quotation marks, written out once: left and right curly quotes, the low opening quote, the straight quote (opens and
 * closes) and the apostrophe (only right around an expression: "auto's" and "'s-Hertogenbosch" hold no quote).
 */
const QUOTE_LEFT = '«“‘';
const QUOTE_LOW = '„';
const QUOTE_RIGHT = '»”’';
const QUOTE_STRAIGHT = '"';
const APOSTROPHE = "'";
/** Quotation marks right around an expression. */
const OPEN_QUOTE = new RegExp(`[${QUOTE_LEFT}${QUOTE_STRAIGHT}${APOSTROPHE}]$`);
const CLOSE_QUOTE = new RegExp(`^[${QUOTE_RIGHT}${QUOTE_STRAIGHT}${APOSTROPHE}]`);
/** An article, demonstrative or possessive: a case named with one is a single case, not a kind (the each-case rules). */
const DETERMINER = '(?:de|het|een|deze|dit|die|dat|zijn|haar|hun|uw|onze?)';
/**
 * A norm for each case of a kind, not a moment to deliver by (the soft-manner kind): a soft or short term for how every
 * case is handled ("bij alle aanvragen binnen één week contact opnemen", "de asielprocedure voor asielzoekers … zo snel
 * mogelijk te behandelen", "dat ten onrechte in beslag genomen dieren onmiddellijk worden vrijgelaten"). A generic class
 * (a plural without article, or "alle / iedere / elke …") marks it; one act on a named object keeps its term ("de
 * procedure zo snel mogelijk aanpassen").
 */
const EACH_CASE_BEFORE = new RegExp(String.raw`\bbij (?:alle|iedere?|elke?) [a-z]+|\b[a-z]*(?:procedure|afhandeling|behandeling|beoordeling)s? (?:van|voor) (?!${DETERMINER}\b)[a-z]+(?:en|s)\b`);
/** Every match of TIMELY_FOR holds this (hasAny). */
const TIMELY_FOR_NEEDLES = ['tijd'];
/** A timely act and then what it is for, open up to the expression: "tijdig opleveren, zodat deze betrokken kan worden bij". */
const TIMELY_FOR = /\b(?:tijdig|op tijd)\b[^.;]*\b(?:zodat|dat|opdat)\b[^.;]*\b(?:betrokken|meegenomen|gebruikt|benut|meegewogen)\s+(?:kan|kunnen|worden|wordt)(?: worden)?$/;
/** A present passive of a plural right after the term, in a "dat" clause without article: "dat … dieren onmiddellijk worden vrijgelaten". */
const EACH_CASE_PASSIVE_AFTER = /^\s*(?:worden|kunnen worden|moeten worden) [a-z]+\b/;
const EACH_CASE_THAT = /\bdat ((?:[a-z]+ ){1,8})$/;
const DETERMINERS = new RegExp(String.raw`\b${DETERMINER}\b`);

/** A condition right after a soft term, in its own part of the clause: "het onderhoud onmiddellijk te staken indien …" (each time it holds). */
const CONDITION_AFTER = /^[^,;]{0,60}\b(?:indien|zodra|wanneer|mits|ingeval|in geval)\b/;

/** The cases right after a short term: "dat gemeenten binnen acht weken op aanvragen beslissen". */
const EACH_CASE_AFTER = new RegExp(String.raw`^\s*(?:op|over|bij|na) (?!${DETERMINER}\b)[a-z]{3,}(?:en|s)\b`);

/**
 * A one-time act right after the term, in its part of the clause: changing, studying or delivering something once ("de
 * procedure voor asielzoekers zo snel mogelijk aan te passen", "bij alle ministeries zo spoedig mogelijk te
 * inventariseren", "zo snel mogelijk met een voorstel te komen indien …"). Its term bounds that act, whatever class of
 * cases the act is about (review 9): no each-case then.
 */
const ONE_ACT_AFTER = /^[^;.]{0,200}?\b(?:aan te passen|aanpassen|te verbeteren|verbeteren|te evalueren|evalueren|te herzien|herzien|te wijzigen|wijzigen|te inventariseren|inventariseren|te onderzoeken|onderzoeken|in kaart te brengen|uit te werken|uitwerken|te versnellen|te vereenvoudigen|te verkorten|te herijken|op te stellen|te presenteren|uitvraag|(?:met|te komen met) (?:een|het|de) (?:[a-z]+ ){0,2}(?:voorstel|voorstellen|plan|wetsvoorstel|reactie|brief|analyse|overzicht)(?: te komen)?)\b/;

/** Words that make such cases a definite set to clear once, not a kind: "alle openstaande aanvragen", "nog lopende bezwaren" (review 9). */
const BACKLOG = /\b(?:alle|openstaande|resterende|lopende|huidige|bestaande|achterstallige|nog)\b/;
/** Cases of a kind right before a short term, without article: "een proef met beoordelingen binnen een dag". */
const CASES_BEFORE = /(?:^|\s)((?:[a-z]+\s+)?[a-z]+)\s+(?:aanvragen|aanmeldingen|meldingen|klachten|bezwaren|beoordelingen|beslissingen|uitbetalingen|vergunningaanvragen)\s*$/;

/**
 * Cases of a kind handled right before a short term: "dat overheden rekeningen betalen binnen 30 dagen". The capture holds
 * an adjective and the word before it, so "de gestelde vragen beantwoorden binnen drie weken" is a definite set (review 11).
 */
const CASES_HANDLED_BEFORE = /(?:^|\s)((?:[a-z0-9]+\s+)?(?:[a-z]+(?:de|ke|le|ge|ste)\s+)?)[a-z]*(?:rekeningen|facturen|aanvragen|aanmeldingen|meldingen|klachten|bezwaren|verzoeken|vragen|declaraties|claims)\s+(?:betalen|betaalt|afhandelen|afhandelt|behandelen|behandelt|beantwoorden|beantwoordt|beoordelen|beoordeelt|uitbetalen|uitbetaalt|verwerken|verwerkt)\s*$/;

function eachCase(sentenceBefore: string, afterText: string, soft: boolean): boolean {
  if (ONE_ACT_AFTER.test(afterText)) return false;
  if (EACH_CASE_BEFORE.test(sentenceBefore)) return true;
  const cases = soft ? null : CASES_BEFORE.exec(sentenceBefore);
  if (cases !== null && !DETERMINERS.test(cases[1] as string) && !BACKLOG.test(cases[1] as string)) return true;
  const handled = soft ? null : CASES_HANDLED_BEFORE.exec(sentenceBefore);
  if (handled !== null && !DETERMINERS.test(handled[1] as string) && !BACKLOG.test(handled[1] as string) && !/\d/.test(handled[1] as string)) return true;
  if (soft && CONDITION_AFTER.test(afterText)) return true;
  if (!soft && EACH_CASE_AFTER.test(afterText)) return true;
  const that = EACH_CASE_PASSIVE_AFTER.test(afterText) ? EACH_CASE_THAT.exec(`${sentenceBefore.trimEnd()} `) : null;
  return that !== null && !DETERMINERS.test(that[1] as string);
}

/** A quoted name right around a term glued to a noun: "het «zo spoedig mogelijk»-criterium". */
const QUOTE_COMPOUND = new RegExp(`^[${QUOTE_RIGHT}${QUOTE_STRAIGHT}${APOSTROPHE}]-`);
/** Quotation marks that open and close a quote (not the apostrophe: "auto's", "'s-Hertogenbosch"). */
const QUOTE_OPENERS = QUOTE_LEFT + QUOTE_LOW;
const QUOTE_CLOSERS = QUOTE_RIGHT;
const QUOTE_MARKS: readonly string[] = Array.from(QUOTE_OPENERS + QUOTE_STRAIGHT);
/** A closing quotation mark after the expression. */
const QUOTE_CLOSING = new RegExp(`[${QUOTE_RIGHT}${QUOTE_STRAIGHT}]`);

/**
 * Whether the expression stands inside a quote that holds more than the expression itself: a quoted title or someone
 * else's words ("het rapport «Voor de zomer klaar»", 'de minister zei: "we sturen voor 1 juni een brief"'). Reads the
 * current sentence before the expression and the first 40 characters after it.
 */
function insideLongerQuote(before: string, after: string): boolean {
  // No closing quote after the expression, no quote around it: asked first, so most texts skip the scan of the sentence (issue 28).
  const closeAt = after.search(QUOTE_CLOSING);
  if (closeAt < 0) return false;
  let open = false;
  let straight = 0;
  for (let i = sentenceStart(before); i < before.length; i += 1) {
    const c = before[i] as string;
    if (QUOTE_OPENERS.includes(c)) open = true;
    else if (QUOTE_CLOSERS.includes(c)) open = false;
    else if (c === '"') straight += 1;
  }
  const lastOpen = Math.max(...QUOTE_MARKS.map((q) => before.lastIndexOf(q)));
  // A quote right around the expression alone is handled by `quoted` below.
  if (lastOpen === before.length - 1 && closeAt === 0) return false;
  return (open || straight % 2 === 1) && !/[.;!?]/.test(after.slice(0, closeAt));
}
/** A breakdown, not a rhythm: "uitgesplitst per jaar", "per jaar, leeftijd en geslacht", "per jaar en per regio". */
const BREAKDOWN_BEFORE: ReadonlySet<string> = new Set(['uitgesplitst', 'opgesplitst', 'gesplitst', 'gespecificeerd', 'onderverdeeld', 'uitgesplitste', 'opgesplitste']);
const BREAKDOWN_LIST_AFTER = /^\s*(?:,\s*(?!(?:en|of|maar|zodat|waarbij|uiterlijk|voor|te|om|in|op)\b)[a-z]+\s+(?:en|of)\s|en per\s)/;
/** A present participle of change right after a rhythm: "een jaarlijks toenemend deel" is a rate, no term. */
const CHANGE_AFTER = /^\s*(?:toenemend|stijgend|dalend|groeiend|afnemend|oplopend|aflopend)e?\b/;

/** Money set aside or short right before "voor de begroting": the budget it is for, not a moment (review 9). */
const MONEY_FOR_BUDGET = /\b(?:vrij te maken|vrijmaken|te reserveren|reserveren|beschikbaar te stellen|uit te trekken|middelen|geld|budget|ruimte|tekort|tekorten|bezuiniging|bezuinigingen|dekking)\s*$/;
/** Words right after a date that mark it as past: "op woensdag 17 mei jongstleden". */
const PAST_AFTER = /^\s*(?:jongstleden|jl\.|j\.l\.|l\.l\.)/;
/** An adjectival past participle (with ge-, also after a separable prefix): "opgestelde", "vastgestelde", "aangenomen". */
const PARTICIPLE_ADJ_AFTER = /^\s*(?!(?:in)?geplande\b|geagendeerde\b)(?:[a-z]{2,5})?ge[a-z]{2,}(?:de|te)\b|^\s*(?:aangenomen|genomen|gesloten|gegeven)\b/;
/** A participle right after a date makes it when that happened: "de in december gedane toezegging". */
const PARTICIPLE_AFTER = /^\s*(?:gedane|gemaakte|gegeven|genomen|gehouden|gevoerde|verschenen|gepubliceerde|verstuurde|gestuurde|aangenomen|ingediende)\b/;

/** Informing verbs and objects, on normalised text (lower case, no accents). */
const INFORMING_PATTERNS: readonly string[] = [
  'informe(?:ren|ert|er|erde|erden)', 'geinformeerd', 'in te lichten', 'inlichten', 'ingelicht',
  '(?:toe)?(?:sturen|stuurt|stuur|stuurde)', '(?:toe)?gestuurd', 'verstu(?:urd|ren|urt)',
  '(?:toe)?(?:zenden|zendt)', '(?:toe)?gezonden', 'verzonden', 'toe te (?:sturen|zenden)',
  'toekomen', 'rapporte(?:ren|ert|er)', 'gerapporteerd', 'berichten', 'terug te koppelen',
  'terugkoppelen', 'teruggekoppeld', 'koppel[t]? [a-z ]{0,40}terug',
  'aanbieden', 'aan te bieden', 'aangeboden', 'bied[t]? [a-z ]{0,60}aan',
  'delen met (?:de|uw) kamer', 'met (?:de|uw) kamer (?:te )?(?:kunnen |willen )?delen', 'met (?:de|uw) (?:tweede )?kamer gedeeld',
  'kamer ontvangt', 'ontvangt (?:uw|de) kamer',
  // (Not "het voorstel van de Kamer om gemeenten in 2026 meer te laten ontvangen": the Kamer's proposal, others receiving; review 11.)
  '(?<!van (?:de|uw) )kamer (?:(?! om )[a-z0-9 ]){0,48}(?<!laten )ontvangen',
  'laten weten', 'laat [a-z ]{0,40}weten',
  // "Ik kom in 2025 bij uw Kamer terug op …" (not "Ik kom nog even terug op de procedure": a speaker returning to a topic).
  'bij (?:de|uw) kamer terug(?:komen|te komen)?', 'terug(?:komen|te komen) bij (?:de|uw) kamer',
  // A letter's "bij u terugkomen" (u: the Kamer it is addressed to); the Eerste Kamer's "de Kamer verneemt graag …".
  // ("kom … terug op de vraag" with something between: a time or manner of the answer, not "Dan kom ik terug op de vraag of
  // de evaluatie in 2026 plaatsvindt", a letter answering it now: review 11.)
  'bij u terug(?:komen|te komen)?', '(?<!(?:het|een|dit|dat) )bericht (?:de|uw) kamer', 'kom[t]? (?!(?:(?:ik|wij|we|hij|zij|dan|nu|hier|graag|verder|ook|nog|allereerst|vervolgens|tenslotte|ten slotte|tot slot) )*terug op)(?:[a-z0-9]+ ){1,6}terug op (?:de|het) (?:vraag|vragen|verzoek|motie)',
  '(?:de|uw) kamer (?:[a-z0-9]+ ){0,4}(?:een )?(?:[a-z]+ ){0,2}briefing te (?:geven|verzorgen)', 'toe dat (?:hij|zij|ik|wij|het kabinet|de regering) (?:[a-z0-9]+ ){0,8}terug(?:komt|komen) op', '(?:de|uw) kamer (?:[a-z]+ ){0,2}verneemt', 'verneemt (?:de|uw) kamer',
  // "en hierop terug te komen bij de Voorjaarsnota" (a request to report back).
  '(?:hier|daar)op terug te komen', '(?:hier|daar)op terugkomen',
  '(?:de|uw) kamer (?:[a-z]+ ){0,3}voor (?:te )?leggen', 'voorleggen aan (?:de|uw) kamer', '(?:de|uw) kamer (?:[a-z]+ ){0,3}voorgelegd',
  'brief', 'kamerbrief', 'kabinetsbrief', 'verzamelbrief', 'brieven', 'rapportages?', 'voortgangsbrief', 'voortgangsrapportages?',
  'tussenrapportages?', 'eindrapportages?', 'beleidsreactie', 'kabinetsreactie',
  'presente(?:ren|ert|er)', 'gepresenteerd',
];

export const INFORMING_RE = new RegExp(`\\b(?:${INFORMING_PATTERNS.join('|')})\\b`);

/** Words that open a subordinate clause: a perfect tense after them tells about its own subject. */
const SUBORDINATOR = /\b(?:dat|die|hoeveel|hoe|welke|wat|waarin|waarbij|waarmee|tot|totdat|zodra|nadat|of|wanneer|indien|als|zolang|zoals|zodat|omdat|opdat|terwijl)\b/;

/**
 * A purpose or the content of what is asked, not the government's own term: "een plan om de
 * uitstoot zo snel mogelijk te verminderen", "een plan zodat pleegkinderen vóór de zomer weten …",
 * "onderzoeken hoe bijlessen zo snel mogelijk …", "in de Raad erop aandringen dat …".
 */
const PURPOSE_BEFORE = /\b(?:zodat|opdat)\b|\b(?:onderzoeken|onderzoek (?:te )?doen naar|onderzoek uit te voeren naar|onderzoek|bezien|nagaan|inventariseren|verkennen|uitzoeken|bekijken|in kaart brengen|in beeld brengen|inzichtelijk maken|aangeven|meenemen|mee te nemen|uitwerken|uit te werken|beschrijven|schetsen|toelichten|toe te lichten|verduidelijken|uiteenzetten|uiteen te zetten) (?:hoe|hoeveel|of|welke|wat|waarom|wanneer|in hoeverre|op welke (?:manier|wijze))\b|\b(?:aandringen|aan te dringen|aandringt|pleiten|te pleiten|bepleiten)\b|\b(?:standpunt|boodschap|opvatting)\b(?:(?!\b(?:en|maar)\b)[^.;]){0,60}?\bdat\b|\b(?:uit te dragen|uitdragen|uitdraagt|te benadrukken|benadrukken|duidelijk te maken|over te brengen) dat\b|\b(?:oproepen|op te roepen|oproept) tot\b|\bzich (?:[a-z]+ ){0,4}(?:in te zetten|inzetten|inzet) voor\b|\b(?:voor|over) (?:hoe|in hoeverre)\b/g;
/**
 * A purpose or asked content closed by ", en" before the expression, whose own "te <verb>" follows it: the request
 * again ("onderzoek te doen …, zodat Nederland snel kan overgaan, en de Kamer hierover vóór de Voorjaarsnota te informeren").
 */
function purposeOpen(sentenceBefore: string, clauseAfter: string): boolean {
  // The last match (PURPOSE_BEFORE never matches the empty string, so this visits what matchAll would).
  const last = lastMatch(PURPOSE_BEFORE, sentenceBefore);
  if (last === undefined) return false;
  const rest = sentenceBefore.slice(last.index + last[0].length);
  // "over landelijke regelgeving opdat houtstook beschermd wordt en de Kamer hierover voor de zomer informeren": the Kamer
  // named after the purpose turns back to the request.
  if (KAMER_AGAIN.test(rest)) return false;
  // "om dit verbod tot stand te brengen en uiterlijk voor het zomerreces wetgeving naar de Kamer te sturen": after the
  // purpose's own "te <verb>", a term right after " en" with a delivery to the Kamer is the request again.
  if (PURPOSE_DONE_EN.test(rest) && deliveryAfter(clauseAfter)) return false;
  // "te verkennen hoe X kan worden opgevangen en dit binnen vier weken aan de Kamer te sturen": the same with "en dit" after
  // a question without its own "te <verb>"; ", en daarvoor opties in kaart te brengen voor Prinsjesdag": a new part of the
  // request with its own "te <verb>" ended by the term.
  if ((POINTER_EN.test(rest) && deliveryAfter(clauseAfter)) || (NEW_PART_DONE.test(rest) && (clauseAfter.split(/[,;]/, 1)[0] ?? '').trim() === '')) return false;
  // After a question ("onderzoek uit te voeren naar hoe de regeling werkt en dit onderzoek voor de zomer af te ronden"), whose
  // own verbs are finite, " en dit / deze …" with a "te <verb>" of the term's part is the request again, to the Kamer or not.
  if (QUESTION_END.test(last[0]) && POINTER_EN.test(rest) && /^[^,;]*?\bte [a-zë]{3,}/.test(clauseAfter)) return false;
  return !((/,\s*en\s/.test(rest) || REQUEST_AGAIN.test(rest)) && /^[^,;]*?\bte [a-zë]{3,}/.test(clauseAfter));
}
/** A relative clause right after the topic of an informing verb: "informeren over het bedrag dat …". */
const TOPIC_RELATIVE_BEFORE = /\bover(?:\s+[^\s,;]+){1,14}\s+(?:dat|die)(?:\s+[^\s,;]+){0,2}\s*$/;
/**
 * The noun right before that relative pronoun names the delivery, not the topic, with no subject of its own but the Kamer or
 * the government: "… een brief die u voor de zomer ontvangt" (not "de rapportage die de inspectie in juni publiceert").
 */
const DELIVERY_RELATIVE_BEFORE = /\b(?:[a-z]*brief|[a-z]*brieven|[a-z]*rapportages?|beleidsreactie|kabinetsreactie)\s+(?:dat|die)(?:\s+(?:u|uw kamer|de kamer|ik|wij|we|het kabinet|de regering|de minister|de staatssecretaris))?\s*$/;
/** Nothing between the relative pronoun and the date but the government itself ("die zij voor 1 juli neemt"): no other subject. */
const TOPIC_RELATIVE_OWN = /\b(?:dat|die)(?:\s+(?:ik|wij|we|het kabinet|de regering|de minister|de staatssecretaris))?\s*$/;
/**
 * That clause says when the topic itself is there ("de evaluatie die in het voorjaar gereed is", "de resultaten die begin
 * 2026 beschikbaar komen", "het onderzoek dat dan wordt afgerond"): the Kamer is told then, so the date is the term.
 */
const TOPIC_READY_AFTER = /^[^,;.:]{0,40}?\b(?:gereed|klaar|afgerond|beschikbaar|bekend|verschijnt|verschijnen|gepubliceerd|opgeleverd|uitkomt|uitkomen|voltooid|vastgesteld|aangeboden)\b/;
/** A purpose's own "te <verb>" done, then " en" right before the expression. */
const PURPOSE_DONE_EN = /\bte [a-zë]{3,}\b[^,;]* en\s*$/;
/** A purpose that asks a question: "onderzoeken hoe", "na te gaan of", "onderzoek te doen naar welke". */
const QUESTION_END = /\b(?:hoe|hoeveel|of|welke|wat|waarom|wanneer|in hoeverre|op welke (?:manier|wijze))$/;
/** " en dit / deze / hierover / de Kamer" (up to three words) right before the expression. */
const POINTER_EN = / en (?:dit|deze|dat|die|hierover|daarover|de kamer|uw kamer)(?:\s+[^\s,;]+){0,3}\s*$/;
/** ", en <part with its own te <verb>>" right before the expression, which ends that part. */
const NEW_PART_DONE = /,\s*en\s[^,;]*\bte [a-zë]{3,}\b[^,;]*$/;
/** The expression's own part goes on to a delivery to the Kamer with its own "te <verb>" ("… wetgeving naar de Kamer te sturen"). */
function deliveryAfter(clauseAfter: string): boolean {
  const part = clauseAfter.split(/[,;]/, 1)[0] ?? '';
  // To the Kamer: "… en voor 1 juli hun plannen naar de inspectie te sturen" is the purpose's own (someone else's) delivery.
  return /\bte [a-zë]{3,}/.test(part) && INFORMING_RE.test(part) && /\b(?:kamer|staten-generaal)\b/.test(part);
}
/** A relative clause between commas: ", waarbij het budget is gekoppeld aan het bni,". */
/** Every match of CLOSED_RELATIVE holds this (its closing comma; hasAny). */
const CLOSED_RELATIVE_NEEDLES = [','];
const CLOSED_RELATIVE = /(?:,\s*(?:waarbij|waarin|waarvan|waarmee|waardoor|die|dat|welke|zoals)|^\s*(?:waarbij|waarin|waarvan|waarmee|waardoor|zoals))\b(?:[^,;]|,(?!\s))*,(?=\s)/g;
/** A result clause open up to the expression: "…, waardoor deze jaarlijks te volgen zijn". */
const RESULT_CLAUSE = /\bwaardoor\b[^,;]*$/;
/** Every match of RESULT_CLAUSE holds this (hasAny). */
const RESULT_CLAUSE_NEEDLES = ['waardoor'];
/** The Kamer named after a purpose, with "en": the request again ("… opdat X wordt, en de Kamer hierover … informeren"). */
const KAMER_AGAIN = /\ben (?:de|uw) (?:tweede )?kamer\b/;
/** A parenthesis between commas at the end of a text: ", in samenwerking met andere ministeries,". */
const PARENTHESIS_END = /,[^,]{1,80},\s*$/;
/** After a purpose's own "te <verb>", " en dit / de Kamer / hierover …" goes on with the request ("om X in te zetten en dit voor de Voorjaarsnota aan de Kamer voor te leggen"). */
const REQUEST_AGAIN = /\bte [a-z]{3,}\b.* en (?:dit|deze|dat|die|de kamer|uw kamer|hierover|daarover|hiervan|daarvan)\b/;
/** A purpose "om … te <verb>" already complete before a comma: what follows is the request again ("om te komen tot X, … nog dit jaar te informeren"). */
const PURPOSE_CLOSED = /\bte [a-z]{3,}\b[^,]*,|\bte [a-z]{3,}\b.* en (?:dit|deze|dat|die|de kamer|uw kamer|hierover|daarover|hiervan|daarvan)\b/;
/** A norm's content: "het principe dat rapporten binnen twee weken …", "de garantie dat de missie in augustus 2010 …" (until its finite verb). */
/** Every match of NORM_THAT holds this (its " dat"; hasAny). */
const NORM_THAT_NEEDLES = [' dat'];
const NORM_THAT = /\b(?:principe|uitgangspunt|garantie|norm|voorwaarde|afspraak|waarborg|zekerheid|eis)(?: (?:op|vast|aan|te|is|was|blijft|[a-z]+en)){0,3} dat\b/g;
const FINITE_VERB = /\b(?:wordt|worden|werd|werden|is|zijn|was|waren|zal|zullen|kan|kunnen|moet|moeten|mag|mogen|heeft|hebben)\b/;

/** Whether `sentenceBefore` ends inside the "dat" clause of a norm noun. */
function insideNorm(sentenceBefore: string): boolean {
  // (Every match of NORM_THAT ends in " dat": a sentence without it is not scanned.)
  if (!hasAny(sentenceBefore, NORM_THAT_NEEDLES)) return false;
  const norm = lastMatch(NORM_THAT, sentenceBefore);
  return norm !== undefined && !FINITE_VERB.test(sentenceBefore.slice(norm.index + norm[0].length));
}

/**
 * The word before "om" that makes it the request itself ("verzoekt de regering om … te …"). ("roept / draagt … op" only with
 * the government as the one called on: "De minister draagt de NZa op om voor 1 juli een advies uit te brengen" is the NZa's
 * act; review 13.)
 */
const REQUEST_BEFORE_OM = /^\W*(?:verzoek|voorstel) (?:van|namens)\b[^.;]{0,100}$|\b(?:(?:verzocht|verzoekt|vroeg|vraagt)(?: [a-z]+){0,3} (?:mij|ons|me)|(?:zet|zetten|spant|spannen) (?:[a-z]+ ){0,3}zich(?: [a-z]+){0,3} in|alles op alles te zetten|alles in het werk te stellen|al het mogelijke te doen|(?:top)?prioriteit van te maken|zich(?: [^\s,;.]+){0,6} in te (?:zetten|spannen)|verzoekt|verzoeken|verzoek|verzocht|vraagt|vragen|roept|regering|kabinet|minister|staatssecretaris|bewindspersonen?|is|voornemens|bereid|van plan|toegezegd|toezeggen|toe te zeggen)(?:\W+(?:bovendien|tevens|ook|daarnaast|verder|voorts|eveneens|nogmaals|dringend|daarom|vervolgens|met klem))*\W*$|\b(?:toezegging|toezeggingen|belofte)\b(?:\s+[a-z]+){0,4}\W*$|\b(?:planning|streven|plan|voornemen|bedoeling|inzet) (?:is|was)(?: nu| thans| daarom| dan ook)?\W*$|\bbij (?:de|het) (?:minister|staatssecretaris|regering|kabinet)\b.*\b(?:aangedrongen|aandringen)\W*$|^\s*[•·▪–*-]\s*$|\bzeg(?:t|gen)?\b[^.;]{0,300}\btoe\W*$|\b(?:roept|roepen|draagt|dragen)\s+(?:de |het )?(?:[a-z-]+ ){0,2}(?:regering|kabinet|minister(?:-president)?|ministers|staatssecretaris(?:sen)?|bewindspersonen?|bewindslieden|premier)\b[^.;,]{0,80}\bop\W*$/;

/** A year right after these words is the year of the result, when no verb follows ("gereed hebben in 2021"). */
const RESULT_VERBS: ReadonlySet<string> = new Set([
  'hebben', 'gereed', 'klaar', 'afgerond', 'gerealiseerd', 'ingevoerd', 'uitgevoerd', 'starten',
  'beginnen', 'afronden', 'evalueren', 'invoeren', 'opstarten', 'implementeren', 'nog',
]);
/** Words ending in -en that are not a verb: after "in 2030" they make the year a value of the measure. */
const NOT_VERBS_EN: ReadonlySet<string> = new Set([
  'en', 'een', 'geen', 'mensen', 'gemeenten', 'doelen', 'kosten', 'middelen', 'regelingen', 'maatregelen',
  'tussen', 'tegen', 'boven', 'buiten', 'binnen', 'even', 'open', 'volgen', 'hen', 'ten', 'burgers', 'woningen',
  'bedrijven', 'scholen', 'leerlingen', 'studenten', 'procent', 'gevallen', 'jaren', 'ouderen', 'jongeren',
]);
const verbish = (w: string | undefined) => w !== undefined && (w === 'te' || (/^[a-z]{3,}en$/.test(w) && !NOT_VERBS_EN.has(w)));

/** Nominalised acts that make the policy's state public or measure it ("het jaarlijks publiceren / evalueren van …"). */
const REPORTING_ACT = /^(?:publiceren|evalueren|monitoren|actualiseren|verantwoorden|presenteren|bekendmaken|openbaarmaken|meten|rapporteren)$/;
/** What such an act delivers, right after it. */
const REPORT_NEAR = /\b(?:cijfers|overzicht(?:en)?|rapportages?|rapport(?:en)?|voortgang|stand van zaken|monitor|resultaten|uitkomsten|evaluatie)\b/;

/** Verbs that set a level (a rent, a tax, a price) for a period: a year right before them is the year the level holds. */
const LEVEL_VERB = /^(?:bevriezen|verhogen|verlagen|indexeren|halveren|verdubbelen|afschaffen|verlengen)$/;
/** Continuing a measure right after the date ("ook in 2024 voort te zetten", "dit jaar voortzetten", "in 2025 te handhaven"). */
const CONTINUE_AFTER = /^\s*(?:voort te zetten|voortzetten|voort|door te zetten|doorzetten|te continueren|continueren|te handhaven|handhaven|af te zien|afzien)\b/;

/**
 * The opening of a request to the government or of its promise, right before the expression ("verzoekt de regering (tevens)
 * (om)", "roept de regering op", "zegt de Kamer, naar aanleiding van …, toe (om)").
 */
const REQUEST_OPENING = /\b(?:verzoekt|verzoeken|roept|vraagt)\s+(?:de|het)\s+(?:regering|kabinet|minister|staatssecretaris)(?:\s+op)?(?:\s+(?:bovendien|tevens|ook|daarnaast|verder|voorts|eveneens|nogmaals|dringend))*(?:\s*,[^,;.]{1,80},)?(?:\s+om)?$|\bzeg(?:t|gen)?\b[^.;]{0,300}\btoe(?:\s+om)?$/;
/** A level set, as a verb or a noun, also in a compound ("een huurbevriezing in te voeren"). */
const LEVEL_VERB_IN = /(?:bevriez|verhog|verlag|indexer|halver|verdubbel|afschaff|verleng)(?:en|ing)\b/;
/** Words that open what is asked: a year right after them bounds the action ("over in 2025 een plan opstellen"). */
const SUBJECT_START: ReadonlySet<string> = new Set(['over', 'en']);

/**
 * "die <agent> (…)" right before the date: a relative clause whose own subject acts (not the government, not the Kamer).
 * (Only an adverb may follow the agent: a relative clause ends in its verb, so "de subsidieregeling die de gemeenten
 * ondersteunt voor de zomer te evalueren" has closed before the date, which is the request's; review 12.)
 */
/** A purpose's infinitive right before the term ("om de afhankelijkheid terug te dringen nog …"). */
const PURPOSE_ENDS_BEFORE = /\bte [a-z]{3,}(?:\s+(?:nog|al|ook|reeds|dan|wel))?\s*$/;
/** Another act right after the term: "… nog vóór het zomerreces in kaart te brengen". */
const ACT_AFTER_TERM = /^\s*(?:[a-z-]+\s+){0,4}?te [a-z]{3,}/;
/** "de maatregelen die we dit jaar nog kunnen nemen": a relative clause with "we / men" as its subject says what they are. */
const RELATIVE_WE = /\b[a-z]+\s+die\s+(?:we|wij|men)(?:\s+(?:zelf|nog|ook|al|pas|dan|wel|eerst|straks|zo))?\s*$/;
const RELATIVE_OTHER_SUBJECT = /(?:^|[,\s])[a-z]+\s+die\s+(?:de|het|een|hun|haar|zijn|alle|veel)?\s*(?:[a-z-]+\s+)?(?:bestuur|besturen|college|colleges|gemeente|gemeenten|provincie|provincies|waterschappen|inspectie|toezichthouders?|sector|sectoren|bedrijf|bedrijven|instelling|instellingen|organisaties?|scholen|universiteiten|hogescholen|stichting|fonds|banken|zorgverzekeraars|verzekeraars|werkgevers|aanbieders|netbeheerders|partijen|onderzoekers|rekenkamer|rivm|tno|cpb|pbl|scp|cbs|nza|acm|afm|dnb|uwv|svb|vng|ipo)(?:\s+(?:zelf|nog|ook|al|pas|dan|wel|eerst|straks|zo))?\s*$/;

/**
 * "die <het X> zelf (…) <date>" or "die <het X> zelf … en <date>": "zelf" makes X the relative clause's own subject (not the
 * government nor the Kamer); a date after the relative has closed ("die het bureau zelf heeft opgesteld binnenkort aan uw Kamer
 * sturen") is the main clause's.
 */
/** Every match of RELATIVE_SELF_SUBJECT holds this (hasAny). */
const RELATIVE_SELF_NEEDLES = ['zelf'];
const RELATIVE_SELF_SUBJECT = /\bdie\s+(?:de|het|een)\s+(?!(?:kabinet|regering|minister|staatssecretaris|kamer)\b)(?:[a-z-]+\s+){1,4}zelf\b(?:(?:\s+(?:nog|al|ook|pas|dan|straks|eerst))?|[^,;:]*\ben(?:\s+[a-z]+){0,2})\s*$/;

/** "relevant / van belang / bedoeld / bestemd / geschikt (kunnen zijn) voor …": voor = for. */
const RELEVANT_FOR_BEFORE = /\b(?:relevant|van belang|bedoeld|bestemd|geschikt)(?:\s+(?:kan|kunnen|zijn|is|zou|zouden|worden|wordt))*\s*$/;
/** Verbs of where something lies in time ("ligt vóór", "valt na"). */
const POSITION_VERBS: ReadonlySet<string> = new Set(['liggen', 'ligt', 'lag', 'lagen', 'vallen', 'valt', 'viel', 'vielen']);
/** Where or how ready something lies after "ligt vóór / na <date>": a place or a state ("bij de minister", "klaar", "ter inzage"). */
const LIES_AT_AFTER = /^\s*(?:[a-z]+\s+)?(?:bij|ter|klaar|gereed|op tafel|in consultatie|voor advies)\b/;
/** A participle of completion right after the date ("vóór 1 april afgerond"). */
const COMPLETED_AFTER = /^\s*(?:[a-z]+\s+){0,2}?(?:afgerond|afgehandeld|uitgevoerd|voltooid|gerealiseerd|opgeleverd|verzonden|verstuurd|ingediend|gepubliceerd|doorgevoerd|uitbetaald|teruggestort)\b/;
/** Words about what is still to come. */
const FUTURE_WORDS = /\b(?:naar verwachting|verwacht\w*|zal|zullen|wordt|worden|moet|moeten|streven|streeft|gepland|planning|hoop|hopen|beoogd|voorzien|uiterlijk)\b/;

/** Budget documents and amounts: "voor <jaar>" right after them is the budget year, in any clause. */
const BUDGET_YEAR_NOUN = /(?:begroting|begrotingen|begrotingswet|begrotingswetten|begrotingsstaten|jaarplan|werkprogramma|werkplan|budget|budgetten|bedrag|bedragen|raming|ramingen|kaderbrief|middelen|tarieven)$/;

/** Function words before "voor <jaar>" that keep it a term ("het voor 2030 afbouwen"); after a noun it means "for". */
const VOOR_YEAR_TERM_BEFORE: ReadonlySet<string> = new Set([
  'het', 'de', 'over', 'en', 'nog', 'ruim', 'ver', 'ruimschoots', 'ook', 'al', 'reeds', 'liefst', 'voorkeur', 'uiterlijk', 'zeker',
]);

/** Budget moments: named with "bij / in / met" and no report, they are the occasion of a policy choice. */
const BUDGET_MOMENT = /(?:voorjaarsnota|najaarsnota|miljoenennota|begroting|prinsjesdag|voorjaarspakket|voorjaarsbesluitvorming|augustusbesluitvorming|besluitvorming in (?:augustus|het voorjaar)(?! over\b)|slotwet|jaarverslag|suppletoire|belastingplan)/;
const BUDGET_OCCASION_START: ReadonlySet<string> = new Set(['bij', 'in', 'met', 'gelijktijdig', 'tegelijk', 'tegelijkertijd']);
/** Something the government delivers at a budget moment: "een bijlage bij de begroting", "een noodpakket bij de Miljoenennota". */
const DELIVERABLE = /\b(?:overzicht|bijlage|plan|voorstel|voorstellen|pakket|noodpakket|lijst|rapportage|inzicht|brief|notitie|reactie|uitwerking|analyse|onderzoek|evaluatie|informatie|verslag|paragraaf|visie|strategie|wetsvoorstel|komen met|rapporteren|presenteren|toelichten|toelichting)\b/;

/**
 * Answering (the Kamer's questions) as the act at a budget moment: "De beantwoording zal plaatshebben bij de Miljoenennota",
 * "de vragen bij de Voorjaarsnota beantwoorden"; not an answering named after a preposition ("rekening houden met de
 * beantwoording door gemeenten").
 */
const ANSWERING = /(?<!\b(?:met|door|van|over|aan|op|voor|na|bij|in|naar|uit|om)\s+(?:de|het|deze|die)\s+)\bbeantwoording\b|\bbeantwoorden\b|\bbeantwoord\b/;

/** The budget process itself before "voor <budget moment>": "bij de onderhandelingen voor de Voorjaarsnota". */
const BUDGET_PROCESS_BEFORE = /\b(?:bij|tijdens|in) (?:de|het) (?:onderhandelingen|onderhandeling|besluitvorming|afweging|afwegingen|gesprekken|keuzes|voorbereiding|voorbereidingen)$/;
/** A text written into a budget document: "een bespiegeling opnemen in de Miljoenennota", "deze wens uit te werken in …". */
const WRITTEN_IN_BEFORE = /\b(?:opnemen|op te nemen|uitwerken|uit te werken|beschrijven|te beschrijven|toelichten|toe te lichten)$/;
/** The same verb after the budget document: "in de ontwerpbegroting 2026 extra indicatoren op te nemen". */
const WRITTEN_IN_AFTER = /\b(?:op te nemen|uit te werken|te beschrijven|toe te lichten)\b/;
const MONEY = /€|\b(?:middelen|geld|gelden|budget|budgetten|bedrag|bedragen|financiering|dekking|miljoen|miljard|euro|bezuiniging|bezuinigingen|kosten)\b/;


/** A rhythm inside a relative clause or a condition is someone else's: "het aantal … dat jaarlijks overlijdt". */
/** A present participle used as an adjective, up to two words after the date, before its noun ("in werking tredende EU-verordening"); not across "van" ("het onmiddellijk sluiten van recidiverende slachthuizen"). */
const PRESENT_PARTICIPLE_AFTER = /^\s*(?:(?!van\b)[a-z]+\s+){0,2}[a-z]{2,}ende\s+([a-z-]+)/;
/** Unless it describes a report's coming out ("de voor de zomer verschijnende voortgangsbrief"): then the Kamer is told by that date. */
const APPEARING_PARTICIPLE = /\b(?:verschijnende|uitkomende)\s+[a-z-]+$/;
/** A relative clause opened a few words before the date, no comma between ("landen waar Nederland dit …"). */
const PAST_RELATIVE_OPEN = /\b(?:waar|waarin|waarop|waarmee|waarbij|die|dat|toen)\b(?:\s+[^\s,;:]+){0,6}\s*$/;
/** That clause ends in a simple past within five words ("… ook op toepaste", "… plaatsvond", "… werd", "… kwam"). */
const SIMPLE_PAST_END = /^(?:\s+[^\s,;:]+){0,4}?\s+(?:[a-z]{3,}[td]e|was|waren|had|hadden|werd|werden|deed|deden|nam|namen|gaf|gaven|kwam|kwamen|stond|stonden|liet|lieten|hield|hielden|ging|gingen|vond|vonden)\s*$/;
/** A relative clause that ends in a perfect ("ouders die zich voor 15 februari gemeld hebben", "die op 3 mei is vastgesteld"). */
const PERFECT_END = /^(?:\s+[^\s,;:]+){0,4}?\s+(?:(?!gereed\b)(?:ge|ver|be|ont|toege|aange|opge|vastge|uitge)[a-z]{2,}(?:d|t|en)\s+(?:hebben|heeft|hadden|had|zijn|is|waren|was)|(?:hebben|heeft|zijn|is)\s+(?!gereed\b)(?:ge|ver|be|ont|toege|aange|opge|vastge|uitge)[a-z]{2,}(?:d|t|en))\s*$/;
/** A statement announced or reported, then its content ("is aangekondigd dat", "heeft gemeld dat"). */
/** Every match of REPORTED_THAT holds this (hasAny). */
const REPORTED_THAT_NEEDLES = ['dat'];
const REPORTED_THAT = /\b(?:aangekondigd|gemeld|laten weten|aangegeven|toegezegd|bericht|geschreven|meegedeeld|medegedeeld|verklaard|beloofd)\s+dat\b/g;
/** "Zoals (door uw Kamer) verzocht": as was asked, what follows reports what was done. */
const AS_ASKED = /\bzoals\b(?:\s+[^\s,;.]+){0,4}\s+verzocht\b/;
/** An infinitive after the term in its part of the clause: what was asked ("verzocht … zo spoedig mogelijk in te dienen"). */
const ASKED_INFINITIVE_AFTER = /^[^,;.]*?\bte [a-z]{3,}/;
/** A season, recess or budget moment without a year: the missing-year rule picks its next occurrence ("voor de zomer"). */
const YEARLESS_PERIOD = /\b(?:zomer|zomerreces|voorjaar|najaar|lente|herfst|winter|kerstreces|meireces|herfstreces|voorjaarsreces|krokusreces|kerst|prinsjesdag|voorjaarsnota|najaarsnota|miljoenennota)\b/;
/** Words that tie a term to the reference date itself, not to a missing year ("deze zomer", "volgend voorjaar"). */
const RELATIVE_WORD = /\b(?:dit|deze|volgend|volgende|komend|komende|aanstaande|vorig|vorige|afgelopen|jaarlijks|elk|ieder|iedere|elke)\b/;
/** A month named without a year ("voor 15 februari", "in april"): the missing-year rule chose its year. */
const MONTH_NAMED = new RegExp(`\\b(?:${MONTHS})\\b`);
/**
 * The nearest opener before the date is "dat" after a verb of bringing about ("ervoor te zorgen dat alle scholen voor 1
 * september zijn aangesloten", "Het streven is dat …"): a state still to be reached, no relative clause (review 11).
 */
const STATE_TO_REACH = /\b(?:ervoor|erop|zorgen|zorgt|zorg|bewerkstelligen|bewerkstelligt|garanderen|garandeert|streven|streeft|is|was)\s+dat(?:\s+(?!(?:die|dat|waar|waarin|waarop|waarmee|waarbij|toen)\b)[^\s,;:]+){0,6}\s*$/;
const RELATIVE_BEFORE = /\b(?:dat|die|zolang|waarin|waarbij|wanneer|hoeveel)\b(?:\s+\S+){0,6}\s*$/;
/** "gemeenten maandelijks laten rapporteren aan de provincie": a report to someone other than the Kamer. */
const OTHER_RECIPIENT = /\baan (?:de|het|hun|haar|zijn) (?!(?:tweede )?kamer\b|staten-generaal\b)[a-z]/;
/** Verbs that hand a rhythm to someone else: "gemeenten laten / vragen / verplichten …", "ervoor zorgen dat provincies …". */
const OTHERS_DO = /\b(?:laten|vragen|verplichten|verplicht|opdragen|op te dragen|zorgen dat|zorg dragen dat)\b/;

/**
 * A letter's outline of its own contents ("In deze brief ga ik in op …", "Hieronder …", "In paragraaf 3
 * beschrijf ik …", "Met deze brief informeer ik u, zoals toegezegd voor het zomerreces, …"): what it
 * names is a topic of this letter, already delivered, not a new term. A promise in the same clause
 * ("In deze brief zeg ik toe u voor de zomer te informeren") or another letter ("in een volgende brief")
 * keeps the term.
 */
const LETTER_SELF = /\b(?:(?:in|met|via|bij) (?:deze|onderhavige|(?:de )?voorliggende) (?:kamer|[a-e]-)?brief|deze (?:kamer)?brief (?:gaat|bevat|beschrijft|schetst|behandelt|bespreekt|kan (?:uw kamer|u) [^.;]{0,120}?\b(?:gebruiken|betrekken|benutten|meenemen))|hieronder|hierbij|hiermee|hierna ga|verderop|onderstaand|in (?:de )?(?:volgende|laatste|eerste|tweede|derde|vierde) paragraaf|in paragraaf \d|in (?:het|de) (?:vervolg|rest|laatste deel|tweede deel) van (?:deze|de) brief|later in deze brief)\b/;
/** Every match of LETTER_SELF holds one of these (hasAny). */
const LETTER_SELF_NEEDLES = ['brief', 'hieronder', 'hierbij', 'hiermee', 'hierna ga', 'verderop', 'onderstaand', 'paragraaf'];
/** A motie's request ("verzoekt de regering …, en hierbij …") is no letter: its "hierbij" means "in doing so". */
const MOTIE_REQUEST = /^\s*(?:verzoekt|roept|draagt) (?:de|het) (?:regering|kabinet|minister|staatssecretaris)\b/i;
/** The letter itself delivering ("Met deze brief ontvangt de Kamer informatie voor het debat op 16 april"): no new term, unless it promises more. */
const LETTER_DELIVERS = /\b(?:met|via|bij|in) (?:deze|onderhavige|(?:de )?voorliggende) (?:kamer)?brief (?:ontvangt|ontvangen|informeer|informeren|stuur|stuurt|sturen|bied|biedt|bieden)\b/;
const LETTER_FUTURE = /\b(?:zal|zullen|zeg(?:gen)? (?:[a-z]+ ){0,3}toe|toe te zeggen|later|volgende|nader)\b/;
// ("verwacht … te <verb>" only with a verb of delivering: not "wat ik van de scholen verwacht en hoe zij in 2026 te werk gaan",
// a letter's outline; review 12.)
// ("voornemens" and "van plan" only as what someone is: not the noun "In deze brief ga ik in op mijn voornemens voor de zomer",
// "de uitwerking van plan B, dat in 2026 start", a letter's outline; review 12.)
const LETTER_PROMISE = /\b(?:zal|zullen|(?:ben|is|bent|was|waren)(?: [a-z]+){0,3} (?:voornemens|van plan)|(?:(?:wij|we|zij|ze) zijn|zijn(?: [a-z]+){1,3}) (?:voornemens|van plan)|(?:voornemens|van plan) (?:ben|is|zijn|bent|was|waren|om|te)|verwacht(?:en)?\b(?: [a-z0-9]+){0,8} te (?:kunnen )?(?:informeren|sturen|versturen|zenden|rapporteren|berichten|delen|aanbieden|presenteren|publiceren|komen|indienen)\b|nader te informeren|tegemoet (?:te )?zien|zeg(?:gen)? (?:[a-z]+ ){0,3}toe|toe te zeggen|ontvangt|ontvangen|stuur|sturen|kom(?:en)? (?:[a-z]+ ){0,4}terug|informeer (?:ik|wij) u (?:nader|opnieuw|later))\b/;

/** Inside a parenthesis right after a rhythm: its months or days ("tweemaal per jaar (in februari en in juli)"). */
const RHYTHM_PARENTHESIS = /(?:jaarlijks|maandelijks|per (?:jaar|halfjaar|kwartaal|maand)|(?:elk|elke|ieder|iedere) (?:jaar|halfjaar|kwartaal|maand))\s*\([^()]*$/;
/** Every match of RHYTHM_PARENTHESIS holds this (its open parenthesis; hasAny). */
const RHYTHM_PARENTHESIS_NEEDLES = ['('];

/** The letter sending something now ("stuur ik u", "bied ik uw Kamer … aan", "zend ik u"). */
const SELF_SEND = /\b(?:stuur|zend|bied) (?:ik|wij) (?:u|uw kamer)\b/;
/** Every match of SELF_SEND holds one of these (hasAny). */
const SELF_SEND_NEEDLES = ['ik u', 'wij u'];
/** Inside a relative clause that reports the promise this letter keeps ("…, waarover is toegezegd uw Kamer nog dit jaar te informeren"). */
const KEPT_PROMISE = /\b(?:waarover|waarvan|waarin|die|dat)\b[^,;.]*\btoegezegd\b[^,;.]*$/;

/** A noun after "op basis van / naar aanleiding van / uitgaande van": a date right after it is that noun's date. */
const BASED_ON_BEFORE = /\b(?:op basis van|naar aanleiding van|uitgaande van|aan de hand van) (?:de|het|een) [a-z-]+$/;

/**
 * A decision about the Kamer's own business ("Agenderen voor het commissiedebat X op 3 april", "Betrokken bij het
 * commissiedebat van 12 maart", "De commissie besluit op 5 oktober inbreng te leveren", "het commissiedebat wordt
 * omgezet in een schriftelijk overleg op 14 mei"): its dates are the Kamer's planning, not a government term, as long
 * as the sentence asks the government for nothing.
 */
const KAMER_PROCEDURE = /^\W*(?:\d+\)\s*)?(?:reeds |desgewenst |nog |alsnog )?(?:agenderen|geagendeerd|betrekken|betrokken|behandeld|inplannen|ingepland|inbreng|inbrengdatum|toestemming)\b|\b(?:de commissies?|de leden|de fracties|het presidium)\b[^.;]{0,160}?\b(?:besluit|besluiten|stemt|stemmen|wenst|wensen|overweegt|overwegen|besloten)\b|\b(?:commissiedebat|debat|schriftelijk overleg|technische briefing|rondetafelgesprek|notaoverleg|wetgevingsoverleg)\b[^.;]*\b(?:omgezet|omzetten|verplaatst|verplaatsen|uitgesteld|uitstellen|organiseren|te houden)\b/;
/** A sentence that asks the government for something (or names it): then a Kamer decision may carry its term. */
const GOVERNMENT_ASKED = /\b(?:verzo(?:ek|eken|ekt|cht)|(?<!aan te )vragen|vraagt|gevraagd|rappel\w*|minister(?!ie)\w*|staatssecretaris\w*|bewindspersonen?|kabinet\w*|regering|brief|reactie|antwoorden|beantwoord\w*)\b/;

/** Every match of TERM_MOVED ends in one of these (its last word naar, tot or met). */
const TERM_MOVED_ENDS = ['naar', 'tot', 'met'];
/** Whether `text` ends as every match of TERM_MOVED does. */
const endsInMove = (text: string) => TERM_MOVED_ENDS.some((end) => text.endsWith(end));
/** A term moved to a new day: "de deadline van toezegging T03141 te verplaatsen naar", "de termijn wordt verlengd tot". */
const TERM_MOVED = /\b(?:deadlines?|termijn(?:en)?|einddatum|inleverdatum)\b[^.;]{0,80}\b(?:verplaats\w*|verschuiv\w*|verschoven|verzet\w*|verleng\w*|aan te passen|aanpassen|aangepast)\s+(?:naar|tot(?: en met)?)$/;
/** A promise named as made at an event: "de toezegging (van de minister) tijdens …", "gedaan tijdens …". */
const PROMISE_MADE_BEFORE = /\b(?:toezegging|toezeggingen|gedaan|toegezegd|besproken|aangekondigd)\b(?:\s+\S+){0,4}$/;
/**
 * A debate "dat (oorspronkelijk) stond gepland op 24 september", a Kamer meeting that "zal plaatsvinden op 4 oktober": its
 * planned day, the Kamer's business.
 */
const DEBATE_PLANNED = /\b(?:debat|commissiedebat|overleg|notaoverleg|wetgevingsoverleg|briefing|rondetafelgesprek|procedurevergadering)\b[^.;]{0,80}\b(?:gepland|ingepland|geagendeerd)$|\b(?:commissievergadering|procedurevergadering|plenaire vergadering|commissiedebat|plenair debat|[a-z/-]*overleg|hoorzitting|rondetafelgesprek|technische briefing)\b(?:\s+[a-z]+){0,6}\s+(?:plaatsvinden|plaatsvindt|gehouden)$/;
/** Discussing with the Kamer, not informing it: "bespreek ik met uw Kamer", "met uw Kamer van gedachten wisselen", "met uw Kamer in gesprek gaan". */
/** A discussion with the Kamer promised: "zal/zullen", "toe te zeggen", or voice.ts' PROMISE ("zeg(t) … toe", "toezegging", "toegezegd"). */
const DISCUSS_PROMISED = /\b(?:zal|zullen|toe te zeggen)\b/;
/** Every match of DISCUSS_WITH_KAMER holds this (hasAny). */
const DISCUSS_WITH_KAMER_NEEDLES = ['kamer'];
const DISCUSS_WITH_KAMER = /\b(?:bespreek|bespreken|spreek|spreken|van gedachten (?:te )?wissel(?:en|t)?|in gesprek (?:te )?(?:gaan|ga)|debatteren|debatteer)\b[^.;]*\bmet (?:uw|de) kamer\b|\bmet (?:uw|de) kamer\b[^.;]*\b(?:bespreek|bespreken|te bespreken|spreek|spreken|van gedachten (?:te )?wisselen|in gesprek|debatteren)\b/;
/** Members asking their committee to plan a meeting or a visit, with no bewindspersoon in it: the Kamer's own business. */
/** MEMBERS_PLAN's opening, tested first (anchored: only the text's start is read). */
const MEMBERS_OPEN = /^\W*verzoek van (?:de leden|het lid)\b/i;
const MEMBERS_PLAN = /^\W*verzoek van (?:de leden|het lid)\b(?:(?!\b(?:regering|minister|staatssecretaris|kabinet|bewindspersoon|bewindspersonen)\b)(?:[^.;]|\.(?=\d)))*\b(?:in te plannen|te plannen|te organiseren)\b/;
/** Every match of KAMER_MEETING_PLANNED holds one of these (hasAny). */
const KAMER_MEETING_PLANNED_NEEDLES = ['plannen', 'agenderen'];
/**
 * The Kamer planning its own meeting (voice.ts KAMER_MEETING), also in a subject line without an addressee ("over een debat
 * voor het zomerreces plannen").
 */
const KAMER_MEETING_PLANNED = new RegExp(`\\b(?:in)?plannen van (?:een |het |de )?(?:[a-z]+ )?${KAMER_MEETING}\\b|\\b${KAMER_MEETING}\\b[^.;]{0,80}\\b(?:te )?(?:in)?plannen\\b|\\b(?:het )?agenderen van\\b`);
/** "het op 29 september geplande notaoverleg": a debate's planned day (but "voor het op 3 oktober geplande debat" is a term). */
const TERM_BEFORE_MEETING = /\b(?:voor|vóór|voordat|uiterlijk|voorafgaand aan)\s+(?:(?:de|het|een)\s+)?(?:[a-z-]+\s+){0,2}(?:commissievergadering|procedurevergadering|vergadering|debat|commissiedebat|notaoverleg|wetgevingsoverleg|hoorzitting|rondetafelgesprek|briefing)\b[^.;]{0,80}$/;
const BEFORE_PLANNED = /\b(?:voor|voorafgaand aan|ten behoeve van|t\.b\.v\.)\s+(?:het|de)?\s*(?:reeds\s+|nog\s+)?$/;
/** "Op 7 september staat het volgende commissiedebat … gepland": the day of a Kamer meeting on its agenda. */
const MEETING_SCHEDULED_AFTER = /^\s*(?:staat|staan|stond|stonden)\s+(?:het|de|een)\s+(?:[a-z-]+\s+){0,2}?(?:debat|commissiedebat|notaoverleg|wetgevingsoverleg|overleg|algemeen overleg|briefing|rondetafelgesprek|procedurevergadering|tweeminutendebat|plenaire behandeling)\b[^,;.]{0,60}?\b(?:gepland|ingepland|geagendeerd)\b/;
const PLANNED_DEBATE_AFTER = /^\s*(?:geplande|geagendeerde|ingeplande)\s+(?:[a-z-]+\s+){0,2}?(?:debat|commissiedebat|notaoverleg|wetgevingsoverleg|overleg|briefing|rondetafelgesprek|procedurevergadering)\b/;
/** A term that runs out: "met / na het verstrijken van de deadline 1 mei". */
const RUN_OUT_BEFORE = /\bverstr(?:ijken|eken|eek)\b/i;
/** … but a term word before it: "voor het verstrijken van de deadline 1 mei" binds what is done before that day. */
const BEFORE_RUN_OUT = /\b(?:voor|vóór|uiterlijk|voorafgaand aan)\s+het\s+verstrijken\b/i;
/** Nouns that name a term: a bare date right after one is that term ("met nieuwe deadline 1 april 2022"). */
const TERM_NOUN = /^(?:deadline|streefdatum)$/;
/** A bare day or month right after a noun is that noun's date: "Voortgang VTH-stelsel april 2025", "vragen over X (20 februari, …)". */
const BARE_DATE_START = new RegExp(`^(?:\\d{1,2}|${MONTHS})$`);
const TIME_NOUN = /^(?:week|weken|maand|maanden|jaar|dag|dagen|termijn|datum|deadline|moment|weekend|periode|uiterlijk)$/;
const NOT_A_NOUN: ReadonlySet<string> = new Set([
  'te', 'om', 'en', 'of', 'over', 'voor', 'na', 'tot', 'nog', 'al', 'pas', 'reeds', 'ook', 'dan', 'dus', 'wordt', 'worden',
  'is', 'zijn', 'was', 'waren', 'werd', 'werden', 'zal', 'zullen', 'moet', 'moeten', 'kan', 'kunnen', 'heeft', 'hebben',
  'de', 'het', 'een', 'uiterlijk', 'vanaf', 'per', 'sinds', 'in', 'op', 'bij', 'met', 'van', 'rond', 'uw', 'u', 'wij', 'ik',
]);

/**
 * The preposition that governs the noun right before a bare date: after these the noun phrase is a topic or a thing
 * ("een brief over de verstoringen op 4 mei", "de uitkomsten van het overleg op 14 april", "deelname aan de briefing op
 * 13 maart", "de onrust na het steekincident op 2 januari"), so the date is that noun's day, not a moment asked for.
 * A temporal preposition (voor, uiterlijk, tijdens, bij) or a verb in between leaves it to the other rules.
 */
const TOPIC_GOVERNOR: ReadonlySet<string> = new Set(['over', 'van', 'aan', 'inzake', 'betreffende', 'aangaande', 'omtrent', 'uit', 'na', 'naar']);
const GOVERNORS = /\b(?:over|van|aan|inzake|betreffende|aangaande|omtrent|uit|na|voor|voorafgaand|tijdens|gedurende|bij|om|met|door|naar|tot|in|op|uiterlijk|vanaf|per|tegen|rond|rondom)\b|\bt\.b\.v\./g;
/** "ten behoeve van", "in aanloop naar": compound prepositions that mean "voor", not a topic. */
const TEMPORAL_COMPOUND_BEFORE = /\b(?:ten behoeve|in (?:de )?aanloop|voorafgaand)\s*$/;
const VERB_BETWEEN = /\bte [a-z]{2,}|,|\b(?:wordt|worden|werd|werden|is|zijn|was|waren|zal|zullen|kan|kunnen|moet|moeten|heeft|hebben|wil|willen|gaat|gaan|informeren|sturen|ontvangen)\b/;
/** Whether the noun right before a bare date sits in a noun phrase governed by a topical preposition (TOPIC_GOVERNOR). */
function topicNounBefore(sentence: string): boolean {
  const last = lastMatch(GOVERNORS, sentence);
  if (last === undefined || !TOPIC_GOVERNOR.has(last[0]) || TEMPORAL_COMPOUND_BEFORE.test(sentence.slice(0, last.index))) return false;
  const between = sentence.slice(last.index + last[0].length);
  const words = between.match(/[a-z-]+/g) ?? [];
  const noun = words[words.length - 1];
  // The Kamer after "aan / naar / over" is the one informed ("voor te leggen aan de Kamer op Prinsjesdag"); after "van" it owns
  // a topic with its own day ("de brief van de Kamer op 2 februari").
  const addressee = ADDRESSEE_NOUN.has(noun ?? '') && ADDRESSEE_GOVERNOR.has(last[0]);
  return noun !== undefined && noun.length >= 3 && !NOT_A_NOUN.has(noun) && !addressee && !TIME_NOUN.test(noun) && !VERB_BETWEEN.test(between);
}
const ADDRESSEE_GOVERNOR: ReadonlySet<string> = new Set(['aan', 'naar', 'over']);
/** The one informed, not a topic with its own day: "ontvangt uw Kamer op 1 juni …", "over de Kamer op 1 juni informeren". */
const ADDRESSEE_NOUN: ReadonlySet<string> = new Set(['kamer', 'kamerleden', 'kamercommissie']);
/** A term word right before such an event: "voor de dodenherdenking (op 4 mei)", "uiterlijk bij de verkiezingen". */
const TERM_BEFORE_EVENT = /\b(?:voor|uiterlijk|voorafgaand aan|tijdens|bij|rond|na)\s+(?:de|het)\s+[a-z]+$/;
/** An event that has its own day right before "op <day>": "de herdenking op 4 mei", "de verkiezingen op 29 oktober". */
const EVENT_NOUN_BEFORE = /\b[a-z]*(?:herdenking|viering|verkiezingen|verkiezing|feestdag|jubileum|koningsdag|bevrijdingsdag|demonstratie|manifestatie|staking)$/;
/** The first day of a day range right before a date ("Landbouwraad 22-23 september", "9 en 10 juli"): the range is one date. */
const RANGE_START_BEFORE = /\b\d{1,2}\s*(?:[-–]|t\/m|tot en met|en)\s*$/;
/**
 * A request not to do something ("verzoeken om geen onomkeerbare stappen te zetten … voorafgaand aan het debat op 21
 * december", "verzoekt de regering niet over te gaan tot …"): a standstill until that moment, not a term to deliver.
 */
const STANDSTILL = /\b(?:verzo(?:ek|eken|ekt|cht)|vraagt|vragen|roept)\b(?:(?!\b(?:en|maar)\b)[^.;]){0,80}?\b(?:geen|niet)\b[^.;]*?\bte [a-z]{2,}\b(?:(?!(?<!- )\b(?:en|maar)\b)[^.;])*$|\b(?:verzo(?:ek|eken|ekt|cht)|vraagt|vragen|roept)\b[^.;]{0,80}?\b(?:af te zien van|afzien van)\b(?:(?!\b(?:en|maar)\b)[^.;,])*$/;
/** Words that open an event as an occasion ("in het debat op 18 maart", "bij de Voorjaarsnota"): once it has passed, it is when something happened. */
const OCCASION_START: ReadonlySet<string> = new Set(['in', 'bij', 'tijdens', 'gedurende', 'op', 'rond', 'rondom', 'omstreeks']);

/** What may stand before "motie" in a text's own subject line: "Gewijzigde motie …", "Nader gewijzigde motie …". */
const OWN_SUBJECT_LINE = /^\W*(?:nader )?gewijzigde\s*$/;
/** A motie named inside another text ("Uitvoering van de motie van het lid X over binnen zes weken …"): its subject is that motie's, not this text's term. */
/** Every match of CITED_MOTIE holds this (hasAny). */
const CITED_MOTIE_NEEDLES = ['motie'];
const CITED_MOTIE = /\bmotie(?:-[a-z]+)?\b[^.;:]{0,160}?\bover\b[^.;:,]*$/;

/** A pointer back to the moment before it ("voorafgaand hieraan", "voor die tijd") and a delivery after it. */
const DELIVERY_BY_POINTER = /\b(?:voorafgaand (?:hier|daar)aan|voor die tijd|tegen die tijd|voor dat moment)\b[^.;]*?(?:\bte ontvangen\b|\bte informeren\b|brief\b|\btoe te (?:sturen|zenden)\b|\bte sturen\b)/;
/** "te ontvangen" right after or before a term: the Kamer receives something by then. */
const TO_RECEIVE_AFTER = /^\s*\)?\s*te ontvangen\b/;
const TO_RECEIVE_BEFORE = /\bte ontvangen\s*,?\s*$/;

/**
 * "niet" or "geen" right after an expression: what is not to happen then ("in 2022 niet uitkeren", "in 2025 geen extra
 * eisen stellen"). "niet alleen … maar ook" negates nothing: "voor 1 juli niet alleen een plan op te stellen" is a term.
 */
/** A stop right after a soft term: "per direct geen nieuwe orders meer te plaatsen", "onmiddellijk niet langer toe te staan". */
/** What matters or is wished, stated: "Het is van groot belang dat …", "acht het noodzakelijk dat …". */
const IMPORTANCE = /\b(?:het is|is het) (?:van )?(?:groot |zeer groot |het grootste |essentieel |cruciaal )?(?:belang|belangrijk|essentieel|cruciaal|noodzakelijk|wenselijk) dat\b|\b(?:acht|vind|vindt|achten|vinden) (?:het )?(?:van )?(?:groot )?(?:belang|belangrijk|noodzakelijk|wenselijk) dat\b/;
/** An event without a date that a soft term counts from: "zodra de salderingsregeling is afgebouwd …". */
const PENDING_EVENT = /\b(?:zodra|zo gauw als|zo gauw)\b(?!\s+(?:dat|dit|het)\s+(?:mogelijk|kan|lukt)\b)/;
/** Letters and reports that "van <period>" can date ahead: "de Kamerbrief van dit voorjaar". */
const LETTER_NOUN_BEFORE_OF: ReadonlySet<string> = new Set(['brief', 'kamerbrief', 'voortgangsbrief', 'verzamelbrief', 'rapportage', 'voortgangsrapportage', 'planningsbrief', 'beleidsbrief', 'hoofdlijnenbrief']);
/** Numerals before a rate: "één periodieke controle per jaar" ("een keer per jaar" is how often, so a rhythm). */
/** A report or meeting the government holds at a rhythm: "een evaluatie / monitor / voortgangsoverleg per jaar". */
const RHYTHM_NOUN = /(?:rapportage|rapport|monitor|evaluatie|brief|verslag|overzicht|overleg|bijeenkomst|gesprek|analyse|onderzoek|update|meting|peiling|bericht)$/;
/** "en" and a present verb that informs or delivers, its clause running on to the expression (no comma or semicolon between). */
const COORDINATED_PRESENT = /\ben (?:zal|zullen|wil|informeer|informeert|stuur|stuurt|zend|zendt|bericht|rapporteer|rapporteert|kom|komt|ontvangt|bied|biedt|deel|deelt)\b[^,;]*$/;
/** The numeral "één" (or "eén") among the last three words, as written (the words read have lost their accents). */
const ONE_WRITTEN = /(?:^|[^\p{L}])[eéEÉ][éÉ][nN](?:\s+\S+){0,2}\s*$/u;
const COUNT_WORDS: ReadonlySet<string> = new Set(['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'twaalf', 'twintig', 'honderd', 'duizend']);
/** A report's title at the start of a line: "Verslag Raad …", "Verslag van de …". */
const REPORT_TITLE = /^\W*(?:verslag|verslagen|besluitenlijst)\b(?![^.;]*\b(?:uiterlijk|binnen|te (?:sturen|zenden|ontvangen|informeren)|(?:ge|toege|ver)?(?:stuurd|zonden)|ontvangt|ontvangen|aangeboden|(?:ge)?informeerd|wordt|worden|zal|zullen)\b)/;
/** A period named from the writing date on: "dit voorjaar", "komend najaar" ("van 3 maart" dates a letter already sent). */
const AHEAD_WORD = /^(?:dit|deze|komend|komende|volgend|volgende|aanstaand|aanstaande|het komende|de komende)\b/;
/** The soft terms of acting at once. */
const IMMEDIATE_TERM = /^(?:per direct|direct|onmiddellijk|met (?:onmiddellijke|directe) ingang)$/;
const PERFECT_AUX_IN = /\b(?:heb|hebt|heeft|hebben|is|zijn|was|waren)\b/;
const FUTURE_IN = /\b(?:naar verwachting|verwacht|verwachten|gepland|voorzien|zal|zullen|zou|zouden|wordt|worden|moet|moeten|wil|willen|gaat|gaan|verzoekt|verzocht|toegezegd|zegt|te [a-z]{3,})\b/;
/** A participle, also of a separable verb, closing the clause after the term: "… stopgezet", "… ingetrokken", "… beëindigd". */
const DONE_AFTER = /^\s*(?:[a-z-]+\s+){0,4}?(?:[a-z]*ge[a-z]{2,}(?:d|t|en)|beeindigd|verboden|ingetrokken|opgeheven)\s*$/;
/** Nouns of a target set for a year: "doelen voor 2030", "de klimaatdoelstelling voor 2040". */
const TARGET_NOUN = /(?:doel|doelen|doelstellingen?|ambities?|taakstellingen?|streefcijfers?|streefwaarden?|normen)$/;
/** An open question asked of the government, the term inside it: "te onderzoeken waar … staan en of zij binnen …". */
const QUESTION_OPEN_BEFORE = /\b(?:te onderzoeken|onderzoeken|na te gaan|te bezien|te verkennen|te inventariseren)\b[^.;]*\b(?:of|in hoeverre)\s+(?:zij|ze|hij|het|dit|dat|deze|er|de|het|hun)\b[^.;,]*$/;
/** An "en" after the open question's "of", before the term: the question may have closed there. */
const QUESTION_THEN_EN = /\b(?:of|in hoeverre)\b[^.;,]*\ben\s[^.;,]*$/;
/** An act of its own right after the term ("… voor de zomer af te ronden"), not a purpose ("… gereed zijn om te produceren"). */
const ACT_RIGHT_AFTER_TERM = /^\s*(?:(?!om\b)[a-z-]+\s+){0,4}?te [a-z]{3,}/;
const STOP_AFTER = /^\s*(?:geen\b[^,;.]{0,60}?\bmeer|niet (?:meer|langer))\b[^,;.]{0,60}?\bte [a-z]{3,}/;
const NEGATION_AFTER = /^\s*(?:(?:nog|ook|meer|verder|langer)\s+)?(?:niet|geen)\b(?!\s+(?:alleen|enkel|slechts|uitsluitend)\b)/;

/** A noun right after "over <N> weken / maanden" that the length measures ("vertraging", "extra verlof"). */
const LENGTH_NOUN_AFTER = /^\s*(?:extra\b|[a-z]*(?:uitstel|verlof|vakantie|vertraging|achterstand|wachttijd|doorlooptijd|respijt|onderbreking|verlenging|looptijd|proeftijd|overgangstermijn|overgangsperiode)\b)/;

/** An expression naming a span by both its ends: "in de periode 2025–2027", "in de periode december tot en met februari". */
const SPAN_BOTH_ENDS = /\bperiode\b.*(?:[–-]|\btot en met\b|\bt\/m\b|\btot\b)/;

/** Precisions of a period rather than an event or a day. */
const PERIOD_PRECISIONS: ReadonlySet<DateExpression['precision']> = new Set(['month', 'quarter', 'half', 'season', 'year']);

/** "niet" (or "niet meer / per se / pas / eerst") right before an expression, in the same clause. */
const NEGATED_BEFORE = /\bniet(?:\s+(?:meer|per se|persé|pas|eerst))?\s*$/i;
/** "al dan niet", "wel of niet", "of niet": whether or not, no negation of the term. */
const NOT_NEGATING_BEFORE = /\b(?:al\s+dan|wel\s+of|of)\s+niet\s*$/i;

/** Whether the text right before an expression negates it ("niet in april maar in mei": "in april" is not the term). */
export function negatedBefore(before: string): boolean {
  const near = before.slice(-30);
  return NEGATED_BEFORE.test(near) && !NOT_NEGATING_BEFORE.test(near);
}

/** Relation starts that name a reference point themselves. */
const REFERENCE_START: ReadonlySet<string> = new Set(['sinds', 'sedert', 'uit']);

/** Which rule gave an expression its role (shown by `motie datum --uitleg`). */
export type RoleReason =
  | 'term' | 'consideration' | 'past-marker' | 'past-tense' | 'since' | 'peildatum' | 'date-of' | 'date-of-measure'
  | 'reference-word' | 'milestone' | 'past-date' | 'measure-starts-ends' | 'measure-period' | 'budget-year'
  | 'others-rhythm' | 'relative-clause' | 'rate' | 'purpose' | 'during' | 'budget-occasion' | 'measure-year' | 'for-year'
  | 'letter-outline' | 'rhythm-detail' | 'kamer-request' | 'kamer-procedure' | 'cited-motie' | 'others-act' | 'quoted' | 'each-case' | 'negated';

/**
 * Where the last sentence of a text starts: after its last . ; : ! or ? (a backwards scan: /[^.;:!?]*$/ is quadratic).
 * `end`: where to start scanning back from, when the caller knows that none of these five stands at or after it (the
 * start with the colon bounds the one without: its stops are a subset).
 */
function sentenceStart(text: string, colon = true, end = text.length): number {
  for (let i = end - 1; i >= 0; i -= 1) {
    const c = text.charCodeAt(i);
    // . ; : ! ? (a list after a colon belongs to the sentence that opens it, when `colon` is false)
    if (c === 46 || c === 59 || (colon && c === 58) || c === 33 || c === 63) return i + 1;
  }
  return 0;
}

/**
 * The role of one expression and the rule that gave it. `before` and `after` are the text around
 * it (original case); `reference` is the date the text was written.
 */
/**
 * A day, month, season or recess named without a year whose occurrence the missing-year rule picked lies more than half a
 * year ahead: the one that has passed is the nearer ("voor 15 februari" written in June, "voor de zomer" written in
 * October), so a past tense around it tells of that one.
 */
function passedYearless(expression: DateExpression, ownText: string, reference: IsoDate): boolean {
  return expression.deadline !== null && (MONTH_NAMED.test(ownText) || YEARLESS_PERIOD.test(ownText)) && !/\d{4}/.test(ownText) && !RELATIVE_WORD.test(ownText) && daysBetween(reference, expression.deadline) > 183;
}

export function roleOf(expression: DateExpression, before: string, after: string, reference: IsoDate, context: RoleContext): [DateRole, RoleReason] {
  const ownText = normalise(expression.text);
  const own = wordsOfNormalised(ownText);
  const first = own[0] ?? '';
  const beforeFrom = sliceReader(before);
  // (Only its last three words are read, and whether it has any.)
  const previous = lastWordsOfNormalised(beforeFrom(-60));
  const lastWord = previous[previous.length - 1] ?? '';
  const hasOwnRelation = TERM_START.has(first);

  // (RHYTHM_PARENTHESIS ends in an open parenthesis: a text without one is not scanned.)
  if (expression.relation !== 'recurring' && hasAny(before, RHYTHM_PARENTHESIS_NEEDLES) && RHYTHM_PARENTHESIS.test(beforeFrom(-120))) return ['content', 'rhythm-detail'];
  // Between quotation marks a term is named, not used: "het «zo spoedig mogelijk»-criterium van artikel 2u", a quoted
  // title or someone else's words. Only quotes around the term alone in an informing clause cite the term asked for:
  // "verzoekt de regering de Kamer «voor de zomer» te informeren" (review8 LOW-2).
  if (OPEN_QUOTE.test(before) && CLOSE_QUOTE.test(after) && (QUOTE_COMPOUND.test(after) || !context.informing)) return ['content', 'quoted'];
  if (insideLongerQuote(before, after)) return ['content', 'quoted'];
  // A motie's considerations and reports of what happened state facts.
  if (context.consideration || CONSIDERATION_START.test(context.clause)) return ['reference', 'consideration'];
  // A negated term is not the term: "niet in april maar zo snel mogelijk daarna", "niet in 2025 maar pas in 2026" (the other
  // term is), "de brief komt niet in april" (none). The negation is part of "niet voor / niet eerder dan" (a lower bound) and
  // "niet later dan" (a bound: uiterlijk) themselves; "niet alleen in april (maar ook …)" and "al dan niet" negate nothing.
  if (negatedBefore(beforeFrom(-30))) return ['content', 'negated'];
  // Where the expression's sentence starts, scanned back once (issue 28): the other sentence starts read below stop at a
  // subset of its stops (voice.ts sentenceStartOf, sentenceStart without the colon), so their scans begin there.
  const sentenceAt = sentenceStart(before);
  const sentence = beforeFrom(sentenceAt);
  if (hasAny(sentence, SELF_SEND_NEEDLES) && SELF_SEND.test(sentence) && KEPT_PROMISE.test(sentence)) return ['content', 'letter-outline'];
  if (hasAny(context.clause, LETTER_SELF_NEEDLES) && LETTER_SELF.test(context.clause) && !MOTIE_REQUEST.test(context.clause) && (!LETTER_PROMISE.test(context.clause) || (LETTER_DELIVERS.test(context.clause) && !LETTER_FUTURE.test(context.clause)))) {
    return ['content', 'letter-outline'];
  }
  // `after` normalised once: every rule below reads the same string.
  const afterText = normalise(after);
  if (PAST_AFTER.test(afterText) || PARTICIPLE_AFTER.test(afterText)) return ['reference', 'past-marker'];
  // "informeren over enkele maanden vertraging", "spreken over zes weken extra verlof": "over" is "about" a length of time,
  // the content, not a moment that many weeks from now (review 12; 04eb043 made "over enkele / een paar …" a term too).
  if (first === 'over' && LENGTH_NOUN_AFTER.test(afterText)) return ['content', 'measure-period'];
  // "extra middelen vrij te maken voor de begroting van Defensie", "de tekorten voor de begroting van OCW": money for (or on)
  // that budget, not the budget as a moment (review 9).
  if (ownText.startsWith('voor ') && ownText.includes('begroting') && MONEY_FOR_BUDGET.test(beforeFrom(-60))) return ['content', 'budget-occasion'];
  // "de in december 2023 opgestelde criteria", "het op 3 mei vastgestelde kader": an adjectival participle right after the
  // date says when that was done ("de voor de zomer toegezegde brief" keeps its term).
  // So does a preposition before it ("over in 2023 geleverde prestaties", "van in 2024 ingediende aanvragen"; not "om in 2024 gerichte maatregelen te nemen").
  if ((first === 'in' || first === 'op' || !hasOwnRelation) && PARTICIPLE_ADJ_AFTER.test(afterText) && /\b(?:de|het|die|dat|over|van|uit|aan|naar|met|bij|tot)\s*$/.test(beforeFrom(-12))) return ['reference', 'past-marker'];
  // The clause-level reading (voice.ts): who is asked or acts, in which mood. The Kamer's own business binds no government term.
  const at = context.clause.indexOf(ownText);
  const clauseAfter = at >= 0 ? context.clause.slice(at + ownText.length) : '';
  const voice = voiceOf(beforeFrom(sentenceStartOf(before, sentenceAt)), ownText, clauseAfter);
  if (voice.speaker === 'chair') return ['content', 'kamer-procedure'];
  if (voice.speaker === 'kamer') return voice.mood === 'request' ? ['content', 'kamer-request'] : ['content', 'kamer-procedure'];
  if (voice.speaker === 'third') return ['content', 'others-act'];
  // A term moved to a new day is that term, also in a decision of the Kamer ("de deadline … te verplaatsen naar 15 december").
  // (TERM_MOVED ends in "naar", "tot" or "tot en met": any other sentence is not scanned.)
  if (!hasOwnRelation && endsInMove(sentence.trimEnd()) && TERM_MOVED.test(sentence.trimEnd())) return ['deadline', 'term'];
  // ("voordat het rondetafelgesprek plaatsvindt op 10 april": a term word before the meeting makes its day the term.)
  if (first === 'op' && DEBATE_PLANNED.test(sentence.trimEnd()) && !TERM_BEFORE_MEETING.test(sentence)) return ['content', 'kamer-procedure'];
  if (PLANNED_DEBATE_AFTER.test(afterText) && !BEFORE_PLANNED.test(sentence)) return ['content', 'kamer-procedure'];
  if ((first === 'op' || !hasOwnRelation) && MEETING_SCHEDULED_AFTER.test(clauseAfter)) return ['content', 'kamer-procedure'];
  // (Cheap needles first: most clauses plan nothing and name no meeting, issue 28.)
  if (!context.informing && hasAny(context.clause, KAMER_MEETING_PLANNED_NEEDLES) && KAMER_MEETING_PLANNED.test(context.clause) && !GOVERNMENT_ASKED.test(context.clause)) return ['content', 'kamer-procedure'];
  if (!context.informing && MEMBERS_OPEN.test(before) && MEMBERS_PLAN.test(beforeFrom(0))) return ['content', 'kamer-procedure'];
  // A letter's outline of what it will discuss with the Kamer later ("na het zomerreces bespreek ik graag met uw Kamer …"):
  // a debate on the Kamer's agenda, no deliverable (a request to the government to do so keeps its term).
  // A promise to discuss it ("zegt toe voor de zomer met de Kamer in gesprek te gaan", "zal … met uw Kamer bespreken") is a
  // toezegging with its term (review 9).
  if (!context.informing && voice.mood !== 'request' && voice.mood !== 'promise' && !DISCUSS_PROMISED.test(context.clause) && !PROMISE.test(context.clause) && hasAny(context.clause, DISCUSS_WITH_KAMER_NEEDLES) && DISCUSS_WITH_KAMER.test(context.clause)) {
    return ['content', 'letter-outline'];
  }
  if (!context.informing && STANDSTILL.test(sentence)) return ['content', 'milestone'];
  // An opinion ("spreekt uit dat zo snel mogelijk …") asks nothing: a soft word in it is no term (a hard bound still is).
  if (expression.soft && voice.mood === 'opinion') return ['content', 'purpose'];
  // "Het is van groot belang dat statushouders zo snel mogelijk worden gehuisvest": what matters, not a promise (a soft word
  // in it is no term; "Ik vind het belangrijk de Kamer zo snel mogelijk te informeren" informs, so keeps it).
  // (Not when the speaker promises it in the same clause: "De minister vindt het van groot belang dat de regeling zo snel
  // mogelijk wordt aangepast en zegt toe dit te doen", "Ik acht het noodzakelijk dat … en zal daartoe …"; review 13.)
  if (expression.soft && !context.informing && IMPORTANCE.test(sentence) && !PROMISE.test(context.clause) && !/\b(?:zal|zullen)\b/.test(context.clause)) return ['content', 'purpose'];
  // "zodra de regeling is afgebouwd … dat er dan ook per direct wordt gestopt": at once after that event, which has no date yet,
  // so no term until it has one (DATES.md, "binnen N maanden na <event>"). Only with "dan" tying the term to the event:
  // "Zodra die de Kamer hebben bereikt, zal zo snel mogelijk een brief worden gestuurd" keeps its term (session 7), and so does
  // informing the Kamer with "dan": "Zodra het rapport gereed is, informeer ik uw Kamer dan zo snel mogelijk" (review 13).
  if (expression.soft && !context.informing && /\bdan (?:ook )?$/.test(sentence) && PENDING_EVENT.test(sentence)) return ['content', 'milestone'];
  if ((expression.soft || (expression.relation === 'within' && /\b(?:dag|dagen|week|weken)\b/.test(ownText))) && !context.informing && eachCase(sentence, afterText, expression.soft)) {
    return ['content', 'each-case'];
  }
  if (!context.informing) {
    const whole = `${beforeFrom(sentenceStart(before, false, sentenceAt))} ${ownText} ${context.clause.slice(Math.max(0, context.clause.indexOf(ownText)))}`;
    if (KAMER_PROCEDURE.test(whole) && !GOVERNMENT_ASKED.test(whole)) return ['content', 'kamer-procedure'];
  }
  // (Every match of CITED_MOTIE holds "motie", and writing "c.s." as "cs" neither makes nor breaks one: text without it is
  // not scanned, issue 28.)
  const nearest = beforeFrom(-400);
  if (hasAny(nearest, CITED_MOTIE_NEEDLES)) {
    const near = nearest.replace(/\bc\.s\./g, 'cs');
    const cited = CITED_MOTIE.exec(near);
    if (cited) {
      const pre = near.slice(0, cited.index);
      const own = pre.slice(Math.max(pre.lastIndexOf('.'), pre.lastIndexOf(';'), pre.lastIndexOf(':')) + 1);
      // "Gewijzigde motie van het lid X over …" is the text's own subject line, not a motie named inside it.
      if (own.trim() !== '' && !OWN_SUBJECT_LINE.test(own)) return ['content', 'cited-motie'];
    }
  }
  // A perfect tense only counts in the expression's own part of the clause, not in a subordinate
  // clause after it ("de Kamer voor 10 maart informeren bij hoeveel mensen … geëffectueerd zijn").
  const subordinate = SUBORDINATOR.exec(clauseAfter);
  const mainPart = at >= 0 ? context.clause.slice(0, at + ownText.length) + (subordinate ? clauseAfter.slice(0, subordinate.index) : clauseAfter) : context.clause;
  // (A relative clause closed by its commas before the expression tells about its own noun: "de systematiek, waarbij het
  // budget is gekoppeld aan het bni, voor de begrotingsbehandeling te herstellen".)
  // A request of the Kamer told afterwards ("Uw Kamer heeft verzocht het wetsvoorstel zo spoedig mogelijk in te dienen"):
  // a term after "verzocht" is what was asked, still to be met.
  // (Only for what was asked: an infinitive after the term, or a bare "voor / uiterlijk …" closing the request; not "Zoals
  // verzocht heb ik de evaluatie op 3 maart … gestuurd" nor "heeft verzocht om een reactie, die ik u op 3 maart heb gestuurd":
  // review 11.)
  // (Nor a day without a year the missing-year rule put a year ahead: "heeft mij verzocht … uiterlijk 1 maart te sturen",
  // written on 13 March, asked for this 1 March.)
  const askedBefore = at >= 0 && /\bverzocht\b/.test(context.clause.slice(0, at)) && !AS_ASKED.test(context.clause.slice(0, at)) && !passedYearless(expression, ownText, reference)
    && (ASKED_INFINITIVE_AFTER.test(clauseAfter) || ((expression.relation === 'by' || expression.relation === 'within') && /^\s*(?:[.;]|$)/.test(clauseAfter)));
  // (A statement reported in the perfect, "is aangekondigd dat de Kamer in april 2025 … ontvangt", "heeft gemeld dat de brief voor
  // de zomer komt": the tense of what was announced is its own, from its "dat" on.)
  // (Every match of REPORTED_THAT ends in "dat": a clause without it is not scanned.)
  const clauseBefore = at >= 0 ? context.clause.slice(0, at) : '';
  const reported = at >= 0 && hasAny(clauseBefore, REPORTED_THAT_NEEDLES) ? lastMatch(REPORTED_THAT, clauseBefore) : undefined;
  // (A second verb after "en" that informs or delivers in the present is its own tense: "De minister heeft een onderzoek
  // gestart en informeert de Kamer voor de zomer", "Ik heb de regeling aangepast en stuur u in het najaar de evaluatie";
  // "… gestart en de Kamer voor de zomer geïnformeerd" shares the perfect; review 13.)
  const coordinated = at >= 0 && reported === undefined ? COORDINATED_PRESENT.exec(clauseBefore) : null;
  const tensePart = reported !== undefined ? mainPart.slice(reported.index) : coordinated ? mainPart.slice(coordinated.index) : mainPart;
  // (Every match of CLOSED_RELATIVE ends in a comma: a part without one is left as it is.)
  if (!askedBefore && tenseOf(hasAny(tensePart, CLOSED_RELATIVE_NEEDLES) ? tensePart.replace(CLOSED_RELATIVE, ',') : tensePart) === 'past') return ['reference', 'past-tense'];
  // "De regeling is met onmiddellijke ingang stopgezet", "Ik heb de subsidie per direct stopgezet": done at once, a fact told
  // afterwards (the separable participle after the term; "wordt … stopgezet", "stop te zetten" stay its term; review 12 LOW).
  if (expression.soft && IMMEDIATE_TERM.test(ownText) && PERFECT_AUX_IN.test(sentence) && !FUTURE_IN.test(`${sentence} ${afterText.split(/[,;.]/, 1)[0] ?? ''}`) && DONE_AFTER.test(afterText.split(/[,;.]/, 1)[0] ?? '')) return ['reference', 'past-tense'];

  // Reference points: "sinds 2021", "uit 2022", "de uitspraak van 12 maart 2021", "1 januari 2020 als peildatum".
  if (REFERENCE_START.has(first)) return ['reference', 'since'];
  // "de gestelde doelen voor 2030", "het klimaatdoel voor 2040": the year a target is set for, the content of the policy.
  if (first === 'voor' && expression.precision === 'year' && TARGET_NOUN.test(lastWord)) return ['content', 'date-of-measure'];
  // "te onderzoeken … of zij binnen negen maanden gereed kunnen zijn": what the question asks, not when it is answered.
  // (Not when "en" has closed the question and the term is a next act's: "te onderzoeken of de regeling kan worden verlengd
  // en dit onderzoek voor de zomer af te ronden"; review 13.)
  if (!context.informing && QUESTION_OPEN_BEFORE.test(sentence) && !(QUESTION_THEN_EN.test(sentence) && ACT_RIGHT_AFTER_TERM.test(clauseAfter))) return ['content', 'purpose'];
  // "rapporteert over de periode mei t/m augustus": what a report covers, not a moment.
  if (lastWord === 'over' && first === 'de' && own[1] === 'periode') return ['content', 'measure-period'];
  // "Verslag Raad voor Concurrentievermogen op 12 maart te Brussel", "Verslag van de Eurogroep van 3 mei": a report's title names
  // the meeting's day.
  if ((first === 'op' || first === 'van') && REPORT_TITLE.test(beforeFrom(sentenceAt))) return ['reference', 'date-of'];
  if (REFERENCE_AFTER.test(afterText)) return ['reference', 'peildatum'];
  // "op basis van de tussenevaluatie in januari": the date of what the request builds on.
  if (first === 'in' && BASED_ON_BEFORE.test(beforeFrom(-80).trimEnd())) return ['reference', 'reference-word'];
  // (A day range before the date is part of it: "Landbouwraad 22-23 september 2025" reads the noun before "22-".)
  const range = hasOwnRelation ? null : RANGE_START_BEFORE.exec(before);
  const head = range ? before.slice(0, range.index) : before;
  const headWords = range ? wordsOf(head.slice(-60)) : previous;
  const headWord = headWords[headWords.length - 1] ?? '';
  // "… als openstaand te blijven beschouwen met (als) nieuwe deadline 1 april 2022": the date the noun names is the term.
  // ("Met het verstrijken van de deadline 1 mei": a term that has run out is a reference point; "voor het verstrijken van de
  // deadline 1 mei" is that term still: review 11.)
  if (!hasOwnRelation && BARE_DATE_START.test(first) && TERM_NOUN.test(headWord)) return RUN_OUT_BEFORE.test(beforeFrom(-50)) && !BEFORE_RUN_OUT.test(beforeFrom(-50)) ? ['reference', 'past-tense'] : ['deadline', 'term'];
  if (!hasOwnRelation && BARE_DATE_START.test(first) && headWords.length > 0 && !NOT_A_NOUN.has(headWord) && /^[a-z-]{3,}$/.test(headWord) && !/[.;:!?]\s*$/.test(head) && (!context.informing || (/\(\s*$/.test(head) && !TIME_NOUN.test(headWord)))) {
    return ['reference', 'date-of'];
  }
  // A day right after a noun in a topic ("een brief over de verstoringen op 4 mei"): that noun's day.
  // An event's own days ("uitzien naar de Algemene Politieke Beschouwingen op 17 en 18 september", "de uitkomsten van de
  // JBZ-Raad van 12 en 13 december"): the range's "op" or "van" is the event's.
  const topicSentence = range ? normalise(head.slice(sentenceStart(head))).trimEnd().replace(/\s+(?:op|van)$/, '') : sentence.trimEnd();
  if ((first === 'op' || (!hasOwnRelation && BARE_DATE_START.test(first))) && expression.relation === 'on' && topicNounBefore(topicSentence)) {
    return ['reference', 'date-of'];
  }
  // "de (dodenherdenking|viering|verkiezingen) op 4 mei": the day of that event, not a term (an event named as a topic).
  // But a term word right before the event makes its day the term ("voor de dodenherdenking op 4 mei de Kamer te informeren":
  // DATES.md, an event may carry its own date; review 9).
  if (first === 'op' && EVENT_NOUN_BEFORE.test(sentence.trimEnd()) && !TERM_BEFORE_EVENT.test(sentence.trimEnd())) return ['reference', 'date-of'];
  // "Geannoteerde agenda voor de Raad van 26 mei": the agenda of that meeting.
  if (first === 'voor' && lastWord === 'agenda') return ['reference', 'date-of'];
  if (!hasOwnRelation) {
    // "in de Kamerbrief van dit voorjaar voorstellen op te nemen": a letter still to come, asked or promised, so its term.
    if (lastWord === 'van' && LETTER_NOUN_BEFORE_OF.has(previous[previous.length - 2] ?? '') && AHEAD_WORD.test(ownText) && (voice.mood === 'request' || voice.mood === 'promise') && expression.deadline !== null && expression.deadline >= reference) return ['deadline', 'term'];
    if (lastWord === 'van') return CONTENT_NOUN.test(previous[previous.length - 2] ?? '') ? ['content', 'date-of-measure'] : ['reference', 'date-of'];
    // (A rhythm has no single day to refer to: "met halfjaarlijkse voortgangsrapportages" is how the Kamer is informed.)
    if (REFERENCE_BEFORE.has(lastWord) && expression.relation !== 'recurring') return ['reference', 'reference-word'];
  }

  // Milestones and the content of the measure: "tot 2028", "per 1 januari 2025", "niet voor 1 mei".
  if (expression.relation === 'until' || expression.relation === 'from' || expression.deadline === null) {
    return context.informing ? ['milestone', 'milestone'] : ['content', 'milestone'];
  }

  // A term that already passed when the words were written names a fact, unless a term word
  // bounds it ("uiterlijk 1 januari" of a text written later is simply overdue).
  const past = expression.relation === 'on' ? expression.deadline <= reference : expression.deadline < reference;
  // "gedaan tijdens het commissiedebat van 20 maart" (written after it): when something happened.
  // So is a past event named as an occasion: "zoals toegezegd in het debat op 18 maart", "bij de Voorjaarsnota" of a later text.
  // (In a request to the government or its promise a past period is an overdue term: "Verzoekt de regering de Kamer in
  // het eerste kwartaal van 2023 te informeren" in a later status table, "de toezegging om in maart … te sturen".)
  const requested = hasOwnRelation && (voice.mood === 'request' || voice.mood === 'promise') && voice.speaker === 'government' && PERIOD_PRECISIONS.has(expression.precision);
  if (past && OCCASION_START.has(first) && !requested) return ['reference', 'past-date'];
  // "de mbo-verklaring – ingevoerd in 2021 –": a participle right before a past date says when that happened.
  if (past && GE_PARTICIPLE.test(lastWord)) return ['reference', 'past-marker'];
  // "de naar verwachting eind dit jaar in werking tredende verordening", "de per 1 januari geldende regels": a present
  // participle right after the date, in a noun phrase, says when the thing it describes applies.
  const participleNoun = /\b(?:de|het)(?:\s+naar verwachting|\s+reeds|\s+al|\s+nog)?\s*$/.test(beforeFrom(-30)) ? PRESENT_PARTICIPLE_AFTER.exec(afterText) : null;
  if (participleNoun && !INFORMING_RE.test(participleNoun[1] ?? '') && !APPEARING_PARTICIPLE.test(participleNoun[0])) return ['content', 'measure-starts-ends'];
  // "landen waar Nederland dit voor de zomer van 2023 ook op toepaste": a past date in a relative clause told in the simple
  // past says when that happened, also after "voor" (a request's own past term stays overdue: no such clause around it).
  if (past && PAST_RELATIVE_OPEN.test(beforeFrom(-80)) && SIMPLE_PAST_END.test(afterText.split(/[,;:.]/, 1)[0] ?? '')) return ['reference', 'past-date'];
  // So does a perfect at its end, also for a day without a year that the missing-year rule put after the text's date
  // ("voor ouders die zich voor 15 februari gemeld hebben", written in June): what has happened lies before the text.
  // (Such a day only when its occurrence that has passed is the nearer one, more than half a year before the one picked,
  // and not in a state still to be reached: "ervoor te zorgen dat alle scholen voor 1 september zijn aangesloten" and "dat
  // de Kamer voor de zomer is geïnformeerd", written in March, keep their terms; review 11.)
  const passedDay = !past && passedYearless(expression, ownText, reference);
  if ((past || passedDay) && PAST_RELATIVE_OPEN.test(beforeFrom(-80)) && (past || !STATE_TO_REACH.test(beforeFrom(-80))) && PERFECT_END.test((afterText.split(/[,;:.]/, 1)[0] ?? '').replace(/^-(?=[a-z])/, ' '))) return ['reference', 'past-tense'];
  // A state reached on a named day that has passed, with nothing about the future in the sentence: "Het proces is conform
  // eerdere toezegging vóór 1 april afgerond", written in June (not "Het onderzoek is naar verwachting voor de zomer afgerond",
  // a status still to come: review 11; not a season or recess, whose passed occurrence is as often the next one meant).
  if (passedDay && MONTH_NAMED.test(ownText) && /\b(?:is|zijn)\b/.test(sentence) && COMPLETED_AFTER.test(afterText) && !FUTURE_WORDS.test(`${sentence} ${afterText.split(/[;.]/, 1)[0] ?? ''}`)) return ['reference', 'past-tense'];
  // "de toezegging van de minister tijdens het commissiedebat van 19 september": when the promise was made.
  if (first === 'tijdens' && PROMISE_MADE_BEFORE.test(sentence.trimEnd())) return ['reference', 'reference-word'];
  if (past && !requested && expression.relation !== 'by' && expression.relation !== 'within' && expression.relation !== 'recurring') {
    return ['reference', 'past-date'];
  }

  // The moment a measure starts or ends, and a period of the measure ("van 1 januari 2023 tot 1 januari 2024").
  // (Only the expression's own part of the clause: "uiterlijk 1 december een wetsvoorstel voor te leggen waarin de regeling
  // … alleen geldt bij …" names what the bill says, not when the measure starts.)
  // A subordinate clause right after the expression is its own ("binnen twee jaar nadat hun jeugdhulprelatie eindigt").
  // (A soft term right before the act is that act's: "het onmiddellijk sluiten van recidiverende slachthuizen" closes them at
  // once; a measure that closes by then is "de regeling sluit per 1 januari".)
  // ("uiterlijk in 2020 sluiten van de oudste kolencentrales": a bound right before the act is that act's term too.)
  const actRightAfter = (expression.soft || first === 'uiterlijk') && /^\s*(?:te\s+)?(?:sluiten|sluit|beeindigen|beeindigt|stoppen|stopt)\b/.test(afterText);
  if (!context.informing && !actRightAfter && CONTENT_VERBS.test(subordinate?.index === 0 || /^\s*(?:nadat|zodra|totdat|wanneer)\b/.test(clauseAfter) ? context.clause : mainPart)) return ['content', 'measure-starts-ends'];
  if (!context.informing && first === 'van' && previous.length > 0 && expression.relation === 'in' && !/[.;:!?]\s*$/.test(before)) return ['content', 'measure-period'];
  // A negated act right after the expression: a standstill for that time ("het in 2022 niet uitkeren van de middelen").
  // ("per direct geen nieuwe orders meer te plaatsen", "onmiddellijk niet langer toe te staan": stopping at once is the act asked,
  // its soft term the term.)
  if (!context.informing && NEGATION_AFTER.test(afterText) && first !== 'uiterlijk' && !(expression.soft && STOP_AFTER.test(afterText))) return ['content', 'milestone'];
  // A span with both ends is how long the measure runs ("de eisen in de periode 2025–2027 niet verder verhogen", "in de
  // periode december tot en met februari een tranche openstellen"), like "van … tot …": no moment to deliver by.
  if (!context.informing && (first === 'in' || first === 'gedurende') && SPAN_BOTH_ENDS.test(ownText)) return ['content', 'measure-period'];
  if (!context.informing && AMOUNT.test(context.clause) && expression.relation === 'in' && expression.precision === 'year') return ['content', 'budget-year'];
  // "Defensie zal in 2018 en 2019 de extra begrotingsgelden … nog niet kunnen besteden": the years the money is spent in.
  // (Only when the spending is what the year bounds: not "verzoekt de regering in 2026 te evalueren of de middelen doelmatig
  // zijn besteed", "Ik zal in 2026 onderzoeken hoe gemeenten het budget besteden": an act about the spending; review 12.)
  if (!context.informing && expression.relation === 'in' && expression.precision === 'year' && SPENT_MONEY.test(context.clause) && spentInYear(clauseAfter)) return ['content', 'budget-year'];

  // A rhythm that is not the government informing the Kamer: "scholen vragen ieder kwartaal hun
  // verzuimcijfers te melden", "doelen die jaarlijks gemonitord kunnen worden door het CPB".
  // (An Eerste Kamer toezegging's "zegt de Kamer, naar aanleiding van vragen van het lid X (Partij), toe …": those questions
  // are the occasion, not someone else asked to act.)
  if (expression.relation === 'recurring' && !context.informing && OTHERS_RHYTHM.test(context.clause.replace(PROMISE_OCCASION, ''))) return ['content', 'others-rhythm'];
  const sentenceBefore = sentence.trimEnd();
  if (expression.relation === 'recurring') {
    if (CHANGE_AFTER.test(afterText)) return ['content', 'rate'];
    // "het jaarlijks bezoeken van ouderen": the rhythm of the activity asked, a nominalised verb that does not inform ("het
    // jaarlijks informeren van de Kamer", "het halfjaarlijks rapporteren aan de Kamer" keep their terms).
    {
      const act = /^\s*([a-z]+en)\b/.exec(afterText)?.[1];
      // (Nor one that makes something public or measures the policy: "het jaarlijks publiceren van de cijfers", "het jaarlijks
      // evalueren van de maatregel" keep their rhythm; review 12.)
      if (act !== undefined && /\bhet\s*$/.test(beforeFrom(-8)) && !INFORMING_RE.test(`${act} ${afterText.slice(0, 60)}`) && !REPORTING_ACT.test(act) && !REPORT_NEAR.test(afterText.slice(0, 60))) return ['content', 'others-rhythm'];
    }
    // "onderdeel uitmaken van de jaarlijkse monitoring", "in aanvulling op de jaarlijkse rapportage": an existing periodic
    // report the act adds to, not one to deliver ("de jaarlijkse monitoring voortzetten", "in de jaarlijkse verslagen").
    if (ownText.endsWith('e') && /\b(?:van|op|aan|uit) de\s*$/.test(beforeFrom(-12))) return ['reference', 'reference-word'];
    // "gemeenten maandelijks laten rapporteren aan de provincie"; "het aantal … dat jaarlijks overlijdt".
    if (OTHERS_DO.test(context.clause) && OTHER_RECIPIENT.test(clauseAfter)) return ['content', 'others-rhythm'];
    // "het Afvalfonds verplichten jaarlijks te rapporteren": a third party obliged to report, not to the Kamer.
    if (/\bverplicht(?:en)?\b/.test(context.clause) && !/\b(?:kamer|staten-generaal)\b/.test(context.clause)) return ['content', 'others-rhythm'];
    if (!context.informing && RELATIVE_BEFORE.test(sentenceBefore)) return ['content', 'relative-clause'];
    // "het aantal diagnoses … uitgesplitst per jaar, leeftijd en geslacht", "per jaar en per regio": a breakdown of
    // numbers, also in a report to the Kamer.
    // ("de Kamer per kwartaal, schriftelijk en openbaar, te informeren", "de Kamer per kwartaal en per regio …": right after
    // the Kamer it is the rhythm of informing it.)
    if (first === 'per' && lastWord !== 'kamer' && (BREAKDOWN_BEFORE.has(lastWord) || BREAKDOWN_LIST_AFTER.test(afterText))) return ['content', 'rate'];
    // "300.000 vliegbewegingen per jaar": a rate.
    // "woningen per jaar" outside an informing clause: a rate too.
    // "1 mol per hectare per jaar": a chain of rates.
    if (first === 'per' && previous[previous.length - 2] === 'per') return ['content', 'rate'];
    // ("een" before a report or meeting is the article: "een evaluatie per jaar" is a yearly evaluation; the numeral "één"
    // counts it, as "een" counts an amount given, "een tegemoetkoming per maand"; review 13.)
    if (first === 'per' && (/\d/.test(previous.slice(-3).join(' ')) || (!context.informing && lastWord !== 'keer' && lastWord !== 'maal' && previous.slice(-3).some((w) => COUNT_WORDS.has(w) && (w !== 'een' || !RHYTHM_NOUN.test(lastWord) || ONE_WRITTEN.test(before.slice(-60).normalize('NFC'))))) || (!context.informing && (NOT_VERBS_EN.has(lastWord) || /[a-z]{3,}ingen$/.test(lastWord))))) return ['content', 'rate'];
  }

  // "tijdig / op tijd …, zodat … bij <moment>": the moment the timely act is for bounds it ("de tussenevaluatie zodanig op
  // tijd opleveren dat deze betrokken kan worden bij de besluitvorming over de Voorjaarsnota 2025").
  if (hasAny(sentenceBefore, TIMELY_FOR_NEEDLES) && TIMELY_FOR.test(sentenceBefore)) return ['deadline', 'term'];
  // A delivery the Kamer is to receive by then: "de toegezegde (voor het zomerreces te ontvangen) brief", "…, te ontvangen
  // uiterlijk 10 januari": the government's term, also inside a purpose or the Kamer's own plans.
  if (TO_RECEIVE_AFTER.test(afterText) || TO_RECEIVE_BEFORE.test(beforeFrom(-40))) return ['deadline', 'term'];
  // A delivery later in the clause bound to this moment by a pointer: "het debat te plannen voor het meireces en
  // voorafgaand hieraan een kabinetsbrief te ontvangen".
  if (DELIVERY_BY_POINTER.test(clauseAfter)) return ['deadline', 'term'];
  // Purposes and the content of what is asked, unless the Kamer is informed before them.
  // A result clause ("…, waardoor deze jaarlijks te volgen zijn") tells a consequence, never a term.
  if (hasAny(sentenceBefore, RESULT_CLAUSE_NEEDLES) && RESULT_CLAUSE.test(sentenceBefore)) return ['content', 'purpose'];
  // "de Kamer te informeren over het bedrag dat in 2024 nodig zou zijn": a date in a relative clause on the topic of what
  // the Kamer is told is part of that topic, not the informing term.
  // (Not when a term word bounds it or the clause says when the topic is ready: "over de plannen die uiterlijk 1 oktober klaar
  // moeten zijn", "over de evaluatie die in het voorjaar van 2025 gereed is": then the Kamer is told by that date.)
  // (But a subject of its own in that clause makes the term theirs: "over de plannen die gemeenten voor 1 oktober moeten
  // indienen".)
  // (Nor when the relative clause is on the delivery itself: "over … van de plannen in een brief die uw Kamer voor de zomer
  // ontvangt", the fourteen words of 29a31cf reaching past the topic to the letter; review 11.)
  if (context.informing && TOPIC_RELATIVE_BEFORE.test(sentenceBefore) && !INFORMING_RE.test(clauseAfter) && !DELIVERY_RELATIVE_BEFORE.test(sentenceBefore)
    && ((expression.relation !== 'by' && expression.relation !== 'within' && !TOPIC_READY_AFTER.test(clauseAfter)) || !TOPIC_RELATIVE_OWN.test(sentenceBefore))) return ['content', 'purpose'];
  const informedBefore = context.informingAt !== undefined && context.informingAt >= 0 && at >= 0 && context.informingAt < at;
  if (!informedBefore) {
    if (purposeOpen(sentenceBefore, clauseAfter) || insideNorm(sentenceBefore)) return ['content', 'purpose'];
    // The last and the first " om " of `${sentenceBefore} ` (a final " om" with the space after it), found without joining
    // the two strings (issue 28); a sentence without one has no purpose "om" to read.
    const omAtEnd = sentenceBefore.endsWith(' om') ? sentenceBefore.length - 3 : -1;
    const om = omAtEnd >= 0 ? omAtEnd : sentenceBefore.includes(' om ') ? sentenceBefore.lastIndexOf(' om ') : -1;
    if (om >= 0) {
      // The purpose's own "te <verb>" may also come right before the date: "een noodplan om de bevolking te ondersteunen in de winter".
      // ("verzoekt de Minister, in samenwerking met andere ministeries, om …": a parenthesis between commas leaves the request.)
      const beforeOm = sentenceBefore.slice(0, om);
      // "verzoekt de regering om …, om … en om de Kamer hierover jaarlijks te rapporteren": a list of what is asked, each with
      // its own "om", after a request that opened with one.
      const inner = sentenceBefore.indexOf(' om ');
      const firstOm = inner >= 0 ? inner : omAtEnd;
      const askedAgain = firstOm >= 0 && firstOm < om && /(?:,|\s)en\s*$/.test(beforeOm) && REQUEST_BEFORE_OM.test(sentenceBefore.slice(0, firstOm));
      // ("om alle maatregelen … om de afhankelijkheid terug te dringen nog vóór het zomerreces in kaart te brengen": the purpose's
      // infinitive closes right before the term and another act follows it, so the term is that act's.)
      const nextAct = PURPOSE_ENDS_BEFORE.test(sentenceBefore.slice(om)) && ACT_AFTER_TERM.test(clauseAfter);
      if (!askedAgain && !nextAct && context.commitment !== true && !REQUEST_BEFORE_OM.test(beforeOm) && !REQUEST_BEFORE_OM.test(beforeOm.replace(PARENTHESIS_END, '')) && !PURPOSE_CLOSED.test(sentenceBefore.slice(om)) && !(PURPOSE_DONE_EN.test(sentenceBefore.slice(om)) && deliveryAfter(clauseAfter)) && (/\bte\b/.test(clauseAfter) || /\bte [a-z]{3,}$/.test(sentenceBefore.slice(om)))) return ['content', 'purpose'];
    }
  }
  if (!context.informing) {
    // "tijdens de jaarwisseling", "tot na de zomer": during or up to, not a term.
    // (A meeting on a named day is the moment to act: "tijdens de Europese top van 27 en 28 juni zijn zorgen te uiten".)
    if (((first === 'tijdens' || first === 'gedurende') && !DAY_NAMED.test(ownText)) || lastWord === 'tot' || lastWord === 'totdat') return ['content', 'during'];

  }

  // A budget moment as the occasion of a policy choice: "bij de Voorjaarsnota vasthouden aan de
  // afspraak (en de Kamer vóór 1 juni informeren)". Only the expression's own part of an "en" list counts.
  // "bij de onderhandelingen voor de Voorjaarsnota inzetten op …" is the same occasion; "deze wens uitwerken in de
  // Miljoenennota" (no money) delivers a text in it.
  // ("uiterlijk met Prinsjesdag" bounds the act: no occasion.)
  const occasion = BUDGET_OCCASION_START.has(first) ? !/^in (?:de )?aanloop naar\b/.test(ownText) && lastWord !== 'uiterlijk' : first === 'voor' && BUDGET_PROCESS_BEFORE.test(sentenceBefore);
  if (occasion && BUDGET_MOMENT.test(ownText) && at >= 0) {
    const from = context.clause.lastIndexOf(' en ', at);
    const to = context.clause.indexOf(' en ', at + ownText.length);
    const conjunct = context.clause.slice(from < 0 ? 0 : from, to < 0 ? undefined : to);
    const writtenIn = first === 'in' && (WRITTEN_IN_BEFORE.test(sentenceBefore) || WRITTEN_IN_AFTER.test(conjunct.slice(conjunct.indexOf(ownText) + ownText.length))) && !MONEY.test(conjunct);
    const process = first === 'voor';
    if (!writtenIn && (process || (!DELIVERABLE.test(conjunct) && !ANSWERING.test(conjunct))) && !INFORMING_RE.test(conjunct)) return ['content', 'budget-occasion'];
  }

  // "het beschikbaar stellen van studiebeurzen ook in 2024 voort te zetten": continuing a measure in a year is that year's
  // measure (also in a clause that commits: "beschikbaar").
  if (!context.informing && /^(?:ook )?(?:in \d{4}|dit jaar|komend jaar|volgend jaar)$/.test(ownText) && CONTINUE_AFTER.test(afterText)) return ['content', 'measure-year'];
  if (!context.informing && context.commitment !== true) {
    const [next, second] = wordsOf(after.slice(0, 40));
    // "de accijnzen in 2015", "100 % hernieuwbare energie in 2017": the year the measure is about (but
    // "in 2021 evalueren", "nog in 2021 implementeren", "gereed hebben in 2021"). A level set for a year is about
    // that year too: "de huren in 2026 bevriezen" (but "de huren uiterlijk in 2026 bevriezen" bounds the act).
    // A year right after the request's opening ("verzoekt de regering (om) in 2025 een plan op te stellen") bounds the act,
    // unless the act sets a level ("verzoekt de regering in 2026 de huren te bevriezen" is about 2026).
    // Only when an act follows ("… in 2026 de regeling te evalueren"): "zegt de gemeenten extra geld toe in 2026" is the money's year.
    const opensRequest = REQUEST_OPENING.test(sentenceBefore) && /\bte [a-zë]{3,}/.test(clauseAfter) && !LEVEL_VERB_IN.test(clauseAfter);
    // ("de tender in januari 2010" too; not an event a term word points at, "voorafgaand aan het IPKO in juni 2025", nor before
    // an act still to come in its clause, "de regeling in januari 2025 aan te passen".)
    const monthYear = /^(?:nog )?in [a-z]+ \d{4}$/.test(ownText);
    if (/^(?:nog )?in (?:(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) )?\d{4}$/.test(ownText)
      && !(monthYear && (/\b(?:voorafgaand(?:e)? aan|voor|voordat|tijdens|bij|na|uiterlijk)\s+(?:de |het |een )?[^\s]+\s*$/.test(beforeFrom(-50)) || /\bte [a-z]{3,}/.test(clauseAfter)))
      && (!verbish(next) || LEVEL_VERB.test(next === 'te' ? (second ?? '') : (next ?? ''))) && !RESULT_VERBS.has(lastWord) && !SUBJECT_START.has(lastWord) && !opensRequest) return ['content', 'measure-year'];
    // "de rente … komend jaar bevriezen", "de belasting volgend jaar niet verhogen": a level set for that year, as "in 2026".
    if (/^(?:dit|komend|komende|volgend|volgende|het komende|het volgende) jaar$/.test(ownText) && LEVEL_VERB.test(next === 'niet' ? (second ?? '') : (next ?? '')) && !SUBJECT_START.has(lastWord)) return ['content', 'measure-year'];
    // "het bedrag voor 2017", "de experimenten voor 2015 toevoegen", "de huren voor komend jaar te bevriezen": voor
    // after a noun means "for" (but "het voor 2030 afbouwen", "over voor 2030 afbouwen").
    if (/^voor (?:\d{4}|(?:het )?(?:komend|komende|volgend|volgende) jaar)$/.test(ownText) && !VOOR_YEAR_TERM_BEFORE.has(lastWord)) return ['content', 'for-year'];
  }

  // "die relevant kunnen zijn voor de begrotingsbehandeling": voor = for, a purpose, not a term.
  if (first === 'voor' && RELEVANT_FOR_BEFORE.test(beforeFrom(-50))) return ['content', 'purpose'];
  // "dat de referentieperiode zal liggen vóór 1 januari 2024": where a period lies in time, the content of the measure.
  // (Not where a document lies by then: "Het advies ligt voor 1 juli bij de minister", "Het rapport ligt na de zomer klaar",
  // "… ligt na de zomer ter consultatie voor": a status to be reached; review 12.)
  if ((first === 'voor' || first === 'na') && POSITION_VERBS.has(lastWord) && !LIES_AT_AFTER.test(afterText)) return ['content', 'measure-period'];
  // A relative clause with a subject of its own that is not the government nor the Kamer ("de evaluatie die het bestuur
  // binnenkort openbaar zal maken", "een plan dat gemeenten voor 1 oktober moeten indienen"): the term is that subject's.
  // (Only an agent noun right after "die": "maatregelen die de nieuwbouw per direct opschorten" has "die" as subject.)
  // ("die het Holland Belgium Bid zelf heeft opgesteld en binnenkort openbaar zal maken": "zelf" marks its subject.)
  // (After "zelf" only an adverb, and no "te <verb>" after the date: "de evaluatie die het RIVM zelf uitvoert voor de zomer naar
  // de Kamer te sturen" has closed the relative clause; the term is the promise's; review 12.)
  // (The informing test first, and "zelf" before RELATIVE_SELF_SUBJECT: the same answers without most of the scans, issue 28.)
  if ((!context.informing && (RELATIVE_WE.test(sentenceBefore) || RELATIVE_OTHER_SUBJECT.test(sentenceBefore))) || (hasAny(sentenceBefore, RELATIVE_SELF_NEEDLES) && RELATIVE_SELF_SUBJECT.test(sentenceBefore) && !/\bte [a-z]{3,}/.test(clauseAfter))) return ['content', 'others-act'];
  // "de (tweede suppletoire) begroting voor 2024", "de ontwerpbegrotingen voor 2026": the budget year, also in a clause that
  // informs or commits ("Hangt samen met nog te ontvangen tweede suppletoire begroting voor 2024, verwachte ontvangst …").
  // (Not the budget as what carries the delivery: "als onderdeel van de LNV-begroting voor 2025 een verbeterplan aan de Kamer
  // voor te leggen".)
  if (/^voor \d{4}$/.test(ownText) && BUDGET_YEAR_NOUN.test(lastWord) && !/\b(?:onderdeel van|bij|met|in) (?:de |het )?[a-z-]+\s*$/.test(beforeFrom(-40))) return ['content', 'for-year'];

  return ['deadline', 'term'];
}

/** The gates of roleOf (regex-scan.ts Gate): each expression with the needles every match of it holds. */
export const ROLE_GATES: readonly Gate[] = [
  { name: 'NORM_THAT', expression: NORM_THAT, needles: NORM_THAT_NEEDLES },
  { name: 'RESULT_CLAUSE', expression: RESULT_CLAUSE, needles: RESULT_CLAUSE_NEEDLES },
  { name: 'LETTER_SELF', expression: LETTER_SELF, needles: LETTER_SELF_NEEDLES },
  { name: 'RHYTHM_PARENTHESIS', expression: RHYTHM_PARENTHESIS, needles: RHYTHM_PARENTHESIS_NEEDLES },
  { name: 'SELF_SEND', expression: SELF_SEND, needles: SELF_SEND_NEEDLES },
  { name: 'TERM_MOVED', expression: TERM_MOVED, needles: TERM_MOVED_ENDS, at: 'end' },
  { name: 'KAMER_MEETING_PLANNED', expression: KAMER_MEETING_PLANNED, needles: KAMER_MEETING_PLANNED_NEEDLES },
  { name: 'DISCUSS_WITH_KAMER', expression: DISCUSS_WITH_KAMER, needles: DISCUSS_WITH_KAMER_NEEDLES },
  { name: 'TIMELY_FOR', expression: TIMELY_FOR, needles: TIMELY_FOR_NEEDLES },
  { name: 'CLOSED_RELATIVE', expression: CLOSED_RELATIVE, needles: CLOSED_RELATIVE_NEEDLES },
  { name: 'RELATIVE_SELF_SUBJECT', expression: RELATIVE_SELF_SUBJECT, needles: RELATIVE_SELF_NEEDLES },
  { name: 'CITED_MOTIE', expression: CITED_MOTIE, needles: CITED_MOTIE_NEEDLES },
  { name: 'REPORTED_THAT', expression: REPORTED_THAT, needles: REPORTED_THAT_NEEDLES },
];
