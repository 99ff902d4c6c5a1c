// "Herinner me volgende week" through its use case: a week from today in Amsterdam, in one channel,
// with who and from where in the audit log; the term stays.
import { afterEach, describe, expect, it } from 'vitest';
import { snoozeReminders, type ChangeRequest } from '../../src/app/index.ts';
import { slackActor } from '../../src/domain/actor.ts';
import { createItem, getItem, listAudit } from '../../src/store/items.queries.ts';
import { newItem } from '../helpers/db.ts';
import { appContext } from './context.ts';

const contexts: ReturnType<typeof appContext>[] = [];
afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.t.cleanup();
});

describe('snoozeReminders', () => {
  it('snoozes the item in one channel until a week from today; the term stays', () => {
    const ctx = appContext();
    contexts.push(ctx);
    const item = createItem(ctx.db, newItem(), 'import', 0);
    const request: ChangeRequest = { actor: slackActor('U0BOB'), channelId: 'COCW', context: { via: 'menu', channel: 'COCW' } };
    expect(snoozeReminders(ctx, item.id, 'COCW', request)).toEqual({ ok: true, code: 'ITEM_SNOOZED', until: '2025-09-22' });
    expect(ctx.db.$client.prepare('SELECT item_id, channel_id, until, by FROM snoozes').all()).toEqual([{ item_id: item.id, channel_id: 'COCW', until: '2025-09-22', by: 'U0BOB' }]);
    expect(listAudit(ctx.db, item.id).find((a) => a.action === 'snooze')).toMatchObject({ actor: 'U0BOB', field: 'COCW', newValue: '2025-09-22', context: { via: 'menu', channel: 'COCW' } });
    expect(getItem(ctx.db, item.id)!.deadline).toEqual(item.deadline);
  });

  it('says ITEM_NOT_FOUND for an item that does not exist, and writes nothing', () => {
    const ctx = appContext();
    contexts.push(ctx);
    expect(snoozeReminders(ctx, 99, 'COCW', { actor: slackActor('U0BOB') })).toEqual({ ok: false, code: 'ITEM_NOT_FOUND' });
    expect(ctx.db.$client.prepare('SELECT count(*) AS n FROM snoozes').get()).toEqual({ n: 0 });
  });
});
