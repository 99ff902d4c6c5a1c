// Punctuality per code as blocks, for /motie status and the Home tab. Pure.
import type { KnownBlock } from '@slack/types';
import type { Punctuality } from '../../domain/punctuality.ts';
import { ITEM_TEXT } from '../../texts/items.nl.ts';
import { truncateLines } from './mrkdwn.ts';

/** A heading and a line per code, whole lines within Slack's limit of a text. */
function punctualityText(list: readonly Punctuality[], max = 2900): string {
  const lines = list.length > 0 ? list.map((p) => ITEM_TEXT.punctuality.line(p)) : [ITEM_TEXT.punctuality.none];
  return truncateLines([`*${ITEM_TEXT.punctuality.header}*`, ...lines].join('\n'), max);
}

export function punctualityBlock(list: readonly Punctuality[]): KnownBlock {
  return { type: 'context', block_id: 'punctuality', elements: [{ type: 'mrkdwn', text: punctualityText(list) }] };
}
