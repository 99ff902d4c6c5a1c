// The linter (eslint.config.mjs, run by `npm test` as `npm run lint`) fails on what it is for: a
// tiny project with the real config and tsconfig, one planted violation per case, linted by the
// real eslint command. Only the planted files are linted, so this stays fast.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
const CLEAN: Record<string, string> = {
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
];

describe('lint rules', () => {
  it('pass clean code and fail on every planted violation, each reported by its own rule', { timeout: 240_000 }, () => {
    const result = lint({ ...CLEAN, ...Object.fromEntries(VIOLATIONS.map(([, , file, text]) => [file, text])) });
    expect(result.status, result.output).toBe(1);
    // Parsing errors (rule null) would mean the files never reached the type-aware rules.
    expect(result.findings.filter((f) => f.rule === null)).toEqual([]);
    expect(result.findings.filter((f) => f.file in CLEAN)).toEqual([]);
    const reported = VIOLATIONS.filter(([, rule, file]) => result.findings.some((f) => f.file === file && f.rule === rule)).map(([what]) => what);
    expect(reported).toEqual(VIOLATIONS.map(([what]) => what));
    // Nothing else: each planted file breaks exactly the rule it was written for.
    expect(result.findings.map((f) => `${f.file} ${f.rule ?? ''}`).sort()).toEqual(VIOLATIONS.map(([, rule, file]) => `${file} ${rule}`).sort());
  });
});
