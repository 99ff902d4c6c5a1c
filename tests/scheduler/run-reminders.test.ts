import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/outbox/send.ts';
import { runReminders } from '../../src/scheduler/run-reminders.ts';
import type { ReminderJobDeps } from '../../src/scheduler/run-reminders.ts';
import { acquireLease, getLease, releaseLease } from '../../src/store/leases.queries.ts';
import { claimSend, markSent } from '../../src/store/sent-log.queries.ts';
import { sentPayloads, trafficViolations } from '../helpers/block-kit-limits.ts';
import { snoozeItem } from '../../src/store/snoozes.queries.ts';
import { dumpDb } from '../helpers/db.ts';
import { waitFor } from '../helpers/fake-slack.ts';
import { virtualPace, type VirtualPace } from '../helpers/virtual-pace.ts';
import { addItem, headerOf, itemsOf, jobWorld, link, memoryPoster, sentRows, type JobWorld } from './setup.ts';

const TODAY = '2026-06-01';
const NOW = new Date('2026-06-01T07:00:00Z'); // 09:00 in Amsterdam

describe('runReminders', () => {
  let w: JobWorld;
  let deps: ReminderJobDeps;
  let pace: VirtualPace;
  beforeEach(async () => {
    w = await jobWorld();
    // Pacing (a second between posts in a channel) and Retry-After waits run on a virtual clock.
    pace = virtualPace();
    deps = { db: w.db, slack: w.slack, now: () => NOW, leadDays: [28, 7, 0], admins: ['U0ADMIN'], pace };
  });
  afterEach(() => w.close());

  it('posts each due reminder once in every linked channel, and a second run the same day posts nothing', async () => {
    link(w.db, 'SOCW', 'C1');
    link(w.db, 'OCW', 'C2');
    const a = addItem(w.db, 'SOCW', '2026-06-08'); // 7 days
    const b = addItem(w.db, 'MOCW', '2026-06-01'); // today, via the ministry
    addItem(w.db, 'SOCW', '2026-08-01'); // not yet
    addItem(w.db, 'MJenV', '2026-06-01'); // nobody linked JenV

    const first = await runReminders(deps);
    expect(first).toMatchObject({ status: 'done', today: TODAY, posted: 2, pending: 0, alreadySent: 0 });
    const posts = w.fake.callsTo('chat.postMessage').map((c) => [c.body.channel, headerOf(c.body)]);
    expect(posts.sort()).toEqual([
      ['C1', '⏰ Over 7 dagen: Kamer informeren'],
      ['C2', '⏰ Vandaag: Kamer informeren'],
    ]);
    expect(sentRows(w.db).map((r) => [r.what, r.item_id, r.channel_id, r.due_date, r.state]).sort()).toEqual([
      ['reminder:0', b, 'C2', '2026-06-01', 'sent'],
      ['reminder:7', a, 'C1', '2026-06-08', 'sent'],
    ]);
    expect(sentRows(w.db).every((r) => r.message_ts?.startsWith('1700000000.'))).toBe(true);

    const second = await runReminders({ ...deps, now: () => new Date('2026-06-01T15:00:00Z') });
    expect(second).toMatchObject({ status: 'done', posted: 0, planned: 0 });
    expect(w.fake.callsTo('chat.postMessage')).toHaveLength(2);
    expect(getLease(w.db, 'reminders')).toMatchObject({ holder: '', lastCompletedAt: Date.parse('2026-06-01T15:00:00Z') });
  });

  it('sends a reminder that an interrupted run claimed but never confirmed', async () => {
    link(w.db, 'SOCW', 'C1');
    const id = addItem(w.db, 'SOCW', '2026-06-01');
    claimSend(w.db, { what: 'reminder:0', itemId: id, channelId: 'C1', dueDate: TODAY }, 1);
    const result = await runReminders(deps);
    expect(result).toMatchObject({ posted: 1 });
    expect(sentRows(w.db)).toEqual([expect.objectContaining({ state: 'sent', attempts: 2 })]);
  });

  it('skips a snoozed item in the channel it was snoozed in, until the snooze ends', async () => {
    link(w.db, 'SOCW', 'C1');
    link(w.db, 'SOCW', 'C2');
    const id = addItem(w.db, 'SOCW', '2026-06-01');
    snoozeItem(w.db, id, 'C1', '2026-06-08', 'U1', 0);
    await runReminders(deps);
    expect(w.fake.callsTo('chat.postMessage').map((c) => c.body.channel)).toEqual(['C2']);
    // a week later the overdue reminder goes to both
    await runReminders({ ...deps, now: () => new Date('2026-06-08T07:00:00Z') });
    expect(w.fake.callsTo('chat.postMessage').map((c) => `${String(c.body.channel)} ${String(headerOf(c.body))}`).slice(1).sort()).toEqual([
      'C1 ⚠️ Te laat: Kamer informeren',
      'C2 ⚠️ Te laat: Kamer informeren',
    ]);
  });

  it('leaves a reminder pending on not_in_channel, tells the linker once a week, and sends it once invited', async () => {
    link(w.db, 'SOCW', 'C1', 'U0ALICE');
    const id = addItem(w.db, 'SOCW', '2026-06-01');
    w.fake.failNext('chat.postMessage', 'not_in_channel');
    const first = await runReminders(deps);
    expect(first).toMatchObject({ status: 'incomplete', posted: 0, pending: 1, notices: 1 });
    expect(first.channelProblems).toEqual([{ channelId: 'C1', error: 'not_in_channel', pending: 1 }]);
    const dm = w.fake.callsTo('chat.postMessage')[1]!;
    expect(dm.body.channel).toBe('U0ALICE');
    expect(dm.body.text).toContain('/invite @motiebot');
    expect(dm.body.text).toContain('<#C1>');
    expect(sentRows(w.db).map((r) => [r.what, r.item_id, r.channel_id, r.due_date, r.state, r.last_error])).toEqual([
      ['reminder:0', id, 'C1', TODAY, 'pending', 'not_in_channel'],
      ['notice:not_in_channel', 0, 'C1', '2026-06-01', 'sent', null],
    ]);

    // still not invited the next day: the reminder stays pending, no second notice this week
    w.fake.failNext('chat.postMessage', 'not_in_channel');
    const second = await runReminders({ ...deps, now: () => new Date('2026-06-02T07:00:00Z') });
    expect(second).toMatchObject({ posted: 0, notices: 0 });
    expect(w.fake.callsTo('chat.postMessage')).toHaveLength(3);

    // invited: the reminder goes out
    const third = await runReminders({ ...deps, now: () => new Date('2026-06-03T07:00:00Z') });
    expect(third).toMatchObject({ status: 'done', posted: 1 });
    expect(w.fake.callsTo('chat.postMessage').at(-1)!.body.channel).toBe('C1');
    expect(sentRows(w.db)[0]).toMatchObject({ state: 'sent', attempts: 3 });
  });

  it('tells the admins about a channel linked from the CLI (channel_not_found)', async () => {
    link(w.db, 'SOCW', 'C1', 'cli');
    addItem(w.db, 'SOCW', '2026-06-01');
    w.fake.failNext('chat.postMessage', 'channel_not_found');
    const result = await runReminders({ ...deps, admins: ['U0ADMIN', 'U0OTHER'] });
    expect(result.notices).toBe(1);
    const dms = w.fake.callsTo('chat.postMessage').slice(1);
    expect(dms.map((c) => c.body.channel)).toEqual(['U0ADMIN', 'U0OTHER']);
    expect(String(dms[0]!.body.text)).toContain('kan ik niet vinden');
  });

  it('waits for Retry-After on a 429 and then posts; nothing is lost or doubled', async () => {
    link(w.db, 'SOCW', 'C1');
    addItem(w.db, 'SOCW', '2026-06-01');
    w.fake.failNext('chat.postMessage', 'ratelimited', { status: 429, retryAfter: 1 });
    const result = await runReminders(deps);
    expect(pace.waits).toContain(1000); // Retry-After: 1 (seconds)
    expect(pace.tick()).toBeGreaterThanOrEqual(1000);
    expect(result).toMatchObject({ status: 'done', posted: 1 });
    const calls = w.fake.callsTo('chat.postMessage');
    expect(calls).toHaveLength(2);
    expect(sentRows(w.db)).toEqual([expect.objectContaining({ state: 'sent', attempts: 2 })]);
  });

  it('stops waiting past the cap, leaves the rest pending, and the next run sends it', async () => {
    link(w.db, 'SOCW', 'C1');
    link(w.db, 'SOCW', 'C2');
    addItem(w.db, 'SOCW', '2026-06-01');
    addItem(w.db, 'SOCW', '2026-06-08');
    w.fake.failNext('chat.postMessage', 'ratelimited', { status: 429, retryAfter: 30 });
    const result = await runReminders({ ...deps, delivery: { maxRateLimitWaitMs: 5000 } });
    expect(pace.waits.filter((ms) => ms > 5000)).toEqual([]); // never waited the 30 s
    expect(pace.tick()).toBeLessThan(5000);
    expect(result).toMatchObject({ status: 'incomplete', reason: 'rate-limited' });
    expect(result.posted + result.pending).toBe(4);
    expect(result.pending).toBeGreaterThanOrEqual(1);
    const sentBefore = sentRows(w.db).filter((r) => r.state === 'sent').length;
    expect(sentBefore).toBe(result.posted);
    expect(getLease(w.db, 'reminders')?.lastCompletedAt).toBeNull();

    const next = await runReminders(deps);
    expect(next).toMatchObject({ status: 'done', posted: result.pending });
    expect(sentRows(w.db).filter((r) => r.state === 'sent')).toHaveLength(4);
    // every (item, channel) reached Slack successfully exactly once
    const okPosts = w.fake.callsTo('chat.postMessage').length - 1;
    expect(okPosts).toBe(4);
  });

  it('leaves a reminder owed after a timeout (outcome unknown) or a 5xx (pending) and sends it next run', async () => {
    link(w.db, 'SOCW', 'C1');
    addItem(w.db, 'SOCW', '2026-06-01');
    addItem(w.db, 'SOCW', '2026-06-08');
    w.fake.failNext('chat.postMessage', 'slow', { delayMs: 2500 }); // the client gives up after 2 s
    w.fake.failNext('chat.postMessage', 'internal_error', { status: 500 });
    const first = await runReminders({ ...deps, delivery: { perChannelMs: 0 } });
    expect(first).toMatchObject({ status: 'incomplete', posted: 0, pending: 2 });
    expect(sentRows(w.db).map((r) => [r.state, r.last_error?.slice(0, 13)])).toEqual([
      ['unknown', 'request_error'],
      ['pending', 'http_500'],
    ]);
    const second = await runReminders(deps);
    expect(second).toMatchObject({ status: 'done', posted: 2 });
  });

  it('gives up the run when Slack stays unreachable, without marking anything sent', async () => {
    link(w.db, 'SOCW', 'C1');
    for (let i = 0; i < 10; i++) addItem(w.db, 'SOCW', '2026-06-01', `Motie ${i}`);
    w.fake.failNext('chat.postMessage', 'down', { status: 503, times: 100 });
    const result = await runReminders({ ...deps, delivery: { perChannelMs: 0, maxNetworkFailures: 3 } });
    expect(result).toMatchObject({ status: 'incomplete', reason: 'network', posted: 0, pending: 10 });
    expect(w.fake.callsTo('chat.postMessage')).toHaveLength(3);
    expect(sentRows(w.db).every((r) => r.state === 'pending')).toBe(true);
  });

  it('stops the whole run on invalid_auth', async () => {
    link(w.db, 'SOCW', 'C1');
    addItem(w.db, 'SOCW', '2026-06-01', 'a');
    addItem(w.db, 'SOCW', '2026-06-01', 'b');
    w.fake.failNext('chat.postMessage', 'invalid_auth');
    const result = await runReminders(deps);
    expect(result).toMatchObject({ status: 'incomplete', reason: 'auth', posted: 0, pending: 2 });
    expect(w.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('posts at most one message per second per channel, while channels proceed side by side', async () => {
    link(w.db, 'SOCW', 'C1');
    link(w.db, 'MOCW', 'C2');
    for (let i = 0; i < 3; i++) {
      addItem(w.db, 'SOCW', '2026-06-01', `S ${i}`);
      addItem(w.db, 'MOCW', '2026-06-01', `M ${i}`);
    }
    const memory = memoryPoster(pace);
    const result = await runReminders({ ...deps, slack: memory.slack });
    expect(result.posted).toBe(6);
    const at = (ch: string) => memory.posts.filter((p) => p.channel === ch).map((p) => p.at);
    // a second apart within a channel, both channels at the same moments: 2 s in all, not 5 s
    expect(at('C1')).toEqual([0, 1000, 2000]);
    expect(at('C2')).toEqual([0, 1000, 2000]);
  });

  it('handles 500 channels side by side: 1000 reminders in seconds, not the 500+ s of channel after channel', async () => {
    for (let i = 0; i < 500; i++) {
      const ch = `C${String(i).padStart(4, '0')}`;
      w.db.$client
        .prepare("INSERT INTO channel_links (target, target_kind, channel_id, linked_by, created_at) VALUES ('SOCW', 'code', ?, 'U1', 0)")
        .run(ch);
    }
    addItem(w.db, 'SOCW', '2026-06-01', 'a');
    addItem(w.db, 'SOCW', '2026-06-08', 'b');
    // Side by side means several posts in flight at once (channel after channel at 1 per second
    // would take over 500 s); how long it takes is measured in `npm run bench`, not here.
    // (A Slack in memory: a thousand posts over HTTP to the fake made this test depend on the load.)
    const memory = memoryPoster(pace, { macrotask: true });
    let inFlight = 0;
    let mostInFlight = 0;
    const slack = {
      chat: {
        postMessage: async (args: Parameters<typeof memory.slack.chat.postMessage>[0]) => {
          inFlight += 1;
          mostInFlight = Math.max(mostInFlight, inFlight);
          try {
            return await memory.slack.chat.postMessage(args);
          } finally {
            inFlight -= 1;
          }
        },
      },
    };
    const result = await runReminders({ ...deps, slack });
    expect(result).toMatchObject({ status: 'done', posted: 1000 });
    expect(new Set(memory.posts.map((p) => `${p.channel} ${p.text}`)).size).toBe(1000);
    expect(mostInFlight).toBe(DEFAULT_LIMITS.concurrency);
  });

  it('stops at a safe point when asked to stop, leaving the rest pending', async () => {
    link(w.db, 'SOCW', 'C1');
    for (let i = 0; i < 4; i++) addItem(w.db, 'SOCW', '2026-06-01', `Motie ${i}`);
    const controller = new AbortController();
    // The clock stands still: the run waits for the second post until the abort ends the wait.
    const running = runReminders({ ...deps, pace: virtualPace({ auto: false }), signal: controller.signal });
    await waitFor(() => w.fake.callsTo('chat.postMessage').length === 1);
    controller.abort();
    const result = await running;
    expect(result).toMatchObject({ status: 'incomplete', reason: 'stopped', posted: 1, pending: 3 });
    expect(sentRows(w.db).filter((r) => r.state === 'sent')).toHaveLength(1);
    expect(getLease(w.db, 'reminders')?.holder).toBe('');
  });

  it('does nothing while another process holds the lease', async () => {
    link(w.db, 'SOCW', 'C1');
    addItem(w.db, 'SOCW', '2026-06-01');
    acquireLease(w.db, 'reminders', 'elsewhere:1:abcd', NOW.getTime(), 60_000);
    const result = await runReminders(deps);
    expect(result).toMatchObject({ status: 'skipped', reason: 'lease-held', posted: 0 });
    expect(w.fake.calls).toHaveLength(0);
  });

  it('never takes over a lease before it expires, even when its holder looks like a process on this machine that does not exist', async () => {
    // Another container with the same hostname: its PID means nothing here. A PID check took
    // such a lease over at once, and both bots posted (issue 17, point 1).
    const { hostname } = await import('node:os');
    link(w.db, 'SOCW', 'C1');
    addItem(w.db, 'SOCW', '2026-06-01');
    for (const holder of [`${hostname()}:999999:dead`, `${hostname()}:${process.pid + 1}:abcd`, `2f1c…@${hostname()}`]) {
      acquireLease(w.db, 'reminders', holder, NOW.getTime(), 60_000);
      const result = await runReminders(deps);
      expect(result).toMatchObject({ status: 'skipped', reason: 'lease-held', posted: 0, leaseHeldUntil: NOW.getTime() + 60_000 });
      expect(getLease(w.db, 'reminders')?.holder).toBe(holder);
      releaseLease(w.db, 'reminders', holder);
    }
    expect(w.fake.calls).toHaveLength(0);
  });

  it('takes a lease whose holder stopped renewing once it has expired, and identifies itself by a random id', async () => {
    link(w.db, 'SOCW', 'C1');
    addItem(w.db, 'SOCW', '2026-06-01');
    acquireLease(w.db, 'reminders', 'crashed-run@elsewhere', NOW.getTime() - 60_000, 60_000 - 1);
    const seen: string[] = [];
    const result = await runReminders({ ...deps, slack: { chat: { postMessage: async (a) => (seen.push(getLease(w.db, 'reminders')!.holder), w.slack.chat.postMessage(a)) } } });
    expect(result).toMatchObject({ status: 'done', posted: 1 });
    expect(seen[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@/);
  });

  it('a dry run plans and builds but posts and records nothing', async () => {
    link(w.db, 'SOCW', 'C1');
    addItem(w.db, 'SOCW', '2026-06-01');
    const before = dumpDb(w.db);
    const result = await runReminders({ ...deps, slack: null, dryRun: true });
    expect(result.status).toBe('dry-run');
    expect(result.preview).toEqual([expect.objectContaining({ channel: 'C1', what: 'reminder:0', text: expect.stringContaining('Vandaag') })]);
    expect(dumpDb(w.db)).toBe(before);
    expect(w.fake.calls).toHaveLength(0);
  });

  describe('overdue reminders: one message per channel per run', () => {
    // On 2026-06-01 the overdue slots of these deadlines have begun and are owed: 05-25 → 06-01,
    // 05-01 → 05-29, 04-01 → 05-27.
    const posts = () => w.fake.callsTo('chat.postMessage').filter((c) => String(c.body.channel).startsWith('C'));

    it('posts one overdue message per channel with every item owed there, most overdue first, and a second run the same day posts nothing', async () => {
      link(w.db, 'SOCW', 'C1');
      link(w.db, 'OCW', 'C2');
      const a = addItem(w.db, 'SOCW', '2026-05-25', 'Herstelrecht');
      const b = addItem(w.db, 'SOCW', '2026-04-01', 'Lerarentekort');
      const c = addItem(w.db, 'SOCW', '2026-05-01', 'Voorlichting');
      const lead = addItem(w.db, 'SOCW', '2026-06-08', 'Gedragscode'); // 7 days: its own message
      const d = addItem(w.db, 'MOCW', '2026-05-01', 'Vertrouwenspersonen');
      const e = addItem(w.db, 'MOCW', '2026-05-18', 'Check-up');

      const first = await runReminders(deps);
      expect(first).toMatchObject({ status: 'done', posted: 3, pending: 0, alreadySent: 0 });
      // in each channel in the order posted: the overdue message first
      const byChannel = (ch: string) => posts().filter((p) => p.body.channel === ch).map((p) => [headerOf(p.body), itemsOf(p.body)]);
      expect(byChannel('C1')).toEqual([
        ['🔴 Te laat: Kamer informeren over 3 moties en toezeggingen', [b, c, a]],
        ['⏰ Over 7 dagen: Kamer informeren', [lead]],
      ]);
      expect(byChannel('C2')).toEqual([['🔴 Te laat: Kamer informeren over 2 moties en toezeggingen', [d, e]]]);
      expect(String(posts().find((p) => p.body.channel === 'C2')!.body.text)).toBe(
        `Te laat: Kamer informeren over 2 moties en toezeggingen (#${d}, #${e})`,
      );
      // one key per item, exactly as before the grouping: ('overdue', item, channel, start of the overdue week)
      expect(sentRows(w.db).map((r) => [r.what, r.item_id, r.channel_id, r.due_date, r.state]).sort()).toEqual(
        [
          ['overdue', a, 'C1', '2026-06-01', 'sent'],
          ['overdue', b, 'C1', '2026-05-27', 'sent'],
          ['overdue', c, 'C1', '2026-05-29', 'sent'],
          ['overdue', d, 'C2', '2026-05-29', 'sent'],
          ['overdue', e, 'C2', '2026-06-01', 'sent'],
          ['reminder:7', lead, 'C1', '2026-06-08', 'sent'],
        ].sort(),
      );
      const ts = (item: number) => sentRows(w.db).find((r) => r.item_id === item && r.what === 'overdue')!.message_ts;
      expect(new Set([ts(a), ts(b), ts(c)]).size).toBe(1);
      expect(ts(a)).not.toBe(ts(d));
      expect(trafficViolations(sentPayloads(w.fake))).toEqual([]);

      const second = await runReminders({ ...deps, now: () => new Date('2026-06-01T15:00:00Z') });
      expect(second).toMatchObject({ status: 'done', posted: 0, planned: 0 });
      expect(posts()).toHaveLength(3);
      // the next day nothing is owed either: each item's next overdue week has not begun
      expect(await runReminders({ ...deps, now: () => new Date('2026-06-02T07:00:00Z') })).toMatchObject({ posted: 0, planned: 0 });
    });

    it('leaves an item whose key was already sent out of the grouped message', async () => {
      link(w.db, 'SOCW', 'C1');
      const a = addItem(w.db, 'SOCW', '2026-05-25');
      const b = addItem(w.db, 'SOCW', '2026-04-01');
      const c = addItem(w.db, 'SOCW', '2026-05-01');
      const key = { what: 'overdue', itemId: b, channelId: 'C1', dueDate: '2026-05-27' };
      claimSend(w.db, key, 1);
      markSent(w.db, key, '1600000000.000001', 1);

      const result = await runReminders(deps);
      expect(result).toMatchObject({ status: 'done', posted: 1 });
      expect(posts().map((p) => [headerOf(p.body), itemsOf(p.body)])).toEqual([['🔴 Te laat: Kamer informeren over 2 moties en toezeggingen', [c, a]]]);
      const rowOf = (item: number) => sentRows(w.db).find((r) => r.item_id === item)!;
      expect(rowOf(b)).toMatchObject({ message_ts: '1600000000.000001', attempts: 1 });
      expect([rowOf(a).state, rowOf(c).state]).toEqual(['sent', 'sent']);
    });

    it('a failed post leaves every key of the message pending, and the next run sends them in one message, once', async () => {
      link(w.db, 'SOCW', 'C1');
      const items = [addItem(w.db, 'SOCW', '2026-04-01'), addItem(w.db, 'SOCW', '2026-05-01'), addItem(w.db, 'SOCW', '2026-05-25')];
      w.fake.failNext('chat.postMessage', 'internal_error', { status: 500 });
      const first = await runReminders(deps);
      expect(first).toMatchObject({ status: 'incomplete', posted: 0, pending: 1 });
      expect(sentRows(w.db).map((r) => [r.item_id, r.state, r.attempts, r.last_error])).toEqual(items.map((id) => [id, 'pending', 1, 'http_500']));
      expect(getLease(w.db, 'reminders')?.lastCompletedAt).toBeNull();

      const next = await runReminders({ ...deps, now: () => new Date('2026-06-01T08:00:00Z') });
      expect(next).toMatchObject({ status: 'done', posted: 1 });
      const ok = posts().slice(1); // the first call failed
      expect(ok.map((p) => itemsOf(p.body))).toEqual([items]);
      expect(sentRows(w.db).map((r) => [r.item_id, r.state, r.attempts, r.last_error])).toEqual(items.map((id) => [id, 'sent', 2, null]));
      expect(await runReminders({ ...deps, now: () => new Date('2026-06-01T09:00:00Z') })).toMatchObject({ posted: 0 });
      expect(posts()).toHaveLength(2);
    });

    it('leaves every key pending on not_in_channel and tells the linker once', async () => {
      link(w.db, 'SOCW', 'C1', 'U0ALICE');
      addItem(w.db, 'SOCW', '2026-04-01');
      addItem(w.db, 'SOCW', '2026-05-01');
      w.fake.failNext('chat.postMessage', 'not_in_channel');
      const result = await runReminders(deps);
      expect(result).toMatchObject({ status: 'incomplete', posted: 0, pending: 1, notices: 1 });
      expect(sentRows(w.db).filter((r) => r.what === 'overdue').map((r) => [r.state, r.last_error])).toEqual([
        ['pending', 'not_in_channel'],
        ['pending', 'not_in_channel'],
      ]);
      expect(String(w.fake.callsTo('chat.postMessage')[1]!.body.text)).toContain('een bericht niet plaatsen in <#C1>');
    });

    it('300 overdue items in one channel: one message per run within every Block Kit limit; what did not fit stays owed and comes in the next runs, each item once', async () => {
      link(w.db, 'SOCW', 'C1');
      const ids: number[] = [];
      // deadlines from 2025-08-06 to 2026-06-01, one a day, oldest first
      for (let i = 0; i < 300; i++) {
        const deadline = new Date(Date.UTC(2025, 7, 6 + i)).toISOString().slice(0, 10);
        ids.push(addItem(w.db, 'SOCW', deadline, `Motie ${i} ${'over een onderwerp met een lange titel & meer '.repeat(3)}`));
      }
      const owed = ids.slice(0, 293); // the last 7 deadlines are less than a week ago: an on-the-day reminder each

      const first = await runReminders({ ...deps, delivery: { perChannelMs: 0 } }); // pacing has its own test
      expect(first).toMatchObject({ status: 'done', posted: 8 }); // 1 overdue message + 7 on-the-day reminders
      const overdue = () => posts().filter((p) => headerOf(p.body)?.startsWith('🔴'));
      expect(overdue()).toHaveLength(1);
      const shown = itemsOf(overdue()[0]!.body);
      expect(shown.length).toBeGreaterThanOrEqual(10);
      expect(shown).toEqual(owed.slice(0, shown.length)); // the most overdue first
      expect(headerOf(overdue()[0]!.body)).toBe(`🔴 Te laat: Kamer informeren over ${owed.length} moties en toezeggingen`);
      expect(JSON.stringify(overdue()[0]!.body.blocks)).toContain(`…en nog ${owed.length - shown.length} andere — typ /motie status`);
      expect(trafficViolations(sentPayloads(w.fake))).toEqual([]);
      // only what was shown is marked sent; the rest has no row at all
      const overdueRows = () => sentRows(w.db).filter((r) => r.what === 'overdue');
      expect(overdueRows().map((r) => r.item_id).sort((x, y) => x - y)).toEqual([...shown].sort((x, y) => x - y));
      expect(overdueRows().every((r) => r.state === 'sent')).toBe(true);

      // runs later that day (a catch-up, `motie herinner`) send the next batch, one message each
      for (let run = 1; run < 40 && overdueRows().length < owed.length; run++) {
        const result = await runReminders({ ...deps, now: () => new Date(NOW.getTime() + run * 60_000) });
        expect(result).toMatchObject({ status: 'done', posted: 1 });
      }
      const all = overdue().flatMap((p) => itemsOf(p.body));
      expect(all.sort((x, y) => x - y)).toEqual(owed);
      expect(new Set(all).size).toBe(all.length);
      expect(trafficViolations(sentPayloads(w.fake))).toEqual([]);
      expect(await runReminders({ ...deps, now: () => new Date('2026-06-01T20:00:00Z') })).toMatchObject({ posted: 0, planned: 0 });
    }, 60_000);
  });
});

describe('runReminders: the Eerste Kamer rappel', () => {
  let w: JobWorld;
  beforeEach(async () => {
    w = await jobWorld();
  });
  afterEach(() => w.close());

  it('reminds the channels with open EK toezeggingen four and two weeks before the answer is due, each once', async () => {
    link(w.db, 'BZK', 'CBZK');
    link(w.db, 'SOCW', 'COCW');
    const id = addItem(w.db, 'MBZK', null, 'Toezending conceptversie richtlijn');
    w.db.$client.prepare("UPDATE items SET kind = 'toezegging', reference = 'T01237' WHERE id = ?").run(id);
    addItem(w.db, 'SOCW', null); // no Eerste Kamer toezegging: that channel hears nothing
    const rappels = [{ chamber: 'EK' as const, peildatum: '2026-07-01', answerDue: '2026-09-11' }];
    const at = (iso: string): ReminderJobDeps => ({ db: w.db, slack: w.slack, now: () => new Date(iso), leadDays: [28, 7, 0], admins: ['U0ADMIN'], rappels });

    expect(await runReminders(at('2026-08-14T07:00:00Z'))).toMatchObject({ status: 'done', posted: 1 });
    expect(await runReminders(at('2026-08-14T15:00:00Z'))).toMatchObject({ status: 'done', posted: 0 }); // nothing twice
    expect(await runReminders(at('2026-08-28T07:00:00Z'))).toMatchObject({ status: 'done', posted: 1 });
    expect(await runReminders(at('2026-09-01T07:00:00Z'))).toMatchObject({ status: 'done', posted: 0 });
    const posts = w.fake.callsTo('chat.postMessage').map((c) => [c.body.channel, headerOf(c.body)]);
    expect(posts).toEqual([
      ['CBZK', '📮 Rappel Eerste Kamer: antwoord over 4 weken'],
      ['CBZK', '📮 Rappel Eerste Kamer: antwoord over 2 weken'],
    ]);
    // The calendar's answer date may be an estimate: the message says "around" and asks to check the letter.
    const first = w.fake.callsTo('chat.postMessage')[0]?.body;
    expect(String(first?.text)).toContain('rond vrijdag 11 september 2026 verwacht');
    expect(JSON.stringify(first?.blocks)).toContain('kijk de datum na in de brief van de Eerste Kamer');
    expect(sentRows(w.db).map((r) => [r.what, r.item_id, r.channel_id, r.due_date, r.state])).toEqual([
      ['rappel:EK:28', 0, 'CBZK', '2026-09-11', 'sent'],
      ['rappel:EK:14', 0, 'CBZK', '2026-09-11', 'sent'],
    ]);
  });
});
