// Drawing the App Home tab (used by app_home_opened and by the buttons on the Home tab).
import type { KnownBlock, View } from '@slack/types';
import type { IsoDate } from '../domain/dates/types.ts';
import type { Db } from '../store/db.ts';
import { proposalView } from './blocks/letter-proposal.ts';
import { listOpenProposals } from '../app/answer-proposal.ts';
import { listTriageItems } from '../app/assign-triage.ts';
import { buildHome, HOME_MINE_SHOWN } from './blocks/home.ts';
import type { BotDeps } from './deps.ts';
import { rowPermission, type RowPermission } from './permission.ts';
import { punctualityOf } from './punctuality-view.ts';
import { ALL } from './scope.ts';
import { channelLinks } from '../app/read-channels.ts';
import { findItems, readItems } from '../app/read-items.ts';
import { attentionList, countsPerCode } from '../app/read-status.ts';

/** More than the Home tab can show; buildHome shows what fits and counts the rest. */
const URGENT_FETCH = 40;

/**
 * The Home tab of one person: their own items (trekker) first, then the picture per code. `admin`:
 * also the Tweede Kamer items waiting for triage.
 */
export function renderHome(
  db: Db,
  today: IsoDate,
  notice?: KnownBlock[],
  permission?: RowPermission,
  options: { admin?: boolean; userId?: string; tkMinistries?: readonly string[] } = {},
): View {
  const urgent = attentionList({ db }, ALL, today, 0, URGENT_FETCH);
  // A team that follows some ministries (TK_MINISTRIES) sees only the entries that may be theirs.
  const triage = options.admin
    ? listTriageItems({ db }, 'pending', options.tkMinistries ?? []).map((e) => ({
        entityId: e.entityId,
        reference: e.reference,
        title: e.title,
        submitters: e.submitters,
        candidates: e.candidates,
        reason: e.reason,
      }))
    : [];
  // The person's open items, soonest term first (listItems' order); one more than shown tells "en nog".
  const mine = options.userId ? findItems({ db }, { owner: options.userId, status: 'open', limit: HOME_MINE_SHOWN + 1 }) : null;
  const mineTotal = mine && mine.length > HOME_MINE_SHOWN ? findItems({ db }, { owner: options.userId, status: 'open' }).length : (mine?.length ?? 0);
  const proposals = permission ? proposalsFor(db, permission) : null;
  return buildHome({
    today,
    ...(proposals ? { proposals } : {}),
    ...(mine ? { mine: { items: mine.slice(0, HOME_MINE_SHOWN), total: mineTotal } } : {}),
    punctuality: punctualityOf(db, ALL, today),
    perCode: countsPerCode({ db }, today),
    links: channelLinks({ db }),
    urgent: urgent.items,
    urgentTotal: urgent.total,
    notice,
    permission,
    triage,
  });
}

/** Proposals shown with their buttons on the Home tab (two blocks each); the rest are counted. */
const HOME_PROPOSALS_SHOWN = 5;

/** The open proposals of the items the person looking may change (what they may answer). */
function proposalsFor(db: Db, permission: RowPermission): NonNullable<Parameters<typeof buildHome>[0]['proposals']> {
  const open = listOpenProposals({ db });
  const items = readItems({ db }, [...new Set(open.map((p) => p.itemId))]);
  const mayAnswer = open.flatMap((p) => {
    const item = items.get(p.itemId);
    return item?.status === 'open' && permission(item) === null ? [proposalView(p, item)] : [];
  });
  return { total: mayAnswer.length, shown: mayAnswer.slice(0, HOME_PROPOSALS_SHOWN) };
}

/** The Home tab as `userId` sees it (their rights, their items), with blocks on top. */
export function homeFor(deps: Pick<BotDeps, 'db' | 'admins' | 'tkMinistries'>, userId: string, today: IsoDate, notice?: KnownBlock[]): View {
  return renderHome(deps.db, today, notice, rowPermission(deps, userId, null), {
    admin: deps.admins.includes(userId),
    userId,
    ...(deps.tkMinistries ? { tkMinistries: deps.tkMinistries } : {}),
  });
}
