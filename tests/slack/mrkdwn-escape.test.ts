// Issue 16 point 8: text people typed or documents said is shown as text, never as mrkdwn. Slack
// has no escape for * _ ~ ` (only entities for & < >): they become lookalikes (∗ ˍ ∼ ˋ).
import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { buildDetails } from '../../src/slack/blocks/details.ts';
import { buildDigest } from '../../src/slack/blocks/digest.ts';
import { buildHome } from '../../src/slack/blocks/home.ts';
import { itemRow } from '../../src/slack/blocks/item-row.ts';
import { escapeMrkdwn } from '../../src/domain/escape-mrkdwn.ts';
import { buildOverdueReminder, buildReminder } from '../../src/slack/blocks/reminder.ts';
import { buildSearchResults } from '../../src/slack/blocks/search.ts';
import type { Item } from '../../src/domain/items.ts';
import { closeDb, openDb } from '../../src/store/db.ts';
import { createItem, listAudit } from '../../src/store/items.queries.ts';
import { newItem } from '../helpers/db.ts';

const TODAY = '2025-09-15';
const TYPED = '*ster* _schuin_ ~weg~ `code` & <!channel>';
const MARKUP = ['*ster*', '_schuin_', '~weg~', '`code`', '<!channel>'];

/** Every mrkdwn string in blocks (text objects, fields, confirm dialogs). */
function mrkdwnTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(mrkdwnTexts);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const own = o.type === 'mrkdwn' && typeof o.text === 'string' ? [o.text] : [];
    return [...own, ...Object.values(o).flatMap(mrkdwnTexts)];
  }
  return [];
}

function expectInert(where: string, blocks: unknown) {
  const texts = mrkdwnTexts(blocks).join('\n');
  expect(texts, where).toContain('∗ster∗ ˍschuinˍ ∼weg∼ ˋcodeˋ &amp; &lt;!channel&gt;');
  for (const m of MARKUP) expect(texts, `${where}: ${m}`).not.toContain(m);
}

describe('user text in mrkdwn', () => {
  it('escapeMrkdwn leaves no formatting character and no entity-less < > &', () => {
    expect(escapeMrkdwn(TYPED)).toBe('∗ster∗ ˍschuinˍ ∼weg∼ ˋcodeˋ &amp; &lt;!channel&gt;');
    expect(escapeMrkdwn('gewoon tekst, 12-3')).toBe('gewoon tekst, 12-3');
  });

  it('rows, confirmations, search, digest, reminders, Home and Details show it as text', () => {
    const db = openDb(':memory:');
    const item: Item = createItem(
      db,
      newItem({ title: TYPED, text: TYPED, submitters: [TYPED], statusText: TYPED, deadline: { earliest: null, deadline: '2025-09-10', text: TYPED, basis: 'explicit', soft: false, source: 'person' } as unknown as Item['deadline'] }),
      'import',
      Date.parse('2025-09-01T08:00:00Z'),
    );
    expectInert('row', itemRow(item, { today: TODAY }));
    const done = itemRow(item, { today: TODAY }).find((b) => b.type === 'actions') as KnownBlock & { elements: { confirm?: unknown }[] };
    expect(mrkdwnTexts(done.elements[0]!.confirm).join('')).toContain('∗ster∗');
    expectInert('search', buildSearchResults('ster', [item], TODAY).blocks);
    expectInert('digest', buildDigest({ targets: ['SOCW'], today: TODAY, overdue: [item], soon: [], done: [], noTerm: 0 }).blocks);
    expectInert('reminder', buildReminder({ item, days: 0, today: TODAY }).blocks);
    expectInert('overdue reminder', buildOverdueReminder({ entries: [{ item, days: -5 }] as never, more: 0, today: TODAY }).blocks);
    expectInert('home', buildHome({ today: TODAY, perCode: [], links: [], urgent: [item], urgentTotal: 1 }).blocks);
    expectInert('details', buildDetails(item, listAudit(db, item.id), TODAY, () => '15 september 2025 10:00').blocks);
    closeDb(db);
  });
});
