#!/usr/bin/env node
// Compiles src/ with tsc (tsconfig.build.json), then links the bot's and the CLI's entries into
// bundles with esbuild (dist/main.js, dist/cli/main.js, dist/chunks/; see bundle), next to the files
// that are not TypeScript (the sample overview, the preview page). Runs from `npm install`
// (prepare), before `npm start` (prestart, --if-stale) and once before the tests (vitest
// globalSetup, --if-stale).
// The new dist is built next to the old one and swapped in, so a running bot never sees half a build.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.build-stamp');
/** Besides src/, a change in these means the build is stale. */
const INPUTS = ['tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs', 'package.json'];

/**
 * @param {string} dir
 * @returns {string[]}
 */
function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Packages linked into the bundles: ES modules of many small files each (drizzle-orm alone is over
 * a hundred), which Node would otherwise resolve and load one by one at every start. The other
 * dependencies stay in node_modules: native code (better-sqlite3), CommonJS (Bolt), and what only
 * an import or export loads (exceljs, docx, …), which must not load at start-up at all. */
const LINKED = ['drizzle-orm', 'date-fns', '@date-fns/tz'];

/** The entry points: the bot (`npm start`) and the CLI (bin/motie.js). */
const ENTRIES = ['main', 'cli/main'];

/**
 * Links tsc's output (in `compiled`) into the bundles dist/main.js and dist/cli/main.js. Code that
 * is imported dynamically (the preview, each CLI command, imports and exports) is split off into
 * dist/chunks/ and loads only when it runs. tsc stays the compiler; this saves every start the
 * module-by-module loading of some 340 files.
 * @param {string} compiled tsc's output directory
 * @param {string} out the new dist directory
 * @returns {Promise<number>}
 */
async function bundle(compiled, out) {
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
  try {
    await esbuild.build({
      entryPoints: Object.fromEntries(ENTRIES.map((name) => [name, join(compiled, `${name}.js`)])),
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
    });
  } catch (error) {
    console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  return 0;
}

/** True when dist/ is missing or older than any source file. */
export function isStale() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  const inputs = [...files(SRC), ...INPUTS.map((f) => join(ROOT, f)).filter(existsSync)];
  return inputs.some((f) => statSync(f).mtimeMs > built);
}

async function build() {
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
  // tsc's output is only the bundler's input: it goes into a directory of its own, removed below.
  const compiled = join(next, '.tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', compiled], {
    cwd: ROOT,
    stdio: 'inherit',
  });
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
  process.exit(await build());
}
