// The dependency arrows of docs/STYLE.md, checked on the import lines of every source file.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

interface Import {
  file: string;
  spec: string;
  typeOnly: boolean;
  /** The imported file relative to the repository, for relative imports. */
  target: string | null;
}

function importsOf(file: string): Import[] {
  const source = readFileSync(join(root, file), 'utf8');
  const out: Import[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
    const spec = m[3]!;
    out.push({
      file,
      spec,
      typeOnly: Boolean(m[2]),
      target: spec.startsWith('.') ? relative(root, resolve(dirname(join(root, file)), spec)) : null,
    });
  }
  return out;
}

describe('architecture (docs/STYLE.md)', () => {
  it('the domain imports only the domain and date-fns: no I/O, Slack, SQLite or config', () => {
    const all = filesUnder('src/domain').flatMap(importsOf);
    expect(all.length).toBeGreaterThan(50); // the check reads real import lines
    expect(all.some((i) => i.spec === 'date-fns')).toBe(true);
    const bad = all
      .filter((i) => (i.target ? !i.target.startsWith('src/domain/') : !['date-fns', '@date-fns/tz'].includes(i.spec)));
    expect(bad.map((i) => `${i.file} → ${i.spec}`)).toEqual([]);
  });

  it('block builders are pure: domain and @slack/types, and store modules for their types only', () => {
    const bad = filesUnder('src/slack/blocks')
      .flatMap(importsOf)
      .filter((i) => {
        if (!i.target) return i.spec !== '@slack/types' && !i.spec.startsWith('date-fns');
        if (i.target.startsWith('src/domain/') || i.target.startsWith('src/slack/blocks/') || i.target === 'src/slack/texts.nl.ts' || i.target.startsWith('src/slack/texts/')) return false;
        return !(i.typeOnly && i.target.startsWith('src/store/'));
      });
    expect(bad.map((i) => `${i.file} → ${i.spec}`)).toEqual([]);
  });

  it('only src/config.ts reads process.env among the bot\'s modules', () => {
    const readers = [...filesUnder('src')].filter((f) => /process\.env\b/.test(readFileSync(join(root, f), 'utf8')));
    // main.ts hands the environment to config; the CLI hands it to its commands as an argument.
    expect(readers.sort()).toEqual(['src/cli/main.ts', 'src/config.ts', 'src/main.ts']);
  });
});
