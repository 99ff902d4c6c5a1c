// Exactly-once under real crashes: a child process runs the reminder job and is killed with
// SIGKILL after claiming the send, when its post reaches Slack: before Slack has it, or after Slack
// accepted the post but before the answer (so before the sent log confirmed it). The kill comes
// from the Slack side (tests/helpers/killing-slack.ts): production code has no crash hook. The first send is
// the overdue message of the channel, which carries the keys of three items. The next run then
// sends what the crash left pending, once the killed run's lease has expired. RELIABILITY.md
// "Exactly-once messages" cites these.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startKillingSlack, type KillMoment } from '../helpers/killing-slack.ts';
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

  const args = () => ['herinner', '--at', '2026-06-01', '--db', w.t.path];
  const run = () => runMotie(args(), { SLACK_API_URL: w.fake.url });
  /** A run whose first chat.postMessage kills it at `when`. */
  const runKilled = async (when: KillMoment) => {
    const killer = await startKillingSlack(w.fake, { method: 'chat.postMessage', nth: 1, when });
    try {
      const result = await runMotie(args(), { SLACK_API_URL: killer.url }, killer.victim);
      expect(killer.killedAt()).toBe(1);
      return result;
    } finally {
      await killer.close();
    }
  };
  /** How many times each item reached the channel, over every post. */
  const arrivals = () => {
    const count = new Map<number, number>();
    for (const c of w.fake.callsTo('chat.postMessage')) for (const id of itemsOf(c.body)) count.set(id, (count.get(id) ?? 0) + 1);
    return [...overdue, lead].map((id) => count.get(id) ?? 0);
  };

  it.each([
    // killed after claiming all three keys, before Slack had the post: the next run sends each item once
    { when: 'before-slack-has-it' as const, postedBeforeCrash: 0, total: 2, times: [1, 1, 1, 1] },
    // killed after Slack took the message, before the keys were confirmed: the documented duplicate
    { when: 'after-slack-accepted-it' as const, postedBeforeCrash: 1, total: 3, times: [2, 2, 2, 1] },
  ])(
    'killed $when: the next run sends it, $total message(s) in all, never zero',
    async ({ when, postedBeforeCrash, total, times }) => {
      const crashed = await runKilled(when);
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
