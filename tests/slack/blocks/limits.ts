// Block Kit limits from SLACK.md, checked on a whole message.
import type { KnownBlock } from '@slack/types';

export function blockKitProblems(message: { text: string; blocks: KnownBlock[] }): string[] {
  const problems: string[] = [];
  if (message.blocks.length > 50) problems.push(`${message.blocks.length} blocks`);
  const chars = JSON.stringify(message.blocks).length;
  if (chars > 13_000) problems.push(`${chars} characters of blocks`);
  if (!message.text || message.text.length > 4000) problems.push(`fallback text of ${message.text.length}`);
  const ids = new Set<string>();
  for (const b of message.blocks) {
    if (b.block_id) {
      if (ids.has(b.block_id)) problems.push(`duplicate block_id ${b.block_id}`);
      ids.add(b.block_id);
      if (b.block_id.length > 255) problems.push('block_id too long');
    }
    if (b.type === 'header' && b.text.text.length > 150) problems.push('header too long');
    if (b.type === 'section' && b.text && b.text.text.length > 3000) problems.push('section too long');
    if (b.type === 'context' && b.elements.length > 10) problems.push('context too long');
    if (b.type === 'actions') {
      if (b.elements.length > 25) problems.push('actions too long');
      for (const e of b.elements) {
        if (e.type === 'button' && e.text.text.length > 75) problems.push('button text too long');
        if (e.type === 'overflow' && e.options.length > 5) problems.push('overflow too long');
      }
    }
  }
  return problems;
}
