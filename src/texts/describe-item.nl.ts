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

/** "voor de zomer van 2025 → 3 juli 2025, bijna 5 maanden te laat", or "geen termijn". */
export function describeTerm(item: Pick<Item, 'status' | 'deadline'>, today: IsoDate): string {
  const d = item.deadline;
  if (!d) return 'geen termijn';
  if (!d.deadline) return `${d.text} (nog geen datum)`;
  const estimate = d.basis === 'estimate' ? ' (geschat)' : '';
  const base = `${d.text} → ${formatDateNl(d.deadline)}${estimate}`;
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
