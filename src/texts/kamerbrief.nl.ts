// Every Dutch sentence about proposed Kamerbrieven: why a letter is proposed for an item, how
// sure, and what the buttons and `motie voorstellen` say.
import { formatDateNl } from '../domain/dates/format-date.ts';
import type { MatchReason, MatchStrength } from '../domain/kamerbrief/types.ts';

export function reasonNl(reason: MatchReason): string {
  switch (reason.code) {
    case 'KB_REGISTER_LINK':
      return `het toezeggingenregister noemt deze brief (${reason.documentNummer})`;
    case 'KB_CITES_KAMERSTUK':
      return `noemt Kamerstuk ${reason.kamerstuk}`;
    case 'KB_CITES_NUMBER':
      return `noemt ${reason.nummer}`;
    case 'KB_NAMES_SUBMITTERS':
      return `noemt ${reason.names.length === 1 ? 'de indiener' : 'de indieners'} (${reason.names.join(', ')})`;
    case 'KB_SUBJECT':
      return `onderwerp komt overeen (${reason.words.join(', ')})`;
    case 'KB_DEBATE':
      return `noemt het debat${reason.name ? ` ${reason.name}` : ''}${reason.date ? ` van ${formatDateNl(reason.date)}` : ''}`;
  }
}

/** The reasons of one proposal as one phrase: "noemt Kamerstuk 32849-274". */
export function reasonsNl(reasons: readonly MatchReason[]): string {
  const codes = new Set(reasons.map((r) => r.code));
  if (codes.has('KB_NAMES_SUBMITTERS') && codes.has('KB_SUBJECT') && codes.size === 2) return 'indieners en onderwerp komen overeen';
  return reasons.map(reasonNl).join('; ');
}

export const STRENGTH_NL: Record<MatchStrength, string> = { zeker: 'zeker', waarschijnlijk: 'waarschijnlijk', mogelijk: 'mogelijk' };
