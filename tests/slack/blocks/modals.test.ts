import type { ModalView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { buildConfirmationModal, buildDetailsModal, buildNewItemModal, buildTermModal, NEW_ITEM, TERM } from '../../../src/slack/blocks/modals.ts';
import { blockKitViolations } from '../../helpers/block-kit-limits.ts';
import { makeItem } from '../../helpers/items.ts';
import { worstItem } from './worst-case.ts';

describe('buildNewItemModal', () => {
  it('asks for kind, text, title, codes, term, Kamerstuk and indieners, with the channel in its metadata and its codes filled in', () => {
    const view = buildNewItemModal({ channelId: 'COCW' }, ['SOCW', 'MOCW']);
    expect(view).toMatchObject({ type: 'modal', callback_id: 'new_item_modal', private_metadata: '{"channelId":"COCW"}', submit: { text: 'Toevoegen' } });
    const blocks = view.blocks as { block_id: string; optional?: boolean; element: { action_id: string; initial_value?: string } }[];
    expect(blocks.map((b) => [b.block_id, b.element.action_id, b.optional ?? false])).toEqual([
      [NEW_ITEM.kind.block, NEW_ITEM.kind.action, false],
      [NEW_ITEM.text.block, NEW_ITEM.text.action, false],
      [NEW_ITEM.title.block, NEW_ITEM.title.action, true],
      [NEW_ITEM.codes.block, NEW_ITEM.codes.action, false],
      [NEW_ITEM.term.block, NEW_ITEM.term.action, true],
      [NEW_ITEM.kamerstuk.block, NEW_ITEM.kamerstuk.action, true],
      [NEW_ITEM.submitters.block, NEW_ITEM.submitters.action, true],
    ]);
    expect(blocks[3]!.element.initial_value).toBe('SOCW, MOCW');
    expect(blockKitViolations(view, 'modal')).toEqual([]);
  });

  it('leaves the codes empty in a channel without links', () => {
    expect(JSON.stringify(buildNewItemModal({}, []))).not.toContain('initial_value');
  });
});

describe('buildTermModal', () => {
  it('shows the item and its current term, and remembers the item and channel', () => {
    const item = makeItem({ id: 42, title: 'Herstelrecht' }, '2026-03-31');
    const view = buildTermModal(item, { channelId: 'COCW' });
    expect(view).toMatchObject({ callback_id: 'term_modal', title: { text: 'Termijn #42' }, private_metadata: '{"channelId":"COCW","itemId":42}' });
    expect(JSON.stringify(view.blocks)).toContain('*Herstelrecht*\\nNu: voor de zomer → 31 maart 2026');
    expect((view.blocks[1] as { block_id: string }).block_id).toBe(TERM.term.block);
    expect(JSON.stringify(buildTermModal(makeItem({ id: 1 }, null), {}).blocks)).toContain('Nu: geen termijn');
  });

  it('stays within limits for an extreme item with a huge id', () => {
    const view = buildTermModal(worstItem(987_654_321, '2026-01-01'), { channelId: 'C0123456789ABCDEF' });
    expect(blockKitViolations(view, 'modal')).toEqual([]);
    expect(JSON.stringify(view)).not.toMatch(/<!channel>|<ontwikkeling>/);
  });
});

describe('buildConfirmationModal and buildDetailsModal', () => {
  it('show lines as sections, keeping line breaks, with a short title', () => {
    const view = buildConfirmationModal('Een heel erg lange titel van de bevestiging', ['regel 1\nregel 2', 'x'.repeat(5000)]);
    expect((view as ModalView).title.text.length).toBeLessThanOrEqual(24);
    expect(JSON.stringify(view.blocks[0])).toContain('regel 1\\nregel 2');
    expect(blockKitViolations(view, 'modal')).toEqual([]);
    expect(blockKitViolations(buildDetailsModal(987_654_321, { blocks: [] }), 'modal')).toEqual([]);
  });
});
