// One configuration, one CLI context (issue 13): `motie import` and `motie datum` read dates with
// the same calendar, MOTIEBOT_CALENDAR_FILE included, because both take it from the context runCli
// builds once; DATABASE_PATH is checked there before any command runs; `motie herinner` posts with
// the bot token alone (no signing secret is needed, none is made up).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, openDb } from '../../src/store/db.ts';
import { listItems } from '../../src/store/items.queries.ts';
import { SAMPLE_PATH } from '../import/layouts/stand-van-zaken/sample.ts';
import { tempDir } from '../helpers/db.ts';
import { runCli } from '../helpers/run-cli.ts';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.ts';

const NOW = new Date('2026-03-02T08:00:00Z');

const motie = (argv: string[], env: NodeJS.ProcessEnv, dbPath?: string) => runCli(argv, { env, now: NOW, ...(dbPath ? { dbPath } : {}) });

describe('one CLI context', () => {
  let dir: string;
  let calendarFile: string;
  let overview: string;
  beforeEach(() => {
    dir = tempDir('motiebot-context-');
    // The summer recess of 2027 as a calendar file has it: earlier than the built-in estimate.
    calendarFile = join(dir, 'kalender.json');
    writeFileSync(calendarFile, JSON.stringify({ recesses: [{ year: 2027, name: 'zomerreces', from: '2027-06-25', to: '2027-08-30', source: 'test' }] }));
    overview = join(dir, 'overzicht.txt');
    writeFileSync(overview, readFileSync(SAMPLE_PATH, 'utf8').replace(/voor de zomer van 2025/g, 'voor de zomer van 2027'));
  });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  const datum = async (env: NodeJS.ProcessEnv) => {
    const r = await motie(['datum', 'De Kamer wordt voor de zomer van 2027 geïnformeerd', '--ref', '2026-03-01', '--json'], env);
    expect(r.code, r.err).toBe(0);
    return (JSON.parse(r.out) as { primary: { deadline: string } }).primary.deadline;
  };

  it('motie import stores for "voor de zomer van 2027" the date motie datum prints, with a calendar file set', async () => {
    const env = { MOTIEBOT_CALENDAR_FILE: calendarFile };
    const withFile = await datum(env);
    // The file matters: without it datum says something else.
    expect(withFile).toBe('2027-06-24');
    expect(await datum({})).not.toBe(withFile);

    const dbPath = join(dir, 'motiebot.db');
    const imported = await motie(['import', overview, '--document-date', '2026-03-01'], env, dbPath);
    expect(imported.code, imported.err).toBe(0);
    const db = openDb(dbPath);
    try {
      const stored = listItems(db).filter((i) => i.deadline?.text.includes('voor de zomer van 2027'));
      expect(stored.length).toBeGreaterThan(0);
      expect(new Set(stored.map((i) => i.deadline?.deadline))).toEqual(new Set([withFile]));
    } finally {
      closeDb(db);
    }
  });

  it('checks DATABASE_PATH before any command runs, --db included, and changes nothing', async () => {
    const notADb = join(dir, 'map');
    mkdirSync(notADb);
    for (const argv of [['list'], ['datum', 'eind 2027'], ['import', overview]]) {
      const r = await motie(argv, { DATABASE_PATH: notADb });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toContain(`Ongeldige configuratie: DATABASE_PATH (of --db) ("${notADb}") is geen bestand.`);
    }
    const viaFlag = await motie(['list', '--db', notADb], {});
    expect(viaFlag.code).toBe(2);
    expect(viaFlag.err).toContain('is geen bestand');
  });

  it('stops every command alike on a bad core variable, before it runs', async () => {
    for (const argv of [['datum', 'eind 2027'], ['list']]) {
      const r = await motie(argv, { MOTIEBOT_CALENDAR_FILE: join(dir, 'weg.json') }, join(dir, 'x.db'));
      expect(r.code).toBe(2);
      expect(r.err).toContain('Ongeldige configuratie: MOTIEBOT_CALENDAR_FILE');
    }
  });

  describe('motie herinner posts with the bot token alone', () => {
    let fake: FakeSlack;
    beforeEach(async () => {
      fake = await startFakeSlack();
    });
    afterEach(() => fake.close());

    it('needs no SLACK_SIGNING_SECRET (and makes none up), and a dry run needs no token at all', async () => {
      const dbPath = join(dir, 'motiebot.db');
      expect((await motie(['kanaal', 'SOCW', 'C0CONTEXT'], {}, dbPath)).code).toBe(0);
      expect((await motie(['import', overview, '--document-date', '2026-03-01'], {}, dbPath)).code).toBe(0);
      const dry = await motie(['herinner', '--dry-run', '--at', '2028-01-10'], {}, dbPath);
      expect(dry.code, dry.err).toBe(0);
      expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
      const sent = await motie(['herinner', '--at', '2028-01-10'], { SLACK_BOT_TOKEN: 'xoxb-context-test', SLACK_API_URL: fake.url }, dbPath);
      expect(sent.code, sent.err).toBe(0);
      expect(fake.callsTo('chat.postMessage').length).toBeGreaterThan(0);
      expect(fake.callsTo('chat.postMessage').every((c) => c.body.channel === 'C0CONTEXT')).toBe(true);
      // A bad token is still refused in Dutch.
      const bad = await motie(['herinner', '--at', '2028-01-10'], { SLACK_BOT_TOKEN: 'xoxp-user', SLACK_API_URL: fake.url }, dbPath);
      expect(bad.code).toBe(2);
      expect(bad.err).toContain('SLACK_BOT_TOKEN moet met "xoxb-" beginnen');
    });
  });
});
