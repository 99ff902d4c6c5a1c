// Once per test run (vitest globalSetup of both projects): links src/worker/entry.ts with esbuild
// into one directory of plain JavaScript, and hands its path to the test files
// (tests/worker-use.ts gives it to src/worker/run-task.ts). From the sources, a worker thread
// otherwise registers tsx inside itself and compiles every module it loads: seconds per worker on
// this machine, for each of the many tests that plan, export, parse a feed page or read a document
// in a worker. tests/worker/run-task.test.ts still starts one worker the tsx way, which `npm run
// bench` and the other tsx scripts use.
//
// The directory is below the package root (tests/artifacts/, ignored by git), because the worker
// finds the migrations and node_modules from where its code lies (src/paths.ts). As in the bot's
// build (scripts/build.mjs), drizzle-orm and date-fns are linked in (loading their hundreds of
// small modules one by one is most of a worker's start), the other packages load from
// node_modules, and each task's code is a chunk of its own that loads when the task runs.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { LINKED } from '../scripts/build.mjs';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The linked worker entry (tests/worker-setup.ts). */
    workerEntry: string;
  }
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const EXTERNAL = Object.keys({ ...MANIFEST.dependencies, ...MANIFEST.devDependencies })
  .filter((name) => !LINKED.includes(name))
  .flatMap((name) => [name, `${name}/*`]);

/** Links src/worker/entry.ts into `out` (emptied first); gives the entry's path. Also used by bench/status.bench.ts. */
export async function link(out: string): Promise<string> {
  rmSync(out, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { entry: join(ROOT, 'src/worker/entry.ts') },
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    logLevel: 'warning',
  });
  return join(out, 'entry.js');
}

export default async function setup(project: TestProject): Promise<() => void> {
  const artifacts = join(ROOT, 'tests', 'artifacts');
  mkdirSync(artifacts, { recursive: true });
  const out = mkdtempSync(join(artifacts, `worker-${project.name}-`));
  project.provide('workerEntry', await link(out));
  // In watch mode a changed source must reach the workers of the next run.
  project.onTestsRerun(async () => {
    project.provide('workerEntry', await link(out));
  });
  return () => {
    rmSync(out, { recursive: true, force: true });
  };
}
