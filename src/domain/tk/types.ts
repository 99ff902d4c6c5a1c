// What motiebot reads from the Tweede Kamer's open data, as plain values. The adapter
// (src/adapters/tk/) turns SyncFeed XML into these; the domain maps them to items.
import type { IsoDate } from '../dates/types.ts';
import type { ItemDeadline, ItemStatus, KamerstukRef, Responsibility } from '../items.ts';

/** A toezegging entity as the SyncFeed sends it (only the fields motiebot reads). */
export interface ToezeggingRecord {
  id: string;
  /** `verwijderd="true"` in any case: the entity was deleted; the other fields may be empty. */
  deleted: boolean;
  /** `bijgewerkt` as sent (with or without a zone). */
  bijgewerkt: string | null;
  nummer: string | null;
  tekst: string | null;
  functie: string | null;
  ministerie: string | null;
  status: string | null;
  /** Calendar date (YYYY-MM-DD) of `aanmaakdatum`. */
  aanmaakdatum: IsoDate | null;
  activiteitId: string | null;
  activiteitNummer: string | null;
  /** Calendar date of `datumNakoming`; 0001-01-01 (meaning none) is null. */
  datumNakoming: IsoDate | null;
  /** Every `kamerbriefNakoming` (the XSD says at most one; live data repeats it). */
  kamerbriefNakoming: string[];
  /** The bewindspersoon's name as sent ("Wiersma, F.M."). */
  naam: string | null;
}

/** The register's status, read leniently (values outside the XSD exist). */
export type RegisterStatus = 'open' | 'partly' | 'done' | 'lapsed' | 'unknown';

/** How a ministry was derived for an item; shown with the item. */
export interface MinistryDerivation {
  responsible: Responsibility[];
  /** Machine-readable rule: 'functie', 'ministerie', 'begroting', 'triage' … */
  rule: string;
  /** One Dutch phrase a person reads: 'functie "Minister van Onderwijs, Cultuur en Wetenschap"'. */
  explanation: string;
}

/**
 * Where a motie's title came from: the Onderwerp after "over" (`onderwerp`), the dictum of the
 * motie's own text (`dictum`), or neither, the motie's number and dossier (`nummer`).
 */
export type TitleSource = 'onderwerp' | 'dictum' | 'nummer';

/** An item as the register describes it, before it meets the database. */
export interface TkItemDraft {
  entityId: string;
  kind: 'toezegging' | 'motie';
  /** TZ202412-116, or the motie's zaak number (2023Z00933). */
  reference: string | null;
  title: string;
  /** Moties: where the title came from (TitleSource). */
  titleFrom?: TitleSource;
  text: string;
  submitters: string[];
  kamerstuk: KamerstukRef | null;
  status: ItemStatus;
  registerStatus: RegisterStatus;
  /** The register's own words about the status and its fulfilment ("Afgedaan, Kamerbrief 36222-45"). */
  statusText: string | null;
  deadline: ItemDeadline | null;
  /** The date relative terms were read against, and where it came from. */
  referenceDate: IsoDate | null;
  referenceFrom: 'activiteit' | 'aanmaakdatum' | 'gestartOp' | null;
  /** Kamerbrieven that fulfilled the promise (toezeggingen). */
  fulfilment: { kamerbrieven: string[]; date: IsoDate | null };
  /** Null when no ministry could be derived with confidence (a motie then goes to triage). */
  ministry: MinistryDerivation | null;
  /** Moties: the ministries the evidence pointed at, most likely first (the candidates of a triage entry). */
  candidates?: string[];
  /** Moties in triage: why no rule decided (the evidence found and what the records lacked). */
  triageReason?: TriageReason | null;
  /** Moties: the Kamer's own termijn (zaak/termijn) and the cabinet's appreciation. */
  kamerTermijn?: IsoDate | null;
  kabinetsappreciatie?: string | null;
}

/** Something the mapping could not read, for the log (an unmapped title, an unknown status, a text cut to its limit). */
export type TkMappingNote =
  | {
      code: 'TK_STATUS_UNKNOWN' | 'TK_MINISTRY_UNMAPPED' | 'TK_NO_TEXT' | 'TK_NO_REFERENCE_DATE' | 'TK_BESLUIT_UNKNOWN';
      entityId: string;
      value: string | null;
    }
  /**
   * A field of the record (`field`: its name in the feed) longer than an item may hold: cut to
   * `limit` (issue 22.8); `value`: the record's nummer; `length`: as read (a text of over 64 kB is
   * cut before parsing already: then at least this long).
   */
  | { code: 'TK_TEXT_CUT_OFF'; entityId: string; value: string | null; field: string; length: number; limit: number };

/**
 * Why a motie went to triage (route-motie.ts), as values a text turns into Dutch: what stopped a
 * decision, what each piece of evidence pointed at, and which evidence the records did not hold.
 */
export interface TriageReason {
  code:
    | 'TRIAGE_NO_EVIDENCE' // nothing pointed at a ministry
    | 'TRIAGE_WORDS_SPLIT' // the motie's policy words point at several ministries, none clearly
    | 'TRIAGE_WORDS_AMBIGUOUS' // the only policy words are ones several ministries use
    | 'TRIAGE_TITLE_CONTRADICTED' // the dossier title names one ministry, the motie's words another
    | 'TRIAGE_DEBATE_DISPUTED' // the debate's name is another ministry's subject than its committee's
    | 'TRIAGE_PEOPLE_SPLIT' // bewindspersonen of several ministries
    | 'TRIAGE_NOT_TO_GOVERNMENT' // the dictum asks the government nothing (a statement, a request to the Kamer)
    | 'TRIAGE_BEGROTING_CONTRADICTED' // a catch-all begroting dossier (suppletoire, jaarverslag, slotwet) whose chapter the motie's words contradict
    | 'TRIAGE_WORDS_AGAINST_DEBATE' // the motie's words name another ministry than the debate's committee, and no other evidence supports the words
    | 'TRIAGE_SUBJECT_TO_KAMER'; // the Onderwerp addresses the Kamer itself (its presidium, griffie, meetings, or a statement on its own conduct)
  evidence: TriageEvidence[];
  missing: TriageMissing[];
}

/** One piece of evidence of a triaged motie, with the ministries it pointed at. */
export type TriageEvidence =
  | { kind: 'words'; ministry: string; words: string[] }
  | { kind: 'debate'; name: string; committee: string; ministry: string }
  | { kind: 'debateName'; name: string; ministries: string[] }
  | { kind: 'title'; title: string; ministries: string[] }
  | { kind: 'people'; ministries: string[] }
  /** The ministry the submitters spoke for in the recorded months: `moties` of their `total` moties with a begroting or debate there. */
  | { kind: 'submitters'; names: string[]; ministry: string; moties: number; total: number };

/**
 * Evidence the records did not hold for the motie: a bewindspersoon (kabinetsappreciatie, the debate's
 * ActiviteitActor, an addressee in the text), the debate's committee meeting, a dossier, the motie's text.
 */
export type TriageMissing = 'bewindspersoon' | 'debat' | 'dossier' | 'tekst';
