import { describe, expect, it } from 'vitest';
import { buildDetails } from '../../../src/slack/blocks/details.ts';
import type { AuditEntry } from '../../../src/store/items.queries.ts';
import { blockKitViolations } from '../../helpers/block-kit-limits.ts';
import { makeItem } from '../../helpers/items.ts';
import { worstItem } from './worst-case.ts';

const at = (n: number) => Date.UTC(2025, 8, 15, 7, n);
const format = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
const entry = (n: number, over: Partial<AuditEntry> = {}): AuditEntry => ({ id: n, itemId: 1, actor: 'UBOB', at: at(n), action: 'update', field: 'status', oldValue: 'open', newValue: 'done', context: null, ...over });

describe('buildDetails', () => {
  it('shows the item, its status, the full texts and the latest changes newest first, one per line', () => {
    const item = makeItem({ id: 1, text: 'verzoekt de regering om x', statusText: 'Brief volgt.' });
    const audit = [entry(0, { actor: 'import', action: 'create', field: null }), entry(1, { actor: 'cli:Jan' }), entry(2)];
    const msg = buildDetails(item, audit, '2025-09-15', format);
    const all = JSON.stringify(msg.blocks);
    expect(all).toContain('Status: *open*');
    expect(all).toContain('*Verzoek/toezegging*\\nverzoekt de regering om x');
    expect(all).toContain('*Stand van zaken*\\nBrief volgt.');
    expect(all).toContain('Laatste wijzigingen:\\n• Afgerond door <@UBOB>, 15 september 2025 om 07:02.\\n• Afgerond door Jan, 15 september 2025 om 07:01.\\n• Toegevoegd door de import van een overzicht, 15 september 2025 om 07:00.');
    expect(msg.text).toBe('Details van #1: Motie 1');
  });

  it('keeps the lines of a multi-line stand van zaken (issue 23, cosmetic)', () => {
    const item = makeItem({ id: 1, statusText: 'Brief volgt in maart.\n\n- eerst overleg met VNG\n- dan de brief' });
    expect(JSON.stringify(buildDetails(item, [], '2025-09-15', format).blocks)).toContain('*Stand van zaken*\\nBrief volgt in maart.\\n\\n- eerst overleg met VNG\\n- dan de brief');
  });

  it('shows the last 8 changes only and stays within limits for an extreme item', () => {
    const audit = Array.from({ length: 50 }, (_, n) => entry(n, { field: 'title', oldValue: '<!channel> & '.repeat(100), newValue: '&'.repeat(500) }));
    const msg = buildDetails(worstItem(1, '2025-01-01'), audit, '2025-09-15', format);
    expect(blockKitViolations(msg, 'message')).toEqual([]);
    expect(JSON.stringify(msg.blocks).match(/• Titel gewijzigd/g)).toHaveLength(8);
    expect(JSON.stringify(msg)).not.toContain('<!channel>');
  });
});
