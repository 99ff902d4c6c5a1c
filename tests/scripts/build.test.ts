// scripts/build.mjs: a rebuild never breaks a bot that runs from the previous build. The same
// inputs give byte-identical files wherever the build runs (a temporary path in a chunk would change
// its hash and so its name), and a new build is moved in beside the old one, keeping the chunks a
// running process may still import lazily.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { bundle, installBuild } from '../../scripts/build.mjs';
import { tempDir } from '../helpers/db.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** A miniature of tsc's output: an entry that imports a chunk only when asked. */
function writeCompiled(dir: string, value: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.js'), "export async function load() {\n  return (await import('./lazy.js')).value;\n}\n");
  writeFileSync(join(dir, 'lazy.js'), `export const value = ${JSON.stringify(value)};\n`);
}

/** Builds the miniature with `value` in a fresh temporary directory (a new path every time). */
async function buildAt(value: string): Promise<string> {
  const dir = tempDir('motiebot-build-');
  dirs.push(dir);
  const next = join(dir, `dist.next-${String(dirs.length)}`);
  const compiled = join(next, '.tsc');
  writeCompiled(compiled, value);
  expect(await bundle(compiled, next, ['main'])).toBe(0);
  rmSync(compiled, { recursive: true, force: true });
  return next;
}

function chunksOf(dist: string): string[] {
  return readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js')).sort();
}

describe('the build', () => {
  it('gives byte-identical files for the same input, whatever directory it is built in', async () => {
    const first = await buildAt('een');
    const second = await buildAt('een');
    expect(first).not.toBe(second);
    expect(files(second)).toEqual(files(first));
    for (const f of files(first)) expect(readFileSync(join(second, f), 'utf8'), f).toBe(readFileSync(join(first, f), 'utf8'));
    // No trace of where it was built.
    for (const f of files(first)) expect(readFileSync(join(first, f), 'utf8'), f).not.toMatch(/dist\.next|motiebot-build-/);
  });

  it('a process running from the previous build still imports its lazy chunk after a rebuild', async () => {
    const root = tempDir('motiebot-dist-');
    dirs.push(root);
    const dist = join(root, 'dist');
    installBuild(await buildAt('oud'), dist);
    const before = chunksOf(dist);
    // A "bot" started from dist/: it imports the entry now and the chunk only when told to.
    const child = spawn(
      process.execPath,
      ['--input-type=module', '-e', `const m = await import(${JSON.stringify(join(dist, 'main.js'))}); process.stdout.write('started\\n'); process.stdin.once('data', async () => { process.stdout.write(await m.load() + '\\n'); process.exit(0); });`],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => {
        if (out.includes('started')) resolve();
      });
      child.once('exit', () => {
        reject(new Error(err));
      });
    });
    installBuild(await buildAt('nieuw'), dist);
    expect(chunksOf(dist)).not.toEqual(before);
    child.stdin.write('\n');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(err).toBe('');
    expect(out).toBe('started\noud\n');
    expect(code).toBe(0);
    // The new entry loads the new chunk.
    const fresh = (await import(`${join(dist, 'main.js')}?fresh`)) as { load(): Promise<string> };
    expect(await fresh.load()).toBe('nieuw');
  });

  it('keeps the chunks of the last builds only, and an unchanged rebuild adds nothing', async () => {
    const root = tempDir('motiebot-dist-');
    dirs.push(root);
    const dist = join(root, 'dist');
    installBuild(await buildAt('v0'), dist, 3);
    const v0 = chunksOf(dist);
    installBuild(await buildAt('v0'), dist, 3);
    expect(chunksOf(dist)).toEqual(v0);
    for (const v of ['v1', 'v2']) installBuild(await buildAt(v), dist, 3);
    expect(chunksOf(dist)).toEqual(expect.arrayContaining(v0));
    installBuild(await buildAt('v3'), dist, 3);
    expect(chunksOf(dist).filter((c) => v0.includes(c))).toEqual([]);
    expect(chunksOf(dist)).toHaveLength(3);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('npm install and npm start leave a fresh dist/ alone: nothing is rebuilt or moved', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    // The test run's global setup has just built dist/ from this checkout.
    const before = statSync(join(ROOT, 'dist', 'main.js'), { bigint: true });
    for (const script of [manifest.scripts.prepare, manifest.scripts.prestart]) {
      const [command, ...args] = (script ?? '').split(' ');
      expect(command).toBe('node');
      const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
      expect(result.status).toBe(0);
    }
    const after = statSync(join(ROOT, 'dist', 'main.js'), { bigint: true });
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeNs).toBe(before.mtimeNs);
  });
});
