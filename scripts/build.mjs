#!/usr/bin/env node
// Compiles src/ with tsc (tsconfig.build.json), then links the bot's and the CLI's entries into
// bundles with esbuild (dist/main.js, dist/cli/main.js, dist/chunks/; see bundle), next to the files
// that are not TypeScript (the sample overview, the preview page). Runs from `npm install`
// (prepare, --if-stale), before `npm start` (prestart, --if-stale) and once before the tests
// (vitest globalSetup, --if-stale); `npm run build` always builds.
//
// A rebuild must never break a bot that is still running from the previous build:
// - the build is reproducible: the same inputs give byte-identical files (no temporary path, no
//   clock in any file), so chunk names, which carry a hash of their content, stay the same;
// - --if-stale compares a hash of the inputs (dist/.build-stamp), not file times, so `npm install`
//   or `npx motie` on an unchanged checkout builds nothing (a check that found them equal remembers
//   their stats in dist/.build-stat, so the next `motie` call stats src/ instead of hashing it:
//   scripts/build-inputs.mjs);
// - a new build is written next to dist/ and moved in file by file, chunks first, the entries last;
//   chunks of earlier builds stay, since a running process loads them lazily by name (an export, an
//   import, the preview). Only chunks that none of the last KEPT_BUILDS builds uses are removed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtHash, ENTRIES, files, INPUTS, knownFresh, STAMP, STAT_CACHE, statInputs } from './build-inputs.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist');
/** The chunk names of the last builds, newest last (see installBuild). */
const HISTORY = '.builds.json';
/** How many builds' chunks stay in dist/chunks (a bot started before that many rebuilds is very old). */
export const KEPT_BUILDS = 5;

/** Packages linked into the bundles: ES modules of many small files each (drizzle-orm alone is over
 * a hundred), which Node would otherwise resolve and load one by one at every start. The other
 * dependencies stay in node_modules: native code (better-sqlite3), CommonJS (Bolt), and what only
 * an import or export loads (exceljs, docx, …), which must not load at start-up at all. */
export const LINKED = ['drizzle-orm', 'date-fns', '@date-fns/tz'];

/**
 * The worker threads' code (src/worker/entry.ts, started by src/worker/run-task.ts) is linked on
 * its own first, into `chunks/worker-<hash>.js`: a name that changes with its content, like any
 * chunk's. The entries get that name as the constant MOTIEBOT_WORKER_CHUNK, so a bot keeps
 * starting the worker of its own build after a rebuild (whose new worker may speak another
 * protocol), and the chunk is kept as long as the other chunks of that build.
 */
const WORKER = 'worker/entry';

/**
 * Links tsc's output (in `compiled`) into the bundles `out`/main.js and `out`/cli/main.js, and the
 * worker's code into `out`/chunks/worker-<hash>.js. Code that is imported dynamically (the
 * preview, each CLI command, imports and exports) is split off into `out`/chunks/ and loads only
 * when it runs. tsc stays the compiler; this saves every start the module-by-module loading of
 * some 340 files.
 * esbuild runs with `compiled` as its working directory: the path comments it writes into the
 * bundles are relative to it, so where the build happens leaves no trace in the files (a path in a
 * chunk would change its hash, and so its name, at every build).
 * @param {string} compiled tsc's output directory
 * @param {string} out the new dist directory
 * @param {string[]} [entries] entry points relative to `compiled`, without .js
 * @returns {Promise<number>}
 */
export async function bundle(compiled, out, entries = ENTRIES) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    console.error('build: esbuild is not installed: run `npm install` with dev dependencies.');
    return 1;
  }
  /** @type {unknown} */
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const dependencies = typeof manifest === 'object' && manifest !== null && 'dependencies' in manifest ? manifest.dependencies : {};
  const external = Object.keys(dependencies ?? {}).filter((name) => !LINKED.includes(name));
  /** @type {import('esbuild').BuildOptions} */
  const common = {
    absWorkingDir: compiled,
    outdir: out,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: external.flatMap((name) => [name, `${name}/*`]),
    sourcemap: 'linked',
    logLevel: 'warning',
  };
  try {
    /** @type {Record<string, string>} */
    const define = {};
    if (existsSync(join(compiled, `${WORKER}.js`))) {
      const worker = await esbuild.build({ ...common, entryPoints: { worker: join(compiled, `${WORKER}.js`) }, entryNames: 'chunks/[name]-[hash]', metafile: true });
      const name = Object.keys(worker.metafile.outputs).find((f) => /(^|\/)chunks\/worker-[A-Z0-9]+\.js$/.test(f));
      if (!name) throw new Error('the worker chunk is missing from the build');
      define.MOTIEBOT_WORKER_CHUNK = JSON.stringify(name.slice(name.lastIndexOf('/') + 1));
    }
    await esbuild.build({ ...common, entryPoints: Object.fromEntries(entries.map((name) => [name, join(compiled, `${name}.js`)])), define });
  } catch (error) {
    console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  return 0;
}

/** Every file the build reads from the checkout `root`: src/ and INPUTS, in a fixed order. */
function inputFiles(root = ROOT) {
  return [...files(join(root, 'src')), ...INPUTS.map((f) => join(root, f)).filter(existsSync)];
}

/** A hash of everything the build reads from the checkout: src/ and INPUTS (paths and contents). */
export function inputsHash(root = ROOT) {
  const hash = createHash('sha256');
  for (const file of inputFiles(root)) {
    hash.update(relative(root, file).split(sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * Remembers that the inputs with stats `before` hash to the stamp's `built` hash (dist/.build-stat),
 * so the next check needs only a stat of each input (every `motie` call in a checkout checks;
 * reading and hashing all of src/ took 60-100 ms of each call): see knownFresh. Not remembered when
 * an input changed while it was hashed, or changed in the last two seconds (a write in the same
 * clock tick as the stats could leave them equal: git's "racy clean" case), nor when dist/ cannot
 * be written: then the next check hashes again. Written to a new file and renamed, so a reader
 * never sees half of it.
 * @param {string} root
 * @param {string} built
 * @param {{ entries: [string, string | null][]; newest: number }} before
 * @param {number} now
 */
function rememberFresh(root, built, before, now) {
  const text = JSON.stringify({ built, entries: before.entries });
  const after = statInputs(root);
  if (JSON.stringify({ built, entries: after.entries }) !== text || after.newest > now - 2000) return;
  const target = join(root, 'dist', STAT_CACHE);
  const temporary = `${target}.${process.pid}`;
  try {
    writeFileSync(temporary, `${text}\n`);
    renameSync(temporary, target);
  } catch {
    rmSync(temporary, { force: true });
  }
}

/**
 * True when dist/ is missing, incomplete, or was built from other inputs than the checkout's. The
 * inputs are compared by content (a hash of every file, as the stamp holds); a stat of each input
 * suffices when they are as they were at the last check that found dist/ fresh (knownFresh, which
 * bin/motie.js runs first on its own; see rememberFresh).
 * @param {string} [root] the checkout (this script's own by default)
 * @param {number} [now] the time of the check (ms)
 */
export function isStale(root = ROOT, now = Date.now()) {
  const built = builtHash(root);
  if (built === null) return true;
  if (knownFresh(root)) return false;
  const before = statInputs(root);
  if (built !== inputsHash(root)) return true;
  rememberFresh(root, built, before, now);
  return false;
}

/**
 * Takes a lock directory (see withLock) and returns the function that gives it back.
 * @param {string} lock
 * @returns {() => void}
 */
function acquire(lock) {
  const waiter = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 0; ; attempt++) {
    try {
      mkdirSync(lock);
      return () => {
        rmSync(lock, { recursive: true, force: true });
      };
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
      let age;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue;
      }
      if (age > 120_000 || attempt > 1200) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(waiter, 0, 0, 100);
    }
  }
}

/**
 * Holds a lock directory while `work` runs, so that two builds finishing at once (npm install and
 * a test run, say) do not interleave their moves and clean-ups. A lock older than two minutes is
 * left over from a killed build and is taken over.
 * @template T
 * @param {string} lock
 * @param {() => T} work
 * @returns {T}
 */
function withLock(lock, work) {
  const release = acquire(lock);
  try {
    return work();
  } finally {
    release();
  }
}

/**
 * Moves a finished build (`next`) into `dist` without ever leaving a running process a file it may
 * still import: chunks first (a chunk that exists already has the same content, since its name
 * carries its hash), then the other files, each replaced by one rename, the entries and the stamp
 * last. The chunk names of the last `kept` builds are kept in dist/.builds.json; a chunk none of
 * them uses is removed. `next` is removed.
 * @param {string} next
 * @param {string} dist
 * @param {number} [kept]
 */
export function installBuild(next, dist, kept = KEPT_BUILDS) {
  withLock(`${dist}.lock`, () => {
    mkdirSync(dist, { recursive: true });
    const chunksDir = join(dist, 'chunks');
    /** @type {string[][]} */
    let history = [];
    try {
      const read = /** @type {unknown} */ (JSON.parse(readFileSync(join(dist, HISTORY), 'utf8')));
      if (Array.isArray(read)) history = read.filter((b) => Array.isArray(b)).map((b) => b.map(String));
    } catch {
      // No history yet (a first build, or a dist/ from before this scheme): whatever chunks are
      // there count as one earlier build, so a bot running from them keeps working.
      const existing = existsSync(chunksDir) ? readdirSync(chunksDir).sort() : [];
      if (existing.length > 0) history = [existing];
    }
    const all = files(next).map((file) => relative(next, file));
    const isChunk = (/** @type {string} */ f) => f.startsWith(`chunks${sep}`);
    const isLast = (/** @type {string} */ f) => f === STAMP || ENTRIES.some((name) => f === `${name}.js` || f === `${name}.js.map`);
    const order = [...all.filter(isChunk), ...all.filter((f) => !isChunk(f) && !isLast(f)), ...all.filter((f) => isLast(f) && f !== STAMP), ...all.filter((f) => f === STAMP)];
    for (const file of order) {
      const target = join(dist, file);
      if (isChunk(file) && existsSync(target)) continue;
      mkdirSync(dirname(target), { recursive: true });
      renameSync(join(next, file), target);
    }
    const chunks = all.filter(isChunk).map((f) => relative('chunks', f)).sort();
    const last = history.at(-1);
    if (last?.join('\n') !== chunks.join('\n')) history.push(chunks);
    history = history.slice(-kept);
    const used = new Set(history.flat());
    for (const name of existsSync(chunksDir) ? readdirSync(chunksDir) : []) {
      if (!used.has(name)) rmSync(join(chunksDir, name), { force: true });
    }
    writeFileSync(join(dist, HISTORY), `${JSON.stringify(history, null, 1)}\n`);
  });
  rmSync(next, { recursive: true, force: true });
}

async function build() {
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    if (existsSync(join(DIST, STAMP))) {
      console.error('build: typescript is not installed (production install); keeping the existing dist/.');
      return 0;
    }
    console.error('build: typescript is not installed and there is no dist/: run `npm install` with dev dependencies.');
    return 1;
  }
  const hash = inputsHash();
  const next = `${DIST}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  // tsc's output is only the bundler's input: it goes into a directory of its own, removed below.
  // --noCheck: tsc compiles without type-checking (with isolatedModules the output is the same,
  // byte for byte); the type check is `npm run typecheck`, which `npm test` and CI run. That is
  // 60 % of a build's CPU time, paid again at every rebuild (npm install, npm start after a pull,
  // the test run, tests/scripts/running-bot-rebuild.test.ts). A syntax error still fails the build.
  const compiled = join(next, '.tsc');
  const result = spawnSync(
    process.execPath,
    [tsc, '-p', join(ROOT, 'tsconfig.build.json'), '--noCheck', '--outDir', compiled, '--tsBuildInfoFile', join(compiled, '.tsbuildinfo')],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    rmSync(next, { recursive: true, force: true });
    console.error('build: tsc failed; dist/ is unchanged.');
    return result.status ?? 1;
  }
  // The files that are not TypeScript (the sample overview, the preview page, the calendar data)
  // at the same relative paths: next to tsc's output for the bundler, in dist/ for src/paths.ts.
  for (const file of files(SRC)) {
    if (file.endsWith('.ts')) continue;
    for (const root of [compiled, next]) {
      const target = join(root, relative(SRC, file));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(file, target);
    }
  }
  const bundled = await bundle(compiled, next);
  rmSync(compiled, { recursive: true, force: true });
  if (bundled !== 0) {
    rmSync(next, { recursive: true, force: true });
    console.error('build: bundling failed; dist/ is unchanged.');
    return bundled;
  }
  writeFileSync(join(next, STAMP), `${hash}\n`);
  installBuild(next, DIST);
  return 0;
}

/**
 * The `motie` command in node_modules/.bin, written by every run of this script (`npm ci` and
 * `npm install` run it as `prepare`). The package.json has no `bin` entry: npm 9 and later resolve
 * `npx motie` in a package that names `motie` among its own bins by installing the checkout into
 * the npx cache and reading both dependency trees, 1.5-3 s of CPU on every call (and a stale dist/
 * ran silently after the first). With no such entry npx runs node_modules/.bin/motie directly.
 * It runs bin/motie.js of the checkout it was started from, worked out from the path it was called
 * by (`..` by name, not through a node_modules that is a link to another checkout's).
 */
export const BIN_SHIM = `#!/bin/sh
# motiebot's \`motie\` command, written by scripts/build.mjs (npm ci / npm install): runs bin/motie.js
# of the checkout whose node_modules/.bin this file was called from.
case "$0" in */*) here="\${0%/*}" ;; *) here=. ;; esac
root="$(CDPATH= cd -L -- "$here/../.." && pwd -L)" || exit 2
exec node "$root/bin/motie.js" "$@"
`;

/**
 * Writes BIN_SHIM to `root`/node_modules/.bin/motie when it is missing or different (by a rename, so
 * a concurrent `npx motie` never runs half a file). Nothing happens without a node_modules.
 * @param {string} [root]
 * @returns {boolean} whether the file is in place
 */
export function linkBin(root = ROOT) {
  const modules = join(root, 'node_modules');
  if (!existsSync(modules)) return false;
  const target = join(modules, '.bin', 'motie');
  try {
    if (readFileSync(target, 'utf8') === BIN_SHIM && (statSync(target).mode & 0o111) !== 0) return true;
  } catch {
    // Missing (or a dangling link): written below.
  }
  mkdirSync(dirname(target), { recursive: true });
  const next = `${target}.next-${process.pid}`;
  writeFileSync(next, BIN_SHIM);
  chmodSync(next, 0o755);
  renameSync(next, target);
  return true;
}

/**
 * `--if-stale`: builds only when dist/ is stale, holding a lock for the whole build and looking
 * again once it has it, so that several `motie` commands started together on a stale checkout
 * (bin/motie.js) build once and the others wait for that build.
 * @returns {Promise<number>}
 */
async function buildIfStale() {
  if (!isStale()) return 0;
  const release = acquire(`${DIST}.build-lock`);
  try {
    return isStale() ? await build() : 0;
  } finally {
    release();
  }
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  try {
    linkBin();
  } catch (error) {
    console.error(`build: could not write node_modules/.bin/motie (${error instanceof Error ? error.message : String(error)}); run bin/motie.js with node instead of npx motie.`);
  }
  process.exit(process.argv.includes('--if-stale') ? await buildIfStale() : await build());
}
