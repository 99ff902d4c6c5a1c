import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../../src/domain/items.ts';
import { doneItemRow, itemRowWithNote } from '../../../src/slack/blocks/item-row.ts';
import { buildStatusMessage, STATUS_PAGE_SIZE, statusCountsLine, type StatusRow, type StatusView } from '../../../src/slack/blocks/status.ts';
import { dueOf } from '../../../src/domain/due.ts';
import { blockKitViolations } from '../../helpers/block-kit-limits.ts';
import { makeItem } from '../../helpers/items.ts';
import { worstItem } from './worst-case.ts';

const today = '2025-09-15';
const counts = { open: 60, overdue: 30, soon: 17, later: 8, noTerm: 5, done: 9 };
const ids = (blocks: KnownBlock[]) => blocks.map((b) => /^item:(\d+):text$/.exec(b.block_id ?? '')?.[1]).filter(Boolean).map(Number);
const texts = (blocks: KnownBlock[]) => JSON.stringify(blocks);
const actionIds = (blocks: KnownBlock[]) => blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => ('action_id' in e ? (e.action_id ?? '') : '')) : []));

/** Items as rows of a status list, each in the group its term puts it in. */
function rows(items: Item[]): StatusRow[] {
  const group = { overdue: 'overdue', soon: 'soon', later: 'later', none: 'none', done: 'done' } as const;
  return items.map((item) => ({ item, group: group[dueOf(item, today).state] }));
}

function view(over: Partial<Omit<StatusView, 'items'>> & { items?: Item[] } = {}): StatusView {
  const items: Item[] = over.items ?? [
    makeItem({ id: 1 }, '2025-08-01'),
    makeItem({ id: 2 }, '2025-09-01'),
    makeItem({ id: 3 }, '2025-09-20'),
  ];
  return { scopeLabel: 'SOCW', scope: '', counts, page: 0, total: 3, today, ...over, items: rows(items) };
}

describe('buildStatusMessage', () => {
  it('has the header, the counts first, then the overdue and the soon items under their headings', () => {
    const msg = buildStatusMessage(view());
    expect(msg.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Stand van zaken: SOCW' } });
    expect(msg.blocks[1]).toMatchObject({ text: { text: '*60* open · *30* te laat · *17* binnen 4 weken · *8* later · *5* zonder termijn · *9* afgerond' } });
    expect(msg.blocks[2]).toMatchObject({ type: 'context', elements: [{ text: 'Peildatum 15 september 2025' }] });
    const all = texts(msg.blocks);
    expect(all.indexOf('🔴 Te laat')).toBeLessThan(all.indexOf('item:1:text'));
    expect(all.indexOf('item:2:text')).toBeLessThan(all.indexOf('🟠 Binnen 4 weken'));
    expect(all.indexOf('🟠 Binnen 4 weken')).toBeLessThan(all.indexOf('item:3:text'));
    expect(ids(msg.blocks)).toEqual([1, 2, 3]);
    expect(msg.text).toBe('Stand van zaken SOCW: 60 open, 30 te laat, 17 binnen 4 weken, 8 later, 5 zonder termijn.');
    expect(blockKitViolations(msg, 'message')).toEqual([]);
  });

  it('has no paging on a single page, and a share button', () => {
    expect(actionIds(buildStatusMessage(view()).blocks).filter((a) => !a.startsWith('item_'))).toEqual(['status_share']);
  });

  it('pages: "Volgende" and "nog N andere" on the first page, "Vorige" and "Volgende" in the middle, only "Vorige" on the last', () => {
    const page = (p: number, n: number) => buildStatusMessage(view({ page: p, total: 47, items: Array.from({ length: n }, (_, i) => makeItem({ id: 100 + p * 10 + i }, '2025-09-01')) }));
    const nav = (m: { blocks: KnownBlock[] }) => actionIds(m.blocks).filter((a) => a.startsWith('status_'));
    const first = page(0, 10);
    expect(nav(first)).toEqual(['status_page:next', 'status_share']);
    expect(texts(first.blocks)).toContain('…en nog 37 andere (knop Volgende).');
    expect(texts(first.blocks)).toContain('"text":"Volgende 10"');
    expect(texts(first.blocks)).toContain('"value":"{\\"scope\\":\\"\\",\\"page\\":1}"');
    expect(nav(page(2, 10))).toEqual(['status_page:prev', 'status_page:next', 'status_share']);
    expect(texts(page(3, 10).blocks)).toContain('"text":"Volgende 7"');
    const last = page(4, 7);
    expect(nav(last)).toEqual(['status_page:prev', 'status_share']);
    expect(texts(last.blocks)).not.toContain('en nog');
    expect(texts(buildStatusMessage(view({ page: 0, total: 11, items: Array.from({ length: 10 }, (_, i) => makeItem({ id: i + 1 }, '2025-09-01')) })).blocks)).toContain('…en nog 1 ander (knop Volgende).');
  });

  it('a shared copy keeps the item buttons but has no paging or share buttons', () => {
    const msg = buildStatusMessage(view({ shared: true, total: 47 }));
    expect(actionIds(msg.blocks).filter((a) => a.startsWith('status_'))).toEqual([]);
    expect(actionIds(msg.blocks)).toContain('item_done');
    expect(texts(msg.blocks)).toContain('…en nog 44 andere.');
  });

  it('says all is well when there is nothing to show', () => {
    const none = { open: 0, overdue: 0, soon: 0, later: 0, noTerm: 0, done: 2 };
    expect(texts(buildStatusMessage(view({ counts: none, total: 0, items: [] })).blocks)).toContain('🎉 Niets te laat en niets dat binnen 4 weken moet.');
  });

  it('says so above the later items when nothing is overdue or due soon, and never when something is', () => {
    const onlyLater = { open: 1, overdue: 0, soon: 0, later: 1, noTerm: 0, done: 0 };
    const later = buildStatusMessage(view({ counts: onlyLater, total: 1, items: [makeItem({ id: 7 }, '2026-03-01')] }));
    expect(texts(later.blocks)).toContain('🎉 Niets te laat');
    expect(texts(later.blocks)).toContain('*🔵 Later* (1)');
    expect(texts(buildStatusMessage(view()).blocks)).not.toContain('🎉');
  });

  it('puts every group under its heading with its count, in the order te laat, binnen 4 weken, later, zonder termijn', () => {
    const c = { open: 4, overdue: 1, soon: 1, later: 1, noTerm: 1, done: 0 };
    const items = [makeItem({ id: 1 }, '2025-08-01'), makeItem({ id: 2 }, '2025-09-20'), makeItem({ id: 3 }, '2026-01-01'), makeItem({ id: 4 }, null)];
    const all = texts(buildStatusMessage(view({ counts: c, total: 4, items })).blocks);
    const at = (s: string) => all.indexOf(s);
    expect(at('*🔴 Te laat* (1)')).toBeGreaterThan(0);
    expect(at('*🔴 Te laat* (1)')).toBeLessThan(at('item:1:text'));
    expect(at('item:1:text')).toBeLessThan(at('*🟠 Binnen 4 weken* (1)'));
    expect(at('*🟠 Binnen 4 weken* (1)')).toBeLessThan(at('item:2:text'));
    expect(at('item:2:text')).toBeLessThan(at('*🔵 Later* (1)'));
    expect(at('*🔵 Later* (1)')).toBeLessThan(at('item:3:text'));
    expect(at('item:3:text')).toBeLessThan(at('*⚪ Zonder termijn* (1)'));
    expect(at('*⚪ Zonder termijn* (1)')).toBeLessThan(at('item:4:text'));
  });

  it('marks a group that started on the page before, and shows the filter in words', () => {
    const msg = buildStatusMessage(view({ page: 1, total: 13, continues: true, filterLabel: 'alleen moties' }));
    expect(texts(msg.blocks)).toContain('*🔴 Te laat* (30) — vervolg');
    expect(texts(msg.blocks)).toContain('Filter: alleen moties');
    const empty = buildStatusMessage(view({ total: 0, items: [], filterLabel: 'zonder termijn' }));
    expect(texts(empty.blocks)).toContain('Geen moties of toezeggingen die bij dit filter passen.');
  });

  it('puts the notice of an item no longer in the list (just marked done) above the list', () => {
    const notice = doneItemRow(makeItem({ id: 2, status: 'done' }), 'UBOB', today, { scope: '', page: 0 });
    const msg = buildStatusMessage(view({ notice, items: [makeItem({ id: 1 }, '2025-08-01'), makeItem({ id: 3 }, '2025-09-20')] }));
    expect(ids(msg.blocks)).toEqual([2, 1, 3]);
    expect(blockKitViolations(msg, 'message')).toEqual([]);
  });

  it('shows a reopened row ("Ongedaan maken") in its own group, not on top, and leaves no empty group heading', () => {
    const reopened = makeItem({ id: 3 }, '2025-09-20');
    const notice = itemRowWithNote(reopened, { today, context: { scope: '', page: 0 } }, '#3 staat weer open.');
    const msg = buildStatusMessage(view({ notice, items: [makeItem({ id: 1 }, '2025-08-01'), reopened] }));
    expect(ids(msg.blocks)).toEqual([1, 3]); // block_ids stay unique: the row is drawn once
    const all = texts(msg.blocks);
    expect(all.indexOf('🟠 Binnen 4 weken')).toBeLessThan(all.indexOf('item:3:text'));
    expect(all.indexOf('item:3:text')).toBeLessThan(all.indexOf('#3 staat weer open.'));
    // Every group heading has a row under it.
    const headings = msg.blocks.flatMap((b, i) => (b.type === 'section' && /🔴|🟠|🔵|⚪/.test(JSON.stringify(b)) ? [i] : []));
    for (const index of headings) expect(msg.blocks[index + 1]?.block_id).toMatch(/^item:\d+:text$/);
    expect(blockKitViolations(msg, 'message')).toEqual([]);
  });

  it('escapes the scope label in the fallback text', () => {
    expect(buildStatusMessage(view({ scopeLabel: '<!channel>' })).text).toContain('&lt;!channel&gt;');
  });

  it(`stays under 13,000 characters with ${STATUS_PAGE_SIZE} extreme items and the largest notice, drawing the rows shorter`, () => {
    const items = Array.from({ length: STATUS_PAGE_SIZE }, (_, i) => worstItem(900_000 + i, '2025-09-01'));
    const notice = doneItemRow(worstItem(5, '2025-09-01'), 'UBOB', today);
    const msg = buildStatusMessage(view({ items, total: 500, page: 3, scope: 'x'.repeat(40), notice }));
    expect(blockKitViolations(msg, 'message')).toEqual([]);
    expect(ids(msg.blocks)).toHaveLength(STATUS_PAGE_SIZE + 1);
    expect(texts(msg.blocks)).not.toContain('"confirm"');
    // Ordinary items keep their full rows and confirm dialogs.
    expect(texts(buildStatusMessage(view({ items: Array.from({ length: 10 }, (_, i) => makeItem({ id: i + 1 }, '2025-09-01')), total: 10 })).blocks)).toContain('"confirm"');
  });

  it('statusCountsLine lists the six counts in order', () => {
    expect(statusCountsLine({ open: 1, overdue: 2, soon: 3, later: 6, noTerm: 4, done: 5 })).toBe(
      '*1* open · *2* te laat · *3* binnen 4 weken · *6* later · *4* zonder termijn · *5* afgerond',
    );
  });
});
