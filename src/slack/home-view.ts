// Drawing the App Home tab (used by app_home_opened and by the buttons on the Home tab).
import type { KnownBlock, View } from '@slack/types';
import type { IsoDate } from '../domain/dates/types.ts';
import { listLinks } from '../store/channels.queries.ts';
import type { Db } from '../store/db.ts';
import { attentionPage, statusByCode } from '../store/status.queries.ts';
import { listTriage } from '../store/tk.queries.ts';
import { buildHome } from './blocks/home.ts';
import type { RowPermission } from './permission.ts';
import { ALL } from './scope.ts';

/** More than the Home tab can show; buildHome shows what fits and counts the rest. */
const URGENT_FETCH = 40;

export function renderHome(db: Db, today: IsoDate, notice?: KnownBlock[], permission?: RowPermission, options: { admin?: boolean } = {}): View {
  const urgent = attentionPage(db, ALL, today, 0, URGENT_FETCH);
  const triage = options.admin
    ? listTriage(db, 'pending').flatMap((e) => {
        const draft = e.data.draft as { reference?: string | null; title?: string; submitters?: string[] } | undefined;
        return draft ? [{ reference: draft.reference ?? e.entityId, title: draft.title ?? '', submitters: draft.submitters ?? [] }] : [];
      })
    : [];
  return buildHome({
    today,
    perCode: statusByCode(db, today),
    links: listLinks(db),
    urgent: urgent.items,
    urgentTotal: urgent.total,
    notice,
    permission,
    triage,
  });
}
