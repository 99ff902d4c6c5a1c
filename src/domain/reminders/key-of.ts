// The sent-log key as one string, for sets and maps.
import type { MessageKey } from './types.ts';

export function keyOf(key: MessageKey): string {
  return `${key.what}\u0000${key.itemId}\u0000${key.channelId}\u0000${key.dueDate}`;
}
