// An adopted motie from the Tweede Kamer's open data → the item motiebot tracks (TK-OPEN-DATA.md,
// "Moties → items"). A motie is addressed to "de regering": the ministry that must act is derived
// by route-motie.ts and left to a person (triage)
// when no rule decides. Pure: the calendar is an argument.
import type { ParliamentaryCalendar } from '../dates/calendar.ts';
import { pickDeadline } from '../dates/pick-deadline.ts';
import type { IsoDate } from '../dates/types.ts';
import type { ItemDeadline } from '../items.ts';
import { buildTitle } from '../overview/build-title.ts';
import { routeMotie, type MotieBewindspersoon } from './route-motie.ts';
import type { TkItemDraft } from './types.ts';

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
}

/** The vote that counts: the latest "Stemmen - …" decision. */
function isAdopted(besluiten: readonly MotieBesluit[]): boolean {
  const votes = besluiten.filter((b) => /^stemmen\s*-/i.test(b.soort?.trim() ?? ''));
  const latest = [...votes].sort((a, b) => (a.bijgewerkt ?? '').localeCompare(b.bijgewerkt ?? '')).at(-1);
  return /aangenomen/i.test(latest?.soort ?? '');
}

function dossierKey(dossier: MotieDossier | null): string | null {
  if (!dossier?.nummer) return null;
  return dossier.toevoeging ? `${dossier.nummer.trim()}-${dossier.toevoeging.trim()}` : dossier.nummer.trim();
}

const ONDERWERP_RE = /^\s*motie\s+van\s+(?:het\s+lid|de\s+leden)\s+.+?\s+over\s+/i;

/** The motie as an item draft; `adopted` false means it is not (or no longer) an adopted motie. */
export function mapMotie(source: MotieSource, options: { calendar?: ParliamentaryCalendar } = {}): { adopted: boolean; draft: TkItemDraft } {
  const { zaak, dossier } = source;
  const onderwerp = (zaak.onderwerp ?? '').replace(/\s+/g, ' ').trim();
  const subject = onderwerp.replace(ONDERWERP_RE, '');
  const submitters = [
    ...source.actors.filter((a) => /^indiener$/i.test(a.relatie?.trim() ?? '')),
    ...source.actors.filter((a) => /^medeindiener$/i.test(a.relatie?.trim() ?? '')),
  ]
    .map((a) => a.naam?.trim() ?? '')
    .filter((n) => n !== '');
  let deadline: ItemDeadline | null = null;
  if (zaak.gestartOp && onderwerp) {
    const chosen = pickDeadline({ request: onderwerp, requestReference: zaak.gestartOp, ...(options.calendar ? { calendar: options.calendar } : {}) });
    if (chosen) deadline = { earliest: chosen.earliest, deadline: chosen.deadline, text: chosen.text, basis: chosen.basis, soft: chosen.soft, source: 'request' };
  }
  const key = dossierKey(dossier);
  const route = routeMotie({
    dossierKey: key,
    dossierTitle: dossier?.titel ?? zaak.titel,
    onderwerp: zaak.onderwerp,
    text: source.text ?? null,
    bewindspersonen: source.bewindspersonen ?? [],
    letters: source.letters ?? [],
    committees: source.actors.filter((a) => /voortouw/i.test(a.relatie ?? '') && a.naam).map((a) => a.naam ?? ''),
  });
  return {
    adopted: isAdopted(source.besluiten),
    draft: {
      entityId: zaak.id,
      kind: 'motie',
      reference: zaak.nummer?.trim() || null,
      title: subject ? buildTitle(subject) : (zaak.nummer ?? 'Motie'),
      text: onderwerp || (zaak.titel ?? ''),
      submitters: [...new Set(submitters)],
      kamerstuk: key && zaak.volgnummer ? { dossier: key, number: zaak.volgnummer.trim(), vergaderjaar: zaak.vergaderjaar?.trim() || null } : null,
      status: 'open',
      registerStatus: 'open',
      statusText: null,
      deadline,
      referenceDate: zaak.gestartOp,
      referenceFrom: zaak.gestartOp ? 'gestartOp' : null,
      fulfilment: { kamerbrieven: [], date: null },
      ministry: route.derivation,
      candidates: route.candidates,
    },
  };
}
