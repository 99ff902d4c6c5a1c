// The preview page's script (src/preview/page/preview.js) gets ESLint's typed rules through
// tsconfig.preview.json (eslint.config.mjs). This shows they apply to it: the real script with one
// planted floating promise, linted by the real eslint command with the real config, is reported
// by no-floating-promises on that line and nothing else.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ESLINT = join(ROOT, 'node_modules/eslint/bin/eslint.js');
const PAGE = 'src/preview/page';

describe('preview.js gets the typed lint rules', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });

  it('reports a planted floating promise in the page', () => {
    dir = tempDir('preview-eslint-');
    for (const file of ['eslint.config.mjs', 'tsconfig.json', 'tsconfig.preview.json']) copyFileSync(join(ROOT, file), join(dir, file));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    mkdirSync(join(dir, PAGE), { recursive: true });
    copyFileSync(join(ROOT, PAGE, 'api.d.ts'), join(dir, PAGE, 'api.d.ts'));
    const source = readFileSync(join(ROOT, PAGE, 'preview.js'), 'utf8');
    const planted = source.replace('  wire();\n', '  wire();\n  refresh();\n');
    expect(planted).not.toBe(source);
    const line = planted.split('\n').indexOf('  refresh();') + 1;
    writeFileSync(join(dir, PAGE, 'preview.js'), planted);

    const result = spawnSync(process.execPath, [ESLINT, '--format', 'json', `${PAGE}/preview.js`], { cwd: dir, encoding: 'utf8' });
    const report = JSON.parse(result.stdout) as { messages: { ruleId: string | null; line: number }[] }[];
    expect(report.flatMap((f) => f.messages.map((m) => ({ rule: m.ruleId, line: m.line })))).toEqual([
      { rule: '@typescript-eslint/no-floating-promises', line },
    ]);
    expect(result.status).toBe(1);
  }, 180_000); // type-aware linting on a shared, loaded machine
});
