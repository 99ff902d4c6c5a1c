// Plain Dutch descriptions of an item and its term, shared by the CLI and Slack (which escapes
// them for mrkdwn). "today" is always an argument.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import type { IsoDate } from './dates/types.ts';
import { formatDateNl } from './dates/format-date.ts';
import { formatDelayNl, formatDurationNl } from './format-duration.ts';
import type { Item, ItemStatus } from './items.ts';

/** Items due within this many days count as "binnen 4 weken". */
export const SOON_DAYS = 28;

export type DueState = 'done' | 'overdue' | 'soon' | 'later' | 'none';

export interface Due {
  state: DueState;
  /** Days until the deadline (negative when overdue); null without a deadline. */
  days: number | null;
}

export function dueOf(item: Pick<Item, 'status' | 'deadline'>, today: IsoDate): Due {
  if (item.status !== 'open') return { state: 'done', days: null };
  const deadline = item.deadline?.deadline;
  if (!deadline) return { state: 'none', days: null };
  const days = differenceInCalendarDays(parseISO(deadline), parseISO(today));
  if (days < 0) return { state: 'overdue', days };
  if (days <= SOON_DAYS) return { state: 'soon', days };
  return { state: 'later', days };
}

export const KIND_LABEL = { motie: 'Motie', toezegging: 'Toezegging' } as const;
export const STATUS_LABEL: Record<ItemStatus, string> = { open: 'open', done: 'afgerond', lapsed: 'vervallen', deleted: 'verwijderd' };

/** "Motie Mutluer c.s." / "Motie Werner en Van der Laan" / "Toezegging". */
export function describeOrigin(item: Pick<Item, 'kind' | 'submitters' | 'cs'>): string {
  const names = item.submitters;
  if (names.length === 0) return KIND_LABEL[item.kind];
  const last = names.at(-1) ?? '';
  const list = names.length === 1 ? last : `${names.slice(0, -1).join(', ')} en ${last}`;
  return `${KIND_LABEL[item.kind]} ${list}${item.cs ? ' c.s.' : ''}`;
}

/** "bijna 5 maanden te laat", "vandaag", "morgen", "over 12 dagen", "over ruim 2 maanden". */
export function describeDays(days: number): string {
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
