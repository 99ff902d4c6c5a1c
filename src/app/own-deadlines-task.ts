// The worker thread's half of reading an import's own deadlines (share-deadlines.ts): it waits for
// one job on its port, then claims chunks of items from the back while the main thread claims them
// from the front, posts each chunk's deadline fields and marks it done in the shared state.
import type { MessagePort } from 'node:worker_threads';
import { resolveOwnDeadlines, type ResolveDeadlinesOptions } from '../domain/overview/resolve-deadlines.ts';
import type { OverviewItem, OverviewProblem } from '../domain/overview/types.ts';

/** Slots of the shared state (an Int32Array): claims so far, then one per chunk. */
export const CLAIMS = 0;
export const FIRST_CHUNK_SLOT = 1;
/** A chunk's slot: the worker has taken it; the worker has posted its result. */
const TAKEN = 1;
export const POSTED = 2;

/** The fields resolveOwnDeadlines sets on an item: all a chunk's answer carries back. */
export type DeadlineFields = Pick<OverviewItem, 'deadline' | 'deadlineFrom' | 'recurrence' | 'requestReference' | 'requestReferenceFrom'>;

export interface DeadlineJob {
  /** Int32Array over it: [claims, state of chunk 0, state of chunk 1, …]. */
  shared: SharedArrayBuffer;
  chunkCount: number;
  /** The chunks from `firstSent` to the last, in order: the worker can take only these. */
  firstSent: number;
  chunks: OverviewItem[][];
  options: ResolveDeadlinesOptions;
}

export interface ChunkAnswer {
  chunk: number;
  fields: DeadlineFields[];
  problems: OverviewProblem[];
}

function deadlineFieldsOf(item: OverviewItem): DeadlineFields {
  return {
    deadline: item.deadline,
    deadlineFrom: item.deadlineFrom,
    recurrence: item.recurrence,
    requestReference: item.requestReference,
    requestReferenceFrom: item.requestReferenceFrom,
  };
}

/** The worker task (src/worker/entry.ts 'own-deadlines'): answers one job; returns how many chunks it read. */
export async function ownDeadlinesTask(input: { port: MessagePort }): Promise<number> {
  const { port } = input;
  const job = await new Promise<DeadlineJob>((resolve) => {
    port.once('message', (message: DeadlineJob) => {
      resolve(message);
    });
  });
  const state = new Int32Array(job.shared);
  let taken = 0;
  for (;;) {
    const chunk = job.chunkCount - 1 - taken;
    // Only the chunks it was sent; the main thread reads the others.
    if (chunk < job.firstSent) break;
    if (Atomics.add(state, CLAIMS, 1) >= job.chunkCount) break;
    taken += 1;
    Atomics.store(state, FIRST_CHUNK_SLOT + chunk, TAKEN);
    const items = job.chunks[chunk - job.firstSent] ?? [];
    const own = resolveOwnDeadlines(items, job.options);
    const answer: ChunkAnswer = { chunk, fields: own.items.map(deadlineFieldsOf), problems: own.problems };
    port.postMessage(answer);
    Atomics.store(state, FIRST_CHUNK_SLOT + chunk, POSTED);
    Atomics.notify(state, FIRST_CHUNK_SLOT + chunk);
  }
  port.close();
  return taken;
}
