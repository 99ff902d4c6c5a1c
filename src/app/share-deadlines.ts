// Reading a large import's own deadlines on two threads (issue 28): the date reading of every
// item's texts is a third of a 10,000-item import, and each item is read on its own. The items go
// in chunks; the main thread reads them from the front, a worker thread (started early, while the
// file is read) from the back, each claiming the next chunk through one shared counter, so
// neither waits for the other unless it is still reading the last chunk it took. The reader stays
// synchronous (readLayout is): the main thread waits for the worker's chunks with Atomics.wait and
// takes their answers with receiveMessageOnPort. A worker that never starts, fails or is too slow
// leaves its chunks to the main thread: the result is always that of resolveOwnDeadlines.
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { resolveOwnDeadlines, type OwnDeadlines, type OwnDeadlinesReader, type ResolveDeadlinesOptions } from '../domain/overview/resolve-deadlines.ts';
import type { OverviewItem } from '../domain/overview/types.ts';
import { runTask } from '../worker/run-task.ts';
import { CLAIMS, FIRST_CHUNK_SLOT, POSTED, type ChunkAnswer, type DeadlineFields, type DeadlineJob } from './own-deadlines-task.ts';

/** Items per chunk: small enough to even out the two threads' ends, large enough that a message is worth it. */
const CHUNK_ITEMS = 250;
/** Fewer items than this are read on the main thread alone (sending them would cost more). */
const SHARE_FROM = 4 * CHUNK_ITEMS;
/** How long the main thread waits for the worker's chunks before it reads them itself. */
const WAIT_MS = 30_000;

export interface DeadlineSharing {
  /** Reads like resolveOwnDeadlines; shares a large document's items with the worker once. */
  read: OwnDeadlinesReader;
  /** Stops the worker (when the import ends, whatever happened). */
  stop: () => void;
  /** How many chunks the worker read (tests). */
  readonly workerChunks: number;
}

export interface ShareDeadlinesOptions {
  /** The worker's share of the chunks it is sent (the rest is the main thread's alone). Tests: 1, so it may take all. */
  sentShare?: number;
  /** Whether the main thread claims chunks too (tests: false, so the worker reads every chunk it is sent). */
  mainClaims?: boolean;
}

/** Starts the worker (it loads the date reading while the caller reads its file) and returns the reader. */
export function shareDeadlinesWithWorker(options: ShareDeadlinesOptions = {}): DeadlineSharing {
  const channel = new MessageChannel();
  const abort = new AbortController();
  let workerChunks = 0;
  let used = false;
  // Failures only mean the main thread reads every chunk: it never waits past WAIT_MS.
  runTask<number>('own-deadlines', { port: channel.port2 }, { signal: abort.signal, transferList: [channel.port2] }).catch(() => undefined);
  const stop = () => {
    abort.abort(new Error('own-deadlines: stopped'));
    channel.port1.close();
  };
  const read: OwnDeadlinesReader = (items, resolveOptions) => {
    if (used || items.length < SHARE_FROM) return resolveOwnDeadlines(items, resolveOptions);
    used = true;
    const result = readShared(channel.port1, items, resolveOptions, options);
    workerChunks = result.workerChunks;
    return result.own;
  };
  return {
    read,
    stop,
    get workerChunks() {
      return workerChunks;
    },
  };
}

function readShared(
  port: MessageChannel['port1'],
  items: readonly OverviewItem[],
  resolveOptions: ResolveDeadlinesOptions,
  options: ShareDeadlinesOptions,
): { own: OwnDeadlines; workerChunks: number } {
  const chunks: OverviewItem[][] = [];
  for (let at = 0; at < items.length; at += CHUNK_ITEMS) chunks.push(items.slice(at, at + CHUNK_ITEMS));
  const chunkCount = chunks.length;
  const firstSent = Math.floor(chunkCount * (1 - (options.sentShare ?? 0.6)));
  const shared = new SharedArrayBuffer(4 * (FIRST_CHUNK_SLOT + chunkCount));
  const state = new Int32Array(shared);
  const job: DeadlineJob = { shared, chunkCount, firstSent, chunks: chunks.slice(firstSent), options: resolveOptions };
  port.postMessage(job);

  const answers: (OwnDeadlines | null)[] = chunks.map(() => null);
  let next = 0;
  if (options.mainClaims ?? true) {
    while (Atomics.add(state, CLAIMS, 1) < chunkCount) {
      answers[next] = resolveOwnDeadlines(chunks[next] ?? [], resolveOptions);
      next += 1;
    }
  }
  // The worker's chunks are the ones after `next` (all of them were sent): wait for each, then take
  // the posted answers.
  const until = Date.now() + WAIT_MS;
  let workerChunks = 0;
  for (let chunk = Math.max(next, firstSent); chunk < chunkCount; chunk += 1) {
    const slot = FIRST_CHUNK_SLOT + chunk;
    for (let seen = Atomics.load(state, slot); seen !== POSTED && Date.now() < until; seen = Atomics.load(state, slot)) {
      Atomics.wait(state, slot, seen, Math.max(1, until - Date.now()));
    }
  }
  for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
    const answer = message.message as ChunkAnswer;
    const input = chunks[answer.chunk];
    if (!input || answers[answer.chunk] || answer.fields.length !== input.length) continue;
    answers[answer.chunk] = {
      items: input.map((item, i) => ({ ...item, ...(answer.fields[i] as DeadlineFields) })),
      problems: answer.problems,
    };
    workerChunks += 1;
  }
  // Chunks the worker took but did not answer in time (or never took, when the main thread did not claim): read here.
  const own: OwnDeadlines = { items: [], problems: [] };
  answers.forEach((answer, chunk) => {
    const read = answer ?? resolveOwnDeadlines(chunks[chunk] ?? [], resolveOptions);
    own.items.push(...read.items);
    own.problems.push(...read.problems);
  });
  return { own, workerChunks };
}
