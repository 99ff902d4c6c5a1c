import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Two projects; `vitest run` (and so `npm test` and CI) runs both.
// - slow: tests that start processes (the bot, `motie`, the date parser under other time zones),
//   drive Chromium or LibreOffice, run a toolchain (eslint, tsc, depcruise, npm) on fixture
//   files, or load tens of thousands of rows. They run the compiled code in dist/, so the global
//   setup builds it when stale, and each file gets its own process (`forks`, isolated).
// - fast: everything else, in-process. Its files share one module graph per worker thread
//   (`isolate: false`): Bolt, drizzle and the date tables load once per worker instead of once
//   per file. A fast test therefore restores what it changes (fake timers, process listeners).
//   `npx vitest run --project fast` is the quick loop while working.
// Both link the worker threads' entry once per run (tests/worker-setup.ts) and start that instead
// of compiling the sources through tsx in every worker (tests/worker-use.ts).
const SLOW_TESTS = [
  // child processes: bin/motie.js, dist/main.js, scheduler children, lock holders, TZ runs
  'tests/cli/bin-entry.test.ts',
  'tests/cli/closed-stdout.test.ts',
  'tests/cli/start-up.test.ts',
  'tests/cli/sync.test.ts',
  'tests/docker.test.ts',
  'tests/domain/dates/timezones.test.ts',
  'tests/env-file.test.ts',
  'tests/reliability/bot-bundle.test.ts',
  'tests/reliability/corrupt-db.test.ts',
  'tests/reliability/health.test.ts',
  'tests/reliability/locked-db.test.ts',
  'tests/reliability/shutdown.test.ts',
  'tests/reliability/store.test.ts',
  'tests/reliability/two-bots.test.ts',
  'tests/reliability/worker-bundle.test.ts',
  'tests/scheduler/crash.test.ts',
  'tests/scheduler/two-processes.test.ts',
  'tests/scripts/build.test.ts',
  'tests/scripts/running-bot-rebuild.test.ts',
  'tests/scripts/npx-motie.test.ts',
  // Chromium and LibreOffice
  'tests/preview/preview.e2e.test.ts',
  'tests/adapters/export/rappel-libreoffice.test.ts',
  // a toolchain on fixture files (eslint, tsc, dependency-cruiser, npm ci --dry-run)
  'tests/dependency-rules.test.ts',
  'tests/lint-rules.test.ts',
  'tests/lockfile.test.ts',
  'tests/preview/preview-typecheck.test.ts',
  // load: 100,000 items behind a slash command, the fuzz slice of hostile files
  'tests/slack/ack-time.test.ts',
  'tests/reliability/fuzz-inputs.test.ts',
  // a module mock (the reading worker), which the fast project's shared module graph would not take
  'tests/cli/import-reader-failure.test.ts',
  // a spy on a verb's loader set before the command listeners load and take it: in the fast
  // project's shared module graph another file may have loaded them first (then the spy is never
  // called and the test failed in a fresh-clone CI run)
  'tests/slack/command-code-once.test.ts',
];

// (Vite merges a project's arrays into the root's, so `include` is set per project, not at the root.)
export default defineConfig({
  test: {
    // At least two test files at a time. vitest's default is one fewer than the cores: one file at a
    // time on a two-core machine, where most of the slow files wait on processes, browsers and
    // servers they started, leaving the second core idle.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Timeouts bound a test that hangs, never one that passes, so they are generous: on a loaded
    // two-core machine (`npm test` runs eslint and tsc beside two test files, and other work may
    // share the machine) what takes a second when quiet can take twenty (at load 29 a test of 500
    // extreme items passed 20 s). expect.poll's default of 1 s is raised for the same reason (the
    // preview page's checks in Chromium).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 10_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'slow',
          include: SLOW_TESTS,
          // The processes these tests start run the compiled code: build dist/ when src/ is newer.
          globalSetup: ['tests/global-setup.ts', 'tests/worker-setup.ts'],
          setupFiles: ['tests/worker-use.ts'],
          pool: 'forks',
        },
      },
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['tests/**/*.test.ts'],
          exclude: SLOW_TESTS,
          globalSetup: ['tests/worker-setup.ts'],
          setupFiles: ['tests/worker-use.ts'],
          pool: 'threads',
          isolate: false,
        },
      },
    ],
  },
});
