// The preview page's script (src/preview/page/preview.js, no build step) is type-checked against
// the DOM by `tsc -p tsconfig.preview.json` in `npm test`, strict, with the server's answers typed in
// src/preview/page/api.d.ts. This shows `npm test` runs that check (which passes on the real
// script there; it is not run a second time here) and that it fails on planted mistakes: a
// property an input element does not have, and (strict) state.data read unguarded.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

function check(project: string) {
  return spawnSync(process.execPath, [TSC, '-p', project], { cwd: ROOT, encoding: 'utf8' });
}

describe('preview.js is type-checked', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });

  it('is part of npm test, and fails on planted mistakes', () => {
    // npm test runs scripts/test.mjs, whose steps include the typecheck script, which runs this tsc.
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts.test?.split(' && ')).toContain('node scripts/test.mjs');
    const steps = spawnSync(process.execPath, [join(ROOT, 'scripts/test.mjs'), '--list'], { cwd: ROOT, encoding: 'utf8' });
    expect(steps.status).toBe(0);
    const typecheck = steps.stdout.split('\n').find((line) => line.startsWith('typecheck: '));
    expect(typecheck?.slice('typecheck: '.length).split(' && ')).toContain('tsc -p tsconfig.preview.json');

    dir = tempDir('preview-tsc-');
    const source = readFileSync(join(ROOT, 'src/preview/page/preview.js'), 'utf8');
    const planted = source
      .replace("const input = $input('message-input');", "const input = $input('message-input');\n      input.valeu = '';")
      .replace('const view = data.home;', 'const view = state.data.home;');
    expect(planted.split('\n').length).toBe(source.split('\n').length + 1);
    expect(planted).toContain('state.data.home');
    writeFileSync(join(dir, 'preview.js'), planted);
    writeFileSync(join(dir, 'api.d.ts'), readFileSync(join(ROOT, 'src/preview/page/api.d.ts'), 'utf8'));
    const config = JSON.parse(readFileSync(join(ROOT, 'tsconfig.preview.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { files: string[] };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ ...config, files: [join(dir, 'preview.js'), join(dir, 'api.d.ts')] }));
    const broken = check(join(dir, 'tsconfig.json'));
    expect(broken.status).not.toBe(0);
    const errors = broken.stdout.split('\n').filter((line) => line.includes('error TS'));
    expect(errors).toHaveLength(2);
    expect(broken.stdout).toMatch(/Property 'valeu' does not exist on type 'HTMLInputElement'/);
    expect(broken.stdout).toMatch(/'state\.data' is possibly 'null'/);
  }, 180_000); // a tsc run on a shared, loaded machine
});
