// scripts/build.mjs isStale: dist/ is stale when the checkout's inputs differ, by content, from what
// it was built from. A check that found dist/ fresh remembers the inputs' stats (each directory and
// file of src/ and the other inputs), so the next `motie` call in the checkout stats them
// (scripts/build-inputs.mjs knownFresh, which bin/motie.js runs first) instead of listing, reading
// and hashing all of src/; any write to an input (even one that keeps its size and sets its mtime
// back), and any file added to or removed from a directory of src/, is still seen.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inputsHash, isStale } from '../../scripts/build.mjs';
import { knownFresh } from '../../scripts/build-inputs.mjs';
import { tempDir } from '../helpers/db.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A checkout in miniature with a dist/ built from it: src/, package.json and the two entries. */
function checkout(): string {
  const root = tempDir('motiebot-stale-');
  dirs.push(root);
  mkdirSync(join(root, 'src', 'domain'), { recursive: true });
  writeFileSync(join(root, 'src', 'main.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'src', 'domain', 'dates.ts'), 'export const b = 2;\n');
  writeFileSync(join(root, 'package.json'), '{"name":"x"}\n');
  mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
  writeFileSync(join(root, 'dist', 'main.js'), '');
  writeFileSync(join(root, 'dist', 'cli', 'main.js'), '');
  writeFileSync(join(root, 'dist', '.build-stamp'), `${inputsHash(root)}\n`);
  return root;
}

const cache = (root: string) => join(root, 'dist', '.build-stat');
/** A check made long enough after the last write that no write can share the signature's clock tick. */
const later = () => Date.now() + 10_000;

describe('isStale', () => {
  it('finds a fresh dist/ fresh and remembers the inputs as they are', () => {
    const root = checkout();
    expect(knownFresh(root)).toBe(false);
    expect(isStale(root, later())).toBe(false);
    const remembered = JSON.parse(readFileSync(cache(root), 'utf8')) as { built: string; entries: [string, string | null][] };
    expect(remembered.built).toBe(inputsHash(root));
    const stats = (path: string) => {
      const s = statSync(join(root, path), { bigint: true });
      return `${s.isDirectory() ? 'd' : 'f'} ${s.size} ${s.ino} ${s.mtimeNs} ${s.ctimeNs}`;
    };
    expect(remembered.entries).toEqual([
      ['src', stats('src')],
      ['src/domain', stats('src/domain')],
      ['src/domain/dates.ts', stats('src/domain/dates.ts')],
      ['src/main.ts', stats('src/main.ts')],
      ['tsconfig.json', null],
      ['tsconfig.build.json', null],
      ['scripts/build.mjs', null],
      ['scripts/build-inputs.mjs', null],
      ['package.json', stats('package.json')],
      ['package-lock.json', null],
    ]);
    expect(knownFresh(root)).toBe(true);
    expect(isStale(root, later())).toBe(false);
  });

  it('knows nothing fresh after a file is added, removed or renamed in any directory of src/, or a missing input appears', () => {
    const root = checkout();
    expect(isStale(root, later())).toBe(false);
    expect(knownFresh(root)).toBe(true);
    const remembered = readFileSync(cache(root), 'utf8');
    const again = () => {
      writeFileSync(cache(root), remembered);
      return knownFresh(root);
    };
    // Each step, and whether the inputs then differ by content from the ones dist/ was built from.
    const steps: [string, () => void, boolean][] = [
      ['a new file in a subdirectory', () => { writeFileSync(join(root, 'src', 'domain', 'new.ts'), ''); }, true],
      ['that file removed', () => { rmSync(join(root, 'src', 'domain', 'new.ts')); }, false],
      ['a new, empty directory', () => { mkdirSync(join(root, 'src', 'extra')); }, false],
      ['a file renamed into it', () => { renameSync(join(root, 'src', 'main.ts'), join(root, 'src', 'extra', 'main.ts')); }, true],
      ['a missing input written', () => { writeFileSync(join(root, 'tsconfig.build.json'), '{}\n'); }, true],
    ];
    for (const [what, step, stale] of steps) {
      step();
      expect(again(), what).toBe(false);
      // Not known fresh: the content check decides.
      expect(isStale(root, later()), what).toBe(stale);
    }
  });

  it('trusts no remembered stats of another form, another stamp or another checkout', () => {
    const root = checkout();
    expect(isStale(root, later())).toBe(false);
    const remembered = JSON.parse(readFileSync(cache(root), 'utf8')) as { built: string; entries: [string, string | null][] };
    const variants: unknown[] = [
      `${remembered.built} ${'0'.repeat(64)}`,
      { built: remembered.built },
      { ...remembered, built: '0'.repeat(64) },
      { ...remembered, entries: remembered.entries.slice(1) },
      { ...remembered, entries: remembered.entries.slice(0, -1) },
      { ...remembered, entries: remembered.entries.map(([p, l]) => [p, l?.replace(/ \d+$/, ' 1') ?? null]) },
      { ...remembered, entries: [...remembered.entries.slice(0, 2), ['src/main.ts'], ...remembered.entries.slice(2)] },
    ];
    for (const variant of variants) {
      writeFileSync(cache(root), typeof variant === 'string' ? variant : JSON.stringify(variant));
      expect(knownFresh(root), JSON.stringify(variant)).toBe(false);
    }
    const copy = checkout();
    writeFileSync(cache(copy), JSON.stringify(remembered));
    expect(knownFresh(copy)).toBe(false);
  });

  it('does not remember inputs written in the last two seconds (a write in the same clock tick would go unseen)', () => {
    const root = checkout();
    // A check one second after the last write, whatever the machine's speed.
    const lastWrite = Math.max(...['package.json', 'src/main.ts', 'src/domain/dates.ts'].map((f) => statSync(join(root, f)).ctimeMs));
    expect(isStale(root, lastWrite + 1000)).toBe(false);
    expect(() => statSync(cache(root))).toThrow();
    expect(isStale(root, lastWrite + 2500)).toBe(false);
    expect(statSync(cache(root)).isFile()).toBe(true);
  });

  it('sees a change that keeps the size and sets the modification time back', () => {
    const root = checkout();
    expect(isStale(root, later())).toBe(false);
    const file = join(root, 'src', 'domain', 'dates.ts');
    const { atime, mtime } = statSync(file);
    writeFileSync(file, 'export const b = 3;\n');
    utimesSync(file, atime, mtime);
    expect(isStale(root, later())).toBe(true);
  });

  it('sees a new and a removed input', () => {
    const root = checkout();
    expect(isStale(root, later())).toBe(false);
    writeFileSync(join(root, 'src', 'new.ts'), '');
    expect(isStale(root, later())).toBe(true);
    rmSync(join(root, 'src', 'new.ts'));
    expect(isStale(root, later())).toBe(false);
    rmSync(join(root, 'src', 'main.ts'));
    expect(isStale(root, later())).toBe(true);
  });

  it('a file rewritten with the same content is still fresh, by content', () => {
    const root = checkout();
    expect(isStale(root, later())).toBe(false);
    const before = readFileSync(cache(root), 'utf8');
    writeFileSync(join(root, 'src', 'main.ts'), 'export const a = 1;\n');
    expect(isStale(root, later())).toBe(false);
    expect(readFileSync(cache(root), 'utf8')).not.toBe(before);
  });

  it('trusts no remembered check of another build: a new stamp is compared by content', () => {
    const root = checkout();
    expect(isStale(root, later())).toBe(false);
    writeFileSync(join(root, 'dist', '.build-stamp'), `${'0'.repeat(64)}\n`);
    expect(isStale(root, later())).toBe(true);
  });

  it('a missing entry or stamp is stale whatever was remembered', () => {
    const root = checkout();
    expect(isStale(root, later())).toBe(false);
    rmSync(join(root, 'dist', 'cli', 'main.js'));
    expect(isStale(root, later())).toBe(true);
    const other = checkout();
    expect(isStale(other, later())).toBe(false);
    rmSync(join(other, 'dist', '.build-stamp'));
    expect(isStale(other, later())).toBe(true);
  });
});
