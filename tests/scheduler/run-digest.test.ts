import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pastWeekStart, runDigest } from '../../src/scheduler/run-digest.ts';
import type { JobDeps } from '../../src/scheduler/run-job.ts';
import { markDone } from '../../src/store/items.queries.ts';
import { insertProposal, upsertLetter } from '../../src/store/letters.queries.ts';
import { addItem, headerOf, jobWorld, link, sentRows, type JobWorld } from './setup.ts';

const MONDAY = new Date('2026-06-01T07:00:00Z');

describe('runDigest', () => {
  let w: JobWorld;
  let deps: JobDeps;
  beforeEach(async () => {
    w = await jobWorld();
    deps = { db: w.db, slack: w.slack, now: () => MONDAY };
  });
  afterEach(() => w.close());

  it('posts one overview per linked channel, once per week', async () => {
    link(w.db, 'SOCW', 'C1');
    link(w.db, 'MOCW', 'C1');
    link(w.db, 'JenV', 'C2');
    addItem(w.db, 'SOCW', '2026-05-01');
    addItem(w.db, 'MOCW', '2026-06-10');
    addItem(w.db, 'SOCW', null);
    const done = addItem(w.db, 'SOCW', '2026-05-20', 'Klaar');
    markDone(w.db, done, 'U1', Date.parse('2026-05-29T10:00:00Z'));

    const first = await runDigest(deps);
    expect(first).toMatchObject({ status: 'done', posted: 2 });
    const byChannel = new Map(w.fake.callsTo('chat.postMessage').map((c) => [c.body.channel, c.body]));
    expect(headerOf(byChannel.get('C1')!)).toBe('📋 Weekoverzicht moties en toezeggingen (MOCW, SOCW)');
    expect(byChannel.get('C1')!.text).toBe('Weekoverzicht (MOCW, SOCW): 1 te laat, 1 binnen 4 weken, 1 afgerond, 1 zonder termijn.');
    expect(byChannel.get('C2')!.text).toBe('Weekoverzicht (JenV): 0 te laat, 0 binnen 4 weken, 0 afgerond, 0 zonder termijn.');
    expect(sentRows(w.db).map((r) => [r.what, r.item_id, r.channel_id, r.due_date, r.state])).toEqual([
      ['digest', 0, 'C1', '2026-06-01', 'sent'],
      ['digest', 0, 'C2', '2026-06-01', 'sent'],
    ]);

    // later that week: nothing; the next Monday: a new one
    expect(await runDigest({ ...deps, now: () => new Date('2026-06-04T07:00:00Z') })).toMatchObject({ posted: 0 });
    expect(await runDigest({ ...deps, now: () => new Date('2026-06-08T07:00:00Z') })).toMatchObject({ posted: 2 });
  });

  it('says how many proposed Kamerbrieven wait in the channel of their items', async () => {
    link(w.db, 'SOCW', 'C1');
    link(w.db, 'JenV', 'C2');
    const item = addItem(w.db, 'SOCW', '2026-06-20');
    for (const [n, letterId] of ['e1', 'e2'].entries()) {
      upsertLetter(w.db, { entityId: letterId, documentNummer: `2026D0000${n}`, soort: 'Brief regering', titel: null, onderwerp: 'Brief', datum: '2026-05-20', dossierId: null, volgnummer: null, zaakIds: [], actors: [], bijgewerkt: null, deleted: false }, 0);
      insertProposal(w.db, { itemId: item, letterId, documentNummer: `2026D0000${n}`, strength: 'zeker', reasons: [] }, 0);
    }
    await runDigest(deps);
    const byChannel = new Map(w.fake.callsTo('chat.postMessage').map((c) => [c.body.channel, JSON.stringify(c.body.blocks)]));
    expect(byChannel.get('C1')).toContain('📬 2 voorgestelde Kamerbrieven wachten op een antwoord');
    expect(byChannel.get('C2')).not.toContain('Kamerbrie');
  });

  it('stays a valid message with 500 items in one channel', async () => {
    link(w.db, 'SOCW', 'C1');
    for (let i = 0; i < 500; i++) addItem(w.db, 'SOCW', i % 2 ? '2026-05-01' : '2026-06-15', `Motie ${i} ${'over iets belangrijks '.repeat(6)}`);
    const result = await runDigest(deps);
    expect(result.posted).toBe(1);
    const body = w.fake.callsTo('chat.postMessage')[0]!.body;
    const blocks = body.blocks as unknown[];
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(blocks).length).toBeLessThanOrEqual(13_000);
    expect(JSON.stringify(blocks)).toMatch(/en nog \d+ andere — typ \/motie status voor de volledige lijst/);
  });

  it('counts "the past week" from midnight in Amsterdam, seven days back', () => {
    expect(new Date(pastWeekStart('2026-06-01')).toISOString()).toBe('2026-05-24T22:00:00.000Z');
    expect(new Date(pastWeekStart('2026-11-02')).toISOString()).toBe('2026-10-25T23:00:00.000Z'); // across the DST change
  });
});
