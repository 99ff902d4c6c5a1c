// `npm start` runs the bot as a bundle (scripts/build.mjs: tsc, then esbuild links dist/main.js):
// drizzle-orm and date-fns are linked in instead of loaded file by file, the code only an import,
// an export or the preview needs stays in chunks that load on demand, and a /motie status still
// answers from the database. What the process loaded is recorded by a module hook.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db.ts';
import { waitFor } from '../helpers/fake-slack.ts';
import { killIfRunning, postSigned, ROOT, startBotProcess, startSlowSlack, type BotProcess, type SlowSlack } from './helpers/bot-process.ts';

const RECORD = fileURLToPath(new URL('../helpers/record-imports.mjs', import.meta.url));
/** Loaded only by an import, an export or the open-data sync: never at start. */
const ON_DEMAND = ['exceljs', 'docx', 'mammoth', 'saxes', 'fast-xml-parser', 'pdfjs-dist', 'csv-parse'];
/** Linked into the bundle: never loaded from node_modules. */
const LINKED = ['drizzle-orm', 'date-fns', '@date-fns/tz'];

let bot: BotProcess | null = null;
let slack: SlowSlack | null = null;
const dirs: string[] = [];
afterEach(async () => {
  killIfRunning(bot);
  bot = null;
  await slack?.close();
  slack = null;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the bundled bot', () => {
  it('starts from dist/main.js and its chunks, with drizzle and date-fns linked in and no import or export library loaded', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const record = join(dir, 'imports.txt');
    slack = await startSlowSlack(0);
    bot = await startBotProcess(join(dir, 'm.db'), slack.url, { nodeArgs: ['--import', RECORD], env: { RECORD_IMPORTS: record } });
    // A request that needs the database, so that start-up has finished, migrations included.
    const origin = new URL(slack.url).origin;
    const answer = await postSigned(bot.url, { command: '/motie', text: 'status', user_id: 'U1', channel_id: 'C0BUNDLE1', team_id: 'T1', response_url: `${origin}/response/bundle` });
    expect(answer.status).toBe(200);
    const fake = slack;
    const text = await waitFor(() => fake.fake.responses.find((r) => r.id === 'bundle')?.body.text);
    expect(text).toMatch(/\S/);
    bot.child.kill('SIGTERM');
    expect((await bot.exited).code).toBe(0);

    const loaded = readFileSync(record, 'utf8').trim().split('\n');
    const dist = `${pathToFileURL(join(ROOT, 'dist')).href}/`;
    const ours = loaded.filter((url) => url.startsWith(dist));
    expect(ours.some((url) => url.endsWith('/dist/main.js'))).toBe(true);
    expect(ours.some((url) => /\/dist\/chunks\/run-bot-[A-Z0-9]+\.js$/.test(url))).toBe(true);
    // Only the bundle and its chunks: everything the bot runs was linked by the build.
    expect(ours.filter((url) => !url.endsWith('/dist/main.js') && !url.includes('/dist/chunks/'))).toEqual([]);
    expect(loaded.filter((url) => LINKED.some((name) => url.includes(`/node_modules/${name}/`)))).toEqual([]);
    expect(loaded.filter((url) => ON_DEMAND.some((name) => url.includes(`/node_modules/${name}/`)))).toEqual([]);
    // The bundle still uses the real SQLite driver and Bolt from node_modules.
    expect(loaded.some((url) => url.includes('/node_modules/better-sqlite3/'))).toBe(true);
    expect(loaded.some((url) => url.includes('/node_modules/@slack/bolt/'))).toBe(true);
  });
});
