// The recorded month (tests/fixtures/tk/real/, September 2025): real Tweede Kamer records rebuilt
// as SyncFeed pages. `serveRecordedMonth` puts them in a fake SyncFeed (tests/helpers/fake-syncfeed.ts)
// under its "<Category>|<skiptoken>" keys; the feeds end with the fake's empty rel="resume" page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FakeSyncFeed } from './fake-syncfeed.ts';

export const RECORDED_DIR = join(import.meta.dirname, '..', 'fixtures', 'tk', 'real');

/**
 * The recorded months: September 2025 and March 2025 (the routing was tuned on them), May, June, April and July 2025
 * November and December 2024 (each held out once, tuned on since), October 2024 (labelled in session 8, measured
 * once with the rules as they were, then a development month), February 2025 (held out in session 8, then a development
 * month), September 2024 (labelled in session 8 by h1b, measured once, then a development month) and October 2025 (labelled
 * in session 9 first, measured once with main's rules, then a development month) and January 2025 (labelled in session 10 first,
 * measured once with main's rules; not in dossier-history.json).
 */
export type RecordedMonth = '2025-09' | '2025-03' | '2025-05' | '2025-06' | '2025-04' | '2025-07' | '2024-11' | '2024-12' | '2024-10' | '2025-02' | '2024-09' | '2025-10' | '2025-01';

/** The folder of a recorded month (September 2025 is the original `real/`, March 2025 `real-2025-03/`). */
export function recordedDir(month: RecordedMonth = '2025-09'): string {
  return month === '2025-09' ? RECORDED_DIR : join(import.meta.dirname, '..', 'fixtures', 'tk', `real-${month}`);
}

/** "<Category>|<skiptoken>" → page file, as convert.py wrote them. */
export function recordedPages(month: RecordedMonth = '2025-09'): Map<string, string> {
  const dir = recordedDir(month);
  const index = JSON.parse(readFileSync(join(dir, 'syncfeed', 'index.json'), 'utf8')) as Record<string, string>;
  return new Map(Object.entries(index).map(([key, file]) => [key, readFileSync(join(dir, 'syncfeed', file), 'utf8')]));
}

/** Serves the recorded month's feeds (every category convert.py wrote; the sync reads the ones it knows). */
export function serveRecordedMonth(fake: FakeSyncFeed, month: RecordedMonth = '2025-09'): void {
  for (const [key, xml] of recordedPages(month)) fake.pages.set(key, xml);
}

/** The motie texts of the recorded month: Document id → its Kamerstuk identifier and text from "De Kamer," on. */
export function recordedMotieTexts(month: RecordedMonth = '2025-09'): Record<string, { identifier: string; text: string }> {
  return JSON.parse(readFileSync(join(recordedDir(month), `motie-texts-${month}.json`), 'utf8')) as Record<string, { identifier: string; text: string }>;
}
