// A toezegging element from the SyncFeed (prefixes already dropped) → ToezeggingRecord, with the
// deviations live data shows: verwijderd in any case, repeated kamerbriefNakoming, datumNakoming
// 0001-01-01 meaning none, dates with or without a zone.
import { amsterdamDate } from '../../clock.ts';
import { isoIfValid } from '../../domain/dates/calendar-date.ts';
import type { ToezeggingRecord } from '../../domain/tk/types.ts';
import { attrOf, textOf, type XmlNode } from './parse-feed.ts';

/** `verwijderd="true"` / "True" / "1". */
export function isDeleted(entity: XmlNode | null): boolean {
  const v = attrOf(entity, 'verwijderd');
  return v !== null && /^(true|1)$/i.test(v.trim());
}

/**
 * The calendar date (Europe/Amsterdam) of an xs:dateTime as the feed writes it: "2025-03-12T00:00:00"
 * (no zone: the date as written), "2024-12-10T00:00:00+01:00", "2024-12-09T23:00:00Z". The year 1
 * (0001-01-01, "none") and unreadable values are null.
 */
export function calendarDateOf(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(value.trim());
  if (!m) return null;
  if (Number(m[1]) < 1900) return null;
  if (!m[7] || !m[4]) return isoIfValid(Number(m[1]), Number(m[2]), Number(m[3]));
  const instant = Date.parse(value.trim());
  if (Number.isNaN(instant)) return null;
  return amsterdamDate(instant);
}

function all(entity: XmlNode, name: string): string[] {
  const v = entity[name];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.map(textOf).filter((t): t is string => t !== null);
}

export function readToezegging(entityId: string, entity: XmlNode | null): ToezeggingRecord {
  const e = entity ?? {};
  const text = (name: string) => textOf(e[name]);
  return {
    id: attrOf(e, 'id') ?? entityId,
    deleted: isDeleted(entity),
    bijgewerkt: attrOf(e, 'bijgewerkt'),
    nummer: text('nummer'),
    tekst: text('tekst'),
    functie: text('functie'),
    ministerie: text('ministerie'),
    status: text('status'),
    aanmaakdatum: calendarDateOf(text('aanmaakdatum')),
    activiteitId: attrOf(e.activiteit, 'ref'),
    activiteitNummer: text('activiteitNummer'),
    datumNakoming: calendarDateOf(text('datumNakoming')),
    kamerbriefNakoming: all(e, 'kamerbriefNakoming'),
    naam: text('naam'),
  };
}
