import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimSend, isSent, listSentSince, markFailed, markSent } from '../../src/store/sent-log.queries.ts';
import { openTempDb, type TempDb } from '../helpers/db.ts';

const key = { what: 'reminder:7', itemId: 3, channelId: 'C1', dueDate: '2025-07-03' };

describe('sent log', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
  });
  afterEach(() => t.cleanup());

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
});
