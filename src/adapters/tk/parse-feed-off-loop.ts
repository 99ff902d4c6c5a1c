// A SyncFeed page parsed in a worker thread (issue 22.8): fast-xml-parser parses a page in one
// synchronous call, 0.4-0.9 s for an ordinary 250-entry page on a busy machine and 1.6 s for a
// hostile one of 26 MB (2.2 MB after parse-feed.ts cuts its long texts), all of it a stall of the
// bot's event loop. The bot's scheduled sync parses here; the CLI parses in its own process.
import { runTask } from '../../worker/run-task.ts';
import type { ParseFeedResult } from './parse-feed.ts';

/** parseFeed, loaded on demand (the XML parser is never loaded at start-up). */
async function parseHere(body: string): Promise<ParseFeedResult> {
  return (await import('./parse-feed.ts')).parseFeed(body);
}

/** `here` parses when no worker can: one that cannot start (or dies) must not stop the sync. */
export async function parseFeedOffLoop(body: string, here: (body: string) => Promise<ParseFeedResult> = parseHere): Promise<ParseFeedResult> {
  try {
    return await runTask<ParseFeedResult>('parse-feed', body);
  } catch {
    return here(body);
  }
}
