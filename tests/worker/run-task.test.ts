// How a worker thread starts from the sources (src/worker/run-task.ts): under tsx (`npm run bench`,
// the scripts) it registers tsx inside the worker and compiles the sources there; the tests start
// the entry tests/worker-setup.ts linked once per run instead (useWorkerEntry). Both must give
// the answer the task gives on this thread. The compiled bot's worker chunk has its own test
// (tests/reliability/worker-bundle.test.ts).
import { readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { parseFeed } from '../../src/adapters/tk/parse-feed.ts';
import { runTask, useWorkerEntry } from '../../src/worker/run-task.ts';

const FEED = readFileSync(join(import.meta.dirname, '../fixtures/tk/feed-recorded-toezeggingen.xml'), 'utf8');

describe('starting a worker from the sources', () => {
  afterEach(() => {
    useWorkerEntry(inject('workerEntry'));
  });

  it('runs a task in the entry linked for the tests', async () => {
    const result = await runTask('parse-feed', FEED);
    expect(result).toEqual(parseFeed(FEED));
  });

  // review5 LOW-1: the answer is resolved in a turn of its own; through setImmediate, a test that
  // fakes every timer (vitest's default set) would wait for it until its timeout.
  it('answers a test that fakes every timer, setImmediate included', async () => {
    vi.useFakeTimers();
    try {
      expect(await runTask('parse-feed', FEED)).toEqual(parseFeed(FEED));
    } finally {
      vi.useRealTimers();
    }
  });

  it('starts the linked entry it is given (a missing one fails the task)', async () => {
    useWorkerEntry(join(inject('workerEntry'), '..', 'missing.js'));
    await expect(runTask('parse-feed', FEED)).rejects.toThrow(/missing\.js/);
  });

  // The tsx path compiles the sources inside the worker: seconds on a busy machine.
  it('without a linked entry, compiles the sources through tsx inside the worker', { timeout: 60_000 }, async () => {
    useWorkerEntry(null);
    const result = await runTask('parse-feed', FEED);
    expect(result).toEqual(parseFeed(FEED));
  });
});

// Linux: the nice value belongs to the thread, so the worker's own thread can run below the bot's
// while the bot's thread keeps its priority (on other systems the call would lower the process).
describe.runIf(process.platform === 'linux')('a worker thread with a niceness', () => {
  it('runs at the bot thread\'s nice value plus its niceness (at most 19); the bot\'s own thread keeps its own', async () => {
    const own = getPriority(0);
    const seen: (number | null)[] = [];
    const result = await runTask('parse-feed', FEED, { niceness: 3, onStarted: ({ nice }) => { seen.push(nice); } });
    expect(result).toEqual(parseFeed(FEED));
    expect(seen).toEqual([Math.min(19, own + 3)]);
    await runTask('parse-feed', FEED, { niceness: 40, onStarted: ({ nice }) => { seen.push(nice); } });
    expect(seen[1]).toBe(19);
    expect(getPriority(0)).toBe(own);
    expect(getPriority(process.pid)).toBe(own);
  });

  it('without a niceness, changes nothing', async () => {
    const seen: (number | null)[] = [];
    await runTask('parse-feed', FEED, { onStarted: ({ nice }) => { seen.push(nice); } });
    expect(seen).toEqual([null]);
  });
});
