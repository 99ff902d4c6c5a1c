// The dependency rules (.dependency-cruiser.cjs, run by `npm test` as `npm run depcruise`) catch
// what they are for: each case is a tiny project with one violation, cruised with the real config.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers/db.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function cruise(files: Record<string, string>): { status: number | null; output: string } {
  const dir = tempDir('motiebot-depcruise-');
  dirs.push(dir);
  copyFileSync(join(ROOT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', allowImportingTsExtensions: true, noEmit: true } }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const result = spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('dependency rules', () => {
  it('pass a project that keeps them', () => {
    const result = cruise({
      'src/domain/a.ts': "import { b } from './b.ts';\nexport const a = b + 1;\n",
      'src/domain/b.ts': 'export const b = 1;\n',
      'src/import/layouts/x/layout.ts': "import { b } from '../../../domain/b.ts';\nimport { r } from '../read/r.ts';\nexport const x = b + r;\n",
      'src/import/layouts/read/r.ts': 'export const r = 1;\n',
      'src/import/plan/plan.ts': "import { x } from '../layouts/x/layout.ts';\nexport const p = x;\n",
      'src/import/document/d.ts': "import { readFileSync } from 'node:fs';\nimport { x } from '../layouts/x/layout.ts';\nexport const d = [readFileSync, x];\n",
      'src/store/s.ts': "import { a } from '../domain/a.ts';\nexport const s = a;\n",
    });
    expect(result.output).toContain('no dependency violations');
    expect(result.status).toBe(0);
  });

  // One project with one violation per rule (file names distinct): every rule must report its own.
  const violations: [what: string, rule: string, files: Record<string, string>][] = [
    ['a cycle made of type-only imports', 'no-circular', {
      'src/store/x.ts': "import type { Y } from './y.ts';\nexport interface X { y?: Y }\n",
      'src/store/y.ts': "import type { X } from './x.ts';\nexport interface Y { x?: X }\n",
    }],
    ['the domain reading a file', 'domain-no-builtins', { 'src/domain/reads.ts': "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n" }],
    ['the domain importing the store', 'domain-is-pure', { 'src/domain/stores.ts': "import type { X } from '../store/x.ts';\nexport type D = X;\n" }],
    ["a layout of the import reading the file itself", 'domain-no-builtins', { 'src/import/layouts/l/layout.ts': "import { readFileSync } from 'node:fs';\nexport const l = readFileSync;\n" }],
    ["the import's plan calling the document readers (an adapter)", 'domain-is-pure', {
      'src/import/plan/p.ts': "import { r } from '../document/r.ts';\nexport const p = r;\n",
      'src/import/document/r.ts': 'export const r = 1;\n',
    }],
    ['the store importing the config (the env reader)', 'store-below-everything', {
      'src/store/configured.ts': "import { c } from '../config.ts';\nexport const s = c;\n",
      'src/config.ts': 'export const c = 1;\n',
    }],
    ['Slack importing the CLI, by a dynamic import', 'slack-not-cli', {
      'src/slack/l.ts': "export const l = () => import('../cli/db.ts');\n",
      'src/cli/db.ts': 'export const d = 1;\n',
    }],
    ['the CLI importing Slack texts, by a side-effect import', 'cli-not-slack', {
      'src/cli/c.ts': "import '../slack/texts.nl.ts';\nexport const c = 1;\n",
      'src/slack/texts.nl.ts': 'export const T = {};\n',
    }],
    ['a document reader wording its refusal itself', 'document-readers-answer-codes', {
      'src/import/document/reader.ts': "import { DOCUMENT } from '../../texts/documents.nl.ts';\nexport const r = DOCUMENT;\n",
      'src/texts/documents.nl.ts': 'export const DOCUMENT = {};\n',
    }],
    ['a use case importing a Slack module', 'app-below-adapters', { 'src/app/u.ts': "import { T } from '../slack/texts.nl.ts';\nexport const u = T;\n" }],
    ['the outbox importing a poster (a scheduler job)', 'outbox-below-posters', {
      'src/outbox/o.ts': "import { j } from '../scheduler/job.ts';\nexport const o = j;\n",
      'src/scheduler/job.ts': 'export const j = 1;\n',
    }],
    ["a verb's command line importing its Slack answer", 'verb-cli-not-slack', {
      'src/verbs/v/cli.ts': "import { s } from './slack.ts';\nexport const c = s;\n",
      'src/verbs/v/slack.ts': 'export const s = 1;\n',
    }],
    ["a verb's grammar reading the store", 'verb-grammar-is-pure', {
      'src/verbs/w/grammar.ts': "import type { X } from '../../store/x2.ts';\nexport type G = X;\n",
      'src/store/x2.ts': 'export interface X { x: number }\n',
    }],
    ["a verb's use case importing a Slack module", 'verb-use-case-below-adapters', {
      'src/verbs/u/do-it.ts': "import { p } from '../../slack/permission2.ts';\nexport const d = p;\n",
      'src/slack/permission2.ts': 'export const p = 1;\n',
    }],
    ['a listener reading the store itself', 'reads-through-app', {
      'src/slack/listeners/actions/peek.ts': "import { readRow } from '../../../store/rows.ts';\nexport const p = readRow;\n",
      'src/store/rows.ts': 'export const readRow = 1;\n',
    }],
    ['the change announcement reading the store itself', 'reads-through-app', {
      'src/slack/announce2.ts': "import { readSent } from '../store/sent2.ts';\nexport const p = readSent;\n",
      'src/store/sent2.ts': 'export const readSent = 1;\n',
    }],
    ['a CLI command reading the store itself', 'reads-through-app', {
      'src/cli/commands/peek.ts': "import { readAudit } from '../../store/audit2.ts';\nexport const p = readAudit;\n",
      'src/store/audit2.ts': 'export const readAudit = 1;\n',
    }],
    ['a shared text table naming a store type', 'texts-are-shared-tables', {
      'src/texts/maintenance.nl.ts': "import type { Code } from '../store/maintenance2.ts';\nexport const t = (c: Code) => c;\n",
      'src/store/maintenance2.ts': "export type Code = 'X';\n",
    }],
    ['a shared text table calling a use case', 'texts-name-result-types-only', {
      'src/texts/sync.nl.ts': "import { run } from '../app/sync2.ts';\nexport const t = run;\n",
      'src/app/sync2.ts': 'export const run = 1;\n',
    }],
    ['a block builder calling the store', 'blocks-store-types-only', {
      'src/slack/blocks/b.ts': "import { getItem } from '../../store/items.queries.ts';\nexport const b = getItem;\n",
      'src/store/items.queries.ts': 'export const getItem = 1;\n',
    }],
  ];

  it('fail on every kind of violation, each reported by its own rule', () => {
    const files = Object.assign({}, ...violations.map(([, , f]) => f)) as Record<string, string>;
    expect(Object.keys(files)).toHaveLength(violations.reduce((n, [, , f]) => n + Object.keys(f).length, 0));
    const result = cruise(files);
    expect(result.status).not.toBe(0);
    // Each by its own rule and from its own (first) file: two cases of one rule count twice only when both report.
    const reported = violations.filter(([, rule, f]) => result.output.includes(`error ${rule}: ${Object.keys(f)[0] ?? ''}`)).map(([what]) => what);
    expect(reported).toEqual(violations.map(([what]) => what));
  });
});
