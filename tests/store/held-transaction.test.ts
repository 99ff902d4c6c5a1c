// heldTransaction: one write transaction over several steps (`motie import a b c`), all or nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { heldTransaction } from '../../src/store/connection.ts';
import { closeDb, openDb } from '../../src/store/db.ts';
import { openTempDb, type TempDb } from '../helpers/db.ts';

describe('heldTransaction', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
  });
  afterEach(() => {
    t.cleanup();
  });

  it('takes the write lock when it begins, before its first write', () => {
    const transaction = heldTransaction(t.db);
    const other = openDb(t.path);
    try {
      other.$client.pragma('busy_timeout = 0');
      transaction.begin();
      // Nothing written yet, and still no other connection may write: what the steps plan under
      // the lock cannot go stale (a deferred BEGIN would let this write through).
      expect(() => other.$client.exec('CREATE TABLE elsewhere (id INTEGER)')).toThrow(/locked|busy/i);
    } finally {
      transaction.end(false);
      closeDb(other);
    }
  });

  it('a commit that fails leaves nothing written and no transaction open', () => {
    const client = t.db.$client;
    // A deferred foreign key: checked only at the commit, which it makes fail.
    client.exec('CREATE TABLE parent (id INTEGER PRIMARY KEY)');
    client.exec('CREATE TABLE child (parent_id INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)');
    const transaction = heldTransaction(t.db);
    transaction.begin();
    client.exec('INSERT INTO child VALUES (7)');
    expect(() => {
      transaction.end(true);
    }).toThrow(/FOREIGN KEY/);
    expect(client.inTransaction).toBe(false);
    transaction.end(false);
    expect(client.prepare('SELECT count(*) AS n FROM child').get()).toEqual({ n: 0 });
  });
});
