// nieuw's use case (src/verbs/nieuw/add-item.ts), shared with the new-item form: every problem at once, who may add.
import { describe, expect, it } from 'vitest';
import { addItem } from '../../../src/verbs/nieuw/add-item.ts';
import { dumpDb } from '../../helpers/db.ts';
import { useCaseSetup } from '../../app/context.ts';

describe('addItem', () => {
  const input = { kind: 'toezegging' as const, text: 'De minister stuurt een brief over X', title: '', codes: ['SOCW'], term: '' };

  it('adds an item with a person\'s term, or without a term', () => {
    const { ctx } = useCaseSetup();
    const added = addItem(ctx, { ...input, term: 'Q1 2026' }, { actor: 'U0ALICE', channelId: 'COCW', context: { via: 'modal' } });
    expect(added).toMatchObject({
      ok: true,
      code: 'ITEM_ADDED',
      item: { kind: 'toezegging', responsible: [{ code: 'SOCW', ministry: 'OCW' }], deadline: { deadline: '2026-03-31', source: 'person' }, deadlineSetBy: 'U0ALICE' },
    });
    expect(addItem(ctx, input, { actor: 'cli' })).toMatchObject({ ok: true, expression: null, item: { deadline: null } });
  });

  it('reports every problem at once and adds nothing', () => {
    const { ctx } = useCaseSetup();
    const before = dumpDb(ctx.db);
    expect(addItem(ctx, { ...input, text: ' ', codes: ['SOCW', 'OCW', 'xx'], term: 'ooit' }, { actor: 'U0ALICE' })).toEqual({
      ok: false,
      code: 'ITEM_INVALID',
      problems: [
        { field: 'text', code: 'ITEM_TEXT_MISSING' },
        { field: 'codes', code: 'ITEM_CODE_UNKNOWN', word: 'OCW' },
        { field: 'term', code: 'TERM_UNREADABLE', parserCode: 'DATE_UNRECOGNISED', problem: { code: 'DATE_UNRECOGNISED', input: 'ooit' } },
      ],
    });
    expect(addItem(ctx, { ...input, codes: [] }, { actor: 'U0ALICE' })).toMatchObject({ problems: [{ field: 'codes', code: 'ITEM_CODES_MISSING' }] });
    expect(dumpDb(ctx.db)).toBe(before);
  });

  it('lets a Slack user add items only for codes linked to the channel, admins for any', () => {
    const { ctx } = useCaseSetup({ admins: ['U0BOSS'] });
    const before = dumpDb(ctx.db);
    const request = { actor: 'U0ALICE' as const, channelId: 'COCW' };
    expect(addItem(ctx, { ...input, codes: ['SOCW', 'MJenV'] }, request)).toEqual({
      ok: false,
      code: 'ITEM_INVALID',
      problems: [{ field: 'codes', code: 'ITEM_CODES_NOT_ALLOWED', codes: ['MJenV'] }],
    });
    expect(dumpDb(ctx.db)).toBe(before);
    expect(addItem(ctx, { ...input, codes: ['MJenV'] }, { actor: 'U0BOSS', channelId: 'CRANDOM' }).code).toBe('ITEM_ADDED');
  });
});
