// Drawing the status message for the words after /motie status and a page (used by the command
// and its buttons): the scope, the filters, the counts and one page of the grouped list.
import type { KnownBlock } from '@slack/types';
import type { IsoDate } from '../domain/dates/types.ts';
import { foldName, parseStatusFilter, type StatusFilter } from '../domain/status-filter.ts';
import type { Db } from '../store/db.ts';
import type { Scope } from '../store/status.queries.ts';
import { buildStatusMessage, STATUS_PAGE_SIZE } from './blocks/status.ts';
import { punctualityOf } from './punctuality-view.ts';
import { ALL, resolveScope } from './scope.ts';
import { SLACK_TEXT } from '../texts/slack.nl.ts';
import { SCOPE } from '../texts/status.nl.ts';
import type { RowPermission } from './permission.ts';
import { statusPage, submitterNames } from '../app/read-status.ts';

/** `pages`: how many pages the whole list has. */
export type StatusRender = { ok: true; text: string; blocks: KnownBlock[]; pages: number } | { ok: false; text: string };

/** The names of the database that a typed name means: the same name folded, else names containing it. */
function matchSubmitters(names: readonly string[], typed: string): string[] {
  const wanted = foldName(typed);
  if (!wanted) return [];
  const exact = names.filter((n) => foldName(n) === wanted);
  if (exact.length > 0) return exact;
  const pattern = new RegExp(`(^|[\\s-])${wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s-])`);
  return names.filter((n) => pattern.test(foldName(n)));
}

function filterLabel(filter: StatusFilter, submitters: readonly string[] | null): string | undefined {
  const parts: string[] = [];
  if (filter.groups.length > 0) parts.push(filter.groups.map((g) => SCOPE.group[g]).join(', '));
  if (filter.kind) parts.push(filter.kind === 'motie' ? SCOPE.onlyMoties : SCOPE.onlyToezeggingen);
  if (filter.done) parts.push(SCOPE.done);
  if (filter.lapsed) parts.push(SCOPE.lapsed);
  if (filter.appreciatie) parts.push(SCOPE.appreciatie(filter.appreciatie));
  if (submitters) parts.push(SCOPE.submitters(submitters));
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

function scopeOf(db: Db, channelId: string | undefined, filter: StatusFilter): { scope: Scope; label: string } {
  if (filter.all) return { scope: ALL, label: SCOPE.all };
  if (filter.codes.length > 0 || filter.ministries.length > 0) {
    const labels = [...filter.codes, ...filter.ministries.map((m) => SCOPE.ministry(m))];
    return { scope: { codes: filter.codes, ministries: filter.ministries }, label: labels.join(', ') };
  }
  const resolved = resolveScope(db, channelId, '');
  return resolved.ok ? { scope: resolved.scope, label: resolved.label } : { scope: ALL, label: SCOPE.all };
}

export function renderStatus(
  db: Db,
  input: { channelId: string | undefined; scope: string; page: number; today: IsoDate; notice?: KnownBlock[]; shared?: boolean; permission?: RowPermission },
): StatusRender {
  const parsed = parseStatusFilter(input.scope);
  if (!parsed.ok) return { ok: false, text: SLACK_TEXT.statusFilterConflict(parsed.word) };
  const filter = parsed.filter;
  let submitters: string[] | null = null;
  if (filter.submitter) {
    submitters = matchSubmitters(submitterNames({ db }), filter.submitter);
    if (submitters.length === 0) return { ok: false, text: SLACK_TEXT.statusWordUnknown(filter.submitter.slice(0, 60)) };
  }
  const { scope, label } = scopeOf(db, input.channelId, filter);
  const query = { scope, kind: filter.kind, submitters, groups: filter.groups, done: filter.done, lapsed: filter.lapsed, appreciatie: filter.appreciatie };
  let page = input.page;
  let result = statusPage({ db }, query, input.today, page * STATUS_PAGE_SIZE, STATUS_PAGE_SIZE);
  if (result.items.length === 0 && page > 0) {
    // The list shrank (items were marked done): show the last page that still has items.
    page = Math.max(0, Math.ceil(result.total / STATUS_PAGE_SIZE) - 1);
    result = statusPage({ db }, query, input.today, page * STATUS_PAGE_SIZE, STATUS_PAGE_SIZE);
  }
  const message = buildStatusMessage({
    scopeLabel: label,
    scope: input.scope,
    counts: result.counts,
    page,
    total: result.total,
    items: result.items,
    continues: result.continues,
    filterLabel: filterLabel(filter, submitters),
    today: input.today,
    notice: input.notice,
    shared: input.shared,
    permission: input.permission,
    // The open list of a scope (not a filtered or done list) says how punctual its codes were.
    ...(page === 0 && !filter.done && !filter.lapsed && filter.groups.length === 0 && !filter.kind && !submitters && !filter.appreciatie
      ? { punctuality: punctualityOf(db, scope, input.today) }
      : {}),
  });
  return { ok: true, ...message, pages: Math.max(1, Math.ceil(result.total / STATUS_PAGE_SIZE)) };
}
