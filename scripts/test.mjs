#!/usr/bin/env node
// `npm test` after the two ensure-scripts: the static checks and vitest at the same time.
// The checks (the package scripts in CHECKS: tsc on the project and on the preview page, the
// dependency rules, eslint) run one after the other, beside `vitest run`, whose test files spend
// much of their time waiting on the processes, browsers and servers they start. Run in a row, the
// checks and the tests used one of this machine's two cores for most of `npm test`.
// vitest writes to the terminal as it goes; a check says one line when it ends, and its output
// follows vitest's, under its name. Every step runs to its end; the exit code is 1 when any failed.
// `node scripts/test.mjs --list` prints the steps (tests/preview/preview-typecheck.test.ts reads it).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The package scripts that check without running a test, in the order they run. */
const CHECKS = ['typecheck', 'depcruise', 'lint'];
const VITEST = 'vitest run';

/** @type {unknown} */
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
/**
 * @param {string} name
 * @returns {string}
 */
function script(name) {
  const scripts = typeof manifest === 'object' && manifest !== null && 'scripts' in manifest ? manifest.scripts : null;
  const command = typeof scripts === 'object' && scripts !== null && name in scripts ? /** @type {Record<string, unknown>} */ (scripts)[name] : null;
  if (typeof command !== 'string') throw new Error(`package.json has no script "${name}"`);
  return command;
}

/** Each check's command, read before anything starts (a missing script stops here). */
const commands = new Map(CHECKS.map((name) => [name, script(name)]));

if (process.argv.includes('--list')) {
  for (const [name, command] of commands) process.stdout.write(`${name}: ${command}\n`);
  process.stdout.write(`vitest: ${VITEST}\n`);
  process.exit(0);
}

// As `npm run` would: the package's own binaries first on the PATH.
const env = { ...process.env, PATH: [join(ROOT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter) };

/**
 * Runs one shell command; `quiet` keeps its output (stdout and stderr, interleaved) for the caller.
 * @param {string} command
 * @param {boolean} quiet
 * @returns {Promise<{ code: number; output: string; seconds: number }>}
 */
function run(command, quiet) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, { cwd: ROOT, env, shell: true, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (/** @type {Buffer} */ d) => (output += d.toString()));
    child.stderr?.on('data', (/** @type {Buffer} */ d) => (output += d.toString()));
    child.on('error', (error) => {
      output += `${error.message}\n`;
    });
    child.on('close', (code, signal) => {
      resolve({ code: code ?? (signal ? 1 : 0), output, seconds: Math.round((performance.now() - started) / 1000) });
    });
  });
}

/** @type {{ name: string; code: number; output: string }[]} */
const results = [];

async function checks() {
  for (const [name, command] of commands) {
    const { code, output, seconds } = await run(command, true);
    results.push({ name, code, output: `── npm run ${name} (${command})\n${output}` });
    process.stdout.write(`\nnpm run ${name}: ${code === 0 ? 'passed' : `FAILED (exit ${String(code)})`} in ${String(seconds)} s\n`);
  }
}

async function tests() {
  const { code } = await run(VITEST, false);
  results.push({ name: 'vitest', code, output: '' });
}

await Promise.all([checks(), tests()]);
for (const { output } of results) if (output.trim() !== '') process.stdout.write(`\n${output.trimEnd()}\n`);
const failed = results.filter((r) => r.code !== 0).map((r) => r.name);
process.stdout.write(failed.length === 0 ? '\nnpm test: every check and test passed\n' : `\nnpm test FAILED: ${failed.join(', ')}\n`);
process.exit(failed.length === 0 ? 0 : 1);
