// scripts/build.mjs isStale: dist/ is stale when the checkout's inputs differ, by content, from what
// it was built from. A check that found dist/ fresh remembers the inputs' stat signature, so the next
// `motie` call in the checkout stats the inputs instead of reading and hashing all of src/; any write
// to an input (even one that keeps its size and sets its mtime back) is still seen.
import { mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inputsHash, isStale } from '../../scripts/build.mjs';
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
    expect(isStale(root, later())).toBe(false);
    expect(readFileSync(cache(root), 'utf8')).toMatch(new RegExp(`^${inputsHash(root)} [0-9a-f]{64}\\n$`));
    expect(isStale(root, later())).toBe(false);
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
