// One scheduler at a time: two motiebot processes run the reminder job at the same moment on the
// same database file. The lease lets one of them post; together they post exactly one set.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runMotie } from './child.ts';
import { addItem, jobWorld, link, sentRows, type JobWorld } from './setup.ts';

describe('two processes, one database (real child processes)', () => {
  let w: JobWorld;
  beforeEach(async () => {
    w = await jobWorld();
  });
  afterEach(() => w.close());

  it('post exactly one set of reminders when both run the job at the same moment', async () => {
    link(w.db, 'SOCW', 'C1');
    link(w.db, 'MOCW', 'C2');
    // six in one channel: paced at 1 per second the run takes ~5 s, so the runs overlap
    for (let i = 0; i < 6; i++) addItem(w.db, 'SOCW', '2026-06-01', `Motie S${i}`);
    for (let i = 0; i < 2; i++) addItem(w.db, 'MOCW', '2026-06-08', `Motie M${i}`);
    const env = { SLACK_API_URL: w.fake.url };
    const args = ['herinner', '--at', '2026-06-01', '--db', w.t.path];
    const [a, b] = await Promise.all([runMotie(args, env), runMotie(args, env)]);
    expect([a.code, b.code], `${a.stderr}\n${b.stderr}`).toEqual([0, 0]);

    const posts = w.fake.callsTo('chat.postMessage').map((c) => `${String(c.body.channel)} ${String(c.body.text)}`);
    expect(posts).toHaveLength(8);
    expect(new Set(posts).size).toBe(8);
    expect(sentRows(w.db).map((r) => [r.state, r.attempts])).toEqual(Array.from({ length: 8 }, () => ['sent', 1]));
    // one of them saw the other's lease and stood aside
    const outputs = [a.stdout, b.stdout];
    expect(outputs.filter((o) => o.includes('Een andere motiebot is hier al mee bezig'))).toHaveLength(1);
    expect(outputs.filter((o) => o.includes('8 berichten verstuurd'))).toHaveLength(1);
  }, 90_000);
});
