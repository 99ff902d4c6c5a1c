// Every Dutch sentence channels are told about the Tweede Kamer sync (Afgedaan, new items, the first
// sync's counts) and why a page of the SyncFeed could not be read. What `motie sync tk` and `motie triage`
// print is in src/cli/texts.nl.ts.

import type { TitleSource, TriageEvidence, TriageMissing, TriageReason } from '../domain/tk/types.ts';
import { actorNl, type TextStyle } from './history.nl.ts';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What channels are told. */
export const TK_NOTICE = {
  afgedaan: (what: string, kamerbrieven: readonly string[]) =>
    `✅ ${what}: Afgedaan volgens het toezeggingenregister${kamerbrieven.length > 0 ? `, ${kamerbrieven.length === 1 ? 'Kamerbrief' : 'Kamerbrieven'} ${kamerbrieven.join(', ')}` : ''}.`,
  created: (what: string, term: string) => `🆕 Nieuw uit de Tweede Kamer: ${what}. Termijn: ${term}.`,
  firstSync: (toezeggingen: number, moties: number) =>
    `📥 motiebot volgt nu de open data van de Tweede Kamer. Voor dit kanaal: ${n(toezeggingen, 'toezegging', 'toezeggingen')} en ${n(moties, 'aangenomen motie', 'aangenomen moties')}. ` +
    'Typ /motie status voor de lijst; nieuwe items en afgedane toezeggingen meld ik voortaan hier.',
  /** The stored rule names the person who triaged by actor ("triage door cli:Anna"): say who, as a person reads it. */
  ministryRule: (explanation: string, style: TextStyle) => {
    const triage = /^triage door (?<actor>.+)$/.exec(explanation)?.groups?.actor;
    return `Ministerie afgeleid uit ${triage ? `triage door ${actorNl(triage, style)}` : explanation}`;
  },
  /** Where a motie's title came from (`motie show`). */
  titleFrom: (from: TitleSource) => TITLE_FROM[from],
  /** The motie's file could not be fetched or looked up, time after time: the sync stopped trying (`motie show`). */
  fileGaveUp: (attempts: number) =>
    `Het document van de motie kon ${attempts} keer niet worden opgehaald; de sync probeert het niet meer. Pas de titel zo nodig zelf aan in Slack`,
} as const;

const TITLE_FROM: Record<TitleSource, string> = {
  onderwerp: 'Titel uit het onderwerp van de motie (wat na "over" staat)',
  dictum: 'Titel uit het dictum van de motie ("verzoekt de regering …"), gelezen uit haar document: het onderwerp noemt geen verzoek',
  nummer: 'Titel uit het nummer en het dossier van de motie: het onderwerp noemt geen verzoek en het document van de motie is (nog) niet gelezen',
};

/** The triage section of the App Home tab (admins only). */
export const TK_HOME = {
  triageHeader: (count: number) => `*Triage: ${n(count, 'item wacht', 'items wachten')} op een ministerie*`,
  triageMore: (count: number) => `…en nog ${count}.`,
  triageHint: 'Het ministerie kon niet met zekerheid worden afgeleid. Wijs de codes eenmaal toe met de knop Toewijzen, of met `motie triage <nummer> <codes>`, bijvoorbeeld `motie triage 2023Z00933 MIenW`.',
  /** The ministries the evidence pointed at, after an entry's title. */
  candidates: (ministries: readonly string[]) => `mogelijk ${ministries.join(', ')}`,
  assignButton: 'Toewijzen',
  modalTitle: 'Triage',
  modalSubmit: 'Toewijzen',
  modalCancel: 'Annuleren',
  modalCodesLabel: 'Codes',
  modalCodesHint: 'Eén of meer codes, gescheiden door komma\'s, bijvoorbeeld MIenW of SOCW,MVWS. Een ministerie (OCW) betekent zijn minister (MOCW). Eenmaal toegewezen maakt motiebot het item.',
  modalCandidatesNone: 'De sync vond geen aanwijzing voor een ministerie.',
  assignedTitle: 'Toegewezen',
  assigned: (reference: string, codes: readonly string[], itemId: number) => `${reference} is toegewezen aan ${codes.join(', ')} (item #${itemId}).`,
  gone: 'Deze motie staat niet (meer) in de triage: iemand heeft haar al toegewezen, of ze is niet meer aangenomen.',
  notAllowed: 'Je mag de triage niet wijzigen: alleen beheerders (ADMIN_USER_IDS) wijzen codes toe.',
  badCodes: (bad: readonly string[]) => (bad.length > 0 ? `"${bad.join(', ')}" is geen code; schrijf bijvoorbeeld MIenW of SOCW,MVWS.` : 'Geef ten minste één code, bijvoorbeeld MIenW.'),
} as const;

const TRIAGE_CAUSE: Record<TriageReason['code'], string> = {
  TRIAGE_NO_EVIDENCE: 'niets in de gegevens wijst naar een ministerie',
  TRIAGE_WORDS_SPLIT: 'de beleidswoorden wijzen naar meer dan één ministerie en geen ervan duidelijk',
  TRIAGE_WORDS_AMBIGUOUS: 'de enige beleidswoorden zijn woorden die meerdere ministeries gebruiken',
  TRIAGE_TITLE_CONTRADICTED: 'de dossiertitel wijst naar een ander ministerie dan de woorden van de motie',
  TRIAGE_DEBATE_DISPUTED: 'het onderwerp van het debat hoort bij een ander ministerie dan de commissie die het debat hield',
  TRIAGE_PEOPLE_SPLIT: 'er zijn bewindspersonen van meer dan één ministerie bij betrokken',
  TRIAGE_NOT_TO_GOVERNMENT: 'het dictum vraagt de regering niets (een uitspraak of een verzoek aan de Kamer)',
  TRIAGE_BEGROTING_CONTRADICTED:
    'de motie staat in een begrotingsdossier waarin over van alles moties komen (suppletoire begroting, jaarverslag, slotwet of voorjaars- of najaarsnota), en haar eigen woorden wijzen naar een ander ministerie dan dat van de begroting',
  TRIAGE_WORDS_AGAINST_DEBATE:
    'de woorden van de motie wijzen naar een ander ministerie dan de commissie die het debat hield, en geen andere aanwijzing steunt die woorden',
  TRIAGE_SUBJECT_TO_KAMER:
    'het onderwerp van de motie richt zich tot de Kamer zelf (het Presidium, de Griffie, haar eigen vergaderingen of een uitspraak over haar eigen werk), niet tot de regering',
};

const TRIAGE_MISSING: Record<TriageMissing, string> = {
  bewindspersoon: 'een bewindspersoon (kabinetsappreciatie, debat of aanhef van het dictum)',
  debat: 'het commissiedebat waarin de motie is ingediend',
  dossier: 'een Kamerstukdossier',
  tekst: 'de tekst van de motie',
};

const short = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

function evidenceNl(e: TriageEvidence): string {
  switch (e.kind) {
    case 'words':
      return `beleidswoorden ${e.words.map((w) => `"${w}"`).join(', ')} → ${e.ministry}`;
    case 'debate':
      return `commissie van het debat "${short(e.name, 60)}" (${e.committee}) → ${e.ministry}`;
    case 'debateName':
      return `onderwerp van het debat "${short(e.name, 60)}" → ${e.ministries.join(' of ')}`;
    case 'title':
      return `dossiertitel "${short(e.title, 60)}" → ${e.ministries.join(' of ')}`;
    case 'people':
      return `bewindspersonen → ${e.ministries.join(' en ')}`;
    case 'submitters':
      return `indieners ${e.names.join(', ')}: ${e.moties} van hun ${e.total} moties in de opgenomen maanden met een begroting of debat → ${e.ministry}`;
  }
}

/** Why a motie is in triage, in one line: what stopped a decision, what the evidence pointed at, what the records lacked. */
export function triageReasonNl(reason: TriageReason): string {
  const found = reason.evidence.map(evidenceNl);
  const missing = reason.missing.map((m) => TRIAGE_MISSING[m]);
  return [
    `Waarom triage: ${TRIAGE_CAUSE[reason.code]}.`,
    found.length > 0 ? `Aanwijzingen: ${found.join('; ')}.` : '',
    missing.length > 0 ? `Ontbreekt: ${missing.join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Why a page of the Tweede Kamer's SyncFeed could not be read (adapters/tk). */
export const TK_FEED = {
  unreachable: (url: string) => `${url} is niet bereikbaar.`,
  stopped: 'De synchronisatie is gestopt.',
  tooLarge: (url: string, bytes: number) => `${url} stuurt ${bytes} bytes; meer dan motiebot van één pagina leest.`,
  status: (url: string, status: number) => `${url} antwoordt met HTTP ${status}.`,
  offOrigin: (url: string, target: string) => `${url} verwijst door naar ${target}, buiten de ingestelde SyncFeed (TK_SYNCFEED_URL); motiebot volgt dat niet.`,
  statusAfterRetries: (url: string, attempts: number, status: number) => `${url} antwoordt na ${attempts} pogingen nog steeds met HTTP ${status}.`,
  incompleteAfterRetries: (url: string, attempts: number, reason: string) => `${url} stuurde na ${attempts} pogingen geen volledige pagina (${reason}).`,
  timeoutAfterRetries: (url: string, attempts: number, seconds: number) => `${url} antwoordde na ${attempts} pogingen niet binnen ${seconds} seconden.`,
  unreachableBecause: (url: string, reason: string) => `${url} is niet bereikbaar (${reason}).`,
  notXml: (problem: string, line: number) => `${problem} (regel ${line})`,
  notAtom: 'het antwoord is geen Atom-feed (geen <feed>-element)',
  dtd: (line: number) => `het antwoord declareert op regel ${line} een DOCTYPE of eigen entiteiten (zoals &lol9;); de Tweede Kamer stuurt die nooit, dus deze pagina wordt niet gelezen en er is niets van overgenomen`,
} as const;
