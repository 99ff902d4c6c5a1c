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
import { endKeptWorkers, prestartWorker, runTask, useWorkerEntry } from '../../src/worker/run-task.ts';

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

// Issue 28: the jobs' planning worker is kept for the next plan (a warm worker plans 100,000 items
// in about a third of a new one's CPU time, which the bot's event loop shares its cores with).
describe('a worker kept for the next task (keepForMillis)', () => {
  afterEach(async () => {
    vi.useRealTimers();
    await endKeptWorkers();
  });

  const threadOf = async (task: Parameters<typeof runTask>[0], input: unknown, options: Parameters<typeof runTask>[2] = {}) => {
    let thread = -1;
    let result: unknown;
    try {
      result = await runTask(task, input, { ...options, onStarted: (started) => { thread = started.thread; } });
    } catch (error) {
      result = error;
    }
    return { thread, result };
  };

  it('runs the next task with the same options on the same thread, with the same answer; other options get a thread of their own', async () => {
    const first = await threadOf('parse-feed', FEED, { keepForMillis: 60_000 });
    const second = await threadOf('parse-feed', FEED, { keepForMillis: 60_000 });
    expect(first.result).toEqual(parseFeed(FEED));
    expect(second.result).toEqual(parseFeed(FEED));
    expect(second.thread).toBe(first.thread);
    const other = await threadOf('parse-feed', FEED, { keepForMillis: 60_000, niceness: 1 });
    expect(other.thread).not.toBe(first.thread);
    // Not kept (the default): a new thread every time, also after a kept one.
    const plain = [await threadOf('parse-feed', FEED), await threadOf('parse-feed', FEED)];
    expect(new Set([first.thread, ...plain.map((p) => p.thread)]).size).toBe(3);
  });

  it('ends a worker whose task failed: the next task starts a new thread', async () => {
    const kept = await threadOf('parse-feed', FEED, { keepForMillis: 60_000 });
    const failed = await threadOf('plan-digest', { path: join(import.meta.dirname, 'no-such-dir', 'x.db'), today: '2026-06-01' }, { keepForMillis: 60_000 });
    expect(failed.result).toBeInstanceOf(Error);
    expect(failed.thread).toBe(kept.thread);
    const next = await threadOf('parse-feed', FEED, { keepForMillis: 60_000 });
    expect(next.result).toEqual(parseFeed(FEED));
    expect(next.thread).not.toBe(kept.thread);
  });

  it('ends an idle worker after keepForMillis', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const first = await threadOf('parse-feed', FEED, { keepForMillis: 60_000 });
    vi.advanceTimersByTime(59_999);
    const second = await threadOf('parse-feed', FEED, { keepForMillis: 60_000 });
    expect(second.thread).toBe(first.thread);
    vi.advanceTimersByTime(60_000);
    const third = await threadOf('parse-feed', FEED, { keepForMillis: 60_000 });
    expect(third.result).toEqual(parseFeed(FEED));
    expect(third.thread).not.toBe(first.thread);
  });

  // issue 28: the reading worker starts while the importing thread reads the file.
  it('prestarted (prestartWorker): taken once by the next task of that name with the same options and `prestarted`; not by a task without it', async () => {
    const prestarted = prestartWorker('parse-feed', {}, 60_000);
    const without = await threadOf('parse-feed', FEED);
    expect(without.thread).not.toBe(prestarted);
    const first = await threadOf('parse-feed', FEED, { prestarted: true });
    expect(first.thread).toBe(prestarted);
    expect(first.result).toEqual(parseFeed(FEED));
    const second = await threadOf('parse-feed', FEED, { prestarted: true });
    expect(second.thread).not.toBe(prestarted);
    expect(second.result).toEqual(parseFeed(FEED));
  });

  it('prestarted with other options, or for another task, is not taken; an unused one ends after its time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const nicer = prestartWorker('parse-feed', { niceness: 1 }, 60_000);
    const other = prestartWorker('export', {}, 60_000);
    const task = await threadOf('parse-feed', FEED, { prestarted: true });
    expect([nicer, other]).not.toContain(task.thread);
    expect(prestartWorker('parse-feed', { niceness: 1 }, 60_000)).toBe(nicer); // still idle: the same one
    vi.advanceTimersByTime(60_000);
    const after = await threadOf('parse-feed', FEED, { niceness: 1, prestarted: true });
    expect(after.thread).not.toBe(nicer);
    expect(after.result).toEqual(parseFeed(FEED));
  });
});
