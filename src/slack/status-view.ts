// Drawing the status message for a scope and page (used by /motie status and its buttons).
import type { KnownBlock } from '@slack/types';
import type { IsoDate } from '../domain/dates/types.ts';
import type { Db } from '../store/db.ts';
import { attentionPage, statusCounts } from '../store/status.queries.ts';
import { buildStatusMessage, STATUS_PAGE_SIZE } from './blocks/status.ts';
import { resolveScope } from './scope.ts';

export type StatusRender = { ok: true; text: string; blocks: KnownBlock[] } | { ok: false; text: string };

export function renderStatus(
  db: Db,
  input: { channelId: string | undefined; scope: string; page: number; today: IsoDate; notice?: KnownBlock[]; shared?: boolean },
): StatusRender {
  const resolved = resolveScope(db, input.channelId, input.scope);
  if (!resolved.ok) return { ok: false, text: resolved.message };
  const counts = statusCounts(db, resolved.scope, input.today);
  let page = input.page;
  let result = attentionPage(db, resolved.scope, input.today, page * STATUS_PAGE_SIZE, STATUS_PAGE_SIZE);
  if (result.items.length === 0 && page > 0) {
    // The list shrank (items were marked done): show the last page that still has items.
    page = Math.max(0, Math.ceil(result.total / STATUS_PAGE_SIZE) - 1);
    result = attentionPage(db, resolved.scope, input.today, page * STATUS_PAGE_SIZE, STATUS_PAGE_SIZE);
  }
  const message = buildStatusMessage({
    scopeLabel: resolved.label,
    scope: input.scope,
    counts,
    page,
    total: result.total,
    items: result.items,
    today: input.today,
    notice: input.notice,
    shared: input.shared,
  });
  return { ok: true, ...message };
}
