// A large import's dates read on two threads (src/worker/read-dates.ts, issue 28): whoever reads a
// chunk, the answers are readDateJobs' in the jobs' order; a worker that does not start, or takes
// a chunk and never answers, only leaves the work to the importing thread.
import { readFileSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { parseStandVanZaken } from '../../src/import/layouts/stand-van-zaken/parse-stand-van-zaken.ts';
import { readDateJobs, type DateJob, type DateJobContext, type DateJobResult } from '../../src/import/layouts/read/resolve-deadlines.ts';
import { readDatesTask, sharedDateReader } from '../../src/worker/read-dates.ts';
import { startOwnProtocolTask } from '../../src/worker/run-task.ts';
import { SAMPLE, SAMPLE_DATE } from '../import/layouts/stand-van-zaken/sample.ts';

const LATER = readFileSync(new URL('../fixtures/overviews/stand-van-zaken-nap-2025-later.txt', import.meta.url), 'utf8');
const CONTEXT: DateJobContext = { documentDate: SAMPLE_DATE };

/** The date jobs of the two real overviews, against three references, with and without their status, and the recurrence jobs: `count` of them. */
function jobsOf(count: number): DateJob[] {
  const kinds: DateJob[] = [];
  for (const text of [SAMPLE, LATER]) {
    const parsed = parseStandVanZaken(text, { documentDate: SAMPLE_DATE });
    if (!parsed.ok) throw new Error(parsed.code);
    for (const item of parsed.items) {
      for (const reference of ['2023-09-19', '2024-09-17', SAMPLE_DATE]) {
        kinds.push({ kind: 'request', text: item.text, reference, status: item.statusText ?? null });
        kinds.push({ kind: 'request', text: item.text, reference, status: null });
        kinds.push({ kind: 'recurrence', text: item.text, reference });
      }
    }
  }
  return Array.from({ length: count }, (_, index) => kinds[index % kinds.length] as DateJob);
}

/** A stand-in for the worker, started on this thread: `act` gets what the real one would get. */
function fakeWorker(act: (input: { shared: SharedArrayBuffer; port: MessagePort }) => void) {
  let terminated = 0;
  return {
    start: (_task: string, input: unknown) => {
      act(input as { shared: SharedArrayBuffer; port: MessagePort });
      return { on: () => undefined, terminate: () => { terminated += 1; return Promise.resolve(0); } } as unknown as Worker;
    },
    terminated: () => terminated,
  };
}

/** A chunk's answers no reading gives: where they land shows whose answers were used. */
const MARKED: DateJobResult = { recurrence: 'P99Y' };

describe('sharedDateReader', () => {
  it('gives readDateJobs\' answers, in order, reading with a worker thread', { timeout: 120_000 }, () => {
    const jobs = jobsOf(3_000);
    const expected = readDateJobs(jobs, CONTEXT);
    const reader = sharedDateReader({ minJobs: 1 });
    reader.expect?.(jobs.length);
    expect(reader.read(jobs, CONTEXT)).toEqual(expected);
    // Without the layout's notice first (the worker starts when the jobs come).
    expect(sharedDateReader({ minJobs: 1 }).read(jobs, CONTEXT)).toEqual(expected);
    // Every chunk left to the worker (this thread waits for it): its answers, put together here (review8 LOW-3).
    expect(sharedDateReader({ minJobs: 1, shareHere: false, minWaitMillis: 60_000 }).read(jobs, CONTEXT)).toEqual(expected);
  });

  it('puts a chunk the worker answered in its place, and reads every other chunk here', () => {
    const jobs = jobsOf(640); // 64 chunks of 10
    const fake = fakeWorker(({ shared, port }) => {
      // As the worker does: it takes the next chunks (0 and 1) and posts their answers.
      const counters = new Int32Array(shared);
      for (const chunk of [Atomics.add(counters, 0, 1), Atomics.add(counters, 0, 1)]) {
        port.postMessage({ chunk, results: Array.from({ length: 10 }, () => MARKED) });
        Atomics.add(counters, 1, 1);
      }
    });
    const reader = sharedDateReader({ minJobs: 100, start: fake.start });
    reader.expect?.(640);
    const read = reader.read(jobs, CONTEXT);
    const expected = readDateJobs(jobs, CONTEXT);
    expect(read.slice(0, 20)).toEqual(Array.from({ length: 20 }, () => MARKED));
    expect(read.slice(20)).toEqual(expected.slice(20));
    expect(fake.terminated()).toBe(1);
  });

  it('reads here a chunk the worker took and never answered, after waiting for it', () => {
    const jobs = jobsOf(640);
    const fake = fakeWorker(({ shared }) => {
      Atomics.add(new Int32Array(shared), 0, 1); // takes chunk 0, then nothing
    });
    const read = sharedDateReader({ minJobs: 100, minWaitMillis: 1, start: fake.start }).read(jobs, CONTEXT);
    expect(read).toEqual(readDateJobs(jobs, CONTEXT));
    expect(fake.terminated()).toBe(1);
  });

  it('reads everything here when the worker cannot be started, or when there are few requests (no worker then)', () => {
    const jobs = jobsOf(300);
    const failing = sharedDateReader({
      minJobs: 100,
      start: () => {
        throw new Error('no thread');
      },
    });
    expect(failing.read(jobs, CONTEXT)).toEqual(readDateJobs(jobs, CONTEXT));
    let started = 0;
    const few = sharedDateReader({
      minJobs: 1_000,
      start: fakeWorker(() => {
        started += 1;
      }).start,
    });
    few.expect?.(300);
    expect(few.read(jobs, CONTEXT)).toEqual(readDateJobs(jobs, CONTEXT));
    expect(started).toBe(0);
    // Recurrences only (a table whose rows have their own terms): no worker is asked to read them,
    // and one started on the layout's notice is ended.
    const recurrences = jobsOf(900).filter((job) => job.kind === 'recurrence');
    const fake = fakeWorker(({ shared, port }) => {
      started += 1;
      // Answers a chunk at once: were it asked, its answers would show.
      port.postMessage({ chunk: Atomics.add(new Int32Array(shared), 0, 1), results: Array.from({ length: 5 }, () => MARKED) });
      Atomics.add(new Int32Array(shared), 1, 1);
    });
    const ownTerms = sharedDateReader({ minJobs: 100, start: fake.start });
    ownTerms.expect?.(300);
    expect(ownTerms.read(recurrences, CONTEXT)).toEqual(readDateJobs(recurrences, CONTEXT));
    expect([started, fake.terminated()]).toEqual([1, 1]);
  });

  it('ends a worker started for a layout whose dates were never read', () => {
    const fake = fakeWorker(() => undefined);
    const reader = sharedDateReader({ minJobs: 10, start: fake.start });
    reader.expect?.(10);
    reader.close();
    reader.close();
    expect(fake.terminated()).toBe(1);
  });
});

describe('readDatesTask (the worker\'s side)', () => {
  it('in a worker thread of its own, reads every chunk when the importing thread takes none', { timeout: 120_000 }, async () => {
    const jobs = jobsOf(700);
    const shared = new SharedArrayBuffer(8);
    const { port1, port2 } = new MessageChannel();
    const worker = startOwnProtocolTask('read-dates', { shared, port: port2 }, { transferList: [port2] });
    try {
      const answers: { chunk: number; results: DateJobResult[] }[] = [];
      const all = new Promise<void>((resolve, reject) => {
        worker.once('error', reject);
        port1.on('message', (answer: (typeof answers)[number]) => {
          answers.push(answer);
          if (answers.length === 7) resolve();
        });
      });
      port1.postMessage({ jobs, context: CONTEXT, chunkSize: 100 });
      await all;
      const expected = readDateJobs(jobs, CONTEXT);
      expect(answers.map((answer) => answer.chunk)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      for (const answer of answers) expect(answer.results).toEqual(expected.slice(answer.chunk * 100, answer.chunk * 100 + 100));
      expect(Atomics.load(new Int32Array(shared), 1)).toBe(7);
    } finally {
      port1.close();
      await worker.terminate();
    }
  });

  it('takes every chunk not yet taken and posts readDateJobs\' answers for each, then ends', async () => {
    const jobs = jobsOf(95);
    const shared = new SharedArrayBuffer(8);
    const counters = new Int32Array(shared);
    Atomics.store(counters, 0, 2); // chunks 0 and 1 taken by the importing thread
    const { port1, port2 } = new MessageChannel();
    const done = readDatesTask({ shared, port: port2 });
    port1.postMessage({ jobs, context: CONTEXT, chunkSize: 10 });
    await done;
    const answers: { chunk: number; results: DateJobResult[] }[] = [];
    for (let message = receiveMessageOnPort(port1); message; message = receiveMessageOnPort(port1)) answers.push(message.message as (typeof answers)[number]);
    const expected = readDateJobs(jobs, CONTEXT);
    expect(answers.map((answer) => answer.chunk)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    for (const answer of answers) expect(answer.results).toEqual(expected.slice(answer.chunk * 10, answer.chunk * 10 + 10));
    expect(Atomics.load(counters, 1)).toBe(8);
    port1.close();
  });

  it('ends without reading when the channel closes before any jobs came', async () => {
    const { port1, port2 } = new MessageChannel();
    const done = readDatesTask({ shared: new SharedArrayBuffer(8), port: port2 });
    port1.close();
    await expect(done).resolves.toBeNull();
  });
});
