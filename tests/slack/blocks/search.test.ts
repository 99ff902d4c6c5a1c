import { describe, expect, it } from 'vitest';
import { buildSearchResults } from '../../../src/slack/blocks/search.ts';
import { blockKitViolations } from '../../helpers/block-kit-limits.ts';
import { makeItem } from '../../helpers/items.ts';
import { worstItem } from './worst-case.ts';

const today = '2025-09-15';

describe('buildSearchResults', () => {
  it('says when nothing was found, with the query escaped', () => {
    expect(buildSearchResults('<!channel>', [], today)).toEqual({ text: 'Niets gevonden voor “&lt;!channel&gt;”.' });
  });

  it('counts the results and shows their rows', () => {
    const msg = buildSearchResults('motie', [makeItem({ id: 1 }), makeItem({ id: 2 })], today);
    expect(msg.text).toBe('🔎 2 resultaten voor “motie”');
    expect(JSON.stringify(msg.blocks)).toContain('item:2:actions');
  });

  it('shows ten and asks for a more precise query when there are more', () => {
    const msg = buildSearchResults('motie', Array.from({ length: 11 }, (_, i) => makeItem({ id: i + 1 })), today);
    expect(msg.text).toBe('🔎 10 resultaten voor “motie” (de eerste 10; maak de zoekterm preciezer)');
    expect(JSON.stringify(msg.blocks)).not.toContain('item:11:');
  });

  it('stays within limits with eleven extreme items', () => {
    const msg = buildSearchResults('x'.repeat(500), Array.from({ length: 11 }, (_, i) => worstItem(900_000 + i, '2025-01-01')), today);
    expect(blockKitViolations(msg, 'message')).toEqual([]);
  });
});
