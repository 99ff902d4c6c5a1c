import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { addItem, applyImport, linkChannel, markItemDone, readImport, reopenItem, setTerm, unlinkChannel } from '../../src/app/index.ts';
import { parseTarget } from '../../src/domain/codes.ts';
import { listLinks, insertChannelLink as storeLink } from '../../src/store/channels.queries.ts';
import { createItem, getItem, listAudit } from '../../src/store/items.queries.ts';
import { dumpDb, newItem } from '../helpers/db.ts';
import { appContext, NOW } from './context.ts';
import { pastTermQuestionNl } from '../../src/texts/dates.nl.ts';

const contexts: ReturnType<typeof appContext>[] = [];
function setup(overrides: Parameters<typeof appContext>[0] = {}) {
  const ctx = appContext(overrides);
  contexts.push(ctx);
  // An SOCW item, and #ocw linked to SOCW.
  const item = createItem(ctx.db, newItem(), 'import', NOW.getTime() - 1000);
  storeLink(ctx.db, parseTarget('SOCW')!, 'COCW', 'U0ADMIN', 0);
  return { ctx, item };
}
afterEach(() => {
  for (const c of contexts.splice(0)) c.t.cleanup();
});

describe('setTerm', () => {
  it('sets a person\'s term, remembers who set it and audits where it came from', () => {
    const { ctx, item } = setup();
    const result = setTerm(ctx, item.id, 'eind maart 2026', { actor: 'U0ALICE', channelId: 'COCW', context: { via: 'slash', channel: 'COCW' } });
    expect(result).toMatchObject({ ok: true, code: 'TERM_SET', expression: { deadline: '2026-03-31' } });
    const stored = getItem(ctx.db, item.id)!;
    expect(stored.deadline).toMatchObject({ deadline: '2026-03-31', source: 'person' });
    expect(stored.deadlineSetBy).toBe('U0ALICE');
    expect(listAudit(ctx.db, item.id).at(-1)).toMatchObject({ actor: 'U0ALICE', field: 'deadline', context: { via: 'slash', channel: 'COCW' } });
  });

  it('refuses a Slack user in a channel not linked to the item, and changes nothing', () => {
    const { ctx, item } = setup();
    const before = dumpDb(ctx.db);
    expect(setTerm(ctx, item.id, 'eind maart 2026', { actor: 'U0MALLORY', channelId: 'CRANDOM' })).toEqual({ ok: false, code: 'ITEM_NOT_ALLOWED' });
    expect(setTerm(ctx, item.id, 'eind maart 2026', { actor: 'U0MALLORY' })).toEqual({ ok: false, code: 'ITEM_NOT_ALLOWED' });
    expect(dumpDb(ctx.db)).toBe(before);
    expect(ctx.lines.join('\n')).toContain(`refused change of item ${item.id} by user=U0MALLORY channel=CRANDOM`);
  });

  it('lets an admin change anywhere and the command line without a channel', () => {
    const { ctx, item } = setup({ admins: ['U0BOSS'] });
    expect(setTerm(ctx, item.id, 'Q1 2026', { actor: 'U0BOSS', channelId: 'CRANDOM' }).code).toBe('TERM_SET');
    expect(setTerm(ctx, item.id, 'eind april 2026', { actor: 'cli:Piet' }).code).toBe('TERM_SET');
    expect(getItem(ctx.db, item.id)!.deadlineSetBy).toBe('cli:Piet');
  });

  it('reports an unreadable term and a missing item with a code, changing nothing', () => {
    const { ctx, item } = setup();
    const before = dumpDb(ctx.db);
    expect(setTerm(ctx, item.id, 'ooit eens', { actor: 'cli' })).toMatchObject({ ok: false, code: 'TERM_UNREADABLE', parserCode: 'DATE_UNRECOGNISED' });
    expect(setTerm(ctx, 999, 'eind maart 2026', { actor: 'cli' })).toEqual({ ok: false, code: 'ITEM_NOT_FOUND' });
    expect(dumpDb(ctx.db)).toBe(before);
  });

  it('reads the term against the context\'s clock', () => {
    const { ctx, item } = setup({ now: () => new Date('2030-06-01T10:00:00Z') });
    expect(setTerm(ctx, item.id, 'eind maart', { actor: 'cli' })).toMatchObject({ code: 'TERM_SET', expression: { deadline: '2031-03-31' } });
  });
});

describe('markItemDone and reopenItem', () => {
  it('marks done once; the second time says who did it', () => {
    const { ctx, item } = setup();
    expect(markItemDone(ctx, item.id, { actor: 'U0ALICE', channelId: 'COCW' })).toMatchObject({ ok: true, code: 'ITEM_DONE', item: { status: 'done' } });
    expect(markItemDone(ctx, item.id, { actor: 'cli' })).toMatchObject({ ok: false, code: 'ITEM_ALREADY_DONE', item: { statusSetBy: 'U0ALICE' } });
  });

  it('moves a recurring item to its next term instead', () => {
    const { ctx } = setup();
    const yearly = createItem(ctx.db, newItem({ recurrence: 'P1Y' }), 'import', 0);
    expect(markItemDone(ctx, yearly.id, { actor: 'cli' })).toMatchObject({ ok: true, code: 'ITEM_MOVED_TO_NEXT', movedTo: '2024-10-31', item: { status: 'open' } });
  });

  it('refuses an outsider and a missing item', () => {
    const { ctx, item } = setup();
    expect(markItemDone(ctx, item.id, { actor: 'U0MALLORY', channelId: 'CRANDOM' })).toEqual({ ok: false, code: 'ITEM_NOT_ALLOWED' });
    expect(reopenItem(ctx, item.id, { actor: 'U0MALLORY', channelId: 'CRANDOM' })).toEqual({ ok: false, code: 'ITEM_NOT_ALLOWED' });
    expect(markItemDone(ctx, 999, { actor: 'cli' })).toEqual({ ok: false, code: 'ITEM_NOT_FOUND' });
    expect(getItem(ctx.db, item.id)!.status).toBe('open');
  });

  it('reopens a done item, and says when it was not done', () => {
    const { ctx, item } = setup();
    expect(reopenItem(ctx, item.id, { actor: 'cli' })).toEqual({ ok: false, code: 'ITEM_NOT_DONE' });
    markItemDone(ctx, item.id, { actor: 'cli' });
    expect(reopenItem(ctx, item.id, { actor: 'cli:Piet', context: { via: 'cli' } })).toMatchObject({ ok: true, code: 'ITEM_REOPENED', item: { status: 'open' } });
    expect(listAudit(ctx.db, item.id).at(-1)).toMatchObject({ actor: 'cli:Piet', field: 'status', newValue: 'open' });
  });
});

describe('linkChannel and unlinkChannel', () => {
  it('links new targets and reports existing ones', () => {
    const { ctx } = setup();
    const result = linkChannel(ctx, 'COCW', [parseTarget('SOCW')!, parseTarget('MOCW')!], { actor: 'U0ALICE' });
    expect(result).toEqual({ ok: true, code: 'CHANNEL_LINKED', created: [parseTarget('MOCW')], existing: [parseTarget('SOCW')] });
    expect(listLinks(ctx.db, 'COCW').map((l) => [l.target, l.linkedBy])).toEqual([['MOCW', 'U0ALICE'], ['SOCW', 'U0ADMIN']]);
  });

  it('lets only admins (once set) change links from Slack; the command line always may', () => {
    const { ctx } = setup({ admins: ['U0BOSS'] });
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

describe('readImport and applyImport', () => {
  const sample = readFileSync(new URL('../fixtures/stand-van-zaken-nap-2025.txt', import.meta.url), 'utf8');

  it('reads, then imports as "import"; a dry run stores nothing', () => {
    const { ctx } = setup();
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
    const { ctx } = setup();
    expect(readImport(ctx, '   ')).toMatchObject({ ok: false, code: 'IMPORT_UNREADABLE', parserCode: 'OVERVIEW_EMPTY' });
  });
});

describe('addItem', () => {
  const input = { kind: 'toezegging' as const, text: 'De minister stuurt een brief over X', title: '', codes: ['SOCW'], term: '' };

  it('adds an item with a person\'s term, or without a term', () => {
    const { ctx } = setup();
    const added = addItem(ctx, { ...input, term: 'Q1 2026' }, { actor: 'U0ALICE', channelId: 'COCW', context: { via: 'modal' } });
    expect(added).toMatchObject({
      ok: true,
      code: 'ITEM_ADDED',
      item: { kind: 'toezegging', responsible: [{ code: 'SOCW', ministry: 'OCW' }], deadline: { deadline: '2026-03-31', source: 'person' }, deadlineSetBy: 'U0ALICE' },
    });
    expect(addItem(ctx, input, { actor: 'cli' })).toMatchObject({ ok: true, expression: null, item: { deadline: null } });
  });

  it('reports every problem at once and adds nothing', () => {
    const { ctx } = setup();
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
    const { ctx } = setup({ admins: ['U0BOSS'] });
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

describe('setTerm with a term in the past', () => {
  it('asks for confirmation and saves nothing; with the confirmation it saves', () => {
    const { ctx, item } = setup();
    const before = dumpDb(ctx.db);
    const asked = setTerm(ctx, item.id, '1 januari 2022', { actor: 'cli' });
    expect(asked).toMatchObject({ ok: false, code: 'TERM_IN_PAST', past: { amount: 3, unit: 'year' } });
    expect(!asked.ok && asked.code === 'TERM_IN_PAST' && pastTermQuestionNl(asked.past)).toBe('Die datum ligt 3 jaar in het verleden; toch opslaan?');
    expect(dumpDb(ctx.db)).toBe(before);
    expect(setTerm(ctx, item.id, '1 januari 2022', { actor: 'cli' }, { confirmPast: true })).toMatchObject({ ok: true, code: 'TERM_SET' });
    expect(getItem(ctx.db, item.id)!.deadline?.deadline).toBe('2022-01-01');
  });
});
