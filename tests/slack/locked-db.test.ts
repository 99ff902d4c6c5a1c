// A lock that outlasts the wait (issue 17, point 4): the person is told plainly that their change
// did not happen, and nothing changed. (The real-process test of a lock that ends in time is
// tests/reliability/locked-db.test.ts.) The lock is held by a second connection; the bot's own
// connection gives up on a lock after BOT_BUSY_TIMEOUT_MS, as in run-bot.ts.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOT_BUSY_TIMEOUT_MS } from '../../src/store/busy.ts';
import { getItem, listAudit } from '../../src/store/items.queries.ts';
import { DATABASE_BUSY } from '../../src/texts/database-busy.nl.ts';
import { addItem, expectAcked, reply, useBot, waitFor } from './support.ts';

const t = useBot({ admins: ['UALICE'] });

describe('a change that cannot wait any longer for a locked database', () => {
  let other: Database.Database;
  beforeEach(() => {
    t.bot.deps.db.$client.pragma(`busy_timeout = ${BOT_BUSY_TIMEOUT_MS}`);
    t.bot.deps.lockWaitMs = 2500;
    other = new Database(t.bot.t.path);
  });
  afterEach(() => {
    if (other.inTransaction) other.exec('ROLLBACK');
    other.close();
  });

  it('"afgerond" says it waits, then says plainly that it did not happen; the item and its history are unchanged', async () => {
    const item = addItem(t.bot);
    const auditBefore = listAudit(t.bot.deps.db, item.id).length;
    other.exec('BEGIN EXCLUSIVE');
    const posted = await t.bot.command(`afgerond ${item.id}`);
    expectAcked(posted);
    expect((await reply(t.bot, posted.responseId, 0)).text).toBe(DATABASE_BUSY.waiting);
    const refusal = await reply(t.bot, posted.responseId, 1);
    expect(refusal.text).toBe(DATABASE_BUSY.gaveUp(3));
    expect(refusal.text).toContain('*niet* doorgevoerd');
    other.exec('ROLLBACK');
    expect(getItem(t.bot.deps.db, item.id)?.status).toBe('open');
    expect(listAudit(t.bot.deps.db, item.id)).toHaveLength(auditBefore);
    expect(t.bot.logs.some((l) => l.includes('listener command /motie gave up'))).toBe(true);
    // and once the lock is gone, the same command works
    const again = await t.bot.command(`afgerond ${item.id}`);
    expect((await reply(t.bot, again.responseId)).text).toContain(`#${item.id} is afgerond`);
  }, 60_000);

  it('a form: "Even geduld" within Slack\'s deadline, then "Niet doorgevoerd" in the same modal', async () => {
    const item = addItem(t.bot);
    other.exec('BEGIN EXCLUSIVE');
    const posted = await t.bot.viewSubmission({
      view: {
        id: 'V0LATE01',
        type: 'modal',
        callback_id: 'term_modal',
        private_metadata: JSON.stringify({ itemId: item.id }),
        state: { values: { term: { term_input: { type: 'plain_text_input', value: '31 december 2031' } } } },
      },
    });
    expectAcked(posted);
    expect(posted.json).toMatchObject({ response_action: 'update', view: { title: { text: DATABASE_BUSY.waitingTitle } } });
    const update = await waitFor(() => t.bot.fake.callsTo('views.update')[0]);
    expect(update.body.view_id).toBe('V0LATE01');
    expect(JSON.stringify(update.body.view)).toContain(DATABASE_BUSY.gaveUpTitle);
    other.exec('ROLLBACK');
    expect(getItem(t.bot.deps.db, item.id)?.deadline?.deadline).not.toBe('2031-12-31');
  }, 60_000);
});
