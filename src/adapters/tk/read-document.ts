// A document element from the SyncFeed (prefixes already dropped) → the fields motiebot reads of a
// Kamerbrief: soort, number, subject, date, the dossier it is filed in and the zaken it refers to.
import { attrOf, textOf, type XmlNode } from './parse-feed.ts';
import { calendarDateOf, isDeleted } from './read-toezegging.ts';

export interface DocumentRecord {
  id: string;
  deleted: boolean;
  bijgewerkt: string | null;
  soort: string | null;
  documentNummer: string | null;
  titel: string | null;
  onderwerp: string | null;
  datum: string | null;
  volgnummer: number | null;
  dossierId: string | null;
  zaakIds: string[];
  /** The file's type as the entity announces it (`contentType`: "application/pdf", a Word type), when it does. */
  contentType: string | null;
}

function refs(entity: XmlNode, name: string): string[] {
  const v = entity[name];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.map((x) => attrOf(x, 'ref')).filter((r): r is string => r !== null);
}

export function readDocument(entityId: string, entity: XmlNode | null): DocumentRecord {
  const e = entity ?? {};
  const volgnummer = Number(textOf(e.volgnummer));
  return {
    id: attrOf(e, 'id') ?? entityId,
    deleted: isDeleted(entity),
    bijgewerkt: attrOf(e, 'bijgewerkt'),
    soort: textOf(e.soort),
    documentNummer: textOf(e.documentNummer),
    titel: textOf(e.titel),
    onderwerp: textOf(e.onderwerp),
    datum: calendarDateOf(textOf(e.datum)),
    volgnummer: Number.isInteger(volgnummer) && volgnummer >= 0 ? volgnummer : null,
    dossierId: refs(e, 'kamerstukdossier')[0] ?? null,
    zaakIds: refs(e, 'zaak'),
    contentType: attrOf(e, 'contentType'),
  };
}
