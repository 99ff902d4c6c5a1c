import { describe, expect, it } from 'vitest';
import { buildHome, HOME_MAX_BLOCKS, type HomeData } from '../../../src/slack/blocks/home.ts';
import { doneItemRow } from '../../../src/slack/blocks/item-row.ts';
import { blockKitViolations } from '../../helpers/block-kit-limits.ts';
import { makeItem } from '../../helpers/items.ts';
import { worstItem } from './worst-case.ts';

const today = '2025-09-15';
const ids = (blocks: readonly { block_id?: string }[]) => blocks.map((b) => /^item:(\d+):text$/.exec(b.block_id ?? '')?.[1]).filter(Boolean).map(Number);
const text = (blocks: readonly unknown[]) => JSON.stringify(blocks);

function data(over: Partial<HomeData> = {}): HomeData {
  return {
    today,
    perCode: [
      { code: 'MJenV', open: 2, overdue: 0, soon: 1, later: 1, noTerm: 0, done: 4 },
      { code: 'SOCW', open: 5, overdue: 2, soon: 1, later: 1, noTerm: 1, done: 0 },
    ],
    links: [
      { target: 'SOCW', targetKind: 'code', channelId: 'COCW', linkedBy: 'U1', createdAt: 0 },
      { target: 'JenV', targetKind: 'ministry', channelId: 'CJENV', linkedBy: 'U1', createdAt: 0 },
    ],
    urgent: [makeItem({ id: 1 }, '2025-09-01'), makeItem({ id: 2 }, '2025-09-20')],
    urgentTotal: 2,
    ...over,
  };
}

describe('buildHome', () => {
  it('shows the picture per code, the channel links, and the urgent items with their buttons', () => {
    const view = buildHome(data());
    expect(view.type).toBe('home');
    const fields = view.blocks.find((b) => b.type === 'section' && 'fields' in b && b.fields) as { fields: { text: string }[] };
    expect(fields.fields.map((f) => f.text)).toEqual(['*MJenV*\n2 open: 0 te laat · 1 binnen 4 weken · 1 later · 0 zonder termijn', '*SOCW*\n5 open: 2 te laat · 1 binnen 4 weken · 1 later · 1 zonder termijn']);
    expect(text(view.blocks)).toContain('• SOCW → <#COCW>\\n• JenV → <#CJENV>');
    expect(ids(view.blocks)).toEqual([1, 2]);
    expect(text(view.blocks)).toContain('item_done');
    expect(text(view.blocks)).not.toContain('en nog');
    expect(blockKitViolations(view, 'home')).toEqual([]);
  });

  it('stays within 100 blocks with many items, 200 codes and 300 links, and counts the rest', () => {
    const urgent = Array.from({ length: 40 }, (_, i) => worstItem(i + 1, '2025-09-01'));
    const perCode = Array.from({ length: 200 }, (_, i) => ({ code: `M${i}`, open: 1, overdue: 1, soon: 0, later: 0, noTerm: 0, done: 0 }));
    const links = Array.from({ length: 300 }, (_, i) => ({ target: `SOCW${i}`, targetKind: 'code' as const, channelId: `C${i}`, linkedBy: 'U' as const, createdAt: 0 }));
    const view = buildHome(data({ urgent, urgentTotal: 500, perCode, links }));
    expect(view.blocks.length).toBeLessThanOrEqual(HOME_MAX_BLOCKS);
    expect(blockKitViolations(view, 'home')).toEqual([]);
    const shown = ids(view.blocks).length;
    expect(shown).toBeGreaterThan(10);
    expect(text(view.blocks)).toContain(`…en nog ${500 - shown} andere.`);
    expect(text(view.blocks)).toContain('…en nog 120 andere codes.');
    expect(text(view.blocks)).toContain('…en nog 260 andere koppelingen.');
  });

  it('stays within 100 blocks with five proposals of the worst kind on top of everything, each with its three answers, and counts the rest', () => {
    const urgent = Array.from({ length: 40 }, (_, i) => worstItem(i + 1, '2025-09-01'));
    const perCode = Array.from({ length: 200 }, (_, i) => ({ code: `M${i}`, open: 1, overdue: 1, soon: 0, later: 0, noTerm: 0, done: 0 }));
    const shown = Array.from({ length: 5 }, (_, i) => ({
      proposalId: 900 + i,
      item: worstItem(1, '2025-09-01'),
      documentNummer: '2025D41001',
      datum: '2025-09-10',
      onderwerp: `Reactie op de motie *over* <${'x'.repeat(3000)}>`,
      link: 'https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Resources/e0',
      strength: 'zeker' as const,
      reasons: [{ code: 'KB_SUBJECT' as const, words: Array.from({ length: 300 }, (_, j) => `woord${String(j)}`) }],
    }));
    const view = buildHome(data({ urgent, urgentTotal: 500, perCode, proposals: { shown, total: 12 } }));
    expect(view.blocks.length).toBeLessThanOrEqual(HOME_MAX_BLOCKS);
    expect(blockKitViolations(view, 'home')).toEqual([]);
    expect(view.blocks.filter((b) => /^letter:\d+:actions$/.test(b.block_id ?? '')).map((b) => b.block_id)).toEqual(shown.map((p) => `letter:${String(p.proposalId)}:actions`));
    expect(text(view.blocks)).toContain('*Voorgestelde Kamerbrieven: 12 wachten op een antwoord*');
    expect(text(view.blocks)).toContain('…en nog 7 (alle voorstellen: `motie voorstellen`).');
  });

  it('says so when there is nothing', () => {
    const view = buildHome(data({ perCode: [], links: [], urgent: [], urgentTotal: 0 }));
    expect(text(view.blocks)).toContain('Nog geen moties of toezeggingen.');
    expect(text(view.blocks)).toContain('Nog geen kanalen gekoppeld.');
    expect(text(view.blocks)).toContain('🎉 Niets te laat');
  });

  it('puts a notice at the top and leaves its item out of the list', () => {
    const notice = doneItemRow(makeItem({ id: 1 }), 'UADMIN', today);
    const view = buildHome(data({ notice }));
    expect(ids(view.blocks)).toEqual([1, 2]);
    expect(view.blocks.findIndex((b) => b.block_id === 'item:1:done')).toBeLessThan(5);
    expect(blockKitViolations(view, 'home')).toEqual([]);
  });
});
