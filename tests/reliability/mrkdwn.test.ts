// Text from documents and people is escaped before it goes into mrkdwn: an item whose title,
// text, submitters, status, term or Kamerstuk carries <!channel>, <!here>, <@U…> or a hidden link
// never pings anyone or links anywhere, in any message motiebot builds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/actor.ts';
import { amsterdamDateTime } from '../../src/clock.ts';
import { parseTarget } from '../../src/domain/codes.ts';
import type { Item } from '../../src/domain/items.ts';
import { buildDetails } from '../../src/slack/blocks/details.ts';
import { buildDigest } from '../../src/slack/blocks/digest.ts';
import { buildTermModal } from '../../src/slack/blocks/modals.ts';
import { buildReminder } from '../../src/slack/blocks/reminder.ts';
import { buildSearchResults } from '../../src/slack/blocks/search.ts';
import { insertChannelLink } from '../../src/store/channels.queries.ts';
import { createItem, listAudit, updateItem } from '../../src/store/items.queries.ts';
import { newItem } from '../helpers/db.ts';
import { waitFor } from '../helpers/fake-slack.ts';
import { startTestBot, type TestBot } from '../helpers/slack-harness.ts';
import { expectNoRawMarkup, renderedTexts } from './hostile.ts';

const TODAY = '2025-09-15';
const PING = '<!channel> <!here> <!everyone> <@U0123> <@U0123|baas> <#C0123|algemeen> <!subteam^S0123> <https://evil.example|klik>';

describe('no mentions from item text', () => {
  let bot: TestBot;
  const items: Item[] = [];
  beforeAll(async () => {
    bot = await startTestBot({ admins: ['UADMIN'] });
    const db = bot.t.db;
    insertChannelLink(db, parseTarget('SOCW')!, 'COCW', 'UALICE', Date.now());
    const hostile = (deadline: string | null, status: 'open' | 'done' = 'open') =>
      newItem({
        title: `herstelrecht ${PING}`,
        text: `verzoekt de regering ${PING} &lt;!channel&gt; *vet*`,
        submitters: ['<@U0123>', '<!here>', 'Mutluer'],
        statusText: `${PING} in behandeling`,
        status,
        kamerstuk: { dossier: '<!channel>', number: '<@U0123>', vergaderjaar: '<!here>' },
        sourceDocument: `${PING}.pdf`,
        deadline: deadline ? { earliest: null, deadline, text: `voor de zomer ${PING}`, basis: 'explicit', soft: false, source: 'person' } : null,
      });
    for (const [deadline, status] of [
      ['2025-09-01', 'open'],
      ['2025-09-30', 'open'],
      ['2025-08-01', 'done'],
      [null, 'open'],
    ] as const) {
      items.push(createItem(db, hostile(deadline, status), '<@U0123>' as Actor, Date.now()));
    }
    // An audit trail with hostile values too (details show it).
    updateItem(db, items[0]!.id, { title: `nieuw ${PING}` }, '<!channel>' as Actor, Date.now());
    items[0] = { ...items[0]!, title: `nieuw ${PING}` };
  });
  afterAll(() => bot.close());

  it('the builders: reminder, digest, details, search and the term modal', () => {
    expect(items).toHaveLength(4);
    for (const item of items) {
      for (const days of [-20, -1, 0, 7, 28]) expectNoRawMarkup(buildReminder({ item, days, today: TODAY }), `reminder ${days}`);
      expectNoRawMarkup(buildDetails(item, listAudit(bot.t.db, item.id), TODAY, amsterdamDateTime), 'details');
      expectNoRawMarkup(buildTermModal(item, { channelId: 'COCW' }), 'term modal');
    }
    const digest = buildDigest({ targets: ['SOCW'], today: TODAY, overdue: [items[0]!], soon: [items[1]!], done: [items[2]!], noTerm: 1 });
    expectNoRawMarkup(digest, 'digest');
    expectNoRawMarkup(buildSearchResults(PING, items, TODAY), 'search');
    // The check is not vacuous: the hostile words are there, escaped.
    expect(renderedTexts(digest).join('\n')).toContain('&lt;!channel&gt;');
  });

  it('/motie status, /motie zoek, the details menu and the Home tab through Slack', async () => {
    const answers: unknown[] = [];
    for (const text of ['status', 'status alles', 'status SOCW', 'zoek herstelrecht', `zoek ${PING}`]) {
      const posted = await bot.command(text);
      answers.push((await waitFor(() => bot.fake.responses.find((r) => r.id === posted.responseId))).body);
    }
    for (const item of items) {
      const posted = await bot.action({
        channel: { id: 'COCW', name: 'ocw' },
        container: { type: 'message', message_ts: '1.2', channel_id: 'COCW', is_ephemeral: true },
        actions: [{ type: 'overflow', action_id: 'item_menu', block_id: `item:${item.id}:actions`, action_ts: '1', selected_option: { text: { type: 'plain_text', text: 'Details' }, value: `details:${item.id}` } }],
      });
      answers.push((await waitFor(() => bot.fake.responses.find((r) => r.id === posted.responseId))).body);
    }
    await bot.event({ type: 'app_home_opened', user: 'UALICE', channel: 'D1', tab: 'home' });
    answers.push((await waitFor(() => bot.fake.callsTo('views.publish')[0])).body);
    const texts = answers.flatMap((a) => renderedTexts(a));
    expect(texts.join('\n')).toContain('&lt;!channel&gt;');
    for (const [i, a] of answers.entries()) expectNoRawMarkup(a, `answer ${i}`);
  });
});
