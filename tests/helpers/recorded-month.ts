// The recorded month (tests/fixtures/tk/real/, September 2025): real Tweede Kamer records rebuilt
// as SyncFeed pages. `serveRecordedMonth` puts them in a fake SyncFeed (tests/helpers/fake-syncfeed.ts)
// under its "<Category>|<skiptoken>" keys; the feeds end with the fake's empty rel="resume" page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FakeSyncFeed } from './fake-syncfeed.ts';

export const RECORDED_DIR = join(import.meta.dirname, '..', 'fixtures', 'tk', 'real');

/** "<Category>|<skiptoken>" → page file, as convert.py wrote them. */
export function recordedPages(): Map<string, string> {
  const index = JSON.parse(readFileSync(join(RECORDED_DIR, 'syncfeed', 'index.json'), 'utf8')) as Record<string, string>;
  return new Map(Object.entries(index).map(([key, file]) => [key, readFileSync(join(RECORDED_DIR, 'syncfeed', file), 'utf8')]));
}

/** Serves the recorded month's feeds (every category convert.py wrote; the sync reads the ones it knows). */
export function serveRecordedMonth(fake: FakeSyncFeed): void {
  for (const [key, xml] of recordedPages()) fake.pages.set(key, xml);
}

/** The motie texts of the recorded month: Document id → its Kamerstuk identifier and text from "De Kamer," on. */
export function recordedMotieTexts(): Record<string, { identifier: string; text: string }> {
  return JSON.parse(readFileSync(join(RECORDED_DIR, 'motie-texts-2025-09.json'), 'utf8')) as Record<string, { identifier: string; text: string }>;
}
