// Where the files that are not code live, found the same way from src/ (tsx), the compiled
// modules in dist/ and the bundled bot (dist/main.js and its chunks): relative to the package
// root, never relative to the module that asks, because bundling moves the code.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'motiebot') return dir;
    if (dirname(dir) === dir) throw new Error(`no motiebot package.json above ${from}`);
  }
}

/** The directory with motiebot's package.json. */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** The drizzle migrations (SQL files and their journal). */
export const MIGRATIONS_DIR = join(PACKAGE_ROOT, 'drizzle');

/**
 * The tree the running code came from: src/ under tsx (tests, development), dist/ when compiled
 * (the build copies the non-TypeScript files, such as the sample overview and the preview page,
 * into dist/ at the same relative paths).
 */
export const CODE_DIR = join(PACKAGE_ROOT, import.meta.url.endsWith('.ts') ? 'src' : 'dist');

/** The package's version, as package.json says. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
