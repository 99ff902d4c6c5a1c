import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { doneItemRow, itemMenuOptions, itemRow, itemText, mention, MENU_MAX_OPTIONS } from '../../../src/slack/blocks/item-row.ts';
import { blockKitViolations } from '../../helpers/block-kit-limits.ts';
import { makeItem } from '../../helpers/items.ts';
import { worstItem } from './worst-case.ts';

const today = '2025-11-28';
const asMessage = (blocks: KnownBlock[]) => ({ text: 'x', blocks });

describe('itemText', () => {
  it('shows kind and submitters, title, the verbatim term with its date and days, codes, Kamerstuk and id', () => {
    const item = makeItem({
      id: 12,
      title: 'Herstelrecht',
      submitters: ['Mutluer', 'Werner', 'Van der Laan'],
      cs: true,
      kamerstuk: { dossier: '36200-VIII', number: '12', vergaderjaar: '2024/25' },
      responsible: [{ code: 'SOCW', ministry: 'OCW' }, { code: 'MJenV', ministry: 'JenV' }],
      deadline: { earliest: null, deadline: '2025-07-03', text: 'voor de zomer van 2025', basis: 'calendar', soft: false, source: 'request' },
    });
    expect(itemText(item, today)).toBe(
      '*Motie Mutluer, Werner en Van der Laan c.s.*: Herstelrecht\n🗓 voor de zomer van 2025 → 3 juli 2025, bijna 5 maanden te laat\nSOCW, MJenV · Kamerstuk 36200-VIII, nr. 12 (2024/25) · #12',
    );
  });

  it('says "geschat", "geen termijn", and the status of an item that is no longer open', () => {
    expect(itemText(makeItem({ id: 1, kind: 'toezegging', submitters: [] }, null), today)).toBe('*Toezegging*: Motie 1\n🗓 geen termijn\nSOCW · #1');
    const estimated = makeItem({ id: 2, deadline: { earliest: null, deadline: '2025-12-01', text: 'eind 2025', basis: 'estimate', soft: true, source: 'status' } });
    expect(itemText(estimated, today)).toContain('🗓 eind 2025 → 1 december 2025 (geschat), over 3 dagen');
    expect(itemText(makeItem({ id: 3, status: 'done' }, '2025-01-01'), today)).toMatch(/· #3 · ✅ afgerond$/);
  });

  it('a Tweede Kamer motie shows the kabinetsappreciatie, and the Kamer\'s termijn beside an earlier term of its own (issue 24.5)', () => {
    const kamer = { earliest: null, deadline: '2025-12-01', text: 'termijn van de Kamer', basis: 'explicit', soft: false, source: 'kamer' } as const;
    const onlyKamer = makeItem({ id: 5, deadline: kamer, kamerTermijn: '2025-12-01', kabinetsappreciatie: 'Ontraden' });
    const text = itemText(onlyKamer, today);
    expect(text).toMatch(/· #5 · kabinetsappreciatie: Ontraden$/);
    // The term is the Kamer's: not said twice.
    expect(text).not.toContain('termijn van de Kamer: ');
    const earlier = makeItem({ id: 6, deadline: { ...kamer, deadline: '2025-10-01', text: 'voor 1 oktober 2025', source: 'request' }, kamerTermijn: '2025-12-01' });
    expect(itemText(earlier, today)).toContain('🗓 voor 1 oktober 2025 → 1 oktober 2025');
    expect(itemText(earlier, today)).toContain(' · termijn van de Kamer: 1 december 2025\n');
    expect(itemText(earlier, today, true)).toContain('termijn van de Kamer: 1 december 2025');
    const long = itemText(makeItem({ id: 7, kabinetsappreciatie: 'Oordeel Kamer <!channel> '.repeat(40) }), today);
    expect(long).not.toContain('<!channel>');
    expect(long.length).toBeLessThan(400);
  });

  it('keeps the id of an extreme item and every line within bounds', () => {
    const text = itemText(worstItem(987654, '2025-01-01'), today);
    expect(text).toContain('· #987654');
    expect(text.length).toBeLessThan(1200);
    expect(itemText(worstItem(987654, '2025-01-01'), today, true).length).toBeLessThan(450);
  });
});

describe('itemRow', () => {
  it('has "Afgerond" with a confirm dialog, and a menu with term and details', () => {
    const [section, actions] = itemRow(makeItem({ id: 7 }), { today, context: { scope: 'SOCW', page: 2 } });
    expect(section).toMatchObject({ type: 'section', block_id: 'item:7:text' });
    expect(actions).toMatchObject({
      type: 'actions',
      block_id: 'item:7:actions',
      elements: [
        { type: 'button', action_id: 'item_done', text: { text: 'Afgerond' }, value: '{"id":7,"scope":"SOCW","page":2}', confirm: { text: { text: 'Markeer #7 als afgerond: Motie 7' } } },
        {
          type: 'overflow',
          action_id: 'item_menu',
          options: [{ value: 'bewerken:7' }, { value: 'termijn:7' }, { value: 'status:7' }, { value: 'details:7' }],
        },
      ],
    });
  });

  it('builds the ⋯ menu from the item’s state and the viewer, never more than five entries', () => {
    const labels = (status: 'open' | 'done' | 'lapsed', mayChange: boolean, o: { snooze?: boolean; mayDelete?: boolean; compact?: boolean } = {}) =>
      itemMenuOptions({ id: 4, status }, mayChange, o).map((x) => x.text.text);
    // One wording in every message (issue 23): the digest (no snooze) has the same entries as a reminder.
    expect(labels('open', true)).toEqual(['Bewerken', 'Termijn wijzigen', 'Aanhouden, vervallen…', 'Details']);
    expect(labels('open', true, { snooze: true })).toEqual(['Bewerken', 'Termijn wijzigen', 'Aanhouden, vervallen…', 'Details', 'Herinner me volgende week']);
    expect(labels('open', true, { mayDelete: true })).toEqual(['Bewerken', 'Termijn wijzigen', 'Aanhouden, vervallen…', 'Details']);
    expect(labels('done', true)).toEqual(['Bewerken', 'Heropenen', 'Details']);
    expect(labels('lapsed', true, { mayDelete: true, snooze: true })).toEqual(['Bewerken', 'Heropenen', 'Verwijderen', 'Details', 'Herinner me volgende week']);
    expect(labels('open', false, { snooze: true })).toEqual(['Details', 'Herinner me volgende week']);
    // Compact rows (a message that would not fit otherwise) keep the short menu.
    expect(labels('open', true, { compact: true, snooze: true, mayDelete: true })).toEqual(['Termijn wijzigen', 'Details', 'Herinner me volgende week']);
    for (const status of ['open', 'done', 'lapsed'] as const) {
      for (const flags of [0, 1, 2, 3, 4, 5, 6, 7]) {
        const o = { snooze: (flags & 1) > 0, mayDelete: (flags & 2) > 0, compact: (flags & 4) > 0 };
        expect(itemMenuOptions({ id: 4, status }, true, o).length).toBeLessThanOrEqual(MENU_MAX_OPTIONS);
      }
    }
  });

  it('offers "Herinner me volgende week" on reminders only', () => {
    const options = (blocks: KnownBlock[]) => JSON.stringify(blocks).includes('snooze:3');
    expect(options(itemRow(makeItem({ id: 3 }), { today, snooze: true }))).toBe(true);
    expect(options(itemRow(makeItem({ id: 3 }), { today }))).toBe(false);
  });

  it('has no "Afgerond" for an item that is done, and no buttons when read-only', () => {
    expect(JSON.stringify(itemRow(makeItem({ id: 3, status: 'done' }), { today }))).not.toContain('item_done');
    expect(itemRow(makeItem({ id: 3 }), { today, readOnly: true })).toHaveLength(1);
  });

  it('stays within limits for an extreme item, and compact rows drop the dialog and are smaller', () => {
    const full = itemRow(worstItem(123456, '2025-01-01'), { today, context: { scope: 'x'.repeat(40), page: 99_999 }, snooze: true });
    const compact = itemRow(worstItem(123456, '2025-01-01'), { today, context: { scope: '', page: 0 }, compact: true });
    expect(blockKitViolations(asMessage(full), 'message')).toEqual([]);
    expect(blockKitViolations(asMessage(compact), 'message')).toEqual([]);
    expect(JSON.stringify(compact)).not.toContain('"confirm"');
    expect(JSON.stringify(compact).length).toBeLessThan(900);
  });
});

describe('doneItemRow', () => {
  it('strikes the item through, names who and when, and offers "Ongedaan maken" with the same context', () => {
    const blocks = doneItemRow(makeItem({ id: 4, title: 'Klaar' }), 'UBOB', '2025-09-15', { scope: '', page: 1 });
    expect(blocks).toEqual([
      { type: 'section', block_id: 'item:4:text', text: { type: 'mrkdwn', text: '~Motie Mutluer: Klaar~' } },
      { type: 'context', block_id: 'item:4:done', elements: [{ type: 'mrkdwn', text: '✅ Afgerond door <@UBOB> op 15 september 2025' }] },
      { type: 'actions', block_id: 'item:4:actions', elements: [{ type: 'button', action_id: 'item_undo', text: { type: 'plain_text', text: 'Ongedaan maken' }, value: '{"id":4,"scope":"","page":1}' }] },
    ]);
  });
});

describe('mention', () => {
  it.each([
    ['UBOB', '<@UBOB>'],
    ['W012ABC', '<@W012ABC>'],
    ['cli:Jan', 'Jan'],
    ['cli:<!channel>', '&lt;!channel&gt;'],
    ['import', 'de import van een overzicht'],
    ['U<!channel>', 'motiebot'],
  ])('%s → %s', (id, expected) => {
    expect(mention(id)).toBe(expected);
  });
});
