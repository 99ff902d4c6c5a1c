// startImports: several documents in one write transaction (`motie import a b c`). Each import's own
// transaction is a savepoint inside it; the first plans outside the lock, as a lone import does.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readImport, startImports } from '../../src/app/import-document.ts';
import { defaultCalendar } from '../../src/domain/dates/calendar.ts';
import { importItems } from '../../src/app/import-items.ts';
import { heldTransaction } from '../../src/store/connection.ts';
import { closeDb, openDb } from '../../src/store/db.ts';
import { getItem, updateItem } from '../../src/store/items.queries.ts';
import { SAMPLE } from '../import/layouts/stand-van-zaken/sample.ts';
import { dumpDb, openTempDb, tableCounts, type TempDb } from '../helpers/db.ts';

const LATER = readFileSync(new URL('../fixtures/overviews/stand-van-zaken-nap-2025-later.txt', import.meta.url), 'utf8');
const NOW = new Date('2025-04-16T09:00:00Z');

function read(text: string) {
  const result = readImport({ calendar: defaultCalendar, now: () => NOW }, text, { documentDate: '2025-04-15' });
  if (!result.ok) throw new Error(result.code);
  return result.parsed;
}

describe('startImports', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
  });
  afterEach(() => {
    t.cleanup();
  });
  const ctx = () => ({ db: t.db, now: () => NOW });

  it('holds no lock before the first write, then one transaction until finish', () => {
    const session = startImports(ctx(), { dryRun: false });
    const bot = openDb(t.path);
    try {
      bot.$client.pragma('busy_timeout = 0');
      session.apply(read(SAMPLE), 'a.txt');
      expect(t.db.$client.inTransaction).toBe(true);
      // Another connection sees nothing yet and cannot write (the lock is held).
      expect(tableCounts(bot).items).toBe(0);
      expect(() => updateItem(bot, 1, { statusText: 'x' }, 'U0SLACK1', NOW.getTime())).toThrow(/locked|busy/i);
      const second = session.apply(read(LATER), 'b.txt');
      // The second document saw the first one's items.
      expect(second.result.plan.creates).toHaveLength(1);
      session.finish();
      session.abandon();
      expect(t.db.$client.inTransaction).toBe(false);
      expect(tableCounts(bot).items).toBe(15);
    } finally {
      closeDb(bot);
    }
  });

  it('plans the first document again under the lock when an item changed between planning and the lock', () => {
    const earlier = startImports(ctx(), { dryRun: false });
    earlier.apply(read(SAMPLE), 'a.txt');
    earlier.finish();
    const bot = openDb(t.path);
    const transaction = heldTransaction(t.db);
    try {
      let calls = 0;
      const result = importItems(t.db, read(LATER).items, {
        sourceDocument: 'b.txt',
        documentDate: '2025-04-15',
        now: NOW.getTime(),
        // A person writes in Slack after the first plan, before the outer transaction takes the lock.
        afterPlan: () => {
          calls += 1;
          // The first plan without the lock; the second under the outer transaction's.
          expect(t.db.$client.inTransaction).toBe(calls > 1);
          if (calls === 1) updateItem(bot, 4, { statusText: 'Vanuit Slack.' }, 'U0SLACK1', NOW.getTime());
        },
        beforeWrite: transaction.begin,
      });
      // Stale under the lock: planned again, inside the outer transaction.
      expect(result.replanned).toBe(1);
      expect(calls).toBe(2);
      expect(t.db.$client.inTransaction).toBe(true);
      expect(result.plan.conflicts).toEqual(expect.arrayContaining([expect.objectContaining({ itemId: 4, code: 'STATUS_TEXT_KEPT', setBy: 'U0SLACK1' })]));
      transaction.end(true);
      expect(getItem(t.db, 4)!.statusText).toBe('Vanuit Slack.');
    } finally {
      transaction.end(false);
      closeDb(bot);
    }
  });

  it('dry run: each document sees the ones before it, and finish rolls all of it back', () => {
    const before = dumpDb(t.db);
    const session = startImports(ctx(), { dryRun: true });
    const first = session.apply(read(SAMPLE), 'a.txt');
    const second = session.apply(read(LATER), 'b.txt');
    session.finish();
    expect([first.code, second.code]).toEqual(['IMPORT_DRY_RUN', 'IMPORT_DRY_RUN']);
    expect(first.result.dryRun).toBe(true);
    expect(second.result.plan.creates).toHaveLength(1);
    expect(second.result.plan.updates.length).toBeGreaterThan(0);
    expect(dumpDb(t.db)).toBe(before);
  });

  it('abandon rolls back what was written; without a write it does nothing', () => {
    const before = dumpDb(t.db);
    startImports(ctx(), { dryRun: false }).abandon();
    const session = startImports(ctx(), { dryRun: false });
    session.apply(read(SAMPLE), 'a.txt');
    session.apply(read(LATER), 'b.txt');
    session.abandon();
    expect(t.db.$client.inTransaction).toBe(false);
    expect(dumpDb(t.db)).toBe(before);
  });
});
