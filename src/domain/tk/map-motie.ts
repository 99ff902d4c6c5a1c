// An adopted motie from the Tweede Kamer's open data → the item motiebot tracks (TK-OPEN-DATA.md,
// "Moties → items"). A motie is addressed to "de regering": the ministry that must act is derived
// from its dossier (a begroting's chapter) or its voortouwcommissie, and left to a person (triage)
// when neither says it with confidence. Pure: the calendar is an argument.
import type { ParliamentaryCalendar } from '../dates/calendar.ts';
import { pickDeadline } from '../dates/pick-deadline.ts';
import type { IsoDate } from '../dates/types.ts';
import type { ItemDeadline } from '../items.ts';
import { buildTitle } from '../overview/build-title.ts';
import { ministryOfBegroting, ministryOfDepartment } from './derive-ministry.ts';
import type { MinistryDerivation, TkItemDraft } from './types.ts';

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

/**
 * The ministry that must act, or null (triage):
 * - a begroting dossier's chapter: 36200-VIII → OCW (rule begroting);
 * - the voortouwcommissie: "vaste commissie voor Onderwijs, Cultuur en Wetenschap" → OCW;
 * - "… van het Ministerie van X …" in the dossier's title.
 * When two of these disagree, nothing is certain: triage.
 */
function deriveMotieMinistry(dossier: MotieDossier | null, actors: readonly MotieActor[]): MinistryDerivation | null {
  const found: { ministry: string; rule: string; explanation: string }[] = [];
  const key = dossierKey(dossier);
  const fromBegroting = key ? ministryOfBegroting(key) : null;
  if (fromBegroting) found.push({ ministry: fromBegroting, rule: 'begroting', explanation: `begrotingsdossier ${key ?? ''}` });
  for (const actor of actors) {
    if (!/voortouw/i.test(actor.relatie ?? '') || !actor.naam) continue;
    const name = actor.naam.replace(/^(?:de\s+)?(?:vaste\s+)?commissie\s+(?:voor|van)\s+/i, '');
    const ministry = ministryOfDepartment(name);
    if (ministry) found.push({ ministry, rule: 'voortouwcommissie', explanation: `voortouwcommissie "${actor.naam.trim()}"` });
  }
  const title = dossier?.titel;
  const titleMatch = title ? /ministerie van ([^()]+?)(?:\s*\(|\s+voor het jaar|$)/i.exec(title) : null;
  const fromTitle = titleMatch?.[1] ? ministryOfDepartment(titleMatch[1]) : null;
  if (title && fromTitle) found.push({ ministry: fromTitle, rule: 'dossiertitel', explanation: `dossiertitel "${title.trim()}"` });
  const first = found[0];
  if (!first) return null;
  const ministries = new Set(found.map((f) => f.ministry));
  if (ministries.size > 1) return null;
  return {
    responsible: [{ code: `M${first.ministry}`, ministry: first.ministry }],
    rule: first.rule,
    explanation: found.map((f) => f.explanation).join(' en '),
  };
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
      ministry: deriveMotieMinistry(dossier, source.actors),
    },
  };
}
