// The read side of `/motie status` and the App Home: counts, pages of the grouped list, the items
// that need attention, the punctuality of a scope. Slack reads through here, never the store
// itself (dependency-cruiser rule `reads-through-app`).
import type { IsoDate } from '../domain/dates/types.ts';
import type { Item } from '../domain/items.ts';
import {
  attentionPage,
  informedBetween,
  listSubmitterNames,
  statusByCode,
  statusListPage,
  type CodeCounts,
  type InformedRow,
  type Scope,
  type StatusListPage,
  type StatusQuery,
} from '../store/status.queries.ts';
import type { AppContext } from './context.ts';

type Reader = Pick<AppContext, 'db'>;

/** One page of the status list of a query, with the counts of the whole list. */
export function statusPage(ctx: Reader, query: StatusQuery, today: IsoDate, offset: number, limit: number): StatusListPage {
  return statusListPage(ctx.db, query, today, offset, limit);
}

/** Every submitter's name as items spell it (for `/motie status <indiener>`). */
export function submitterNames(ctx: Reader): string[] {
  return listSubmitterNames(ctx.db);
}

/** One page of what needs attention (overdue first, then within four weeks); `total` counts all. */
export function attentionList(ctx: Reader, scope: Scope, today: IsoDate, offset: number, limit: number): { items: Item[]; total: number } {
  return attentionPage(ctx.db, scope, today, offset, limit);
}

/** The counts per code (the App Home's table). */
export function countsPerCode(ctx: Reader, today: IsoDate): CodeCounts[] {
  return statusByCode(ctx.db, today);
}

/** The items of a scope informed between two instants (the punctuality figures). */
export function informedIn(ctx: Reader, scope: Scope, from: number, to: number): readonly InformedRow[] {
  return informedBetween(ctx.db, scope, from, to);
}
