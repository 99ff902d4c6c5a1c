// The debate a motie was submitted in, read from the onderwerp of the agendapunt it was voted under
// ("Moties ingediend bij het tweeminutendebat Politie (CD 4/3)", "… bij het notaoverleg over …",
// "… bij de Wet verbetering beschikbaarheid jeugdzorg"), and the committee that held that debate's
// committee meeting (issue 24: structural evidence of the ministry that answered). A tweeminutendebat
// is the plenary end of a commissiedebat of the same name; its Activiteit has voortouw "TK", the
// commissiedebat's has the committee. The name is matched, not a link: the recordings hold no
// Activiteit→Activiteit or Zaak→Activiteit links. Pure.

export type DebateKind = 'tweeminutendebat' | 'debat' | 'dertigledendebat' | 'notaoverleg' | 'wetgevingsoverleg' | 'wetsvoorstel';

export interface MotieDebate {
  kind: DebateKind;
  /** As written: "Politie", "de initiatiefnota van het lid X over Y". */
  name: string;
  /** The folded name activities are looked up by (debateKey). */
  key: string;
}

/** A committee meeting that may be the debate's: its soort, date and voortouw as the Activiteit has them. */
export interface DebateActivity {
  soort: string | null;
  /** Calendar date (YYYY-MM-DD). */
  datum: string | null;
  voortouwnaam: string | null;
  voortouwafkorting: string | null;
  /** The functies of the bewindspersonen among its actors (ActiviteitActor), when known: "minister van Financiën". */
  bewindspersonen?: readonly string[];
}

/** A functie of a bewindspersoon ("minister van …", "Staatssecretaris van … - Fiscaliteit", "minister-president"), not a Kamerlid's. */
export function isBewindspersoon(functie: string | null): boolean {
  return /^\s*(?:minister|staatssecretaris)\b/i.test(functie ?? '');
}

const DEBATE_RE = /ingediend\s+bij\s+(?:het\s+|de\s+)?(?:(tweeminutendebat|dertigledendebat|debat|notaoverleg|wetgevingsoverleg)\s+(?:over\s+)?)?(.+)$/iu;

/** The folded form of a debate's name: no accents, no case, no "(CD 5/3)", no "d.d. 17 maart 2025", words only. */
export function debateKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\(\s*cd\s[^)]*\)/g, ' ')
    .replace(/\bd\.\s?d\..*$/, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The debate an agendapunt's onderwerp names, or null (an agendapunt that is not about moties). */
export function readDebate(onderwerp: string | null): MotieDebate | null {
  const m = DEBATE_RE.exec((onderwerp ?? '').replace(/\s+/g, ' ').trim());
  const name = m?.[2]?.trim();
  if (!m || !name) return null;
  const key = debateKey(name);
  if (!key) return null;
  const kind = (m[1]?.toLowerCase() ?? 'wetsvoorstel') as DebateKind;
  return { kind, name, key };
}

const MEETING_SOORTEN = new Set(['commissiedebat', 'notaoverleg', 'wetgevingsoverleg', 'algemeen overleg']);

/** Whether an activity is a committee meeting a motie's debate can come from (the sync keeps only these). */
export function isDebateMeeting(a: DebateActivity): boolean {
  return MEETING_SOORTEN.has((a.soort ?? '').trim().toLowerCase()) && Boolean(a.voortouwnaam?.trim()) && (a.voortouwafkorting ?? '').trim().toUpperCase() !== 'TK';
}

/**
 * The activities of the debate's name that are committee meetings a motie can come from
 * (commissiedebat, notaoverleg, wetgevingsoverleg, the older algemeen overleg), held by a committee
 * (not the plenary "TK"), on or before the day the motie was submitted; the latest day's. Several
 * committees on that day come back together (the router then decides nothing by them).
 */
export function pickDebateMeetings(activities: readonly DebateActivity[], submitted: string | null): DebateActivity[] {
  const meetings = activities.filter((a) => isDebateMeeting(a) && a.datum !== null && (submitted === null || a.datum <= submitted));
  const latest = meetings.reduce<string | null>((max, a) => (max === null || (a.datum ?? '') > max ? a.datum : max), null);
  return meetings.filter((a) => a.datum === latest);
}

/**
 * The debate of a motie from the onderwerpen of the agendapunten it was voted under (the first that
 * names one), the committees of that debate's committee meeting and the bewindspersonen who took
 * part in it (ActiviteitActor); null when no agendapunt names a debate. `activitiesOf` gives the
 * activities stored under a debate key.
 */
export function resolveDebate(
  onderwerpen: readonly (string | null)[],
  activitiesOf: (key: string) => readonly DebateActivity[],
  submitted: string | null,
): { name: string; committees: string[]; bewindspersonen: string[] } | null {
  for (const onderwerp of onderwerpen) {
    const debate = readDebate(onderwerp);
    if (!debate) continue;
    const meetings = pickDebateMeetings(activitiesOf(debate.key), submitted);
    return {
      name: debate.name,
      committees: [...new Set(meetings.map((m) => (m.voortouwnaam ?? '').trim()))],
      bewindspersonen: [...new Set(meetings.flatMap((m) => (m.bewindspersonen ?? []).filter(isBewindspersoon).map((f) => f.trim())))],
    };
  }
  return null;
}
