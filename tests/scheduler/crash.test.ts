// Exactly-once under real crashes: a child process runs the reminder job and is killed with
// SIGKILL right after claiming the send, or right after Slack accepted the post but before the
// sent log confirmed it (MOTIEBOT_CRASH_AT, see src/scheduler/crash-point.ts). The next run
// then sends what the crash left pending. RELIABILITY.md "Exactly-once messages" cites these.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runMotie } from './child.ts';
import { addItem, jobWorld, link, sentRows, type JobWorld } from './setup.ts';

describe('a reminder run killed mid-send (real child processes)', () => {
  let w: JobWorld;
  beforeEach(async () => {
    w = await jobWorld();
    link(w.db, 'SOCW', 'C1');
    addItem(w.db, 'SOCW', '2026-06-01');
  });
  afterEach(() => w.close());

  const run = (crashAt?: string) =>
    runMotie(['herinner', '--at', '2026-06-01', '--db', w.t.path], {
      SLACK_API_URL: w.fake.url,
      ...(crashAt ? { MOTIEBOT_CRASH_AT: crashAt } : {}),
    });

  it.each([
    { crashAt: 'after-claim', postedBeforeCrash: 0, total: 1 },
    { crashAt: 'after-post', postedBeforeCrash: 1, total: 2 },
  ])(
    'killed $crashAt: the next run sends it, $total message(s) in all, never zero',
    async ({ crashAt, postedBeforeCrash, total }) => {
      const crashed = await run(crashAt);
      expect(crashed.signal).toBe('SIGKILL');
      expect(w.fake.callsTo('chat.postMessage')).toHaveLength(postedBeforeCrash);
      expect(sentRows(w.db)).toEqual([expect.objectContaining({ what: 'reminder:0', state: 'pending', attempts: 1 })]);

      const next = await run();
      expect(next.code, next.stderr).toBe(0);
      expect(w.fake.callsTo('chat.postMessage')).toHaveLength(total);
      expect(sentRows(w.db)).toEqual([expect.objectContaining({ state: 'sent', attempts: 2 })]);

      const again = await run();
      expect(again.code, again.stderr).toBe(0);
      expect(w.fake.callsTo('chat.postMessage')).toHaveLength(total);
      expect(new Set(w.fake.callsTo('chat.postMessage').map((c) => c.body.channel))).toEqual(new Set(['C1']));
    },
    90_000,
  );
});
