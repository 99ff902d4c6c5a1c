// Every Dutch sentence about proposed Kamerbrieven: why a letter is proposed for an item, how
// sure, and what the buttons and `motie voorstellen` say.
import { formatDateNl } from '../domain/dates/format-date.ts';
import type { IsoDate } from '../domain/dates/types.ts';
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

/** What `motie voorstellen` and `motie sync tk` print. */
export const KAMERBRIEF_CLI = {
  none: 'Er wachten geen voorgestelde Kamerbrieven.',
  header: (count: number) => `${count} ${count === 1 ? 'voorgestelde Kamerbrief wacht' : 'voorgestelde Kamerbrieven wachten'} op een antwoord (in Slack: Afgerond met deze brief, Deels of Hoort er niet bij):`,
  line: (p: { itemId: number; documentNummer: string | null; datum: IsoDate | null; onderwerp: string; strength: MatchStrength; reason: string }) =>
    `#${p.itemId}  ${p.documentNummer ?? '(zonder nummer)'}${p.datum ? ` van ${formatDateNl(p.datum)}` : ''} (${STRENGTH_NL[p.strength]}: ${p.reason})\n      ${p.onderwerp}`,
  sync: (letters: number, proposals: number) =>
    `Kamerbrieven: ${letters} gelezen, ${proposals} ${proposals === 1 ? 'nieuw voorstel' : 'nieuwe voorstellen'} (zie motie voorstellen).`,
} as const;

/** The proposal message in the item's channel, its buttons and the answers. */
export const KAMERBRIEF_SLACK = {
  heading: (item: string) => `📬 *Kamerbrief die ${item} mogelijk afdoet*`,
  letter: (link: string, datum: IsoDate | null, nummer: string | null) => {
    const about = [nummer, datum ? formatDateNl(datum) : null].filter(Boolean).join(', ');
    return about ? `${link} (${about})` : link;
  },
  why: (strength: MatchStrength, reason: string) => `Waarom: ${reason} (${STRENGTH_NL[strength]}).`,
  ask: 'Hoort deze brief bij dit item? motiebot sluit niets zelf af.',
  fallback: (itemId: number, nummer: string | null) => `Kamerbrief${nummer ? ` ${nummer}` : ''} doet #${itemId} mogelijk af.`,
  untitled: 'Kamerbrief zonder onderwerp',
  buttonDone: 'Afgerond met deze brief',
  buttonPartly: 'Deels',
  buttonRejected: 'Hoort er niet bij',
  answered: (answer: 'done' | 'partly' | 'rejected', user: string, itemId: number) =>
    answer === 'done'
      ? `✅ ${user} heeft #${itemId} afgerond met deze brief.`
      : answer === 'partly'
        ? `🟡 ${user}: deze brief doet #${itemId} deels af; de stand van zaken is bijgewerkt en het item blijft open.`
        : `➖ ${user}: deze brief hoort niet bij #${itemId}. Hij wordt niet opnieuw voorgesteld.`,
  alreadyAnswered: 'Op dit voorstel is al geantwoord. Er is niets veranderd.',
  gone: 'Dit voorstel bestaat niet meer. Er is niets veranderd.',
  partlyTooLong: (itemId: number, max: number) =>
    `De stand van zaken van #${itemId} wordt met deze brief langer dan ${max} tekens. Maak hem eerst korter (\`/motie stand ${itemId} …\`) en klik dan opnieuw op Deels. Er is niets veranderd.`,
  /** The stand van zaken after "Deels". */
  partlyText: (previous: string | null, nummer: string | null, datum: IsoDate | null, onderwerp: string) => {
    const line = `Deels afgedaan met Kamerbrief${nummer ? ` ${nummer}` : ''}${datum ? ` van ${formatDateNl(datum)}` : ''}: ${onderwerp}`;
    return previous?.trim() ? `${previous.trim()}\n${line}` : line;
  },
  /** App Home: the proposals the person may answer. */
  homeHeader: (count: number) => `*Voorgestelde Kamerbrieven: ${count} ${count === 1 ? 'wacht' : 'wachten'} op een antwoord*`,
  homeHint: 'Antwoord hier of onder het voorstel in het kanaal van het item. motiebot sluit niets zelf af.',
  homeMore: (count: number) => `…en nog ${count} (alle voorstellen: \`motie voorstellen\`).`,
  /** On the Home tab, after an answer: what happened (the proposal is gone from the list). */
  homeAnswered: (answer: 'done' | 'partly' | 'rejected', itemId: number, nummer: string | null) =>
    answer === 'done'
      ? `✅ #${itemId} is afgerond met Kamerbrief${nummer ? ` ${nummer}` : ''}.`
      : answer === 'partly'
        ? `🟡 #${itemId} is deels afgedaan met Kamerbrief${nummer ? ` ${nummer}` : ''}; de stand van zaken is bijgewerkt en het item blijft open.`
        : `➖ Kamerbrief${nummer ? ` ${nummer}` : ''} hoort niet bij #${itemId}. Hij wordt niet opnieuw voorgesteld.`,
  /** The weekly digest. */
  digestLine: (count: number) => `📬 ${count} ${count === 1 ? 'voorgestelde Kamerbrief wacht' : 'voorgestelde Kamerbrieven wachten'} op een antwoord (Afgerond met deze brief, Deels of Hoort er niet bij).`,
} as const;
