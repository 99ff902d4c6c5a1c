// kanaal's use case (src/verbs/kanaal/link-channel.ts): who may link, what is created and removed.
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../../src/domain/codes.ts';
import { listLinks } from '../../../src/store/channels.queries.ts';
import { linkChannel, unlinkChannel } from '../../../src/verbs/kanaal/link-channel.ts';
import { dumpDb } from '../../helpers/db.ts';
import { useCaseSetup } from '../../app/context.ts';

describe('linkChannel and unlinkChannel', () => {
  it('links new targets and reports existing ones', () => {
    const { ctx } = useCaseSetup();
    const result = linkChannel(ctx, 'COCW', [parseTarget('SOCW')!, parseTarget('MOCW')!], { actor: 'U0ALICE' });
    expect(result).toEqual({ ok: true, code: 'CHANNEL_LINKED', created: [parseTarget('MOCW')], existing: [parseTarget('SOCW')] });
    expect(listLinks(ctx.db, 'COCW').map((l) => [l.target, l.linkedBy])).toEqual([['MOCW', 'U0ALICE'], ['SOCW', 'U0ADMIN']]);
  });

  it('lets only admins (once set) change links from Slack; the command line always may', () => {
    const { ctx } = useCaseSetup({ admins: ['U0BOSS'] });
    const before = dumpDb(ctx.db);
    expect(linkChannel(ctx, 'CX', [parseTarget('OCW')!], { actor: 'U0ALICE' })).toEqual({ ok: false, code: 'CHANNEL_LINK_NOT_ALLOWED' });
    expect(unlinkChannel(ctx, 'COCW', [parseTarget('SOCW')!], { actor: 'U0ALICE' })).toEqual({ ok: false, code: 'CHANNEL_LINK_NOT_ALLOWED' });
    expect(dumpDb(ctx.db)).toBe(before);
    expect(unlinkChannel(ctx, 'COCW', [parseTarget('SOCW')!, parseTarget('OCW')!], { actor: 'cli' })).toEqual({
      ok: true,
      code: 'CHANNEL_UNLINKED',
      removed: [parseTarget('SOCW')],
      notLinked: [parseTarget('OCW')],
    });
  });
});
