// Updating one item inside a message that Slack sent back with a click: the item's blocks are
// replaced, everything else stays as it was.
import type { KnownBlock } from '@slack/types';
import { itemIdOfBlock } from './ids.ts';

export function replaceItemBlocks(blocks: readonly KnownBlock[], itemId: number, replacement: KnownBlock[]): KnownBlock[] {
  const out: KnownBlock[] = [];
  let replaced = false;
  for (const block of blocks) {
    if (itemIdOfBlock(block.block_id) === itemId) {
      if (!replaced) out.push(...replacement);
      replaced = true;
      continue;
    }
    out.push(block);
  }
  return out;
}
