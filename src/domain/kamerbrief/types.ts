// What the Kamerbrief matcher reads and what it proposes, as plain values (no I/O).
import type { IsoDate } from '../dates/types.ts';
import type { ItemKind } from '../items.ts';

/** A letter to the Kamer (Document of soort "Brief regering"), as the sync stored it. */
export interface Letter {
  /** The Document GUID. */
  id: string;
  /** "2025D21406". */
  documentNummer: string | null;
  soort: string | null;
  onderwerp: string;
  titel: string | null;
  datum: IsoDate | null;
  /** The dossier number the letter is filed in ("32849", "36600-XVII"), when known. */
  dossier: string | null;
  volgnummer: number | null;
  /** Zaak numbers the Document refers to ("2025Z01234"), when known. */
  zaakNummers: readonly string[];
  /** Signers (DocumentActor names). */
  actors: readonly string[];
}

/** An item as the matcher sees it. */
export interface MatchItem {
  id: number;
  kind: ItemKind;
  title: string;
  text: string;
  /** Indieners as names ("Van der Werf", "Inge van Dijk"). */
  submitters: readonly string[];
  kamerstuk: { dossier: string; number: string } | null;
  /** Zaak number (2025Z01234) or toezegging number (TZ202412-116). */
  reference: string | null;
  /** The first day the item existed (motie submitted, toezegging made); null when unknown. */
  since: IsoDate | null;
  /** The toezeggingen register's own kamerbriefNakoming for this item. */
  registerLetters: readonly string[];
}

export type MatchStrength = 'zeker' | 'waarschijnlijk' | 'mogelijk';

/** Why a letter is proposed for an item; src/texts/kamerbrief.nl.ts words each code. */
export type MatchReason =
  | { code: 'KB_REGISTER_LINK'; documentNummer: string }
  | { code: 'KB_CITES_KAMERSTUK'; kamerstuk: string }
  | { code: 'KB_CITES_NUMBER'; nummer: string }
  | { code: 'KB_NAMES_SUBMITTERS'; names: string[] }
  | { code: 'KB_SUBJECT'; words: string[] }
  | { code: 'KB_DEBATE'; name: string | null; date: IsoDate | null };

export interface LetterMatch {
  itemId: number;
  strength: MatchStrength;
  reasons: MatchReason[];
}
