// An adopted motie from the Tweede Kamer's open data → the item motiebot tracks (TK-OPEN-DATA.md,
// "Moties → items"). A motie is addressed to "de regering": the ministry that must act is derived
// by route-motie.ts and left to a person (triage)
// when no rule decides. Pure: the calendar is an argument.
import type { ParliamentaryCalendar } from '../dates/calendar.ts';
import { pickDeadline } from '../dates/pick-deadline.ts';
import type { IsoDate } from '../dates/types.ts';
import type { ItemDeadline } from '../items.ts';
import { buildTitle } from '../build-title.ts';
import { capDraft } from './cap-record.ts';
import { readBesluitSoort } from './read-besluit-soort.ts';
import { readDictum } from './read-dictum.ts';
import { dossierHistoryOf } from './dossier-history.ts';
import { routeMotie, type MotieBewindspersoon } from './route-motie.ts';
import { submitterProfilesOf, type SubmitterProfile } from './submitter-history.ts';
import type { TitleSource, TkItemDraft, TkMappingNote } from './types.ts';

export interface MotieZaak {
  id: string;
  nummer: string | null;
  soort: string | null;
  onderwerp: string | null;
  titel: string | null;
  /** Calendar date of `gestartOp`: the submission date. */
  gestartOp: IsoDate | null;
  /** The Kamerstuk number of the motie within its dossier. */
  volgnummer: string | null;
  vergaderjaar: string | null;
  /** Calendar date of `termijn`: the Kamer's own term for the follow-up. */
  termijn?: IsoDate | null;
  /** "Ontraden", "Oordeel Kamer", … as recorded. */
  kabinetsappreciatie?: string | null;
}

export interface MotieDossier {
  nummer: string | null;
  toevoeging: string | null;
  titel: string | null;
}

export interface MotieActor {
  naam: string | null;
  fractie: string | null;
  /** "Indiener", "Medeindiener", "Voortouwcommissie" … */
  relatie: string | null;
}

export interface MotieBesluit {
  soort: string | null;
  bijgewerkt: string | null;
}

export interface MotieSource {
  zaak: MotieZaak;
  dossier: MotieDossier | null;
  actors: readonly MotieActor[];
  besluiten: readonly MotieBesluit[];
  /** The motie's own text (its Document), when known. */
  text?: string | null;
  /** Bewindspersonen linked to the motie (kabinetsappreciatie, debate, Document actors). */
  bewindspersonen?: readonly MotieBewindspersoon[];
  /** Ministries of earlier letters of the government in the same dossier, one entry per letter. */
  letters?: readonly string[];
  /** The debate the motie was submitted in, with the committees of its committee meeting and the bewindspersonen who took part in it (read-debate.ts). */
  debate?: { name: string; committees: readonly string[]; bewindspersonen?: readonly string[] } | null;
  /** Ministry → the dossier's moties of the recorded months per committee ministry; default: dossier-history.json (all months). */
  dossierHistory?: Readonly<Record<string, number>> | null;
  /** The submitters with the ministries of their moties of the recorded months; default: submitter-history.json (all months). */
  submitters?: readonly SubmitterProfile[] | null;
}

/**
 * The vote that counts is the latest "Stemmen - …" decision; the motie is adopted when that one
 * adopted it. An unknown vote value is reported and never counts as an adoption.
 */
function readVotes(besluiten: readonly MotieBesluit[]): { adopted: boolean; unknown: string[] } {
  const votes = besluiten
    .map((b) => ({ b, reading: readBesluitSoort(b.soort) }))
    .filter(({ reading }) => reading.kind !== 'not-a-vote')
    .sort((x, y) => (x.b.bijgewerkt ?? '').localeCompare(y.b.bijgewerkt ?? ''));
  const unknown = votes.filter(({ reading }) => reading.kind === 'unknown-vote').map(({ b }) => b.soort ?? '');
  const latest = votes.at(-1)?.reading;
  return { adopted: latest?.kind === 'vote' && latest.outcome === 'adopted', unknown };
}

function dossierKey(dossier: MotieDossier | null): string | null {
  if (!dossier?.nummer) return null;
  return dossier.toevoeging ? `${dossier.nummer.trim()}-${dossier.toevoeging.trim()}` : dossier.nummer.trim();
}

/** "Motie van het lid X over", "Gewijzigde motie van de leden X en Y over", "Nader gewijzigde motie van …". */
const ONDERWERP_RE = /^\s*(?:(?:nader\s+)?gewijzigde\s+)?motie\s+van\s+(?:het\s+lid|de\s+leden)\s+.+?\s+over\s+/i;
/** "(t.v.v. 36800-IV-9)" or "t.v.v. 36800-22": the Kamerstuk a gewijzigde motie replaces ("ter vervanging van"). */
const REPLACES_RE = /\s*\(?\s*t\.\s*v\.\s*v\.\s*(\d{5}(?:-[A-Z0-9]+)?)-(\d+)\s*\)?\s*$/i;

/**
 * Whether an Onderwerp names no request of its own ("Motie van het lid X", "Gewijzigde motie van de
 * leden X en Y (t.v.v. 36800-IV-9)": no "over"): the title must come from the motie's dictum.
 */
export function needsDictum(onderwerp: string | null): boolean {
  const o = (onderwerp ?? '').replace(/\s+/g, ' ').trim().replace(REPLACES_RE, '').trim();
  return !ONDERWERP_RE.test(o) || o.replace(ONDERWERP_RE, '').trim() === '';
}

/** The Kamerstuk a gewijzigde motie replaces, from its Onderwerp. */
export function readReplaced(onderwerp: string): { dossier: string; number: string } | null {
  const m = REPLACES_RE.exec(onderwerp);
  return m?.[1] && m[2] ? { dossier: m[1].toUpperCase(), number: m[2] } : null;
}

/** The request of a dictum, as a title: "verzoekt de regering om X te doen" → "X te doen". */
function requestOf(dictum: string): string {
  return dictum
    .replace(/^(?:verzoekt|roept|draagt|vraagt|dringt)\s+(?:de\s+|het\s+)?(?:regering|kabinet|minister|staatssecretaris)(?:\s+(?:van|voor)\s+[^,;]+?)?\s+(?:op\s+)?(?:om\s+)?/i, '')
    .replace(/;.*$/, '')
    .trim();
}

/**
 * The motie as an item draft; `adopted` false means it is not (or no longer) an adopted motie.
 * `onlyIfAdopted`: a motie that is not adopted gets no routing and no term read from its text (the
 * sync drops such a draft; a zaak is mapped once per page that touches it, before its votes arrive).
 */
export function mapMotie(
  source: MotieSource,
  options: { calendar?: ParliamentaryCalendar; onlyIfAdopted?: boolean } = {},
): { adopted: boolean; draft: TkItemDraft; notes: TkMappingNote[] } {
  const { zaak, dossier } = source;
  const onderwerp = (zaak.onderwerp ?? '').replace(/\s+/g, ' ').trim();
  const replaced = readReplaced(onderwerp);
  const withoutReplaced = onderwerp.replace(REPLACES_RE, '').trim();
  // The subject follows "over"; an Onderwerp without it ("Motie van het lid X") has none: the dictum is the request.
  const subject = ONDERWERP_RE.test(withoutReplaced) ? withoutReplaced.replace(ONDERWERP_RE, '') : '';
  const dictum = readDictum(source.text ?? null);
  const request = subject || (dictum ? requestOf(dictum) : '');
  const votes = readVotes(source.besluiten);
  const notes: TkMappingNote[] = votes.unknown.map((value) => ({ code: 'TK_BESLUIT_UNKNOWN', entityId: zaak.id, value }));
  const volgnummer = Number.parseInt(zaak.volgnummer ?? '', 10);
  const submitters = [
    ...source.actors.filter((a) => /^indiener$/i.test(a.relatie?.trim() ?? '')),
    ...source.actors.filter((a) => /^medeindiener$/i.test(a.relatie?.trim() ?? '')),
  ]
    .map((a) => a.naam?.trim() ?? '')
    .filter((n) => n !== '');
  const full = votes.adopted || options.onlyIfAdopted !== true;
  let deadline: ItemDeadline | null = null;
  if (full && zaak.gestartOp && onderwerp) {
    const chosen = pickDeadline({ request: onderwerp, requestReference: zaak.gestartOp, ...(options.calendar ? { calendar: options.calendar } : {}) });
    if (chosen) deadline = { earliest: chosen.earliest, deadline: chosen.deadline, text: chosen.text, basis: chosen.basis, soft: chosen.soft, source: 'request' };
  }
  // The Kamer's own termijn is the deadline when the text names none; when it names one, that stays (both show).
  const kamerTermijn = zaak.termijn ?? null;
  if (!deadline && kamerTermijn) deadline = { earliest: null, deadline: kamerTermijn, text: 'termijn van de Kamer', basis: 'explicit', soft: false, source: 'kamer' };
  const key = dossierKey(dossier);
  const route = full ? routeMotie({
    dossierKey: key,
    dossierTitle: dossier?.titel ?? zaak.titel,
    onderwerp: zaak.onderwerp,
    text: source.text ?? null,
    bewindspersonen: [...(source.bewindspersonen ?? []), ...(source.debate?.bewindspersonen ?? []).map((functie) => ({ functie, source: 'debat' as const }))],
    letters: source.letters ?? [],
    committees: source.actors.filter((a) => /voortouw/i.test(a.relatie ?? '') && a.naam).map((a) => a.naam ?? ''),
    debate: source.debate ?? null,
    dossierHistory: source.dossierHistory !== undefined ? source.dossierHistory : dossierHistoryOf(key),
    submitters: source.submitters !== undefined ? source.submitters : submitterProfilesOf(zaak.onderwerp),
  }) : { derivation: null, candidates: [], reason: null };
  const titleFrom: TitleSource = subject ? 'onderwerp' : request ? 'dictum' : 'nummer';
  const title = request ? buildTitle(request) : `Motie ${zaak.nummer?.trim() ?? ''}${dossier?.titel ? ` (${dossier.titel.trim()})` : ''}`.trim();
  const text = replaced ? `${withoutReplaced} (vervangt Kamerstuk ${replaced.dossier}, nr. ${replaced.number})` : onderwerp;
  return {
    adopted: votes.adopted,
    notes,
    draft: capDraft({
      entityId: zaak.id,
      kind: 'motie',
      reference: zaak.nummer?.trim() || null,
      title,
      titleFrom,
      text: text || (zaak.titel ?? ''),
      submitters: [...new Set(submitters)],
      // A gewijzigde motie has volgnummer -1 until it is numbered: no Kamerstuk yet ("nr. -1" is none).
      kamerstuk: key && volgnummer > 0 ? { dossier: key, number: String(volgnummer), vergaderjaar: zaak.vergaderjaar?.trim() || null } : null,
      status: 'open',
      registerStatus: 'open',
      statusText: null,
      deadline,
      referenceDate: zaak.gestartOp,
      referenceFrom: zaak.gestartOp ? 'gestartOp' : null,
      fulfilment: { kamerbrieven: [], date: null },
      ministry: route.derivation,
      candidates: route.candidates,
      ...(route.reason ? { triageReason: route.reason } : {}),
      kamerTermijn,
      kabinetsappreciatie: zaak.kabinetsappreciatie?.trim() || null,
    }, notes),
  };
}
