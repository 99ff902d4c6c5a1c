// Which proposed Kamerbrieven are posted in the item's channel: new letters after the Document
// feed's first complete sync, never the archive that first sync reads (review finding 2).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planLetterNotices } from '../../src/scheduler/letter-notices.ts';
import { insertChannelLink } from '../../src/store/channels.queries.ts';
import { insertItem } from '../../src/store/item-writes.ts';
import { insertProposal, upsertLetter } from '../../src/store/letters.queries.ts';
import { markTkCaughtUp } from '../../src/store/tk.queries.ts';
import { openTempDb, type TempDb } from '../helpers/db.ts';

const DAY = 24 * 60 * 60_000;
const NOW = Date.parse('2025-09-15T08:00:00Z');
let t: TempDb;
let itemId: number;
beforeEach(() => {
  t = openTempDb();
  insertChannelLink(t.db, { kind: 'code', code: 'SOCW', ministry: 'OCW' }, 'COCW', 'UADMIN', NOW - 400 * DAY);
  itemId = insertItem(t.db, { kind: 'motie', title: 'Motie Van der Werf over een periodieke check-up', text: 'verzoekt de regering …', responsible: [{ code: 'SOCW', ministry: 'OCW' }] }, 'UADMIN', NOW - 400 * DAY);
});
afterEach(() => {
  t.cleanup();
});

function propose(n: number, datum: string | null, at: number): void {
  const entityId = `e0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  upsertLetter(t.db, { entityId, documentNummer: `2025D4100${String(n)}`, soort: 'Brief regering', titel: null, onderwerp: `Brief ${String(n)}`, datum, dossierId: null, volgnummer: null, zaakIds: [], actors: [], bijgewerkt: null, deleted: false }, at);
  insertProposal(t.db, { itemId, letterId: entityId, documentNummer: `2025D4100${String(n)}`, strength: 'zeker', reasons: [] }, at);
}
const posted = () => planLetterNotices(t.db, NOW).map((o) => o.keys[0]?.what);

describe('planLetterNotices', () => {
  it('posts nothing while the Document feed has not finished its first sync', () => {
    propose(1, '2025-09-12', NOW - DAY);
    expect(posted()).toEqual([]);
  });

  it('posts nothing that the first sync proposed, only what later syncs propose', () => {
    propose(1, '2025-09-12', NOW - 3 * DAY);
    markTkCaughtUp(t.db, 'Document', NOW - 2 * DAY);
    propose(2, '2025-09-13', NOW - DAY);
    expect(posted()).toHaveLength(1);
    expect(planLetterNotices(t.db, NOW)[0]).toMatchObject({ channel: 'COCW' });
    expect(planLetterNotices(t.db, NOW)[0]?.text).toContain('2025D41002');
  });

  it('posts no proposal, however new, of a letter dated before the horizon (an item added today and last year’s letter)', () => {
    markTkCaughtUp(t.db, 'Document', NOW - 30 * DAY);
    propose(1, '2024-10-01', NOW - DAY);
    propose(2, '2025-08-31', NOW - DAY);
    propose(3, '2025-09-01', NOW - DAY);
    expect(planLetterNotices(t.db, NOW).map((o) => o.text)).toEqual([expect.stringContaining('2025D41003')]);
  });

  it('posts a new proposal of a letter the feed gives no date (dated the day it was proposed)', () => {
    markTkCaughtUp(t.db, 'Document', NOW - 30 * DAY);
    propose(1, null, NOW - DAY);
    expect(planLetterNotices(t.db, NOW).map((o) => o.text)).toEqual([expect.stringContaining('2025D41001')]);
  });
});
