// The recorded month's moties read straight from its SyncFeed pages (no database): each zaak with its
// dossier, actors, votes and text, and the hand-labelled sample. For tests and the bench that measure
// the routing on real records.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '../../src/adapters/tk/parse-feed.ts';
import { readActiviteit, readAgendapunt, readBesluit, readKamerstukdossier, readZaak, readZaakActor } from '../../src/adapters/tk/read-motie-parts.ts';
import { debateKey, resolveDebate, type DebateActivity } from '../../src/domain/tk/read-debate.ts';
import type { MotieActor, MotieBesluit, MotieDossier, MotieZaak } from '../../src/domain/tk/map-motie.ts';
import { attrOf } from '../../src/adapters/tk/parse-feed.ts';
import { type RecordedMonth, recordedDir, recordedMotieTexts, recordedPages } from './recorded-month.ts';

export interface RecordedMotie {
  zaak: MotieZaak & { dossierId: string | null };
  dossier: MotieDossier | null;
  actors: MotieActor[];
  besluiten: MotieBesluit[];
  /** The motie's text from "De Kamer," on (its Document), when recorded. */
  text: string | null;
  /** The debate it was submitted in and the committees of that debate's meeting (from its vote's agendapunt and the Activiteit pages). */
  debate: { name: string; committees: string[] } | null;
}

function entities(category: string, month: RecordedMonth) {
  const out = [];
  for (const [key, xml] of recordedPages(month)) {
    if (!key.startsWith(`${category}|`)) continue;
    const parsed = parseFeed(xml);
    if (!parsed.ok) throw new Error(`recorded page ${key} does not parse`);
    out.push(...parsed.page.entries);
  }
  return out;
}

export function recordedMoties(month: RecordedMonth = '2025-09'): RecordedMotie[] {
  const dossiers = new Map(entities('Kamerstukdossier', month).map((e) => [attrOf(e.entity, 'id') ?? e.entityId, readKamerstukdossier(e.entity)]));
  const texts = recordedMotieTexts(month);
  const textOfZaak = new Map<string, string>();
  for (const e of entities('Document', month)) {
    const zaakRef = e.entity ? attrOf(e.entity.zaak, 'ref') : null;
    const text = texts[e.entityId]?.text;
    if (zaakRef && text) textOfZaak.set(zaakRef, text);
  }
  const actors = new Map<string, MotieActor[]>();
  for (const e of entities('ZaakActor', month)) {
    const a = readZaakActor(e.entity);
    if (a.zaakId) actors.set(a.zaakId, [...(actors.get(a.zaakId) ?? []), { naam: a.naam, fractie: a.fractie, relatie: a.relatie }]);
  }
  const votes = new Map<string, MotieBesluit[]>();
  const agendapuntenOf = new Map<string, string[]>();
  for (const e of entities('Besluit', month)) {
    const b = readBesluit(e.entity);
    for (const z of b.zaakIds) {
      votes.set(z, [...(votes.get(z) ?? []), { soort: b.soort, bijgewerkt: b.bijgewerkt }]);
      if (b.agendapuntId) agendapuntenOf.set(z, [...(agendapuntenOf.get(z) ?? []), b.agendapuntId]);
    }
  }
  const agendapunten = new Map(entities('Agendapunt', month).map((e) => [attrOf(e.entity, 'id') ?? e.entityId, readAgendapunt(e.entity).onderwerp]));
  const activities = new Map<string, DebateActivity[]>();
  for (const e of entities('Activiteit', month)) {
    const a = readActiviteit(e.entity);
    const key = debateKey(a.onderwerp ?? '');
    activities.set(key, [...(activities.get(key) ?? []), a]);
  }
  return entities('Zaak', month).map((e) => {
    const zaak = readZaak(e.entityId, e.entity);
    return {
      zaak,
      dossier: zaak.dossierId ? (dossiers.get(zaak.dossierId) ?? null) : null,
      actors: actors.get(zaak.id) ?? [],
      besluiten: votes.get(zaak.id) ?? [],
      text: textOfZaak.get(zaak.id) ?? null,
      debate: resolveDebate((agendapuntenOf.get(zaak.id) ?? []).map((id) => agendapunten.get(id) ?? null), (key) => activities.get(key) ?? [], zaak.gestartOp),
    };
  });
}

/** zaak nummer → the labelled ministries (any of them is right; "KAMER": none is). */
export function recordedLabels(month: RecordedMonth = '2025-09'): Map<string, string[]> {
  const rows = readFileSync(join(recordedDir(month), `labels-${month}.tsv`), 'utf8').split('\n');
  const labels = new Map<string, string[]>();
  for (const row of rows) {
    if (row.startsWith('#') || row.startsWith('zaak\t') || row.trim() === '') continue;
    const [zaak, ministries] = row.split('\t');
    if (zaak && ministries) labels.set(zaak, ministries.split('|'));
  }
  return labels;
}

