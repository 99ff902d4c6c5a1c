// Issue 23, "Done when": a bot left running through `npm install`, `npx motie --version` and
// `npm test` in the same checkout still answers `/motie overzicht`. A copy of this checkout (its
// src/, scripts/, bin/, drizzle/, package files and the dist/ the test run's global setup built,
// node_modules linked) runs the real bot from dist/. Then, as after a `git pull`, the Word export's
// source changes, and what those three commands run on dist/ runs in the copy: `npx motie
// --version` first (bin/motie.js finds dist/ stale and rebuilds it before it runs: never the old
// build silently), then `npm run prepare` (the build step of `npm install`; the package install
// itself would write the shared node_modules), and the test run's global setup and the build
// test's `prepare`/`prestart` (`node scripts/build.mjs --if-stale`), which find nothing to do. The bot,
// which never loaded the export code before the rebuild, must then still upload the Word file,
// made by the code of its own build (its worker thread included), while the rebuilt checkout
// writes the new one.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { inflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/domain/codes.ts';
import { insertChannelLink } from '../../src/store/channels.queries.ts';
import { closeDb, openDb } from '../../src/store/db.ts';
import { createItem } from '../../src/store/items.queries.ts';
import { newItem } from '../helpers/db.ts';
import { startFakeSlack, waitFor, type FakeSlack } from '../helpers/fake-slack.ts';
import { killIfRunning, postSigned, ROOT, startBotProcess, type BotProcess } from '../reliability/helpers/bot-process.ts';

const COPIED = ['src', 'scripts', 'bin', 'drizzle', 'dist', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
const CHANNEL = 'C0REBUILD1';

let bot: BotProcess | null = null;
let slack: FakeSlack | null = null;
const dirs: string[] = [];
afterEach(async () => {
  killIfRunning(bot);
  bot = null;
  await slack?.close();
  slack = null;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** One file of a zip archive (a .docx), through its central directory. */
function zipEntry(zip: Buffer, wanted: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === wanted) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + skip;
  }
  throw new Error(`${wanted} is not in the archive`);
}

const chunks = (checkout: string) => readdirSync(join(checkout, 'dist', 'chunks')).filter((f) => f.endsWith('.js')).sort();
/**
 * The chunks of the build dist/ holds now (the last entry of scripts/build.mjs' history): the ones a
 * bot started from it may load. Chunks of the earlier builds a checkout's dist/ still keeps may go
 * when new builds push them out of the last KEPT_BUILDS.
 */
const currentBuild = (checkout: string) => ((JSON.parse(readFileSync(join(checkout, 'dist', '.builds.json'), 'utf8')) as string[][]).at(-1) ?? []).filter((f) => f.endsWith('.js')).sort();

function runFull(checkout: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): { stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd: checkout, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, timeout: 240_000 });
  expect(result.status, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`).toBe(0);
  return result;
}

const run = (checkout: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): string => runFull(checkout, command, args, env).stdout;

describe('a bot left running while the checkout is rebuilt', () => {
  it('still answers /motie overzicht with the Word file after npm install, npx motie --version and the test run rebuild dist/', async () => {
    const base = mkdtempSync(join(tmpdir(), 'motiebot-rebuild-'));
    dirs.push(base);
    const checkout = join(base, 'checkout');
    for (const name of COPIED) cpSync(join(ROOT, name), join(checkout, name), { recursive: true });
    symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(checkout, 'node_modules'), 'dir');
    // The copied dist/ is fresh for the copied sources: nothing is rebuilt yet.
    const fresh = statSync(join(checkout, 'dist', 'main.js'), { bigint: true });
    run(checkout, process.execPath, ['scripts/build.mjs', '--if-stale']);
    expect(statSync(join(checkout, 'dist', 'main.js'), { bigint: true }).mtimeNs).toBe(fresh.mtimeNs);

    const dbPath = join(base, 'bot.db');
    const db = openDb(dbPath);
    insertChannelLink(db, parseTarget('SOCW')!, CHANNEL, 'USETUP', Date.now());
    createItem(db, newItem({ title: 'Herstelrecht na een rebuild' }), 'import', Date.now());
    closeDb(db);
    slack = await startFakeSlack();
    const fake = slack;
    bot = await startBotProcess(dbPath, fake.url, { cwd: checkout, env: { DIGEST_CRON: '0 9 1 1 *', REMINDER_CRON: '0 9 1 1 *' } });
    const origin = new URL(fake.url).origin;
    const ask = async (text: string, id: string) => {
      const answer = await postSigned(bot!.url, { command: '/motie', text, user_id: 'UALICE', channel_id: CHANNEL, team_id: 'T1', response_url: `${origin}/response/${id}` });
      expect(answer.status).toBe(200);
    };
    // Started and migrated; the export code is not loaded yet.
    await ask('status', 'status');
    await waitFor(() => fake.responses.find((r) => r.id === 'status'), 30_000);
    const before = currentBuild(checkout);
    expect(before.length).toBeGreaterThan(0);

    // A `git pull` that changes the Word export.
    const docx = join(checkout, 'src', 'adapters', 'export', 'docx.ts');
    const source = readFileSync(docx, 'utf8');
    expect(source).toContain("creator: 'motiebot',");
    writeFileSync(docx, source.replace("creator: 'motiebot',", "creator: 'motiebot na de pull',"));
    const npm = { npm_config_cache: join(base, 'npm-cache'), npm_config_offline: 'true', npm_config_update_notifier: 'false' };
    const version = runFull(checkout, 'npx', ['motie', '--version'], npm);
    expect(version.stdout).toMatch(/^motie \d+\.\d+\.\d+\n$/);
    expect(version.stderr).toMatch(/^motie: de broncode is gewijzigd sinds de laatste build; dist\/ wordt eerst opnieuw gebouwd\.\n/);
    const rebuilt = statSync(join(checkout, 'dist', 'main.js'), { bigint: true });
    expect(rebuilt.ino).not.toBe(fresh.ino);
    run(checkout, 'npm', ['run', 'prepare'], npm);
    run(checkout, process.execPath, ['scripts/build.mjs', '--if-stale']);
    run(checkout, 'npm', ['run', 'prestart'], npm);
    // One rebuild, by npx motie: the three after it found dist/ fresh.
    expect(statSync(join(checkout, 'dist', 'main.js'), { bigint: true }).mtimeNs).toBe(rebuilt.mtimeNs);
    const after = chunks(checkout);
    // Rebuilt: new chunks, and every chunk the running bot may still load is kept.
    expect(statSync(join(checkout, 'dist', 'main.js'), { bigint: true }).ino).not.toBe(fresh.ino);
    expect(after.filter((c) => !before.includes(c)).length).toBeGreaterThan(0);
    expect(before.filter((c) => !after.includes(c))).toEqual([]);

    await ask('overzicht', 'overzicht');
    const upload = await waitFor(() => fake.uploads().find((u) => u.completed), 90_000).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${JSON.stringify(fake.responses)}\n${bot!.output()}`);
    });
    expect(upload).toMatchObject({ channel: CHANNEL, filename: expect.stringMatching(/\.docx$/) });
    // The bot runs the code of its own build, its export worker included (scripts/build.mjs names the
    // worker chunk by its content): the file says `motiebot`, not the pulled `motiebot na de pull`.
    expect(zipEntry(upload.bytes!, 'docProps/core.xml')).toContain('<dc:creator>motiebot</dc:creator>');
    const said = JSON.stringify(fake.responses.map((r) => r.body));
    expect(said).not.toMatch(/Sorry|iets mis/);
    expect(bot.output()).not.toMatch(/ERR_MODULE_NOT_FOUND/);
    bot.child.kill('SIGTERM');
    expect((await bot.exited).code, bot.output()).toBe(0);
    // What the rebuilt checkout writes now: the pulled code.
    const out = join(base, 'nu.docx');
    run(checkout, process.execPath, ['bin/motie.js', 'overzicht', '--out', out, '--db', dbPath]);
    expect(zipEntry(readFileSync(out), 'docProps/core.xml')).toContain('<dc:creator>motiebot na de pull</dc:creator>');
  }, 600_000);
});
