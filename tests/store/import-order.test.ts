// Re-importing overviews out of order (review of round 3, session 2): an import's status and term
// are as new as the overview they came from, not the day it ran; a person's "deels afgedaan" (a
// Kamerbrief answered "Deels") survives a re-import of an overview that does not say so.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { parseStandVanZaken } from '../../src/import/layouts/stand-van-zaken/parse-stand-van-zaken.ts';
import type { ImportItem } from '../../src/import/layouts/import-item.ts';
import { importItems } from '../../src/app/import-items.ts';
import { slackActor } from '../../src/domain/actor.ts';
import { getItem, updateItem } from '../../src/store/items.queries.ts';
import { SAMPLE, SAMPLE_DATE } from '../import/layouts/stand-van-zaken/sample.ts';
import { openTempDb, type TempDb } from '../helpers/db.ts';

function parse(text: string, documentDate: string): ImportItem[] {
  const result = parseStandVanZaken(text, { documentDate });
  if (!result.ok) throw new Error(result.code);
  return result.items;
}
let t: TempDb;
beforeEach(() => {
  t = openTempDb();
});
afterEach(() => {
  t.cleanup();
});

it('backlog imported in date order on one day: the newest overview decides the status', () => {
  const DAY = Date.UTC(2025, 5, 1, 9, 0); // all imports run on 1 June
  const april1 = parse(SAMPLE, SAMPLE_DATE);
  const first = importItems(t.db, april1, { sourceDocument: 'a', documentDate: SAMPLE_DATE, now: DAY });
  const open = april1.findIndex((i) => i.status === 'open');
  const a = first.items[open]!;
  const april15 = april1.map((item, index) => (index === open ? { ...item, status: 'done' as const } : item));
  importItems(t.db, april15, { sourceDocument: 'b', documentDate: '2025-04-15', now: DAY + 60_000 });
  expect(getItem(t.db, a.id)!.status).toBe('done');
  // Overview of 20 April (newer than 15 April) reopens it.
  const april20 = parse(SAMPLE, '2025-04-20');
  const third = importItems(t.db, april20, { sourceDocument: 'c', documentDate: '2025-04-20', now: DAY + 120_000 });
  expect(third.plan.conflicts.filter((c) => c.itemId === a.id)).toEqual([]);
  expect(getItem(t.db, a.id)!.status).toBe('open');
});

it('a person marks an item deels afgedaan (Kamerbrief "Deels"); re-importing the older overview keeps it', () => {
  const items = parse(SAMPLE, SAMPLE_DATE);
  const first = importItems(t.db, items, { sourceDocument: 'a', documentDate: SAMPLE_DATE, now: Date.UTC(2025, 3, 2, 9) });
  const open = items.findIndex((i) => i.status === 'open' && !i.partly);
  const a = first.items[open]!;
  updateItem(t.db, a.id, { partly: true }, slackActor('UALICE'), Date.UTC(2025, 3, 10, 9));
  expect(getItem(t.db, a.id)!.partly).toBe(true);
  importItems(t.db, parse(SAMPLE, SAMPLE_DATE), { sourceDocument: 'a', documentDate: SAMPLE_DATE, now: Date.UTC(2025, 3, 11, 9) });
  expect(getItem(t.db, a.id)!.partly).toBe(true);
});
