// The clause-level reading of a date's sentence (issue 25, session 7): who speaks or acts in it, in
// which mood, in which tense. A date can be the government's informing term only when its clause asks
// the government to act or inform, or the government (or a text about it) promises or plans to: the
// Kamer's own planning, the chair's proposals, an opinion and a report of what already happened bind
// the government to nothing. roles.ts reads this once per expression; the narrow rules it replaced
// (a request to the presidium, an opinion, the chair's agenda proposal, the perfect tense) are its cases.
//
// All functions read normalised text (lower case, no accents), as roles.ts produces it.

import { hasAny, lastMatch, type Gate } from './regex-scan.ts';

/** Who the clause's request, promise or statement is about. */
export type Speaker =
  /** The government is asked, promises or is said to act ("verzoekt de regering", "de minister zal"). */
  | 'government'
  /** The Kamer's own organs or activities: a request to the presidium, "een debat wordt ingepland". */
  | 'kamer'
  /** The chair proposing the Kamer's business ("Ik stel voor … te stemmen / toestemming te verlenen"). */
  | 'chair'
  /** A third party acts (the sentence's subject is RIVM, a research commission, gemeenten …) and no government or Kamer takes part. */
  | 'third'
  /** Nothing in the sentence says who. */
  | 'unknown';

export type Mood =
  /** Someone is asked to do something ("verzoekt", "verzoeken", "vraagt", "roept op", "draagt op"). */
  | 'request'
  /** The government's promise to do something ("de toezegging om … te sturen", "heeft toegezegd … te informeren"). */
  | 'promise'
  /** A proposal put to the Kamer ("ik stel voor"). */
  | 'proposal'
  /** The Kamer's opinion ("spreekt uit"): it asks nothing. */
  | 'opinion'
  /** Anything else: a promise, a plan, a statement. */
  | 'statement';

export type Tense = 'past' | 'present';

export interface Voice {
  speaker: Speaker;
  mood: Mood;
  tense: Tense;
}

/** The last request verb and what follows it: its addressee decides whose request it is. */
const REQUEST = /\b(?:verzoekt|verzoeken|verzoek|verzocht|vraagt|roept|draagt)\b/g;
/** The government as addressee or actor. */
const GOVERNMENT = /\b(?:regering|kabinet|minister(?!ie)\w*|staatssecretaris\w*|bewindspersonen?|bewindslieden|premier|formateur)\b/;
/** The Kamer's own organs as addressee ("verzoekt het presidium", "verzoekt de Kamervoorzitter"). */
const KAMER_ORGAN = /^\s*(?:het presidium|de griffie|de griffier|de (?:kamer)?voorzitter|de fracties|alle fracties)\b/;
/** An addressee written before the request verb ("De minister van X verzoeken om …", a commission's decision). */
const ADDRESSEE_BEFORE = /\b(?:regering|kabinet|minister\w*|staatssecretaris\w*|bewindspersonen?)\b[^.;]{0,80}$/;

/** The chair's proposals are about the Kamer's business: voting, a debate's permission, the agenda. */
const CHAIR_PROPOSAL = /\b(?:ik stel (?:u |de kamer )?voor|stel ik (?:u |de kamer )?voor)\b/;
/** Every match of CHAIR_PROPOSAL holds this (hasAny). */
const CHAIR_NEEDLES = ['stel '];
const KAMER_BUSINESS = /\b(?:te stemmen|stemmingen?|toestemming|het houden van|te houden|toe te voegen|af te voeren|aan te houden|te schrappen|agenda|ingekomen stukken|te verlenen|in te stemmen met|spreektijd|termijnen)\b/;

/**
 * The Kamer's own meetings and activities, one list for voice.ts (its Kamer speaker) and roles.ts (KAMER_MEETING_PLANNED):
 * what the Kamer holds, plans or organises itself.
 */
export const KAMER_MEETING = '(?:debat|debatten|commissiedebat|plenair debat|notaoverleg|wetgevingsoverleg|dertigledendebat|tweeminutendebat|hoorzitting|rondetafelgesprek|technische briefing|plenaire behandeling|werkbezoek|schriftelijk overleg|procedurevergadering|(?:algemene )?(?:politieke |financiele |europese )?beschouwingen)';
/** The Kamer's own activities planned in the passive or by itself ("zal zo snel mogelijk een debat worden ingepland"). */
const KAMER_ACTIVITY = new RegExp(`\\b${KAMER_MEETING}\\b`);
const ALGEMEEN_OVERLEG = /\balgemeen overleg\b/;
const PLANNED = /\b(?:worden|wordt|zal worden|zullen worden|is|zijn)\s+(?:(?:zo snel|zo spoedig) mogelijk\s+|(?:[a-z]+\s+){0,3})?(?:ingepland|gepland|geagendeerd)\b|\b(?:ingepland|gepland|geagendeerd) (?:worden|wordt)\b|\b(?:briefing|debat|hoorzitting|rondetafelgesprek|overleg)\s+(?:[a-z]+\s+){0,2}?(?:ingepland|gepland)\b/;
/**
 * The same held, given or organised ("Over dit wetsvoorstel wordt op 2 oktober nog een technische briefing gegeven", "De
 * Algemene Financiële Beschouwingen zullen … worden gehouden"): the Kamer's, unless it was promised ("Zoals toegezegd wordt
 * voor de zomer een werkbezoek georganiseerd") or is a debate with the public ("Het maatschappelijk debat wordt in het
 * najaar georganiseerd"): then the government organises it (review 12).
 */
const HELD = /\b(?:worden|wordt|zal worden|zullen worden|is|zijn)\s+(?:[a-z]+\s+){0,3}?(?:gehouden|gegeven|georganiseerd)\b|\b(?:gehouden|gegeven|georganiseerd) (?:worden|wordt)\b|\b(?:briefing|debat|hoorzitting|rondetafelgesprek|overleg)\s+(?:[a-z]+\s+){0,2}?(?:gegeven|gehouden|georganiseerd)\b/;
const PUBLIC_DEBATE = /\b(?:maatschappelijke?|publieke?|nationale?|breed|brede|open) (?:debat|dialoog|gesprek)|\bdebat(?:ten)? met\b/;

/** The Kamer's own activity asked to be held or planned ("om een wetgevingsoverleg te houden", "een rondetafelgesprek te organiseren"). */
const KAMER_HOLD = new RegExp(`\\b${KAMER_MEETING}\\b[^.;]{0,200}?\\b(?:te houden|te plannen|in te plannen|te organiseren|te agenderen)\\b`);

/** Someone invited to the Kamer's meeting: "de minister uit te nodigen voor het commissiedebat …", "tot het uitnodigen van X voor een gesprek met de commissie". */
const INVITED = /\b(?:uit te nodigen|uitnodigen|uitgenodigd)\b[^.;]{0,80}?\b(?:voor|bij)\b/;
/** Every match of INVITED and INVITED_GOVERNMENT holds this (hasAny). */
const INVITED_NEEDLES = ['nodig'];
/** A bewindspersoon invited ("de minister van LVVN uit te nodigen voor …"): the Kamer's guest, whoever is asked. */
const INVITED_GOVERNMENT = /\b(?:regering|kabinet|minister\S*|staatssecretaris\S*|bewindspersonen?|bewindslieden|premier)(?:\s+van(?:\s+[a-z&-]+){1,4}?)?\s+(?:(?:wordt|worden)\s+)?(?:uit te nodigen|uitnodigen|uitgenodigd)\b[^.;]{0,80}?\b(?:voor|bij)\b/;
/**
 * The government asked ("verzoekt de regering …"): others it invites are its own act, with its own term ("verzoekt de
 * regering de gemeenten uit te nodigen voor een gesprek en voor 1 juli met een plan te komen").
 */
const GOVERNMENT_REQUESTED = /\b(?:verzoekt|verzoeken|vraagt|roept|draagt)\s+(?:de |het )?(?:regering|kabinet|minister\S*|staatssecretaris\S*|bewindspersonen)\b/;

/** A promise whose infinitive holds the date: "de toezegging (in uw Kamer) om … in maart … te sturen". */
export const PROMISE = /\b(?:toezegging|toezeggingen|toegezegd|belofte|beloofd|zegt (?:[a-z]+ ){0,3}toe|zeg (?:[a-z]+ ){0,3}toe|zeggen (?:[a-z]+ ){0,3}toe)\b/;

/** Third parties as the subject of a sentence: at its start, or right after an opening adverbial and the verb ("Volgens de planning ronden RIVM en TNO …"). */
/**
 * A plural subject other than the government or the Kamer that must do something: "Samenwerkingsverbanden moeten hier voor
 * 1 februari een plan indienen", "Alle scholen dienen uiterlijk 1 augustus …" (their term).
 */
const OBLIGED_PLURAL = '(?:alle |de )?(?!(?:ministeries|departementen|bewindspersonen|bewindslieden|ministers|staatssecretarissen|ambtenaren|beleidsmakers|kamerleden|leden|fracties|wij|zij|we|ze)\\b)[a-z-]{4,}(?:en|s)\\s+(?:moeten|dienen)\\b(?!\\s+(?:we|wij|worden)\\b)';
const OBLIGED_PLURAL_RE = new RegExp(`^\\W*${OBLIGED_PLURAL}`);
/** What a plural subject that "must" is, not does: done to, ready, available, in a place, sent (not "moeten … hebben ingediend"). */
const OBLIGED_STATE = /\b(?:worden|zijn|gerealiseerd|afgerond|beschikbaar|gereed|klaar|bekend|liggen|verstuurd|verzonden|gestuurd|toegestuurd|aangeboden|ingediend|aangeleverd|opgeleverd|vastgesteld|gepubliceerd)\b/;
const KAMER_AGENDA = /\bin (?:de|het) (?:commissie|procedurevergadering|presidium)\s+(?:geagendeerd|besproken|behandeld)\b/;
const THIRD_PARTY = '(?:het |de )?(?:rivm|tno|cpb|pbl|scp|cbs|knmi|rvo|nza|acm|afm|dnb|uwv|svb|ggd|vng|ipo|raad van state|(?:algemene )?rekenkamer|gezondheidsraad|zorginstituut|cbr|coa|duo|nvwa|europese commissie|onderzoekers|onderzoeksbureau|toezichthouder|gemeenten|provincies|waterschappen|(?:voorzitter van de )?(?:onderzoeks)?commissie onderzoek)\\b';
const THIRD_SUBJECT = new RegExp(`^\\W*(?:(?:volgens|naar|in) [^,]{0,40}?\\s+[a-z]+\\s+)?(?:${OBLIGED_PLURAL}|${THIRD_PARTY}|een (?:ontwikkelteam|werkgroep|expertgroep|stuurgroep|projectgroep|taskforce|kwartiermaker|adviesraad|adviescollege)\\b(?![^,;]*\\b(?:wordt|worden)\\b))`);
/**
 * The Kamer's own bodies as the sentence's subject ("De voorbereidingsgroep zal binnenkort … bespreken", "Naar verwachting
 * stelt de tijdelijke commissie … haar advies … op 25 september 2025 vast"): their planning, when nothing reaches them from
 * the government.
 */
const KAMER_BODY_SUBJECT = /^\W*(?:(?:volgens|naar|in) [^,]{0,40}?\s+[a-z]+\s+)?(?:de |het )?(?:(?:tijdelijke |vaste )?(?:kamer)?commissies?|presidium|voorbereidingsgroep|rapporteurs?|griffie|griffier|commissiestaf|kamerleden)\b/;
/**
 * The Kamer's own say and its members' own notice: a voorhang ("kan door of namens de Kamer … te kennen worden gegeven
 * uiterlijk op …", "biedt de Kamer de mogelijkheid zich tot uiterlijk … uit te spreken") or a notice to its griffie.
 */
const KAMER_OWN_SAY = /\b(?:door of namens (?:een van )?(?:de|beide) kamers?|door ten minste (?:dertig|vijftien) leden)\b/;
/**
 * The same in words a letter or a promise also uses ("Om uw Kamer de gelegenheid te geven …, stuur ik u de brief voor de
 * zomer", "De minister zegt het lid X, mede namens de Kamer, toe …"): only before the date, not as a purpose ("om"), not
 * "mede namens", not as what someone is to give ("de Kamer de gelegenheid (te) geven / bieden": a motie's subject, a
 * letter's promise), and not when something reaches the Kamer (review 12).
 */
const KAMER_CHANCE = /\b(?:(?<!mede )namens de kamer|(?<!\bom )(?:de|uw) kamer de (?:mogelijkheid|gelegenheid)(?! (?:te )?(?:geven|bieden)\b)|(?:spreekt|sprak) (?:de|uw) kamer uit)\b/;
const TO_GRIFFIE = /\b(?:aan|bij) de griffie\b/;
/** Something reaching the Kamer from the government: then a Kamer body's sentence may carry its term. */
const GOVERNMENT_TERM = /\b(?:toezegging\w*|deadline|termijn|motie\w*)\b/;
// (Also the participles and compounds: "De commissie wordt voor de zomer geïnformeerd", "… aan de griffie gezonden",
// "… toegestuurd", "nader bericht", "op de hoogte gesteld", "krijgt … een reactie"; review 12.)
const DELIVERED = /\b(?:(?:ge)?informe|[a-z]*brief|(?:toe|na|op|door|mee|ver)?(?:ge)?stuur|(?:toe|ver)?(?:ge)?z(?:e|o)nden?\b|zendt|ontvang|aangeboden|rapport(?!eur)|bericht|op de hoogte|krijg[a-z]*\b|kreeg|tegemoet|aangeleverd|aan te leveren)/;
/** Another country's government: "de Israëlische regering", "de Chinese autoriteiten". */
const FOREIGN_GOVERNMENT = '(?:de )?(?!nederlandse )[a-z]+(?:se|sche|che) (?:regering|autoriteiten|overheid)\\b';
/**
 * The government asked to ask a third party ("verzoekt de regering de ACM te vragen om in het begin volgend jaar …", "de
 * Europese Commissie op te roepen om spoedig …"): a term after it, in the same part of the request, is the third party's.
 * A part that turns back to the Kamer or the government's own act ("… en de Kamer hierover voor 1 juli te informeren") ends it.
 */
const NESTED_ASK = new RegExp(`\\b(?:${THIRD_PARTY}|${FOREIGN_GOVERNMENT})(?:\\s+[a-z]+){0,2}?\\s+(?:te vragen|te verzoeken|op te roepen|opdracht te geven|aan te moedigen|aanmoedigen|aanmoedigt|aan te sporen|aansporen)\\b`, 'g');
/** Every match of NESTED_ASK holds one of these (its ask: "te vragen", "opdracht te geven", "aan te moedigen" …; hasAny). */
const NESTED_ASK_NEEDLES = ['vragen', 'verzoeken', 'roepen', 'geven', 'moedig', 'sporen'];
const ASK_ENDS = /,\s*en\s|\ben (?:de|uw) kamer\b|\ben (?:dit|deze|hierover|daarover|vervolgens)\b|\bte [a-z]{3,}\b[^,]*\ben (?:te |de |het |[a-z]+ te )/;

/** The Kamer named (as recipient): then the sentence is not a third party's alone. */
const KAMER_NAMED = /\b(?:(?:de|uw|tweede|eerste) kamer|kamerleden)\b/;

/** The Kamer's opinion: "spreekt (als haar mening) uit", a motie subject "over uitspreken dat …". */
const OPINION = /\b(?:spreekt (?:als (?:haar|zijn) mening |(?:de|haar|zijn) (?:wens|steun|zorg|zorgen|waardering|afkeuring) )?uit|uitspreken)\b/;

/** Finite verbs in the simple past ("was nog niet gereed", "werd aangekondigd"). */
const SIMPLE_PAST = /\b(?<!\bte )(?:was|waren|werd|werden|had|hadden)\b/;
/** Perfect tense: an auxiliary and a participle ("is aangekondigd", "heeft … toegezegd"). */
const PERFECT_AUX = /\b(?<!\bte )(?:heb|hebt|heeft|hebben|had|hadden|ben|bent|is|zijn|was|waren|werd|werden)\b/;
// (Not "afgerond" / "doorgevoerd": "Het onderzoek is naar verwachting voor de zomer afgerond", "De evaluatie is eind dit jaar
// afgerond" are states still to come in status texts, far more often than reports; review 11 of b369f4d. So "doorge" stays
// out of the separable prefixes: "De aanpassing is voor de zomer doorgevoerd", review 13 of eef2e2c.)
const PARTICIPLE = /\b(?!gereed\b)(?:ge|ver|be|ont|her|toege|aange|opge|vastge|ingevoerd|uitge|plaatsge|terugge|meege|bijge|overge|samenge|binnenge|stopge|voorge|neerge|omge)[a-z]{2,}(?:d|t|en)\b/;
/**
 * Words that keep a clause about the future or about a promise ("heeft toegezegd … te informeren", "was
 * voornemens"). "aangekondigd" alone is no promise word: "deze brief is aangekondigd in Q2" reports it.
 * "verwachting" only with what is expected ("de verwachting (uitgesproken) dat …") or as "naar verwachting" ("Het rapport
 * is naar verwachting in april gepubliceerd"): "Conform / tegen de verwachting (in) heeft … op 1 april …" reports (review 11).
 */
const FUTURE_OR_PROMISE = /\b(?:toezegging|verwachting(?: [a-z]+){0,2} dat|naar verwachting|wil|willen|gaat|gaan|zal|zullen|zou|zouden|wordt|worden|moet|moeten|verzoekt|verzoeken|toegezegd|toezegt|zegt|beloofd|afgesproken|streeft|streven|verwacht|gepland|voornemens)\b|\b(?:plan|planning|bedoeling|voornemen) (?:is|was)\b/;
/** A promise announced for the future ("heeft aangekondigd … te sturen"): an infinitive after it. */
const ANNOUNCED_TO = /\baangekondigd\b[^.;]*\bte [a-z]{3,}/;

/** The clause's tense, read on its own part (`mainPart`: the clause up to a subordinate clause after the date). */
export function tenseOf(mainPart: string): Tense {
  const perfect = PERFECT_AUX.test(mainPart) && PARTICIPLE.test(mainPart);
  // "deze was nog niet gereed om voor 16 juni toe te sturen": a simple past, told afterwards.
  const simplePast = !perfect && SIMPLE_PAST.test(mainPart) && !/\bals\b|\bindien\b|\bwanneer\b/.test(mainPart);
  // Words of the future or a promise keep any clause present; they are looked for only in a clause that could be past
  // otherwise (most clauses are not: the same answer, without the longest scan; issue 28).
  if (!perfect && !simplePast) return 'present';
  return FUTURE_OR_PROMISE.test(mainPart) || ANNOUNCED_TO.test(mainPart) ? 'present' : 'past';
}

/**
 * Where the sentence holding the end of `text` starts (original case): after its last ; ! ? or a full stop that
 * ends a sentence (followed by a capital, a digit or a line break), so "c.q." and "a.s." keep their sentence. A
 * colon does not end it: a list after a colon belongs to the sentence that opens it. `end`: where to start scanning
 * back from, when the caller knows that no ; ! ? or full stop stands at or after it (roles.ts: its own sentence start).
 */
export function sentenceStartOf(text: string, end = text.length): number {
  for (let i = end - 1; i >= 0; i -= 1) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 33 || c === 63) return i + 1;
    if (c === 46 && /^\s+[\p{Lu}\d]|^\s*\n/u.test(text.slice(i + 1, i + 4))) return i + 1;
  }
  return 0;
}

/**
 * Whether the request (from its addressee to the date) has the government ask a third party, and the date is inside that
 * ask: not when what is asked reaches the Kamer ("de NZa te vragen jaarlijks aan de Kamer te rapporteren").
 */
function nestedAsk(request: string, rest: string): boolean {
  const last = hasAny(request, NESTED_ASK_NEEDLES) ? lastMatch(NESTED_ASK, request) : undefined;
  if (last === undefined) return false;
  const asked = request.slice(last.index + last[0].length);
  return !ASK_ENDS.test(asked) && !KAMER_NAMED.test(`${asked} ${rest}`);
}

/**
 * Who speaks and in which mood, from the sentence before the date (`sentence`, the list after a colon
 * included) and the rest of the date's clause (`after`).
 */
export function voiceOf(sentence: string, own: string, after: string): Omit<Voice, 'tense'> {
  const whole = `${sentence.trimEnd()} ${own} ${after}`;
  // "Ik stel voor dinsdag 19 november a.s. ook te stemmen": the proposal's "voor" may open the date's own words.
  const withOwn = `${sentence.trimEnd()} ${own}`;
  if (hasAny(withOwn, CHAIR_NEEDLES) && CHAIR_PROPOSAL.test(withOwn)) {
    const proposal = withOwn.slice(withOwn.search(CHAIR_PROPOSAL));
    // "Ik stel voor de minister te verzoeken …" asks the government; otherwise the Kamer's business.
    const asks = /\bte (?:verzoeken|vragen)\b/.test(whole) && GOVERNMENT.test(whole);
    if (!asks && KAMER_BUSINESS.test(`${proposal} ${after}`)) return { speaker: 'chair', mood: 'proposal' };
  }
  // "Verzoek … om de minister uit te nodigen voor het commissiedebat op 19 februari": the Kamer's own meeting (but the
  // government asked to invite others acts itself).
  if (hasAny(whole, INVITED_NEEDLES) && (INVITED_GOVERNMENT.test(whole) || (INVITED.test(whole) && !GOVERNMENT_REQUESTED.test(sentence))) && !/\b(?:informe|[a-z]*brief|stuur|zend)|\bte ontvangen\b/.test(whole)) return { speaker: 'kamer', mood: 'statement' };
  const request = lastMatch(REQUEST, sentence);
  if (request !== undefined) {
    const addressee = sentence.slice(request.index + request[0].length);
    if (KAMER_ORGAN.test(addressee) && !GOVERNMENT.test(addressee.slice(0, 60))) return { speaker: 'kamer', mood: 'request' };
    if (GOVERNMENT.test(addressee.slice(0, 60)) || ADDRESSEE_BEFORE.test(sentence.slice(0, request.index))) {
      return { speaker: nestedAsk(addressee, `${own} ${after}`) ? 'third' : 'government', mood: 'request' };
    }
  }
  if (OPINION.test(sentence) && !/\b(?:verzoekt|verzoeken|roept|draagt)\b/.test(sentence.slice(sentence.search(OPINION)))) {
    // "spreekt uit dat de Kamer de Raad van State zal aanmoedigen vóór 1 maart zijn advies te sturen": the third party's term.
    return { speaker: nestedAsk(sentence.slice(sentence.search(OPINION)), `${own} ${after}`) ? 'third' : 'unknown', mood: 'opinion' };
  }
  // "Zodra die de Eerste Kamer hebben bereikt, zal zo snel mogelijk een debat worden ingepland."
  // "Verzoek van de leden X en Y om een wetgevingsoverleg te houden …, te plannen … voorafgaand aan het zomerreces": the same.
  // ("Op 4 juni heeft uw Kamer een algemeen overleg gepland": an algemeen overleg only when planned.)
  if (((KAMER_ACTIVITY.test(whole) && (PLANNED.test(whole) || (HELD.test(whole) && !PROMISE.test(whole) && !PUBLIC_DEBATE.test(whole)))) || KAMER_HOLD.test(whole) || (ALGEMEEN_OVERLEG.test(whole) && PLANNED.test(whole))) && !GOVERNMENT.test(whole) && !/\b(?:informe|[a-z]*brief(?!ing)|stuur|zend)/.test(whole)) {
    return { speaker: 'kamer', mood: 'statement' };
  }
  // "Een concept … wordt op 31 januari in de commissie geagendeerd": the Kamer's own agenda.
  if (KAMER_AGENDA.test(whole) && !GOVERNMENT.test(whole) && !DELIVERED.test(whole)) return { speaker: 'kamer', mood: 'statement' };
  if (KAMER_OWN_SAY.test(whole) || (KAMER_CHANCE.test(sentence) && !PROMISE.test(whole) && !DELIVERED.test(whole)) || (TO_GRIFFIE.test(whole) && !GOVERNMENT.test(whole) && !DELIVERED.test(whole))) return { speaker: 'kamer', mood: 'statement' };
  // (Not a request of theirs, nor a decision on a government term: "De commissies besluiten de deadline van toezegging T03141
  // te verplaatsen naar 15 december 2021".)
  if (request === undefined && KAMER_BODY_SUBJECT.test(sentence) && !GOVERNMENT.test(whole) && !DELIVERED.test(whole) && !GOVERNMENT_TERM.test(whole)) return { speaker: 'kamer', mood: 'statement' };
  if (PROMISE.test(sentence) && /\bte [a-z]{3,}/.test(after) && !/[,;]/.test(sentence.slice(sentence.search(PROMISE)))) return { speaker: 'government', mood: 'promise' };
  if (request !== undefined) return { speaker: 'unknown', mood: 'request' };
  // "Volgens de huidige planning ronden RIVM en TNO de rapportage in het voorjaar af": their term, not the government's.
  // (A plural that must be done to is no agent: "Maatregelen moeten voor de zomer worden genomen"; nor one that must be in a
  // state or place, the government's own deliverables: "De uitkomsten moeten voor 1 juli beschikbaar komen", "De plannen
  // moeten voor 1 juli gereed", "De brieven moeten voor de zomer verstuurd", review 13.)
  if (THIRD_SUBJECT.test(sentence) && !GOVERNMENT.test(whole) && !KAMER_NAMED.test(whole) && !(OBLIGED_PLURAL_RE.test(sentence) && OBLIGED_STATE.test(whole) && !/\bhebben\b/.test(whole))) return { speaker: 'third', mood: 'statement' };
  return { speaker: GOVERNMENT.test(whole) ? 'government' : 'unknown', mood: 'statement' };
}

/** The gates of voiceOf (regex-scan.ts Gate): each expression with the needles every match of it holds. */
export const VOICE_GATES: readonly Gate[] = [
  { name: 'CHAIR_PROPOSAL', expression: CHAIR_PROPOSAL, needles: CHAIR_NEEDLES },
  { name: 'INVITED', expression: INVITED, needles: INVITED_NEEDLES },
  { name: 'INVITED_GOVERNMENT', expression: INVITED_GOVERNMENT, needles: INVITED_NEEDLES },
  { name: 'NESTED_ASK', expression: NESTED_ASK, needles: NESTED_ASK_NEEDLES },
];
