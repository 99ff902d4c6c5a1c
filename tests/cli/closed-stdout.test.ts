// `motie list | head -1` (issue 22.17): a reader that closes the pipe early ends the CLI quietly,
// with no EPIPE stack trace and the command's own exit code. The real compiled `motie` runs as a
// child process whose stdout is closed after its first chunk, as `head -1` does.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, openDb } from '../../src/store/db.ts';
import { tempDir } from '../helpers/db.ts';
import { seedBulk } from '../slack/support.ts';

const BIN = fileURLToPath(new URL('../../bin/motie.js', import.meta.url));

function runClosingEarly(args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; firstChunk: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '' } });
    let stderr = '';
    let firstChunk = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    child.stdout.once('data', (chunk: Buffer) => {
      firstChunk = chunk.toString('utf8');
      // What `head -1` does once it has its line: close the read end of the pipe.
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => { resolve({ code, signal, stderr, firstChunk }); });
  });
}

describe('a closed stdout (issue 22.17)', () => {
  let dir: string;
  let dbPath: string;
  beforeEach(() => {
    dir = tempDir();
    dbPath = join(dir, 'veel.db');
    const db = openDb(dbPath);
    // Far more output than a pipe buffers (64 KB), so the CLI is still writing when the reader goes.
    seedBulk(db, Array.from({ length: 4000 }, (_, i) => ({ title: `Motie ${i + 1} over de voortgang van het herstelrecht in het onderwijs`, codes: ['SOCW'] })));
    closeDb(db);
  });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  it.each([[['list']], [['list', '--json']]])('motie %j | head -1 ends quietly with exit 0, no stack trace', async (args) => {
    const result = await runClosingEarly([...args, '--db', dbPath]);
    expect(result.firstChunk.length).toBeGreaterThan(0);
    expect(result.stderr).toBe('');
    expect(result).toMatchObject({ code: 0, signal: null });
  });
});
