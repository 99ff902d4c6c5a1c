// `afgerond 6 7 [met Kamerstuk 36222-45 | met https://…]`: the numbers and the Kamerbrief, read
// once for Slack and the CLI (which passes --met as `met …`).
import { parseItemId } from '../../domain/item-id.ts';

/** At most this many numbers at once. */
export const AFGEROND_MAX_NUMBERS = 25;

export type AfgerondArgs =
  /** `ids` without repeats, in the order typed; `reference` '' when none was given. */
  | { ok: true; ids: number[]; reference: string }
  | { ok: false; code: 'VERB_ID_MISSING' }
  | { ok: false; code: 'VERB_TOO_MANY_NUMBERS'; max: number };

export function readAfgerond(text: string): AfgerondArgs {
  // Always matches (lazy words, optional `met …`); the `?.` only satisfies the types.
  const m = /^(.*?)(?:\s+met\s+(.+))?$/is.exec(text.trim());
  const words = (m?.[1] ?? '').split(/[\s,]+/).filter(Boolean);
  // A link as Slack sends it (<https://…|label>) is the link.
  const reference = (m?.[2] ?? '').replace(/^<([^|>]+)(?:\|[^>]*)?>$/, '$1').trim();
  const ids = words.map((w) => parseItemId(w));
  if (words.length === 0 || ids.some((id) => id === null)) return { ok: false, code: 'VERB_ID_MISSING' };
  if (ids.length > AFGEROND_MAX_NUMBERS) return { ok: false, code: 'VERB_TOO_MANY_NUMBERS', max: AFGEROND_MAX_NUMBERS };
  return { ok: true, ids: [...new Set(ids as number[])], reference };
}
