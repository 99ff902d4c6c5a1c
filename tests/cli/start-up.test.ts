// `motie` runs the compiled code, and `motie --help` loads no command's code: no Bolt, drizzle,
// SQLite, date-fns or node-cron (their cost is what makes a CLI slow to start).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RECORD = fileURLToPath(new URL('../helpers/record-imports.mjs', import.meta.url));
const HEAVY = ['/@slack/', '/drizzle-orm/', '/better-sqlite3/', '/date-fns/', '/@date-fns/', '/node-cron/'];

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function loadedBy(args: string[]): { status: number | null; stdout: string; loaded: string[] } {
  const dir = tempDir();
  dirs.push(dir);
  const file = join(dir, 'imports.txt');
  const result = spawnSync(process.execPath, ['--import', RECORD, join(ROOT, 'bin/motie.js'), ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, RECORD_IMPORTS: file, DATABASE_PATH: join(dir, 'm.db') },
    encoding: 'utf8',
  });
  let loaded: string[] = [];
  try {
    loaded = readFileSync(file, 'utf8').trim().split('\n');
  } catch {
    // nothing recorded
  }
  return { status: result.status, stdout: result.stdout, loaded };
}

describe('motie start-up', () => {
  it('runs the compiled CLI in dist/, not TypeScript', () => {
    const { loaded } = loadedBy(['--help']);
    expect(loaded.some((url) => url.endsWith('/dist/cli/main.js'))).toBe(true);
    expect(loaded.filter((url) => url.includes('/src/') || url.endsWith('.ts') || url.includes('/tsx/'))).toEqual([]);
  });

  it('motie --help prints every command without loading any command\'s code', () => {
    const { status, stdout, loaded } = loadedBy(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('motie import <bestand>');
    expect(stdout).toContain('motie check');
    expect(loaded.filter((url) => HEAVY.some((h) => url.includes(h)))).toEqual([]);
    expect(loaded.filter((url) => url.includes('/dist/cli/commands/'))).toEqual([]);
  });

  it('loads a command\'s code when it runs (the recording sees drizzle for motie list)', () => {
    const { status, loaded } = loadedBy(['list']);
    expect(status).not.toBeNull();
    expect(loaded.some((url) => url.includes('/drizzle-orm/'))).toBe(true);
    expect(loaded.some((url) => url.endsWith('/dist/cli/commands/items.js'))).toBe(true);
    expect(loaded.some((url) => url.endsWith('/dist/cli/commands/import.js'))).toBe(false);
  });
});
