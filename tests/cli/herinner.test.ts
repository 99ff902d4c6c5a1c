import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { dumpDb } from '../helpers/db.ts';
import { addItem, jobWorld, link, sentRows, type JobWorld } from '../scheduler/setup.ts';

describe('motie herinner / motie digest', () => {
  let w: JobWorld;
  let out: string[];
  let err: string[];
  const cli = (argv: string[], env: Record<string, string> = {}) =>
    runCli(argv, {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      now: () => new Date('2026-06-01T07:00:00Z'),
      env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: w.fake.url, ...env },
      dbPath: w.t.path,
    });
  beforeEach(async () => {
    w = await jobWorld();
    out = [];
    err = [];
    link(w.db, 'SOCW', 'C1');
    addItem(w.db, 'SOCW', '2026-06-01', 'Herstelrecht');
    addItem(w.db, 'SOCW', '2026-06-08', 'Lerarentekort');
  });
  afterEach(() => w.close());

  it('--dry-run prints what would be posted and records nothing, also without a token', async () => {
    const before = dumpDb(w.db);
    expect(await cli(['herinner', '--dry-run'], { SLACK_BOT_TOKEN: '' })).toBe(0);
    expect(out[0]).toBe('Zou 2 berichten versturen (herinneringen, 1 juni 2026); er wordt niets vastgelegd:');
    expect(out.slice(1).sort()).toEqual([
      '  → C1: Over 7 dagen: Kamer informeren over Motie Mutluer: Lerarentekort (#2)',
      '  → C1: Vandaag: Kamer informeren over Motie Mutluer: Herstelrecht (#1)',
    ]);
    expect(dumpDb(w.db)).toBe(before);
    expect(w.fake.calls).toHaveLength(0);
  });

  it('--dry-run prints the overdue reminders of a channel as the one message they become', async () => {
    const a = addItem(w.db, 'SOCW', '2026-04-01', 'Voorlichting');
    const b = addItem(w.db, 'SOCW', '2026-05-01', 'Gedragscode');
    const before = dumpDb(w.db);
    expect(await cli(['herinner', '--dry-run'])).toBe(0);
    expect(out).toEqual([
      'Zou 3 berichten versturen (herinneringen, 1 juni 2026); er wordt niets vastgelegd:',
      `  → C1: Te laat: Kamer informeren over 2 moties en toezeggingen (#${a}, #${b})`,
      '  → C1: Vandaag: Kamer informeren over Motie Mutluer: Herstelrecht (#1)',
      '  → C1: Over 7 dagen: Kamer informeren over Motie Mutluer: Lerarentekort (#2)',
    ]);
    expect(dumpDb(w.db)).toBe(before);
    out = [];
    expect(await cli(['herinner', '--dry-run', '--json'])).toBe(0);
    const json = JSON.parse(out.join('\n')) as { preview: { what: string; itemIds: number[] }[] };
    expect(json.preview.map((p) => [p.what, p.itemIds])).toEqual([
      ['overdue', [a, b]],
      ['reminder:0', [1]],
      ['reminder:7', [2]],
    ]);
  });

  it('--at plans for another day, written as any Dutch date (issue 23.15); the answer names it in Dutch, not ISO', async () => {
    for (const at of ['2026-05-04', '4-5-2026', '4 mei 2026']) {
      out = [];
      expect(await cli(['herinner', '--dry-run', '--at', at])).toBe(0);
      expect(out[0]).toContain('Zou 1 bericht versturen (herinneringen, 4 mei 2026)');
      expect(out[1]).toContain('Over 4 weken');
    }
    out = [];
    expect(await cli(['herinner', '--dry-run', '--at', '2026-04-01'])).toBe(0);
    expect(out).toEqual(['Niets te versturen (herinneringen, 1 april 2026).']);
  });

  it('posts, says how many, and a second run posts nothing', async () => {
    expect(await cli(['herinner'])).toBe(0);
    expect(out).toEqual(['2 berichten verstuurd.']);
    expect(w.fake.callsTo('chat.postMessage')).toHaveLength(2);
    out = [];
    expect(await cli(['herinner'])).toBe(0);
    expect(out).toEqual(['0 berichten verstuurd.']);
    expect(sentRows(w.db).every((r) => r.state === 'sent')).toBe(true);
  });

  it('says in Dutch that a token is needed to send, and sends nothing', async () => {
    expect(await cli(['herinner'], { SLACK_BOT_TOKEN: '' })).toBe(2);
    expect(err.join('\n')).toMatch(/Slack-token nodig.*SLACK_BOT_TOKEN.*--dry-run/s);
    expect(w.fake.calls).toHaveLength(0);
    expect(sentRows(w.db)).toEqual([]);
  });

  it('refuses a date it cannot read and a bad configuration', async () => {
    expect(await cli(['herinner', '--at', '1 juni'])).toBe(2);
    expect(err[0]).toBe('"1 juni" is geen datum; schrijf bijvoorbeeld 30-3-2026, 30 maart 2026, 2026-03-30 of morgen.');
    expect(await cli(['digest', '--at', '2026-02-30', '--dry-run'])).toBe(2);
    err = [];
    expect(await cli(['herinner'], { SLACK_BOT_TOKEN: 'xoxp-user' })).toBe(2);
    expect(err[0]).toContain('SLACK_BOT_TOKEN');
  });

  it('exits 1 and says what stays pending when the bot is not in the channel', async () => {
    w.fake.failNext('chat.postMessage', 'not_in_channel');
    expect(await cli(['herinner'])).toBe(1);
    expect(out).toEqual(['0 berichten verstuurd, 2 blijven staan voor de volgende ronde.']);
    expect(w.fake.callsTo('chat.postMessage').at(-1)!.body.channel).toBe('U0LINKER');
  });

  it('motie digest posts the weekly overview; --json gives the result', async () => {
    expect(await cli(['digest', '--json'])).toBe(0);
    const json = JSON.parse(out.join('\n')) as { job: string; posted: number; today: string };
    expect(json).toMatchObject({ job: 'digest', posted: 1, today: '2026-06-01', status: 'done' });
    expect(String(w.fake.callsTo('chat.postMessage')[0]!.body.text)).toBe(
      'Weekoverzicht (SOCW): 0 te laat, 2 binnen 4 weken, 0 afgerond, 0 zonder termijn.',
    );
  });

  it('never writes a token that a Slack error text carries: not to stderr, not to stdout, not to sent_log.last_error', async () => {
    const token = 'xoxb-1234-5678-SECRETSECRET';
    const others = ['xoxp-999-LEAKEDUSER', 'xapp-1-A1-LEAKEDAPP', 'xoxe.xoxp-1-LEAKEDROTATING', 'Bearer abc.def-LEAKEDBEARER'];
    // Slack (or a proxy in front of it) quoting the request back in its error text
    w.fake.failNext('chat.postMessage', `invalid_arguments: Authorization: Bearer ${token} ${others.join(' ')}`, { times: 4 });
    const code = await cli(['herinner', '--json'], { SLACK_BOT_TOKEN: token });
    expect(code).toBe(1);
    const written = [...out, ...err].join('\n');
    const stored = sentRows(w.db).map((r) => String(r.last_error)).join('\n');
    expect(stored).toContain('invalid_arguments');
    expect(written + stored).toContain('[redacted]');
    for (const secret of [token, 'SECRETSECRET', 'LEAKEDUSER', 'LEAKEDAPP', 'LEAKEDROTATING', 'LEAKEDBEARER']) {
      expect(written, 'CLI output').not.toContain(secret);
      expect(stored, 'sent_log.last_error').not.toContain(secret);
    }
  });
});
