#!/usr/bin/env node
// Compiles src/ into dist/ with tsc (tsconfig.build.json) and copies the files that are not
// TypeScript (the sample overview, the preview page). Runs from `npm install` (prepare), before
// `npm start` (prestart, --if-stale) and once before the tests (vitest globalSetup, --if-stale).
// The new dist is built next to the old one and swapped in, so a running bot never sees half a build.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.build-stamp');
/** Besides src/, a change in these means the build is stale. */
const INPUTS = ['tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs'];

/**
 * @param {string} dir
 * @returns {string[]}
 */
function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** True when dist/ is missing or older than any source file. */
export function isStale() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  const inputs = [...files(SRC), ...INPUTS.map((f) => join(ROOT, f)).filter(existsSync)];
  return inputs.some((f) => statSync(f).mtimeMs > built);
}

function build() {
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    if (existsSync(STAMP)) {
      console.error('build: typescript is not installed (production install); keeping the existing dist/.');
      return 0;
    }
    console.error('build: typescript is not installed and there is no dist/: run `npm install` with dev dependencies.');
    return 1;
  }
  const next = `${DIST}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', next], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    rmSync(next, { recursive: true, force: true });
    console.error('build: tsc failed; dist/ is unchanged.');
    return result.status ?? 1;
  }
  for (const file of files(SRC)) {
    if (file.endsWith(".ts")) continue; // compiled by tsc
    const target = join(next, relative(SRC, file));
    mkdirSync(dirname(target), { recursive: true });
    cpSync(file, target);
  }
  writeFileSync(join(next, '.build-stamp'), `${new Date().toISOString()}\n`);
  const old = `${DIST}.old-${process.pid}`;
  if (existsSync(DIST)) renameSync(DIST, old);
  renameSync(next, DIST);
  rmSync(old, { recursive: true, force: true });
  return 0;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);
  process.exit(build());
}
