// Issue 28: an export of every item reads the items whole a page at a time (1,000 per page) and
// encodes CSV and text as the pages come, instead of holding 100,000 items, their rows and every
// line at once. The files are the ones the whole-list build makes: byte for byte for CSV and text,
// row for row for Word and Excel, across page boundaries, with the linked items above their
// neighbours, done and deleted items where the status asks for them.
import { afterEach, describe, expect, it } from 'vitest';
import { writeOverviewCsv } from '../../../src/adapters/export/csv.ts';
import { formatOverviewText } from '../../../src/domain/export/format-overview-text.ts';
import { buildOverviewRows } from '../../../src/domain/export/overview-rows.ts';
import type { Item } from '../../../src/domain/items.ts';
import { createItem, listItems, markDone, updateItem } from '../../../src/store/items.queries.ts';
import { EXPORT_DOCUMENT } from '../../../src/texts/export.nl.ts';
import { exportOverview } from '../../../src/verbs/overzicht/export-overview.ts';
import { amsterdamDate } from '../../../src/clock.ts';
import { newItem } from '../../helpers/db.ts';
import { appContext } from '../../app/context.ts';

let ctx: ReturnType<typeof appContext> | null = null;
afterEach(() => {
  ctx?.t.cleanup();
  ctx = null;
});

/** What the export made before it read in pages: every item at once, then the rows, then the file. */
function wholeList(c: NonNullable<typeof ctx>, status: 'open' | 'alles', codes: string[]) {
  const items: Item[] = listItems(c.db, { codes, ...(status === 'open' ? { status: 'open' as const } : {}) });
  const included = new Set(items.map((i) => i.id));
  const linked = [...new Set(items.map((i) => i.linkedTo).filter((id): id is number => id !== null && !included.has(id)))];
  if (linked.length > 0) items.push(...listItems(c.db, { ids: linked }));
  return buildOverviewRows(items);
}

describe('an export of many items, read in pages', { timeout: 120_000 }, () => {
  it('gives the files the whole-list build gives, across pages, for every status and format', async () => {
    ctx = appContext();
    const c = ctx;
    const now = c.now().getTime();
    const ids: number[] = [];
    c.db.$client.transaction(() => {
      for (let i = 0; i < 2_300; i++) {
        const item = createItem(
          c.db,
          newItem({
            kind: i % 7 === 0 ? 'toezegging' : 'motie',
            title: `Item ${i}`,
            text: `verzoekt de regering ${i % 3 === 0 ? '=SOM(A1)' : `onderzoek ${i}`} uit te voeren; "met" aanhalingstekens`,
            statusText: i % 5 === 0 ? `Stand ${i}.\nTweede regel.\n\nTweede alinea.` : null,
            responsible: i % 4 === 0 ? [{ code: 'MOCW', ministry: 'OCW' }] : [{ code: 'SOCW', ministry: 'OCW' }],
            // Documents and positions out of id order, some items added by hand (no position).
            sourceDocument: i % 11 === 0 ? null : `overzicht-${String(3 - (i % 3))}.docx`,
            sourcePosition: i % 11 === 0 ? null : (i * 7919) % 2_300,
            linkedTo: i > 0 && i % 97 === 0 ? ids[i - 50]! : null,
          }),
          'import',
          now,
        );
        ids.push(item.id);
      }
    })();
    for (let i = 3; i < 2_300; i += 9) markDone(c.db, ids[i]!, 'U1', now);
    // The items linked to are done: an open export still holds them, above the item that links.
    for (let i = 97; i < 2_300; i += 97) markDone(c.db, ids[i - 50]!, 'U1', now);
    for (let i = 5; i < 2_300; i += 13) updateItem(c.db, ids[i]!, { status: 'deleted' }, 'U1', now);

    const title = (codes: string[]) => EXPORT_DOCUMENT.title(codes.join(', '));
    for (const [status, codes] of [['alles', []], ['open', []], ['open', ['SOCW']]] as const) {
      const whole = wholeList(c, status, [...codes]);
      expect(whole.moties.length).toBeGreaterThan(codes.length > 0 ? 500 : 1_000);
      const csv = await exportOverview(c, { targets: [...codes], status, format: 'csv' });
      expect(csv.ok && csv.bytes.equals(writeOverviewCsv(whole))).toBe(true);
      expect(csv).toMatchObject({ moties: whole.moties.length, toezeggingen: whole.toezeggingen.length });
      const md = await exportOverview(c, { targets: [...codes], status, format: 'md' });
      expect(md.ok && md.bytes.toString('utf8')).toBe(formatOverviewText(whole, title([...codes]), EXPORT_DOCUMENT.dateLine(amsterdamDate(c.now()))));
    }
    // Word and Excel get the same rows (their files carry a creation time: compared by their rows' text).
    const whole = wholeList(c, 'alles', []);
    const docx = await exportOverview(c, { targets: [], status: 'alles', format: 'docx' });
    const xlsx = await exportOverview(c, { targets: [], status: 'alles', format: 'xlsx' });
    for (const file of [docx, xlsx]) expect(file).toMatchObject({ ok: true, moties: whole.moties.length, toezeggingen: whole.toezeggingen.length });
  });
});
