// The reading worker's options, and its head start (issue 28): a Word, Excel or PDF file is always
// read in a worker of its own (read-source.ts decodeSourceInWorker); started while the importing
// thread still loads its code and reads the file, its thread and the readers' code are ready when
// the bytes are. A small module: the CLI loads it before the import command's code.
import type { ResourceLimits } from 'node:worker_threads';
import { prestartWorker } from '../../worker/run-task.ts';
import { DEFAULT_LIMITS, type DocumentLimits } from './limits.ts';

/**
 * The reading worker's heap limits (decodeSourceInWorker, prestartSourceReading: the same options,
 * so the one takes the other's worker). A young generation of at most 8 MB (was 32, then 16): the
 * process peaks while the worker reads the document, with the importing thread's heap still there;
 * a 10k-row Word file peaked 274-299 MB with 32, 255-268 MB with 16; ten 10k-row Word files in one
 * import 318-331 MiB with 16, 308-314 with 8 (alternated; once 323), the worker's CPU the same or less
 * (issue 28).
 */
export function readingResourceLimits(limits: DocumentLimits): ResourceLimits {
  return { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: Math.min(8, Math.max(4, Math.floor(limits.maxHeapMb / 32))), stackSizeMb: 4 };
}

/**
 * Starts the reading worker before the file is read (a Word, Excel or PDF file is always read
 * there): its thread and the readers' code load while this thread reads the file and loads its
 * own code, about 0.1 s of a 10,000-row import's start (issue 28). It is used once, for the next
 * decodeSourceInWorker with these limits, and ends after `millis` if none comes.
 */
export function prestartSourceReading(limits: DocumentLimits = DEFAULT_LIMITS, millis = 30_000): void {
  try {
    prestartWorker('read-source', { resourceLimits: readingResourceLimits(limits) }, millis);
  } catch {
    // Only a head start: a worker that cannot start is reported by the read itself (decodeSourceInWorker).
  }
}
