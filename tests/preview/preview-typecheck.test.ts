// The preview page's script (src/preview/page/preview.js, no build step) is type-checked against
// the DOM by `tsc -p tsconfig.preview.json` in `npm test`. This shows the check passes on the real
// script and fails on a planted mistake (a property an input element does not have).
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

  it('passes on the real script and fails on a planted mistake', () => {
    const real = check(join(ROOT, 'tsconfig.preview.json'));
    expect(real.stdout + real.stderr).toBe('');
    expect(real.status).toBe(0);

    dir = tempDir('preview-tsc-');
    const source = readFileSync(join(ROOT, 'src/preview/page/preview.js'), 'utf8');
    const planted = source.replace("const input = $input('message-input');", "const input = $input('message-input');\n      input.valeu = '';");
    expect(planted).not.toBe(source);
    writeFileSync(join(dir, 'preview.js'), planted);
    const config = JSON.parse(readFileSync(join(ROOT, 'tsconfig.preview.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { files: string[] };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ ...config, files: [join(dir, 'preview.js')] }));
    const broken = check(join(dir, 'tsconfig.json'));
    expect(broken.status).not.toBe(0);
    expect(broken.stdout).toMatch(/Property 'valeu' does not exist on type 'HTMLInputElement'/);
  }, 180_000); // two tsc runs on a shared, loaded machine
});
