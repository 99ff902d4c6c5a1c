// `npx motie` in a checkout runs node_modules/.bin/motie (written by scripts/build.mjs at `npm ci`)
// directly. With `motie` among the package's own bins, npm 9 and later instead installed the
// checkout into the npx cache and read both dependency trees on every call (1.5-3 s of CPU before
// motie started; issue 28). Real child processes (npx, sh): the slow project (vitest.config.ts).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN_SHIM, linkBin } from '../../scripts/build.mjs';
import { tempDir } from '../helpers/db.ts';

const ROOT = join(import.meta.dirname, '..', '..');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A checkout in miniature: this project's package.json and a bin/motie.js that says who it is. */
function checkout(base: string, name: string): string {
  const root = join(base, name);
  mkdirSync(join(root, 'bin'), { recursive: true });
  copyFileSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  writeFileSync(join(root, 'bin', 'motie.js'), `process.stdout.write(${JSON.stringify(name)} + ': ' + process.argv.slice(2).join(' ') + '\\n');\n`);
  return root;
}

function npx(cwd: string, cache: string, args: string[]) {
  return spawnSync('npx', ['--no-install', ...args], {
    cwd,
    encoding: 'utf8',
    // No user .npmrc of the machine's: its settings could make npm warn about them on stderr.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, npm_config_cache: cache, npm_config_userconfig: join(cache, 'no-npmrc'), npm_config_offline: 'true', npm_config_update_notifier: 'false' },
    timeout: 120_000,
  });
}

describe('npx motie', { timeout: 120_000 }, () => {
  it('runs the checkout\'s bin/motie.js through node_modules/.bin, installing nothing into the npx cache', () => {
    const base = tempDir('motiebot-npx-');
    dirs.push(base);
    const root = checkout(base, 'een');
    mkdirSync(join(root, 'node_modules'));
    expect(linkBin(root)).toBe(true);
    const cache = join(base, 'npm-cache');
    const result = npx(root, cache, ['motie', 'list', '--json']);
    // npx neither installs nor fails (a warning an npm version prints about itself is not ours to forbid).
    expect(result.stderr).not.toMatch(/npm (error|ERR!)|will be installed|need to install|not found/i);
    expect(result.stdout).toBe('een: list --json\n');
    expect(result.status).toBe(0);
    // npx ran the file it found: no copy of the checkout in its cache.
    expect(existsSync(join(cache, '_npx')) ? readdirSync(join(cache, '_npx')) : []).toEqual([]);
  });

  it('in a checkout whose node_modules is a link to another checkout\'s, runs its own bin/motie.js', () => {
    const base = tempDir('motiebot-npx-');
    dirs.push(base);
    const first = checkout(base, 'een');
    mkdirSync(join(first, 'node_modules'));
    linkBin(first);
    const second = checkout(base, 'twee');
    symlinkSync(join(first, 'node_modules'), join(second, 'node_modules'), 'dir');
    expect(npx(second, join(base, 'npm-cache'), ['motie', 'a', 'b c']).stdout).toBe('twee: a b c\n');
    // Called by a relative path too.
    const direct = spawnSync(join('node_modules', '.bin', 'motie'), ['x'], { cwd: second, encoding: 'utf8' });
    expect(direct.stdout).toBe('twee: x\n');
    expect(npx(first, join(base, 'npm-cache'), ['motie', 'y']).stdout).toBe('een: y\n');
  });

  it('the package names no bin of its own (npx would install the checkout again), and the shim is rewritten only when it differs', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin?: unknown; scripts: Record<string, string> };
    expect(manifest.bin).toBeUndefined();
    expect(manifest.scripts.prepare).toMatch(/^node scripts\/build\.mjs\b/);
    const base = tempDir('motiebot-npx-');
    dirs.push(base);
    expect(linkBin(base)).toBe(false);
    mkdirSync(join(base, 'node_modules', '.bin'), { recursive: true });
    const shim = join(base, 'node_modules', '.bin', 'motie');
    writeFileSync(shim, '#!/bin/sh\necho old\n');
    linkBin(base);
    expect(readFileSync(shim, 'utf8')).toBe(BIN_SHIM);
    const written = statSync(shim, { bigint: true });
    expect(written.mode & 0o111n).not.toBe(0n);
    linkBin(base);
    expect(statSync(shim, { bigint: true }).ino).toBe(written.ino);
  });
});

