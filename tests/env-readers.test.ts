// Only the configuration reads the environment (STYLE.md: "config.ts, the only reader of
// process.env"); the composition roots hand it over. (Import arrows: .dependency-cruiser.cjs.)
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

describe('process.env', () => {
  it('is read only by the configuration and the composition roots that pass it on', () => {
    const files = readdirSync(join(root, 'src'), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => relative(root, join(e.parentPath, e.name)));
    expect(files.length).toBeGreaterThan(100);
    const readers = files.filter((f) => /process\.env\b/.test(readFileSync(join(root, f), 'utf8')));
    // main.ts hands the environment to config; the CLI hands it to its commands as an argument.
    expect(readers.sort()).toEqual(['src/cli/main.ts', 'src/config.ts', 'src/main.ts']);
  });
});
