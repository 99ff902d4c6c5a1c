// Every Dutch sentence of reminders, the weekly digest, the "invite me" notice and the
// `motie herinner` / `motie digest` commands. Friendly and short.
import { formatDurationNl } from './duration.nl.ts';

/** "Over 7 dagen" / "Morgen" / "Vandaag" / "Te laat". */
function whenLabel(days: number): string {
  if (days < 0) return 'Te laat';
  if (days === 0) return 'Vandaag';
  if (days === 1) return 'Morgen';
  return `Over ${formatDurationNl(days)}`;
}

export const REMINDER = {
  header: (days: number) => `${days < 0 ? '⚠️' : '⏰'} ${whenLabel(days)}: Kamer informeren`,
  /** Fallback text (notifications); `what` is already escaped. */
  fallback: (days: number, what: string) => `${whenLabel(days)}: Kamer informeren over ${what}`,
  overdueNote: (days: number) =>
    `Deze termijn is ${formatDurationNl(-days)} verstreken. Afgerond? Klik op *Afgerond*. Loopt het nog? Pas de termijn aan via het menu.`,
  snoozeHint: 'Nog even niet? Kies *Herinner me volgende week* in het menu.',
} as const;

const countItems = (n: number) => (n === 1 ? '1 motie of toezegging' : `${n} moties en toezeggingen`);

/** The overdue message of a channel: every item whose weekly "te laat" reminder is due there today. */
export const OVERDUE = {
  header: (total: number) => `🔴 Te laat: Kamer informeren over ${countItems(total)}`,
  note: 'Afgerond? Klik op *Afgerond*. Loopt het nog? Pas de termijn aan via het menu, of kies *Herinner me volgende week*.',
  more: (n: number) => `…en nog ${n} ${n === 1 ? 'ander' : 'andere'} — typ /motie status`,
  /** Fallback text (notifications): the count and the ids shown. */
  fallback: (total: number, ids: readonly number[], more: number) =>
    `Te laat: Kamer informeren over ${countItems(total)} (${ids.map((id) => `#${id}`).join(', ')}${more > 0 ? ` en nog ${more} ${more === 1 ? 'ander' : 'andere'}` : ''})`,
} as const;

export const DIGEST = {
  header: (targets: string[]) => `📋 Weekoverzicht moties en toezeggingen (${targets.join(', ')})`,
  headerNoTargets: '📋 Weekoverzicht moties en toezeggingen',
  overdue: (n: number) => `*🔴 Te laat (${n})*`,
  soon: (n: number) => `*🟠 Binnen 4 weken (${n})*`,
  done: (n: number) => `*✅ Afgerond in de afgelopen week (${n})*`,
  noTerm: (n: number) =>
    n === 1 ? '1 openstaand punt heeft nog geen termijn.' : `${n} openstaande punten hebben nog geen termijn.`,
  allClear: 'Niets te laat en niets binnen 4 weken. Lekker bezig! 🎉',
  more: (n: number) => `en nog ${n} ${n === 1 ? 'ander' : 'andere'} — typ /motie status voor de volledige lijst`,
  footer: 'Typ /motie status voor alle moties en toezeggingen van dit kanaal.',
  fallback: (targets: string[], overdue: number, soon: number, done: number, noTerm: number) =>
    `Weekoverzicht${targets.length ? ` (${targets.join(', ')})` : ''}: ${overdue} te laat, ${soon} binnen 4 weken, ${done} afgerond, ${noTerm} zonder termijn.`,
} as const;

export const NOTICE = {
  /** DM to whoever linked the channel (or the admins). `channel` is a channel mention or id. */
  notInChannel: (channel: string, pending: number) =>
    `Hoi! Ik kon ${pending === 1 ? 'een bericht' : `${pending} berichten`} niet plaatsen in ${channel}: ik ben geen lid van dat kanaal. ` +
    `Typ in ${channel} \`/invite @motiebot\`, dan stuur ik ze bij de volgende ronde alsnog.`,
  channelNotFound: (channel: string, pending: number) =>
    `Hoi! Ik kon ${pending === 1 ? 'een bericht' : `${pending} berichten`} niet plaatsen in ${channel}: dat kanaal kan ik niet vinden. ` +
    `Is het privé? Typ daar \`/invite @motiebot\`. Bestaat het niet meer? Koppel het los met \`/motie kanaal --los\`.`,
} as const;

/** The reminder of the Eerste Kamer's rappel, four and two weeks before the answer is due. */
export const RAPPEL_REMINDER = {
  header: (weeks: number) => `📮 Rappel Eerste Kamer: antwoord over ${weeks} weken`,
  /** Fallback text (notifications). */
  fallback: (answerDue: string, count: number) =>
    `Rappel Eerste Kamer: het antwoord op het rappel wordt rond ${answerDue} verwacht; dit kanaal heeft ${count} ${count === 1 ? 'openstaande toezegging' : 'openstaande toezeggingen'} aan de Eerste Kamer.`,
  body: (answerDue: string, peildatum: string, count: number) =>
    `De Eerste Kamer vraagt na de peildatum ${peildatum} om correcties en verwachte data voor haar openstaande en deels voldane toezeggingen; het antwoord wordt rond *${answerDue}* verwacht (kijk de datum na in de brief van de Eerste Kamer). Dit kanaal heeft *${count}* ${count === 1 ? 'openstaande of deels voldane toezegging' : 'openstaande of deels voldane toezeggingen'} aan de Eerste Kamer:`,
  more: (count: number) => `… en nog ${count} ${count === 1 ? 'toezegging' : 'toezeggingen'}.`,
  hint: 'Werk de stand van zaken bij en maak het concept-antwoord met `/motie overzicht rappel`.',
} as const;
