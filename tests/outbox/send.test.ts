import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planReminders } from '../../src/domain/reminders/plan-reminders.ts';
import { DEFAULT_LIMITS, send, type SendPolicy } from '../../src/outbox/send.ts';
import { toOutgoing } from '../../src/scheduler/run-reminders.ts';
import { silentLog } from '../../src/log.ts';
import { listLinks } from '../../src/store/channels.queries.ts';
import { listReminderItems } from '../../src/store/reminders.queries.ts';
import { claimSends, markAllSent } from '../../src/store/sent-log.queries.ts';
import { addItem, headerOf, itemsOf, jobWorld, link, sentRows, type JobWorld } from '../scheduler/setup.ts';

const TODAY = '2026-06-01';

describe('send: a message with several keys', () => {
  let w: JobWorld;
  let ctx: SendPolicy;
  let ids: number[];
  beforeEach(async () => {
    w = await jobWorld();
    ctx = { db: w.db, slack: w.slack, now: () => 5, limits: { ...DEFAULT_LIMITS, perChannelMs: 0 }, log: silentLog };
    link(w.db, 'SOCW', 'C1');
    ids = [addItem(w.db, 'SOCW', '2026-04-01'), addItem(w.db, 'SOCW', '2026-05-01'), addItem(w.db, 'SOCW', '2026-05-25')];
  });
  afterEach(() => w.close());

  const planned = () => {
    const plan = planReminders({ items: listReminderItems(w.db, TODAY), links: listLinks(w.db), sent: [], snoozes: [], today: TODAY, leadDays: [28, 7, 0] });
    expect(plan).toHaveLength(1);
    return toOutgoing(plan[0]!, TODAY)!;
  };
  const sentBefore = (key: { what: string; itemId: number; channelId: string; dueDate: string }) => {
    claimSends(w.db, [key], 1);
    markAllSent(w.db, [key], '1600000000.000001', 1);
  };

  it('carries the key of every item it shows', () => {
    expect(planned().keys.map((k) => [k.what, k.itemId, k.channelId])).toEqual(ids.map((id) => ['overdue', id, 'C1']));
  });

  it('leaves out the items whose keys were sent after planning, and confirms only the ones it posted', async () => {
    const out = planned();
    sentBefore(out.keys[1]!); // another run got there first
    const report = await send([out], ctx);
    expect(report.posted).toHaveLength(1);
    const [post] = w.fake.callsTo('chat.postMessage');
    expect(itemsOf(post!.body)).toEqual([ids[0], ids[2]]);
    expect(headerOf(post!.body)).toBe('🔴 Te laat: Kamer informeren over 2 moties en toezeggingen');
    expect(String(post!.body.text)).toBe(`Te laat: Kamer informeren over 2 moties en toezeggingen (#${ids[0]!}, #${ids[2]!})`);
    expect(sentRows(w.db).map((r) => [r.item_id, r.state, r.message_ts])).toEqual([
      [ids[1], 'sent', '1600000000.000001'],
      [ids[0], 'sent', '1700000000.000001'],
      [ids[2], 'sent', '1700000000.000001'],
    ]);
  });

  it('posts nothing when every key was sent already', async () => {
    const out = planned();
    out.keys.forEach(sentBefore);
    const report = await send([out], ctx);
    expect(report).toMatchObject({ posted: [], alreadySent: [out], failed: [], notTried: [] });
    expect(w.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });
});
