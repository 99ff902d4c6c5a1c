// The SyncFeed entities a motie is made of (prefixes already dropped): zaak, besluit, zaakActor and
// kamerstukdossier, with only the fields motiebot reads. Names as in the tkData XSDs (local names).
import type { MotieActor, MotieBesluit, MotieDossier, MotieZaak } from '../../domain/tk/map-motie.ts';
import type { DebateActivity } from '../../domain/tk/read-debate.ts';
import { attrOf, textOf, type XmlNode } from './parse-feed.ts';
import { calendarDateOf, isDeleted } from './read-toezegging.ts';

export interface EntityHead {
  id: string;
  deleted: boolean;
  bijgewerkt: string | null;
}

export function readHead(entityId: string, entity: XmlNode | null): EntityHead {
  return { id: attrOf(entity, 'id') ?? entityId, deleted: isDeleted(entity), bijgewerkt: attrOf(entity, 'bijgewerkt') };
}

function refs(entity: XmlNode, name: string): string[] {
  const v = entity[name];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.map((x) => attrOf(x, 'ref')).filter((r): r is string => r !== null);
}

export function readZaak(entityId: string, entity: XmlNode | null): MotieZaak & { dossierId: string | null } {
  const e = entity ?? {};
  return {
    id: attrOf(e, 'id') ?? entityId,
    nummer: textOf(e.nummer),
    soort: textOf(e.soort),
    onderwerp: textOf(e.onderwerp),
    titel: textOf(e.titel),
    gestartOp: calendarDateOf(textOf(e.gestartOp)),
    volgnummer: textOf(e.volgnummer),
    vergaderjaar: textOf(e.vergaderjaar),
    termijn: calendarDateOf(textOf(e.termijn)),
    kabinetsappreciatie: textOf(e.kabinetsappreciatie),
    dossierId: refs(e, 'kamerstukdossier')[0] ?? null,
  };
}

export function readBesluit(entity: XmlNode | null): MotieBesluit & { zaakIds: string[]; agendapuntId: string | null } {
  const e = entity ?? {};
  return { soort: textOf(e.besluitSoort), bijgewerkt: attrOf(e, 'bijgewerkt'), zaakIds: refs(e, 'zaak'), agendapuntId: refs(e, 'agendapunt')[0] ?? null };
}

/** An agendapunt: its onderwerp names the debate the moties voted under it were submitted in. */
export function readAgendapunt(entity: XmlNode | null): { onderwerp: string | null } {
  const e = entity ?? {};
  return { onderwerp: textOf(e.onderwerp) };
}

/** An activiteit as the routing reads it: which meeting, when, and which committee held it. */
export function readActiviteit(entity: XmlNode | null): DebateActivity & { onderwerp: string | null } {
  const e = entity ?? {};
  return {
    soort: textOf(e.soort),
    onderwerp: textOf(e.onderwerp),
    datum: calendarDateOf(textOf(e.datum)),
    voortouwnaam: textOf(e.voortouwnaam),
    voortouwafkorting: textOf(e.voortouwafkorting),
  };
}

export function readZaakActor(entity: XmlNode | null): MotieActor & { zaakId: string | null } {
  const e = entity ?? {};
  return { naam: textOf(e.actorNaam), fractie: textOf(e.actorFractie), relatie: textOf(e.relatie), zaakId: refs(e, 'zaak')[0] ?? null };
}

export function readKamerstukdossier(entity: XmlNode | null): MotieDossier {
  const e = entity ?? {};
  return { nummer: textOf(e.nummer), toevoeging: textOf(e.toevoeging), titel: textOf(e.titel) };
}

/** An actor of an activity: who took part, and as what ("minister van Justitie en Veiligheid", "Tweede Kamerlid"). */
export function readActiviteitActor(entity: XmlNode | null): { activiteitId: string | null; naam: string | null; functie: string | null; relatie: string | null } {
  const e = entity ?? {};
  return { activiteitId: refs(e, 'activiteit')[0] ?? null, naam: textOf(e.actorNaam), functie: textOf(e.functie), relatie: textOf(e.relatie) };
}
