// resolveDeadlines reads every status text once and every request once (issue 28): what it chooses
// must be exactly what one pickDeadline call per item, reading everything, chooses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDates, pickDeadline, tryReferenceFromVergaderjaar } from '../../../../src/domain/dates/index.ts';
import { parseStandVanZaken } from '../../../../src/import/layouts/stand-van-zaken/parse-stand-van-zaken.ts';
import { resolveDeadlines } from '../../../../src/import/layouts/read/resolve-deadlines.ts';
import type { ImportItem } from '../../../../src/import/layouts/import-item.ts';
import { SAMPLE, SAMPLE_DATE } from '../stand-van-zaken/sample.ts';

const LATER = readFileSync(new URL('../../../fixtures/overviews/stand-van-zaken-nap-2025-later.txt', import.meta.url), 'utf8');

function items(text: string, documentDate: string): ImportItem[] {
  const parsed = parseStandVanZaken(text, { documentDate });
  if (!parsed.ok) throw new Error(parsed.code);
  return parsed.items;
}

describe('resolveDeadlines', () => {
  it('chooses for every item what pickDeadline on its request and status chooses, also when items share a status text', () => {
    for (const [text, documentDate] of [[SAMPLE, SAMPLE_DATE], [LATER, '2025-04-15']] as const) {
      const read = items(text, documentDate);
      // Every status twice (the second time on an item whose request differs): the status is read once.
      const statuses = read.filter((item) => item.statusText).map((item) => item.statusText);
      const input: ImportItem[] = read.map((item, i) => ({
        ...item,
        statusText: i % 2 === 1 ? (statuses[(i * 7) % statuses.length] ?? item.statusText) : item.statusText,
        deadline: null,
        deadlineFrom: null,
        linkedTo: null,
      }));
      const { items: resolved } = resolveDeadlines(input, { documentDate, fallbackVergaderjaar: '2023/24' });
      const fallback = tryReferenceFromVergaderjaar('2023/24');
      let fromStatus = 0;
      input.forEach((item, i) => {
        const reference = (item.kamerstuk?.vergaderjaar ? tryReferenceFromVergaderjaar(item.kamerstuk.vergaderjaar) : null) ?? fallback ?? documentDate;
        const chosen = pickDeadline({ request: item.text, requestReference: reference, status: item.statusText, statusReference: documentDate });
        if (chosen?.source === 'status') fromStatus += 1;
        expect(resolved[i]?.deadline ?? null, `item ${i + 1}`).toEqual(
          chosen ? { earliest: chosen.earliest, deadline: chosen.deadline, text: chosen.text, basis: chosen.basis, soft: chosen.soft, source: chosen.source } : null,
        );
        expect(resolved[i]?.recurrence ?? null).toBe(
          chosen?.recurrence?.period ?? parseDates(item.text, { reference }).find((e) => e.recurrence)?.recurrence?.period ?? null,
        );
      });
      expect(fromStatus).toBeGreaterThan(0);
    }
  });
});
