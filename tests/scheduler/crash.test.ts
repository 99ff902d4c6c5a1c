// Exactly-once under real crashes: a child process runs the reminder job and is killed with
// SIGKILL right after claiming the send, or right after Slack accepted the post but before the
// sent log confirmed it (MOTIEBOT_CRASH_AT, see src/scheduler/crash-point.ts). The first send is
// the overdue message of the channel, which carries the keys of three items. The next run then
// sends what the crash left pending, once the killed run's lease has expired. RELIABILITY.md
// "Exactly-once messages" cites these.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runMotie } from './child.ts';
import { addItem, itemsOf, jobWorld, link, sentRows, type JobWorld } from './setup.ts';

describe('a reminder run killed mid-send (real child processes)', () => {
  let w: JobWorld;
  let overdue: number[];
  let lead: number;
  beforeEach(async () => {
    w = await jobWorld();
    link(w.db, 'SOCW', 'C1');
    // On 2026-06-01: three overdue items (one message), and one due today (its own message).
    overdue = [addItem(w.db, 'SOCW', '2026-04-01'), addItem(w.db, 'SOCW', '2026-05-01'), addItem(w.db, 'SOCW', '2026-05-25')];
    lead = addItem(w.db, 'SOCW', '2026-06-01');
  });
  afterEach(() => w.close());

  const run = (crashAt?: string) =>
    runMotie(['herinner', '--at', '2026-06-01', '--db', w.t.path], {
      SLACK_API_URL: w.fake.url,
      ...(crashAt ? { MOTIEBOT_CRASH_AT: crashAt } : {}),
    });
  /** How many times each item reached the channel, over every post. */
  const arrivals = () => {
    const count = new Map<number, number>();
    for (const c of w.fake.callsTo('chat.postMessage')) for (const id of itemsOf(c.body)) count.set(id, (count.get(id) ?? 0) + 1);
    return [...overdue, lead].map((id) => count.get(id) ?? 0);
  };

  it.each([
    // killed after claiming all three keys: nothing reached Slack, the next run sends each item once
    { crashAt: 'after-claim', postedBeforeCrash: 0, total: 2, times: [1, 1, 1, 1] },
    // killed after Slack took the message, before the keys were confirmed: the documented duplicate
    { crashAt: 'after-post', postedBeforeCrash: 1, total: 3, times: [2, 2, 2, 1] },
  ])(
    'killed $crashAt: the next run sends it, $total message(s) in all, never zero',
    async ({ crashAt, postedBeforeCrash, total, times }) => {
      const crashed = await run(crashAt);
      expect(crashed.signal).toBe('SIGKILL');
      expect(w.fake.callsTo('chat.postMessage')).toHaveLength(postedBeforeCrash);
      // every key of the message was claimed together; the lead reminder was never reached
      expect(sentRows(w.db).map((r) => [r.what, r.item_id, r.state, r.attempts])).toEqual(overdue.map((id) => ['overdue', id, 'pending', 1]));

      // The killed run's lease stays until it expires: nobody guesses from a PID that it died.
      const blocked = await run();
      expect(blocked.code, blocked.stderr).toBe(0);
      expect(blocked.stdout).toMatch(/Een andere motiebot is hier al mee bezig; er is niets verstuurd\. Is die motiebot gestopt of vastgelopen, dan vervalt zijn claim om \d{4}-\d\d-\d\d \d\d:\d\d/);
      expect(w.fake.callsTo('chat.postMessage')).toHaveLength(postedBeforeCrash);
      // … which is 2 minutes after its last renewal; the test lets that time pass.
      w.db.$client.prepare("UPDATE leases SET expires_at = ? WHERE name = 'reminders'").run(Date.now() - 1);

      const next = await run();
      expect(next.code, next.stderr).toBe(0);
      expect(w.fake.callsTo('chat.postMessage')).toHaveLength(total);
      expect(sentRows(w.db).map((r) => [r.item_id, r.state, r.attempts])).toEqual([
        ...overdue.map((id) => [id, 'sent', 2]),
        [lead, 'sent', 1],
      ]);
      expect(arrivals()).toEqual(times);

      const again = await run();
      expect(again.code, again.stderr).toBe(0);
      expect(w.fake.callsTo('chat.postMessage')).toHaveLength(total);
      expect(arrivals()).toEqual(times);
      expect(new Set(w.fake.callsTo('chat.postMessage').map((c) => c.body.channel))).toEqual(new Set(['C1']));
    },
    90_000,
  );
});
