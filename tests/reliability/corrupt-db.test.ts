// A damaged database gives silent wrong answers (9 open instead of 8, a search that finds
// nothing), so the bot refuses to start from one: PRAGMA quick_check at start, a Dutch message
// that names `motie check` and the newest backup, exit 1, nothing served. Real processes.
// RELIABILITY.md "Durable store" cites these. The bot is the compiled one `npm start` runs (dist/main.js).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findLatestBackup, quickCheck } from '../../src/store/maintenance.ts';
import { corruptItemsPage, seedItems } from '../helpers/corrupt-db.ts';
import { tempDir } from '../helpers/db.ts';
import { BOT_TOKEN, ROOT, SIGNING_SECRET } from './helpers/bot-process.ts';

function startBot(dbPath: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/main.js'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: 'http://127.0.0.1:9/api/', PORT: '0', DATABASE_PATH: dbPath, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('a damaged database', () => {
  let dir: string;
  let dbPath: string;
  beforeEach(() => {
    dir = tempDir('motiebot-corrupt-');
    dbPath = join(dir, 'motiebot.db');
  });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  it('the bot refuses to start from it, with a Dutch message naming motie check and the newest backup; nothing is served', async () => {
    seedItems(dbPath);
    mkdirSync(join(dir, 'backups'));
    const older = join(dir, 'backups', 'motiebot-2026-11-20.db');
    const newest = join(dir, 'backups', 'motiebot-2026-11-27.db');
    copyFileSync(dbPath, older);
    copyFileSync(dbPath, newest);
    utimesSync(older, new Date('2026-11-20T02:00:00Z'), new Date('2026-11-20T02:00:00Z'));
    utimesSync(newest, new Date('2026-11-27T02:00:00Z'), new Date('2026-11-27T02:00:00Z'));
    corruptItemsPage(dbPath);

    const started = await startBot(dbPath);
    expect(started.code, started.output).toBe(1);
    expect(started.output).toContain(`motiebot kon niet starten: de database ${dbPath} is beschadigd (PRAGMA quick_check:`);
    expect(started.output).toContain(`motie check --db ${dbPath}`);
    expect(started.output).toContain(`De nieuwste reservekopie is ${newest} (2026-11-27 03:00)`);
    expect(started.output).not.toContain('motiebot draait');
    expect(started.output).not.toContain(BOT_TOKEN);
  }, 60_000);

  it('quick_check finds the damage and a sound file passes; the newest SQLite file beside it is the backup', () => {
    seedItems(dbPath, 10);
    expect(quickCheck(dbPath)).toEqual([]);
    expect(findLatestBackup(dbPath)).toBeNull();
    const copy = join(dir, 'copy.db');
    copyFileSync(dbPath, copy);
    const notADb = join(dir, 'notes.db');
    copyFileSync(join(ROOT, 'package.json'), notADb);
    expect(findLatestBackup(dbPath)?.path).toBe(copy);
    corruptItemsPage(dbPath);
    expect(quickCheck(dbPath).length).toBeGreaterThan(0);
  });

  it('without a backup, the message says how to make one', async () => {
    seedItems(dbPath);
    corruptItemsPage(dbPath);
    const started = await startBot(dbPath);
    expect(started.code).toBe(1);
    expect(started.output).toContain('Er staat geen reservekopie naast de database');
    expect(started.output).toContain('motie backup <bestand>');
  }, 60_000);
});
