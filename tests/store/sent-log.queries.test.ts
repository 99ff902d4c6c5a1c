import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimSend, claimSends, isSent, listSentSince, markAllFailed, markAllSent, markFailed, markSent } from '../../src/store/sent-log.queries.ts';
import { openTempDb, type TempDb } from '../helpers/db.ts';

const key = { what: 'reminder:7', itemId: 3, channelId: 'C1', dueDate: '2025-07-03' };

describe('sent log', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
  });
  afterEach(() => { t.cleanup(); });

  it('has one row per (what, item, channel, due date): a second insert of the same key fails', () => {
    const insert = t.db.$client.prepare(
      "INSERT INTO sent_log (what, item_id, channel_id, due_date, state, created_at) VALUES (?, ?, ?, ?, 'sent', 0)",
    );
    insert.run(key.what, key.itemId, key.channelId, key.dueDate);
    expect(() => insert.run(key.what, key.itemId, key.channelId, key.dueDate)).toThrow(/UNIQUE/);
    expect(() => insert.run(key.what, key.itemId, 'C2', key.dueDate)).not.toThrow();
    expect(() => insert.run('reminder:0', key.itemId, key.channelId, key.dueDate)).not.toThrow();
  });

  it('claims, confirms and then refuses to claim again', () => {
    expect(claimSend(t.db, key, 1)).toBe('claimed');
    expect(isSent(t.db, key)).toBe(false);
    markSent(t.db, key, '1700000000.000100', 2);
    expect(isSent(t.db, key)).toBe(true);
    expect(claimSend(t.db, key, 3)).toBe('already-sent');
    expect(listSentSince(t.db, '2025-01-01')).toEqual([
      expect.objectContaining({ ...key, state: 'sent', messageTs: '1700000000.000100', attempts: 1, sentAt: 2 }),
    ]);
  });

  it('keeps a failed send pending so the next run claims it again', () => {
    expect(claimSend(t.db, key, 1)).toBe('claimed');
    markFailed(t.db, key, 'not_in_channel');
    expect(isSent(t.db, key)).toBe(false);
    expect(claimSend(t.db, key, 2)).toBe('claimed');
    expect(listSentSince(t.db, '2025-01-01')[0]).toMatchObject({ state: 'pending', attempts: 2, lastError: 'not_in_channel' });
    expect(listSentSince(t.db, '2025-08-01')).toEqual([]);
  });

  describe('a message with several keys (the overdue message of a channel)', () => {
    const keys = [1, 2, 3].map((itemId) => ({ what: 'overdue', itemId, channelId: 'C1', dueDate: '2025-07-07' }));

    it('claims every key not yet sent and reports the ones that were', () => {
      claimSend(t.db, keys[1]!, 1);
      markSent(t.db, keys[1]!, '1.1', 1);
      expect(claimSends(t.db, keys, 2)).toEqual({ claimed: [keys[0], keys[2]], alreadySent: [keys[1]] });
      expect(listSentSince(t.db, '2025-01-01').map((r) => [r.itemId, r.state, r.attempts])).toEqual([
        [2, 'sent', 1],
        [1, 'pending', 1],
        [3, 'pending', 1],
      ]);
    });

    it('confirms them all with the message ts, or leaves them all pending with the error', () => {
      claimSends(t.db, keys, 1);
      markAllFailed(t.db, keys, 'not_in_channel');
      expect(listSentSince(t.db, '2025-01-01').map((r) => [r.state, r.lastError])).toEqual(Array(3).fill(['pending', 'not_in_channel']));
      expect(claimSends(t.db, keys, 2).claimed).toEqual(keys);
      markAllSent(t.db, keys, '1700000000.000200', 3);
      expect(listSentSince(t.db, '2025-01-01').map((r) => [r.state, r.messageTs, r.attempts, r.lastError, r.sentAt])).toEqual(
        Array(3).fill(['sent', '1700000000.000200', 2, null, 3]),
      );
      expect(claimSends(t.db, keys, 4)).toEqual({ claimed: [], alreadySent: keys });
    });

    it('claims all or none: a failure halfway rolls back the keys claimed before it', () => {
      const bad = { what: 'overdue', itemId: 4, channelId: 'C1', dueDate: null as unknown as string }; // NOT NULL fails
      expect(() => claimSends(t.db, [keys[0]!, bad], 1)).toThrow();
      expect(listSentSince(t.db, '2025-01-01')).toEqual([]);
    });
  });
});
