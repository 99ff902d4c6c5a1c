// A large import reads its items' own deadlines on two threads (issue 28): whichever thread reads a
// chunk, the items and problems are exactly those resolveOwnDeadlines gives on one thread.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shareDeadlinesWithWorker } from '../../src/app/share-deadlines.ts';
import { defaultCalendar } from '../../src/domain/dates/calendar.ts';
import { linesOfText, readLayout, type SourceDocument } from '../../src/domain/layouts/index.ts';
import { parseOverview } from '../../src/domain/overview/index.ts';
import { resolveOwnDeadlines, type OwnDeadlinesReader, type ResolveDeadlinesOptions } from '../../src/domain/overview/resolve-deadlines.ts';
import type { OverviewItem } from '../../src/domain/overview/types.ts';

const SAMPLE = readFileSync(new URL('../fixtures/stand-van-zaken-nap-2025.txt', import.meta.url), 'utf8');
const LATER = readFileSync(new URL('../fixtures/overviews/stand-van-zaken-nap-2025-later.txt', import.meta.url), 'utf8');

/** 1,800 items to read again: the two fixtures' items over and over, without their deadlines, half without Kamerstuk (a warning each). */
function manyItems(): OverviewItem[] {
  const read = [[SAMPLE, '2025-04-01'], [LATER, '2025-04-15']].flatMap(([text, documentDate]) => {
    const parsed = parseOverview(text ?? '', { documentDate: documentDate ?? '' });
    if (!parsed.ok) throw new Error(parsed.code);
    return parsed.items;
  });
  return Array.from({ length: 1800 }, (_, i): OverviewItem => {
    const item = read[i % read.length] as OverviewItem;
    return {
      ...item,
      position: i + 1,
      line: i + 1,
      kamerstuk: i % 2 === 0 ? null : item.kamerstuk,
      deadline: null,
      deadlineFrom: null,
      recurrence: null,
      linkedTo: null,
    };
  });
}

const OPTIONS: ResolveDeadlinesOptions = { documentDate: '2025-05-01', calendar: defaultCalendar, fallbackVergaderjaar: '2024-2025' };

describe('shareDeadlinesWithWorker', () => {
  const items = manyItems();
  const alone = resolveOwnDeadlines(items, OPTIONS);

  it('the worker reads every chunk it is sent: the same items and problems as one thread', { timeout: 120_000 }, () => {
    expect(alone.problems.length).toBeGreaterThan(0);
    expect(alone.items.filter((item) => item.deadline !== null).length).toBeGreaterThan(100);
    const sharing = shareDeadlinesWithWorker({ mainClaims: false, sentShare: 1 });
    try {
      expect(sharing.read(items, OPTIONS)).toEqual(alone);
      // 1,800 items in chunks of 250.
      expect(sharing.workerChunks).toBe(8);
    } finally {
      sharing.stop();
    }
  });

  it('the main thread and the worker share the chunks: the same items and problems', { timeout: 120_000 }, () => {
    const sharing = shareDeadlinesWithWorker();
    try {
      expect(sharing.read(items, OPTIONS)).toEqual(alone);
    } finally {
      sharing.stop();
    }
  });

  it('a worker stopped before the document is read leaves every chunk to the main thread', () => {
    const sharing = shareDeadlinesWithWorker();
    sharing.stop();
    expect(sharing.read(items, OPTIONS)).toEqual(alone);
    expect(sharing.workerChunks).toBe(0);
  });
});

describe('readLayout with a reader of own deadlines', () => {
  it('reads every layout\'s deadlines through it, with the same result', () => {
    const counting = (): { reader: OwnDeadlinesReader; calls: () => number } => {
      let calls = 0;
      return {
        reader: (input, options) => {
          calls += 1;
          return resolveOwnDeadlines(input, options);
        },
        calls: () => calls,
      };
    };
    const csv = 'Soort;Tekst;Bewindspersoon;Stand van zaken\ntoezegging;De minister stuurt de Kamer voor de zomer van 2026 een brief.;SOCW;Loopt.\n';
    const documents: SourceDocument[] = [
      { format: 'text' as const, text: SAMPLE, blocks: linesOfText(SAMPLE) },
      { format: 'csv' as const, text: csv, blocks: [{ type: 'table' as const, line: 1, rows: csv.trim().split('\n').map((line) => line.split(';')) }] },
    ];
    for (const document of documents) {
      const spy = counting();
      const options = { documentDate: '2025-04-01', calendar: defaultCalendar };
      expect(readLayout(document, { ...options, readOwnDeadlines: spy.reader })).toEqual(readLayout(document, options));
      expect(spy.calls()).toBe(1);
    }
  });
});
