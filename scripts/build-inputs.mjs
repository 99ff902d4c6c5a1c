// What the build (scripts/build.mjs) reads from a checkout, and the cheap check that it is unchanged
// since a check that found dist/ fresh: the part of the staleness check that every `motie` call in a
// checkout runs (bin/motie.js), so it loads nothing but node:fs and node:path.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Holds the hash of the inputs the build in dist/ was made from. */
export const STAMP = '.build-stamp';
/** Written beside the stamp: the stamp's hash and the inputs' stats when they were last found to match it. */
export const STAT_CACHE = '.build-stat';
/** Besides src/, a change in these means the build is stale. */
export const INPUTS = ['tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs', 'scripts/build-inputs.mjs', 'package.json', 'package-lock.json'];
/** The entry points: the bot (`npm start`) and the CLI (bin/motie.js). */
export const ENTRIES = ['main', 'cli/main'];

/**
 * Every file under `dir`, sorted; with `dirs`, every directory under it (and `dir` itself) is
 * added to that list.
 * @param {string} dir
 * @param {string[]} [dirs]
 * @returns {string[]}
 */
export function files(dir, dirs) {
  if (!existsSync(dir)) return [];
  dirs?.push(dir);
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), dirs) : [join(dir, e.name)]))
    .sort();
}

/**
 * What the file system says of an input without reading it: size, inode, modification and change
 * time; null when it does not exist. Any write to a file, and any utimes call that sets its mtime
 * back, gives it a new change time (ctime cannot be set); a directory gets a new one whenever an
 * entry is added to it, removed from it or renamed in it.
 * @param {string} path
 * @returns {{ line: string; ctimeMs: number } | null}
 */
function statLine(path) {
  const s = statSync(path, { bigint: true, throwIfNoEntry: false });
  return s === undefined ? null : { line: `${s.isDirectory() ? 'd' : 'f'} ${s.size} ${s.ino} ${s.mtimeNs} ${s.ctimeNs}`, ctimeMs: Number(s.ctimeMs) };
}

/**
 * The stats of everything the build reads from the checkout `root`, found by listing src/: each
 * directory of src/ (so that an added, removed or renamed file shows as a changed directory), each
 * file of src/, and each of INPUTS (null for one that does not exist). `newest`: the latest change
 * time among them (ms).
 * @param {string} root
 * @returns {{ entries: [string, string | null][]; newest: number }}
 */
export function statInputs(root) {
  /** @type {string[]} */
  const dirs = [];
  const list = [...files(join(root, 'src'), dirs), ...INPUTS.map((f) => join(root, f))];
  let newest = 0;
  /** @type {[string, string | null][]} */
  const entries = [];
  for (const path of [...dirs, ...list]) {
    const s = statLine(path);
    if (s) newest = Math.max(newest, s.ctimeMs);
    entries.push([relative(root, path).split(sep).join('/'), s?.line ?? null]);
  }
  return { entries, newest };
}

/**
 * The stamp's hash when dist/ in `root` has its stamp and both entries, else null (stale).
 * @param {string} root
 * @returns {string | null}
 */
export function builtHash(root) {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, STAMP))) return null;
  if (ENTRIES.some((name) => !existsSync(join(dist, `${name}.js`)))) return null;
  return readFileSync(join(dist, STAMP), 'utf8').trim();
}

/**
 * True when dist/ in `root` is complete and dist/.build-stat says that a check found the checkout's
 * inputs equal to the stamp's and every input still has the stats it had then: the same
 * directories of src/ with the same stats (so the same files in them), each file and each of
 * INPUTS the same (or still missing). Reads no input and lists no directory. False means "not
 * known to be fresh": scripts/build.mjs isStale then compares the inputs by content.
 * @param {string} [root] the checkout
 * @returns {boolean}
 */
export function knownFresh(root = fileURLToPath(new URL('..', import.meta.url))) {
  const built = builtHash(root);
  if (built === null) return false;
  /** @type {unknown} */
  let cache;
  try {
    cache = JSON.parse(readFileSync(join(root, 'dist', STAT_CACHE), 'utf8'));
  } catch {
    return false;
  }
  if (typeof cache !== 'object' || cache === null || !('built' in cache) || !('entries' in cache)) return false;
  if (cache.built !== built || !Array.isArray(cache.entries)) return false;
  /** @type {unknown[]} */
  const entries = cache.entries;
  /** @type {string[]} */
  const paths = [];
  for (const entry of entries) {
    if (!Array.isArray(entry) || entry.length !== 2) return false;
    /** @type {unknown} */
    const path = entry[0];
    /** @type {unknown} */
    const line = entry[1];
    if (typeof path !== 'string' || (typeof line !== 'string' && line !== null)) return false;
    paths.push(path);
  }
  // Every input is in the list: src/ itself first, then what listing it found, then INPUTS.
  if (paths[0] !== 'src' || paths.length < 1 + INPUTS.length) return false;
  if (INPUTS.some((f, i) => paths[paths.length - INPUTS.length + i] !== f)) return false;
  for (let i = 0; i < paths.length; i++) {
    if ((statLine(join(root, /** @type {string} */ (paths[i])))?.line ?? null) !== /** @type {unknown[]} */ (entries[i])[1]) return false;
  }
  return true;
}
