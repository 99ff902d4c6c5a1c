import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyImport, markItemDone, readImport } from '../../src/app/index.ts';
import { reopenItem } from '../../src/verbs/heropen/reopen-item.ts';
import { createItem, getItem, listAudit } from '../../src/store/items.queries.ts';
import { dumpDb, newItem } from '../helpers/db.ts';
import { useCaseSetup } from './context.ts';

// The use cases of src/app/ that several verbs, buttons and forms share (markItemDone: afgerond, the
// Afgerond button and a Kamerbrief answer) or that no verb owns (the import). A verb's own use case
// is tested beside its verb: tests/verbs/<verb>/ (set-term, link-channel, add-item).

describe('markItemDone and reopenItem', () => {
  it('marks done once; the second time says who did it', () => {
    const { ctx, item } = useCaseSetup();
    expect(markItemDone(ctx, item.id, { actor: 'U0ALICE', channelId: 'COCW' })).toMatchObject({ ok: true, code: 'ITEM_DONE', item: { status: 'done' } });
    expect(markItemDone(ctx, item.id, { actor: 'cli' })).toMatchObject({ ok: false, code: 'ITEM_ALREADY_DONE', item: { statusSetBy: 'U0ALICE' } });
  });

  it('moves a recurring item to its next term instead', () => {
    const { ctx } = useCaseSetup();
    const yearly = createItem(ctx.db, newItem({ recurrence: 'P1Y' }), 'import', 0);
    expect(markItemDone(ctx, yearly.id, { actor: 'cli' })).toMatchObject({ ok: true, code: 'ITEM_MOVED_TO_NEXT', movedTo: '2024-10-31', item: { status: 'open' } });
  });

  it('refuses an outsider and a missing item', () => {
    const { ctx, item } = useCaseSetup();
    expect(markItemDone(ctx, item.id, { actor: 'U0MALLORY', channelId: 'CRANDOM' })).toEqual({ ok: false, code: 'ITEM_NOT_ALLOWED' });
    expect(reopenItem(ctx, item.id, { actor: 'U0MALLORY', channelId: 'CRANDOM' })).toEqual({ ok: false, code: 'ITEM_NOT_ALLOWED' });
    expect(markItemDone(ctx, 999, { actor: 'cli' })).toEqual({ ok: false, code: 'ITEM_NOT_FOUND' });
    expect(getItem(ctx.db, item.id)!.status).toBe('open');
  });

  it('reopens a done item, and says when it was not done', () => {
    const { ctx, item } = useCaseSetup();
    expect(reopenItem(ctx, item.id, { actor: 'cli' })).toEqual({ ok: false, code: 'ITEM_NOT_DONE' });
    markItemDone(ctx, item.id, { actor: 'cli' });
    expect(reopenItem(ctx, item.id, { actor: 'cli:Piet', context: { via: 'cli' } })).toMatchObject({ ok: true, code: 'ITEM_REOPENED', item: { status: 'open' } });
    expect(listAudit(ctx.db, item.id).at(-1)).toMatchObject({ actor: 'cli:Piet', field: 'status', newValue: 'open' });
  });
});

describe('readImport and applyImport', () => {
  const sample = readFileSync(new URL('../fixtures/stand-van-zaken-nap-2025.txt', import.meta.url), 'utf8');

  it('reads, then imports as "import"; a dry run stores nothing', () => {
    const { ctx } = useCaseSetup();
    const read = readImport(ctx, sample, { documentDate: '2025-04-15' });
    if (!read.ok) throw new Error(read.code);
    const before = dumpDb(ctx.db);
    const dry = applyImport(ctx, read.parsed, { sourceName: 'x.txt', dryRun: true });
    expect(dry.code).toBe('IMPORT_DRY_RUN');
    expect(dumpDb(ctx.db)).toBe(before);
    const real = applyImport(ctx, read.parsed, { sourceName: 'x.txt' });
    expect(real.code).toBe('IMPORT_APPLIED');
    expect(real.result.created.length).toBe(dry.result.created.length);
    expect(real.result.created.length).toBeGreaterThan(5);
    expect(listAudit(ctx.db, real.result.created[0]!.id)[0]).toMatchObject({ actor: 'import', action: 'create' });
  });

  it('says when a text is no overview at all', () => {
    const { ctx } = useCaseSetup();
    expect(readImport(ctx, '   ')).toMatchObject({ ok: false, code: 'IMPORT_UNREADABLE', parserCode: 'OVERVIEW_EMPTY' });
  });
});
