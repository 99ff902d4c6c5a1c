// `motie` runs the compiled code (the bundle dist/cli/main.js, scripts/build.mjs), and
// `motie --help` loads no command's code: no Bolt, drizzle, SQLite, date-fns or node-cron (their
// cost is what makes a CLI slow to start). drizzle-orm and date-fns are linked into the bundle's
// chunks, so what they contribute is seen in the chunks loaded, by esbuild's `// …/node_modules/…`
// markers, rather than in node_modules.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, openDb } from '../../src/store/db.ts';
import { tempDir } from '../helpers/db.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RECORD = fileURLToPath(new URL('../helpers/record-imports.mjs', import.meta.url));
const HEAVY = ['/@slack/', '/drizzle-orm/', '/better-sqlite3/', '/date-fns/', '/@date-fns/', '/node-cron/'];
const DIST = `${pathToFileURL(join(ROOT, 'dist')).href}/`;
/** The command modules (src/cli/commands/, and src/verbs/<verb>/cli.ts), by the names their chunks carry. */
const COMMAND_CHUNK = /\/dist\/chunks\/(import|items|cli|overzicht|datum|herinner|digest|backup|check|sync|triage)-[A-Z0-9]+\.js$/;

/** The packages whose code is linked into the loaded files of dist/ (esbuild's path comments). */
function linkedPackages(loaded: string[]): string[] {
  const names = new Set<string>();
  for (const url of loaded.filter((u) => u.startsWith(DIST))) {
    for (const m of readFileSync(fileURLToPath(url), 'utf8').matchAll(/^\/\/ (?:\S*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)) names.add(m[1] ?? '');
  }
  return [...names].sort();
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function loadedBy(args: string[], options: { withDatabase?: boolean } = {}): { status: number | null; stdout: string; loaded: string[] } {
  const dir = tempDir();
  dirs.push(dir);
  if (options.withDatabase) closeDb(openDb(join(dir, 'm.db')));
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
    expect(loaded.filter((url) => COMMAND_CHUNK.test(url))).toEqual([]);
    expect(linkedPackages(loaded).filter((name) => HEAVY.some((h) => h.includes(`/${name}/`)))).toEqual([]);
  });

  it('loads a command\'s code when it runs: motie list loads drizzle and its own chunk, not the import\'s', () => {
    const { status, loaded } = loadedBy(['list'], { withDatabase: true });
    expect(status).toBe(0);
    expect(linkedPackages(loaded)).toContain('drizzle-orm');
    expect(loaded.some((url) => url.includes('/node_modules/better-sqlite3/'))).toBe(true);
    expect(loaded.filter((url) => COMMAND_CHUNK.test(url)).map((url) => COMMAND_CHUNK.exec(url)?.[1])).toEqual(['items']);
  });

  it('motie import of a text file loads no CSV parser, no date-fns formatting, no reading worker and no PDF or zip reader (issue 28: start-up of every import)', () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = join(dir, 'stand.txt');
    writeFileSync(file, 'Stand van zaken moties en toezeggingen\n\nMoties\n\nMotie van het lid Jansen; verzoekt de regering de Kamer voor de zomer van 2026 te informeren.\n\nMOCW Loopt.\n');
    const { status, loaded } = loadedBy(['import', file, '--document-date', '2025-04-01']);
    expect(status).toBe(0);
    expect(loaded.filter((url) => COMMAND_CHUNK.test(url)).map((url) => COMMAND_CHUNK.exec(url)?.[1])).toEqual(['import']);
    expect(loaded.filter((url) => url.includes('/node_modules/csv-parse/'))).toEqual([]);
    expect(linkedPackages(loaded)).toContain('@date-fns/tz');
    expect(linkedPackages(loaded)).not.toContain('date-fns');
    // node:v8 and node:vm: the full collection before a write of 1,000 items or more.
    expect(loaded.filter((url) => ['node:worker_threads', 'node:zlib', 'node:v8', 'node:vm'].includes(url))).toEqual([]);
  });

  it('motie import into an existing database loads none of drizzle\'s query builders: its reads and writes are raw SQL (issue 28); a new database gets drizzle\'s migrations', () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = join(dir, 'stand.txt');
    writeFileSync(file, 'Stand van zaken moties en toezeggingen\n\nMoties\n\nMotie van het lid Jansen; verzoekt de regering de Kamer voor de zomer van 2026 te informeren.\n\nMOCW Loopt.\n');
    const BUILDERS = ['drizzle-orm/better-sqlite3/driver.js', 'drizzle-orm/sqlite-core/dialect.js', 'drizzle-orm/sqlite-core/query-builders/select.js', 'drizzle-orm/migrator.js'];
    const linkedFiles = (loaded: string[]): string[] =>
      loaded.filter((u) => u.startsWith(DIST)).flatMap((u) => [...readFileSync(fileURLToPath(u), 'utf8').matchAll(/^\/\/ (?:\S*\/)?node_modules\/(\S+)$/gm)].map((m) => m[1] ?? ''));
    const existing = loadedBy(['import', file, '--document-date', '2025-04-01'], { withDatabase: true });
    expect(existing.status).toBe(0);
    expect(linkedFiles(existing.loaded)).toContain('drizzle-orm/sqlite-core/table.js');
    expect(linkedFiles(existing.loaded).filter((f) => BUILDERS.includes(f))).toEqual([]);
    const fresh = loadedBy(['import', file, '--document-date', '2025-04-01']);
    expect(fresh.status).toBe(0);
    expect(linkedFiles(fresh.loaded)).toContain('drizzle-orm/migrator.js');
  });
});
