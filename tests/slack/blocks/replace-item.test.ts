import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { replaceItemBlocks } from '../../../src/slack/blocks/replace-item.ts';

const block = (id: string | undefined, text = id ?? 'x'): KnownBlock => ({ type: 'section', ...(id ? { block_id: id } : {}), text: { type: 'mrkdwn', text } });

describe('replaceItemBlocks', () => {
  const message = [block('header'), block('item:1:text'), block('item:1:actions'), block(undefined, 'tussen'), block('item:12:text'), block('item:12:actions'), block('footer')];

  it('replaces all of one item\'s blocks where the first one was, and keeps the rest in order', () => {
    const out = replaceItemBlocks(message, 1, [block('item:1:text', 'nieuw'), block('item:1:done')]);
    expect(out.map((b) => b.block_id ?? 'tussen')).toEqual(['header', 'item:1:text', 'item:1:done', 'tussen', 'item:12:text', 'item:12:actions', 'footer']);
    expect(out[1]).toMatchObject({ text: { text: 'nieuw' } });
  });

  it('does not confuse item 1 with item 12', () => {
    const out = replaceItemBlocks(message, 12, []);
    expect(out.map((b) => b.block_id ?? 'tussen')).toEqual(['header', 'item:1:text', 'item:1:actions', 'tussen', 'footer']);
  });

  it('removes a previous notice of the item (the "done" context) too', () => {
    const withNotice = [block('item:5:text'), block('item:5:done'), block('item:5:actions'), block('rest')];
    expect(replaceItemBlocks(withNotice, 5, [block('item:5:text', 'terug')]).map((b) => b.block_id)).toEqual(['item:5:text', 'rest']);
  });

  it('leaves the message as it was when the item is not in it, and does not change its input', () => {
    const copy = structuredClone(message);
    expect(replaceItemBlocks(message, 99, [block('item:99:text')])).toEqual(message);
    expect(message).toEqual(copy);
  });
});
