// The linter (eslint.config.mjs, run by `npm test` as `npm run lint`) fails on what it is for: a
// tiny project with the real config and tsconfigs, one planted violation per case, linted by the
// real eslint command. Only the planted files are linted, so this stays fast. The preview page's
// script (src/preview/page/preview.js) gets the typed rules through tsconfig.preview.json: the real
// script with one planted floating promise is in the same run, reported on that line only.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers/db.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ESLINT = join(ROOT, 'node_modules/eslint/bin/eslint.js');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Finding { file: string; rule: string | null; line: number }

function lint(files: Record<string, string>): { status: number | null; findings: Finding[]; output: string } {
  const dir = tempDir('motiebot-eslint-');
  dirs.push(dir);
  copyFileSync(join(ROOT, 'eslint.config.mjs'), join(dir, 'eslint.config.mjs'));
  copyFileSync(join(ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
  copyFileSync(join(ROOT, 'tsconfig.preview.json'), join(dir, 'tsconfig.preview.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const result = spawnSync(process.execPath, [ESLINT, '--format', 'json', ...Object.keys(files)], { cwd: dir, encoding: 'utf8' });
  const findings: Finding[] = [];
  try {
    const report = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string | null; line: number }[] }[];
    for (const file of report) {
      for (const m of file.messages) findings.push({ file: file.filePath.slice(dir.length + 1), rule: m.ruleId, line: m.line });
    }
  } catch {
    // Not JSON: the config itself failed; the status and output say why.
  }
  return { status: result.status, findings, output: `${result.stdout}${result.stderr}` };
}

// One project, one eslint run (type-aware linting starts a TypeScript program: seconds of CPU, far
// more on a loaded machine, hence the generous timeout). Clean files must pass; each planted
// violation must be reported by its own rule, in its own file.
const PAGE = 'src/preview/page';
const PAGE_SOURCE = readFileSync(join(ROOT, PAGE, 'preview.js'), 'utf8');
const PLANTED_PAGE = PAGE_SOURCE.replace('  wire();\n', '  wire();\n  refresh();\n');
const PLANTED_PAGE_LINE = PLANTED_PAGE.split('\n').indexOf('  refresh();') + 1;

const CLEAN: Record<string, string> = {
  [`${PAGE}/api.d.ts`]: readFileSync(join(ROOT, PAGE, 'api.d.ts'), 'utf8'),
  'src/domain/planted-count.ts': [
    'export function describeCount(n: number, label: string | undefined): string {',
    "  return `${n} ${label ?? 'stuks'}`;",
    '}',
    '',
  ].join('\n'),
  'tests/domain/planted-count.test.ts': [
    "import { describeCount } from '../../src/domain/planted-count.ts';",
    "const byLabel = new Map<string, string>([['a', describeCount(1, undefined)]]);",
    "export const first: string = byLabel.get('a')!; // tests may assert presence with !",
    '',
  ].join('\n'),
};

const VIOLATIONS: [what: string, rule: string, file: string, text: string][] = [
  ['a maybe-undefined value printed in a message', '@typescript-eslint/restrict-template-expressions', 'src/slack/planted-message.ts',
    'export const message = (owner: string | undefined): string => `Trekker: ${owner}`;\n'],
  ['a non-null assertion in src', '@typescript-eslint/no-non-null-assertion', 'src/store/planted-first.ts',
    "export const first = (rows: Map<string, number>): number => rows.get('a')!;\n"],
  ['a promise nobody awaits', '@typescript-eslint/no-floating-promises', 'src/scheduler/planted-job.ts',
    'async function send(): Promise<void> {\n  await Promise.resolve();\n}\nexport function run(): void {\n  send();\n}\n'],
  ['a condition that is always true', '@typescript-eslint/no-unnecessary-condition', 'src/domain/planted-check.ts',
    "export function check(s: string): string {\n  return s ?? 'leeg';\n}\n"],
  ['a value of type any', '@typescript-eslint/no-explicit-any', 'src/domain/planted-loose.ts',
    'export function loose(x: any): string {\n  return String(x);\n}\n'],
  ['a floating promise in a test (tests keep that rule)', '@typescript-eslint/no-floating-promises', 'tests/store/planted-float.test.ts',
    'async function later(): Promise<number> {\n  await Promise.resolve();\n  return 1;\n}\nlater();\n'],
  ['a floating promise in the preview page (typed through tsconfig.preview.json)', '@typescript-eslint/no-floating-promises', `${PAGE}/preview.js`, PLANTED_PAGE],
];

let linted: ReturnType<typeof lint> | undefined;
/** The one eslint run both tests read (type-aware linting: seconds of CPU, more on a loaded machine). */
function lintOnce(): ReturnType<typeof lint> {
  linted ??= lint({ ...CLEAN, ...Object.fromEntries(VIOLATIONS.map(([, , file, text]) => [file, text])) });
  return linted;
}

describe('lint rules', () => {
  it('pass clean code and fail on every planted violation, each reported by its own rule', { timeout: 240_000 }, () => {
    const result = lintOnce();
    expect(result.status, result.output).toBe(1);
    // Parsing errors (rule null) would mean the files never reached the type-aware rules.
    expect(result.findings.filter((f) => f.rule === null)).toEqual([]);
    expect(result.findings.filter((f) => f.file in CLEAN)).toEqual([]);
    const reported = VIOLATIONS.filter(([, rule, file]) => result.findings.some((f) => f.file === file && f.rule === rule)).map(([what]) => what);
    expect(reported).toEqual(VIOLATIONS.map(([what]) => what));
    // Nothing else: each planted file breaks exactly the rule it was written for.
    expect(result.findings.map((f) => `${f.file} ${f.rule ?? ''}`).sort()).toEqual(VIOLATIONS.map(([, rule, file]) => `${file} ${rule}`).sort());
  });

  it('reach the preview page: its planted floating promise is reported on its own line', { timeout: 240_000 }, () => {
    expect(PLANTED_PAGE).not.toBe(PAGE_SOURCE);
    const result = lintOnce();
    expect(result.findings.filter((f) => f.file === `${PAGE}/preview.js`).map((f) => ({ rule: f.rule, line: f.line }))).toEqual([
      { rule: '@typescript-eslint/no-floating-promises', line: PLANTED_PAGE_LINE },
    ]);
  });
});
