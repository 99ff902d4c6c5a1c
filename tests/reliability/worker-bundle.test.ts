// The compiled bot runs its heavy work in worker threads from dist/chunks/worker-<hash>.js
// (scripts/build.mjs links src/worker/entry.ts on its own and names it in the bundles as
// MOTIEBOT_WORKER_CHUNK; src/worker/run-task.ts starts it): planning the reminder and digest jobs
// (issue 28), building the Slack export (22.13), parsing a SyncFeed page (22.8). This runs that
// compiled entry as the bot does, on a real database file, and checks each task answers.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/domain/codes.ts';
import { insertChannelLink } from '../../src/store/channels.queries.ts';
import { closeDb, openDb } from '../../src/store/db.ts';
import { createItem } from '../../src/store/items.queries.ts';
import { newItem, tempDir } from '../helpers/db.ts';
import { ROOT } from './helpers/bot-process.ts';

/** The worker chunk the current build's bundles name (older builds' chunks may be kept beside it). */
function workerChunk(): URL {
  const chunks = join(ROOT, 'dist', 'chunks');
  const named = readdirSync(chunks)
    .filter((f) => f.endsWith('.js') && !f.startsWith('worker-'))
    .map((f) => /worker-[A-Z0-9]+\.js/.exec(readFileSync(join(chunks, f), 'utf8'))?.[0])
    .filter((f): f is string => f !== undefined);
  const current = JSON.parse(readFileSync(join(ROOT, 'dist', '.builds.json'), 'utf8')) as string[][];
  const name = named.find((f) => current.at(-1)?.includes(f));
  if (!name) throw new Error('no worker chunk named by the current build');
  return pathToFileURL(join(chunks, name));
}

/** Runs one task in the compiled worker: its parts and its result, or the error it posts. */
function runCompiled(task: string, input: unknown): Promise<{ parts: unknown[]; done: unknown }> {
  return new Promise((resolve, reject) => {
    const parts: unknown[] = [];
    const worker = new Worker(workerChunk(), { workerData: { task, input } });
    worker.on('message', (m: { type: string; value?: unknown; message?: string }) => {
      // First the thread's nice value (null: no niceness asked), then the parts and the answer.
      if (m.type === 'started') return;
      if (m.type === 'part') {
        parts.push(m.value);
        // The worker posts its next part (or its answer) once the part before is acknowledged (run-task.ts).
        worker.postMessage({ type: 'ack' });
      } else {
        void worker.terminate();
        if (m.type === 'done') resolve({ parts, done: m.value });
        else reject(new Error(m.message));
      }
    });
    worker.on('error', reject);
  });
}

const dir = tempDir();
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the compiled worker (dist/chunks/worker-<hash>.js)', () => {
  const path = join(dir, 'motiebot.db');
  const db = openDb(path);
  insertChannelLink(db, parseTarget('SOCW')!, 'C1', 'U0LINKER', 0);
  for (let i = 0; i < 3; i++) createItem(db, newItem({ title: `Motie ${i}` }), 'import', 0);
  closeDb(db);

  it('plans the digest from the database file, in parts', async () => {
    const { parts, done } = await runCompiled('plan-digest', { path, today: '2026-06-01' });
    expect(done).toBe(1);
    expect(parts).toEqual([[expect.objectContaining({ channel: 'C1', keys: [{ what: 'digest', itemId: 0, channelId: 'C1', dueDate: '2026-06-01' }] })]]);
  });

  it('builds the Word export, and parses a feed page', async () => {
    const { done } = await runCompiled('export', { path, now: Date.parse('2026-06-01T08:00:00Z'), request: { kind: 'overview', input: { targets: ['SOCW'], status: 'open', format: 'docx' } } });
    expect(done).toMatchObject({ ok: true, code: 'EXPORT_WRITTEN', moties: 3 });
    const feed = readFileSync(join(ROOT, 'tests', 'fixtures', 'tk', 'feed-recorded-toezeggingen.xml'), 'utf8');
    const parsed = (await runCompiled('parse-feed', feed)).done as { ok: boolean; page?: { entries: unknown[] } };
    expect(parsed.ok).toBe(true);
    expect(parsed.page?.entries.length).toBeGreaterThan(0);
  });
});
