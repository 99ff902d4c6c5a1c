// A SyncFeed page parsed in a worker thread (issue 22.8): fast-xml-parser parses a page in one
// synchronous call, 0.4-0.9 s for an ordinary 250-entry page on a busy machine and 1.6 s for a
// hostile one of 26 MB (2.2 MB after parse-feed.ts cuts its long texts), all of it a stall of the
// bot's event loop. The bot's scheduled sync parses here; the CLI parses in its own process.
// The worker's heap and time are bounded: a page that outgrows them stops the run (the cursor
// stays where it was), and is never parsed again on the bot's own thread.
import { runTask } from '../../worker/run-task.ts';
import type { ParseFeedResult } from './parse-feed.ts';

export interface ParseWorkerLimits {
  maxHeapMb: number;
  maxMillis: number;
}

/** A page is at most 64 MB of bytes received (issue 22.6); an ordinary one parses in under a second. */
export const PARSE_WORKER_LIMITS: ParseWorkerLimits = { maxHeapMb: 768, maxMillis: 60_000 };

/** parseFeed, loaded on demand (the XML parser is never loaded at start-up). */
async function parseHere(body: string): Promise<ParseFeedResult> {
  return (await import('./parse-feed.ts')).parseFeed(body);
}

/** `here` parses when no worker can start (its file gone after an update): that must not stop the sync. */
export async function parseFeedOffLoop(
  body: string,
  here: (body: string) => Promise<ParseFeedResult> = parseHere,
  limits: ParseWorkerLimits = PARSE_WORKER_LIMITS,
): Promise<ParseFeedResult> {
  try {
    return await runTask<ParseFeedResult>('parse-feed', body, {
      signal: AbortSignal.timeout(limits.maxMillis),
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' || (error as Error).name === 'TimeoutError') {
      throw new Error(`feed page: the parsing worker gave up (${(error as Error).message}); the run stops here`, { cause: error });
    }
    return here(body);
  }
}
