// The items' dates of a large import read on both cores (issue 28): reading them (parseDates and
// pickDeadline per item) was a third of an import's main thread, and the import used one of the
// machine's two cores. The worker starts as soon as a layout says how many items it reads (while
// the importing thread still builds them), and waits. The jobs (src/import/layouts/read/
// resolve-deadlines.ts) are then cut into chunks; the importing thread and the worker each take
// the next chunk not yet taken (a shared counter) until none is left, so the work is shared
// whatever each thread's speed, and a worker that is slow to start or never starts only takes
// fewer chunks. Every job's answer is readDateJobs' (pure), so who read a chunk never shows; the
// answers are put together in the jobs' order.
//
// The call stays synchronous (resolveDeadlines is): the importing thread reads the worker's
// answers with receiveMessageOnPort and waits for the last ones with Atomics.wait. A chunk the
// worker took and did not answer within a bound (a worker that died, a starved thread) is read by
// the importing thread itself: the import neither hangs on the worker nor depends on it. Nothing is
// written while the dates are read, so an import that fails part-way writes nothing, as before.
import { MessageChannel, receiveMessageOnPort, type MessagePort, type ResourceLimits, type Worker } from 'node:worker_threads';
import { dateJobReader, readDateJobs, type DateJob, type DateJobContext, type DateJobResult, type DateReader } from '../import/layouts/read/resolve-deadlines.ts';
import { startOwnProtocolTask } from './run-task.ts';

/** What the worker is started with: the shared counters and its end of the channel. */
interface ReadDatesInput {
  /** Int32 counters: [NEXT] the next chunk not yet taken, [ANSWERED] how many chunks the worker answered. */
  shared: SharedArrayBuffer;
  port: MessagePort;
}

/** The jobs, sent once they are known. */
interface ReadDatesRequest {
  jobs: readonly DateJob[];
  context: DateJobContext;
  chunkSize: number;
}

interface ChunkAnswer {
  chunk: number;
  results: DateJobResult[];
}

const NEXT = 0;
const ANSWERED = 1;

/**
 * The worker task (src/worker/entry.ts): waits for the jobs, then takes chunks until none is
 * left, posting each chunk's answers. Ends without jobs when the channel closes.
 */
export async function readDatesTask(input: ReadDatesInput): Promise<null> {
  const request = await new Promise<ReadDatesRequest | null>((resolve) => {
    input.port.once('message', resolve);
    input.port.once('close', () => {
      resolve(null);
    });
  });
  if (!request) return null;
  const { jobs, chunkSize } = request;
  const counters = new Int32Array(input.shared);
  const read = dateJobReader(request.context);
  const chunks = Math.ceil(jobs.length / chunkSize);
  for (;;) {
    const chunk = Atomics.add(counters, NEXT, 1);
    if (chunk >= chunks) break;
    const results = read(jobs.slice(chunk * chunkSize, (chunk + 1) * chunkSize));
    input.port.postMessage({ chunk, results } satisfies ChunkAnswer);
    Atomics.add(counters, ANSWERED, 1);
    Atomics.notify(counters, ANSWERED);
  }
  input.port.close();
  return null;
}

export interface SharedDateReaderOptions {
  /** With fewer requests the dates are read in this thread alone: a worker costs its start (some 50-100 ms of CPU). */
  minJobs?: number;
  /** The worker's heap limits (as the reading worker's: a document's texts cannot make it grow without bound). */
  resourceLimits?: ResourceLimits;
  /** How long the importing thread waits at least for a chunk the worker took, once it has read all others. */
  minWaitMillis?: number;
  /** False: this thread takes no chunk and waits (up to minWaitMillis) for the worker to read them all (tests). */
  shareHere?: boolean;
  /** Starts the worker (tests: one that fails or never answers). */
  start?: typeof startOwnProtocolTask;
}

/** Below this many requests the dates are read in this thread alone. */
const MIN_JOBS = 2_000;

/** About this many chunks per import: enough to share the work evenly, few enough that a chunk's message costs little. */
const CHUNKS = 64;

/** The worker's heap: its jobs' texts and readings (some tens of MB for the largest file the limits accept). */
const RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 8, stackSizeMb: 4 };

/** A DateReader that shares a large import's date jobs with a worker; `close` ends the worker when no jobs came. */
export interface SharedDateReader extends DateReader {
  close: () => void;
}

/** A DateReader whose answers equal readDateJobs', read on two threads (this one and a worker) for a large import. */
export function sharedDateReader(options: SharedDateReaderOptions = {}): SharedDateReader {
  const minJobs = options.minJobs ?? MIN_JOBS;
  let started: { worker: Worker | null; port: MessagePort; shared: SharedArrayBuffer } | null = null;
  const start = () => {
    const shared = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
    const { port1, port2 } = new MessageChannel();
    let worker: Worker | null;
    try {
      worker = (options.start ?? startOwnProtocolTask)('read-dates', { shared, port: port2 } satisfies ReadDatesInput, {
        resourceLimits: options.resourceLimits ?? RESOURCE_LIMITS,
        transferList: [port2],
      });
      // A worker that fails (it could not start, it ran out of memory) only leaves its chunks to this thread.
      worker.on('error', () => undefined);
    } catch {
      worker = null;
    }
    return { worker, port: port1, shared };
  };
  const close = () => {
    if (!started) return;
    started.port.close();
    if (started.worker) void started.worker.terminate();
    started = null;
  };
  return {
    expect: (items) => {
      if (items >= minJobs) started ??= start();
    },
    read: (jobs, context) => {
      // Only a request costs (a recurrence is most often told by mayRecur alone).
      if (jobs.reduce((count, job) => (job.kind === 'request' ? count + 1 : count), 0) < minJobs) {
        close();
        return readDateJobs(jobs, context);
      }
      const own = (started ??= start());
      try {
        return readShared(jobs, context, own.port, new Int32Array(own.shared), options.minWaitMillis ?? 1_000, options.shareHere ?? true);
      } finally {
        close();
      }
    },
    close,
  };
}

function readShared(
  jobs: readonly DateJob[],
  context: DateJobContext,
  port: MessagePort,
  counters: Int32Array,
  minWaitMillis: number,
  shareHere: boolean,
): DateJobResult[] {
  const chunkSize = Math.ceil(jobs.length / CHUNKS);
  const chunks = Math.ceil(jobs.length / chunkSize);
  port.postMessage({ jobs, context, chunkSize } satisfies ReadDatesRequest);

  const results = new Array<DateJobResult[] | undefined>(chunks);
  const read = dateJobReader(context);
  const readChunk = (chunk: number) => read(jobs.slice(chunk * chunkSize, (chunk + 1) * chunkSize));
  const started = performance.now();
  let readHere = 0;
  while (shareHere) {
    const chunk = Atomics.add(counters, NEXT, 1);
    if (chunk >= chunks) break;
    results[chunk] = readChunk(chunk);
    readHere += 1;
  }
  const receive = () => {
    for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
      const { chunk, results: answer } = message.message as ChunkAnswer;
      results[chunk] ??= answer;
    }
  };
  const missing = () => {
    let count = 0;
    for (let chunk = 0; chunk < chunks; chunk += 1) if (results[chunk] === undefined) count += 1;
    return count;
  };
  // The worker's chunks still out: wait for them as long as reading them here would take four
  // times over (at least minWaitMillis), then read here whatever is still missing.
  const perChunk = readHere > 0 ? (performance.now() - started) / readHere : 0;
  const waitUntil = performance.now() + Math.max(minWaitMillis, 4 * perChunk * missing());
  for (;;) {
    const answered = Atomics.load(counters, ANSWERED);
    receive();
    if (missing() === 0) break;
    const left = waitUntil - performance.now();
    if (left <= 0) break;
    Atomics.wait(counters, ANSWERED, answered, left);
  }
  const all: DateJobResult[] = [];
  for (let chunk = 0; chunk < chunks; chunk += 1) all.push(...(results[chunk] ?? readChunk(chunk)));
  return all;
}
