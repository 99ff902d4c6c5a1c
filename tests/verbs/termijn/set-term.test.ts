// termijn's use case (src/verbs/termijn/set-term.ts) on a real database: who may, what is stored and audited.
import { describe, expect, it } from 'vitest';
import { getItem, listAudit } from '../../../src/store/items.queries.ts';
import { pastTermQuestionNl } from '../../../src/texts/dates.nl.ts';
import { setTerm } from '../../../src/verbs/termijn/set-term.ts';
import { dumpDb } from '../../helpers/db.ts';
import { useCaseSetup } from '../../app/context.ts';

describe('setTerm', () => {
  it('sets a person\'s term, remembers who set it and audits where it came from', () => {
    const { ctx, item } = useCaseSetup();
    const result = setTerm(ctx, item.id, 'eind maart 2026', { actor: 'U0ALICE', channelId: 'COCW', context: { via: 'slash', channel: 'COCW' } });
    expect(result).toMatchObject({ ok: true, code: 'TERM_SET', expression: { deadline: '2026-03-31' } });
    const stored = getItem(ctx.db, item.id)!;
    expect(stored.deadline).toMatchObject({ deadline: '2026-03-31', source: 'person' });
    expect(stored.deadlineSetBy).toBe('U0ALICE');
    expect(listAudit(ctx.db, item.id).at(-1)).toMatchObject({ actor: 'U0ALICE', field: 'deadline', context: { via: 'slash', channel: 'COCW' } });
  });

  it('refuses a Slack user in a channel not linked to the item, and changes nothing', () => {
    const { ctx, item } = useCaseSetup();
    const before = dumpDb(ctx.db);
    expect(setTerm(ctx, item.id, 'eind maart 2026', { actor: 'U0MALLORY', channelId: 'CRANDOM' })).toEqual({ ok: false, code: 'ITEM_NOT_ALLOWED' });
    expect(setTerm(ctx, item.id, 'eind maart 2026', { actor: 'U0MALLORY' })).toEqual({ ok: false, code: 'ITEM_NOT_ALLOWED' });
    expect(dumpDb(ctx.db)).toBe(before);
    expect(ctx.lines.join('\n')).toContain(`refused change of item ${item.id} by user=U0MALLORY channel=CRANDOM`);
  });

  it('lets an admin change anywhere and the command line without a channel', () => {
    const { ctx, item } = useCaseSetup({ admins: ['U0BOSS'] });
    expect(setTerm(ctx, item.id, 'Q1 2026', { actor: 'U0BOSS', channelId: 'CRANDOM' }).code).toBe('TERM_SET');
    expect(setTerm(ctx, item.id, 'eind april 2026', { actor: 'cli:Piet' }).code).toBe('TERM_SET');
    expect(getItem(ctx.db, item.id)!.deadlineSetBy).toBe('cli:Piet');
  });

  it('reports an unreadable term and a missing item with a code, changing nothing', () => {
    const { ctx, item } = useCaseSetup();
    const before = dumpDb(ctx.db);
    expect(setTerm(ctx, item.id, 'ooit eens', { actor: 'cli' })).toMatchObject({ ok: false, code: 'TERM_UNREADABLE', parserCode: 'DATE_UNRECOGNISED' });
    expect(setTerm(ctx, 999, 'eind maart 2026', { actor: 'cli' })).toEqual({ ok: false, code: 'ITEM_NOT_FOUND' });
    expect(dumpDb(ctx.db)).toBe(before);
  });

  it('reads the term against the context\'s clock', () => {
    const { ctx, item } = useCaseSetup({ now: () => new Date('2030-06-01T10:00:00Z') });
    expect(setTerm(ctx, item.id, 'eind maart', { actor: 'cli' })).toMatchObject({ code: 'TERM_SET', expression: { deadline: '2031-03-31' } });
  });
});

describe('setTerm with a term in the past', () => {
  it('asks for confirmation and saves nothing; with the confirmation it saves', () => {
    const { ctx, item } = useCaseSetup();
    const before = dumpDb(ctx.db);
    const asked = setTerm(ctx, item.id, '1 januari 2022', { actor: 'cli' });
    expect(asked).toMatchObject({ ok: false, code: 'TERM_IN_PAST', past: { amount: 3, unit: 'year' } });
    expect(!asked.ok && asked.code === 'TERM_IN_PAST' && pastTermQuestionNl(asked.past)).toBe('Die datum ligt 3 jaar in het verleden; toch opslaan?');
    expect(dumpDb(ctx.db)).toBe(before);
    expect(setTerm(ctx, item.id, '1 januari 2022', { actor: 'cli' }, { confirmPast: true })).toMatchObject({ ok: true, code: 'TERM_SET' });
    expect(getItem(ctx.db, item.id)!.deadline?.deadline).toBe('2022-01-01');
  });
});
