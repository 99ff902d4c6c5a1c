// `npx motie` runs bin/motie.js, the compiled CLI in dist/ (built by the slow project's global
// setup): a real child process, so it lives in the slow project (vitest.config.ts).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, openDb } from '../../src/store/db.ts';
import { tempDir } from '../helpers/db.ts';

describe('motie CLI', () => {
  let dir: string;
  let dbPath: string;
  beforeEach(() => {
    dir = tempDir();
    dbPath = join(dir, 'cli.db');
  });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  it('runs as `npx motie` through the bin entry', () => {
    closeDb(openDb(dbPath));
    const result = spawnSync(process.execPath, [join(import.meta.dirname, '..', '..', 'bin', 'motie.js'), 'list', '--db', dbPath], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('Geen moties of toezeggingen gevonden.');
    expect(result.status).toBe(0);
  });
});
