// The bewindspersoon codes a new item in a channel most likely gets: the codes the channel is
// linked to, and for each ministry it is linked to, the code most of that ministry's items have.
import { ministryOfCode } from './codes.ts';

export interface ChannelCodes {
  /** Filled in on the new-item form. */
  preselected: string[];
  /** Every code the channel works with (its links' codes and its ministries' codes in use). */
  known: string[];
}

/**
 * @param links the channel's links (code or ministry)
 * @param inUse the codes the items of the linked ministries have, most used first
 */
export function channelCodes(
  links: readonly { target: string; targetKind: 'code' | 'ministry' }[],
  inUse: readonly { code: string; ministry: string }[],
): ChannelCodes {
  const preselected = links.filter((l) => l.targetKind === 'code').map((l) => l.target);
  const known = [...preselected];
  const coveredMinistries = new Set<string>();
  for (const { code, ministry } of inUse) {
    if (!known.includes(code)) known.push(code);
    // A ministry whose code is linked itself keeps that code; else its most used code.
    const linkedCodeOfMinistry = preselected.some((c) => ministryOfCode(c) === ministry);
    if (!coveredMinistries.has(ministry) && !linkedCodeOfMinistry) preselected.push(code);
    coveredMinistries.add(ministry);
  }
  return { preselected, known };
}
