// Plain Dutch descriptions of an item and its term, shared by the CLI and Slack (which escapes
// them for mrkdwn). "today" is always an argument.
import type { IsoDate } from '../domain/dates/types.ts';
import { formatDateNl } from '../domain/dates/format-date.ts';
import { formatDelayNl, formatDurationNl } from './duration.nl.ts';
import { dueOf } from '../domain/due.ts';
import type { Item, ItemStatus } from '../domain/items.ts';
import { STATUS_LABEL } from '../domain/status-words.ts';

const KIND_LABEL = { motie: 'Motie', toezegging: 'Toezegging' } as const;

/** "Motie Mutluer c.s." / "Motie Werner en Van der Laan" / "Toezegging". */
export function describeOrigin(item: Pick<Item, 'kind' | 'submitters' | 'cs'>): string {
  const names = item.submitters;
  if (names.length === 0) return KIND_LABEL[item.kind];
  const last = names.at(-1) ?? '';
  const list = names.length === 1 ? last : `${names.slice(0, -1).join(', ')} en ${last}`;
  return `${KIND_LABEL[item.kind]} ${list}${item.cs ? ' c.s.' : ''}`;
}

/** "bijna 5 maanden te laat", "vandaag", "morgen", "over 12 dagen", "over ruim 2 maanden". */
function describeDays(days: number): string {
  if (days === 0) return 'vandaag';
  if (days === 1) return 'morgen';
  if (days < 0) return formatDelayNl(-days);
  return `over ${formatDurationNl(days)}`;
}

/**
 * Common words a term text may start with when it was read from the start of a sentence ("Voor
 * de zomer van 2025 wordt de Kamer…"): in lower case inside a Dutch sentence. Names (Prinsjesdag,
 * Voorjaarsnota, Kerstreces) and abbreviations (Q3, AMvB) are not among them and keep their capital.
 */
const COMMON_START_WORDS = new Set([
  'voor', 'vóór', 'na', 'uiterlijk', 'eind', 'einde', 'begin', 'medio', 'half', 'halverwege', 'in', 'binnen',
  'rond', 'rondom', 'omstreeks', 'dit', 'deze', 'het', 'de', 'een', 'nog', 'zo', 'zsm', 'over', 'op', 'tijdens',
  'bij', 'later', 'komend', 'komende', 'volgend', 'volgende', 'aankomend', 'aankomende', 'eerstvolgend',
  'eerstvolgende', 'spoedig', 'zomer', 'najaar', 'voorjaar', 'winter', 'herfst', 'eerste', 'tweede', 'derde',
  'vierde', 'laatste', 'jaarlijks', 'jaarlijkse', 'halfjaarlijks', 'halfjaarlijkse', 'elk', 'elke', 'ieder',
  'iedere', 'vanaf', 'tot', 'ten', 'met', 'zodra', 'wanneer', 'als', 'uiterst', 'direct', 'meteen', 'binnenkort',
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november',
  'december', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
]);

/** A term text as it stands inside a sentence: "Voor de zomer van 2025" → "voor de zomer van 2025". */
export function termInSentence(text: string): string {
  const first = /^\p{Lu}\p{Ll}*(?=$|[^\p{L}])/u.exec(text)?.[0];
  if (!first || !COMMON_START_WORDS.has(first.toLowerCase())) return text;
  return first.toLowerCase() + text.slice(first.length);
}

/** "voor de zomer van 2025 → 3 juli 2025, bijna 5 maanden te laat", or "geen termijn". */
export function describeTerm(item: Pick<Item, 'status' | 'deadline'>, today: IsoDate): string {
  const d = item.deadline;
  if (!d) return 'geen termijn';
  const text = termInSentence(d.text);
  if (!d.deadline) return `${text} (nog geen datum)`;
  const estimate = d.basis === 'estimate' ? ' (geschat)' : '';
  const base = `${text} → ${formatDateNl(d.deadline)}${estimate}`;
  const due = dueOf(item, today);
  if (due.days === null || due.state === 'done') return base;
  return `${base}, ${describeDays(due.days)}`;
}

/** "open, afgerond of vervallen": the Dutch words to suggest. */
export function statusWordsNl(allowed: readonly ItemStatus[]): string {
  const labels = allowed.map((s) => STATUS_LABEL[s]);
  const last = labels.at(-1) ?? '';
  return labels.length === 1 ? last : `${labels.slice(0, -1).join(', ')} of ${last}`;
}
