// package-lock.json must be what package.json asks for, so that `npm ci` (CI, the Dockerfile, the
// README) accepts it and a fresh `npm install` leaves it unchanged (issue 28). `npm ci --dry-run
// --offline` compares the lock with package.json without the network or the cache and refuses a
// lock that lacks an entry (as it did for vite's optional napi-windows-process-start-time).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const dirs: string[] = [];

function npmCiDryRun(packageJson: string, lock: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'motiebot-lock-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'package.json'), packageJson);
  writeFileSync(join(dir, 'package-lock.json'), lock);
  const cache = join(dir, '.npm-cache');
  const run = spawnSync('npm', ['ci', '--dry-run', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, npm_config_cache: cache, npm_config_update_notifier: 'false' },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// npm starts slowly on a busy machine: each case spawns it once.
describe('package-lock.json', { timeout: 90_000 }, () => {
  const packageJson = readFileSync(join(ROOT, 'package.json'), 'utf8');
  const lock = readFileSync(join(ROOT, 'package-lock.json'), 'utf8');

  it('is accepted by npm ci as it is committed', () => {
    const run = npmCiDryRun(packageJson, lock);
    expect(run.output).not.toMatch(/npm error/);
    expect(run.status).toBe(0);
  });

  it('is refused by npm ci when an entry the lock itself names is missing (the check can fail)', () => {
    const parsed = JSON.parse(lock) as { packages: Record<string, unknown> };
    const name = 'node_modules/napi-windows-process-start-time';
    expect(parsed.packages[name]).toBeDefined();
    const { [name]: _dropped, ...rest } = parsed.packages;
    const run = npmCiDryRun(packageJson, JSON.stringify({ ...parsed, packages: rest }, null, 2));
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/Missing: napi-windows-process-start-time/);
  });

  it('is refused by npm ci when package.json asks for a version the lock does not pin', () => {
    const manifest = JSON.parse(packageJson) as { dependencies: Record<string, string> };
    const changed = { ...manifest, dependencies: { ...manifest.dependencies, 'date-fns': '3.6.0' } };
    const run = npmCiDryRun(JSON.stringify(changed, null, 2), lock);
    expect(run.status).not.toBe(0);
  });
});
