// A proposed Kamerbrief in Slack: posted once in the item's channel through the sent log (real
// job, fake Web API), answered with its three buttons through the real Bolt HTTP receiver.
import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { announcementsSettled } from '../../src/slack/changes.ts';
import { homeFor } from '../../src/slack/home-view.ts';
import { runTkNotices } from '../../src/scheduler/run-tk-notices.ts';
import { createJobSlackClient } from '../../src/scheduler/slack-client.ts';
import { getItem, listAudit, updateItem } from '../../src/store/items.queries.ts';
import { insertProposal, listProposals, upsertLetter } from '../../src/store/letters.queries.ts';
import { markTkCaughtUp } from '../../src/store/tk.queries.ts';
import { syncTk } from '../../src/app/sync-tk.ts';
import { letterPages } from '../helpers/fake-documents.ts';
import { startFakeSyncFeed } from '../helpers/fake-syncfeed.ts';
import { addItem, allText, clickButton, codes, expectAcked, findElement, link, reply, useBot, waitFor, type SlackTest } from './support.ts';

const t = useBot({ admins: ['UADMIN'] });
const LETTER_ID = 'e0000000-0000-4000-8000-0000000000aa';

function propose(bot: SlackTest) {
  link(bot, 'SOCW', 'COCW');
  const item = addItem(bot, { responsible: codes('SOCW'), kamerstuk: { dossier: '36222', number: '33', vergaderjaar: null }, statusText: 'Brief volgt.' });
  const now = bot.deps.now().getTime();
  // A later sync's proposal: the first sync of the Document feed posts nothing.
  markTkCaughtUp(bot.deps.db, 'Document', now - 60_000);
  upsertLetter(bot.deps.db, { entityId: LETTER_ID, documentNummer: '2025D41001', soort: 'Brief regering', titel: null, onderwerp: 'Reactie op de motie van het lid Van der Werf over een periodieke check-up (Kamerstuk 36222-33)', datum: '2025-09-10', dossierId: null, volgnummer: 41, zaakIds: [], actors: [], bijgewerkt: '2025-09-10T10:00:00', deleted: false }, now);
  insertProposal(bot.deps.db, { itemId: item.id, letterId: LETTER_ID, documentNummer: '2025D41001', strength: 'zeker', reasons: [{ code: 'KB_CITES_KAMERSTUK', kamerstuk: '36222-33' }] }, now);
  return item;
}

async function postedProposal(bot: SlackTest): Promise<{ ts: string; text: string; blocks: KnownBlock[] }> {
  const result = await runTkNotices({ db: bot.deps.db, slack: createJobSlackClient({ token: 'xoxb-test', apiUrl: bot.fake.url }), now: bot.deps.now });
  expect(result).toMatchObject({ status: 'done', posted: 1 });
  const [call] = bot.fake.callsTo('chat.postMessage');
  return { ts: '1700000000.000777', text: call!.body.text as string, blocks: call!.body.blocks as KnownBlock[] };
}

describe('a proposed Kamerbrief in the item’s channel', () => {
  it('is posted once, with the letter’s title, date, number, a link and the three answers', async () => {
    const item = propose(t.bot);
    const message = await postedProposal(t.bot);
    expect(t.bot.fake.callsTo('chat.postMessage')[0]!.body.channel).toBe('COCW');
    const text = allText(message.blocks);
    expect(text).toContain('<https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Resources/e0000000-0000-4000-8000-0000000000aa|Reactie op de motie van het lid Van der Werf over een periodieke check-up (Kamerstuk 36222-33)> (2025D41001, 10 september 2025)');
    expect(text).toContain('Waarom: noemt Kamerstuk 36222-33 (zeker).');
    expect(['letter_done', 'letter_partly', 'letter_rejected'].map((a) => findElement(message.blocks, a, item.id).element.text?.text)).toEqual(['Afgerond met deze brief', 'Deels', 'Hoort er niet bij']);
    expect(await runTkNotices({ db: t.bot.deps.db, slack: createJobSlackClient({ token: 'xoxb-test', apiUrl: t.bot.fake.url }), now: t.bot.deps.now })).toMatchObject({ posted: 0 });
    expect(t.bot.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('"Afgerond met deze brief" closes the item with the letter as closing reference, audited, and says so in the message', async () => {
    const item = propose(t.bot);
    const message = await postedProposal(t.bot);
    const click = await clickButton(t.bot, findElement(message.blocks, 'letter_done', item.id), { message, user: 'UBOB' });
    expectAcked(click);
    const updated = await reply(t.bot, click.responseId);
    expect(updated.replace_original).toBe(true);
    expect(allText(updated.blocks)).toContain(`✅ <@UBOB> heeft #${item.id} afgerond met deze brief.`);
    expect(getItem(t.bot.deps.db, item.id)).toMatchObject({ status: 'done', statusSetBy: 'UBOB', closingReference: `https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Resources/${LETTER_ID}` });
    expect(listAudit(t.bot.deps.db, item.id).filter((e) => e.action === 'letter-answer')).toMatchObject([{ actor: 'UBOB', field: 'done', context: { via: 'button', channel: 'COCW' } }]);
    // The team hears of it like any other Afgerond: one change line in the item's channel.
    await announcementsSettled();
    const posts = t.bot.fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(posts[1]!.body).toMatchObject({ channel: 'COCW' });
    expect(String(posts[1]!.body.text)).toContain(`#${String(item.id)}`);
  });

  it('"Deels" updates the stand van zaken and keeps the item open', async () => {
    const item = propose(t.bot);
    const message = await postedProposal(t.bot);
    const click = await clickButton(t.bot, findElement(message.blocks, 'letter_partly', item.id), { message, user: 'UBOB' });
    await reply(t.bot, click.responseId);
    expect(getItem(t.bot.deps.db, item.id)).toMatchObject({
      status: 'open',
      partly: true,
      statusText: 'Brief volgt.\nDeels afgedaan met Kamerbrief 2025D41001 van 10 september 2025: Reactie op de motie van het lid Van der Werf over een periodieke check-up (Kamerstuk 36222-33)',
    });
    expect(listProposals(t.bot.deps.db, { state: 'partly' })).toHaveLength(1);
    await announcementsSettled();
    expect(t.bot.fake.callsTo('chat.postMessage').map((call) => call.body.channel)).toEqual(['COCW', 'COCW']);
  });

  it('"Deels" that would make the stand van zaken too long says so, and changes nothing', async () => {
    const item = propose(t.bot);
    updateItem(t.bot.deps.db, item.id, { statusText: 'x'.repeat(9_990) }, 'USETUP', t.bot.deps.now().getTime());
    const message = await postedProposal(t.bot);
    const click = await clickButton(t.bot, findElement(message.blocks, 'letter_partly', item.id), { message, user: 'UBOB' });
    expect((await reply(t.bot, click.responseId)).text).toBe(
      `De stand van zaken van #${String(item.id)} wordt met deze brief langer dan 10000 tekens. Maak hem eerst korter (\`/motie stand ${String(item.id)} …\`) en klik dan opnieuw op Deels. Er is niets veranderd.`,
    );
    expect(getItem(t.bot.deps.db, item.id)).toMatchObject({ partly: false, statusText: 'x'.repeat(9_990) });
    expect(listProposals(t.bot.deps.db)).toHaveLength(1);
  });

  it('"Hoort er niet bij" is remembered; a second answer changes nothing', async () => {
    const item = propose(t.bot);
    const message = await postedProposal(t.bot);
    const click = await clickButton(t.bot, findElement(message.blocks, 'letter_rejected', item.id), { message, user: 'UBOB' });
    expect(allText((await reply(t.bot, click.responseId)).blocks)).toContain('Hij wordt niet opnieuw voorgesteld.');
    expect(listProposals(t.bot.deps.db, { state: 'rejected' })).toHaveLength(1);
    const again = await clickButton(t.bot, findElement(message.blocks, 'letter_done', item.id), { message, user: 'UBOB' });
    expect((await reply(t.bot, again.responseId)).text).toBe('Op dit voorstel is al geantwoord. Er is niets veranderd.');
    expect(getItem(t.bot.deps.db, item.id)?.status).toBe('open');
    expect(listAudit(t.bot.deps.db, item.id).filter((e) => e.action === 'letter-answer').map((e) => e.field)).toEqual(['rejected']);
  });

  it('someone outside the item’s channels may not answer', async () => {
    const item = propose(t.bot);
    const message = await postedProposal(t.bot);
    const click = await clickButton(t.bot, findElement(message.blocks, 'letter_done', item.id), { message, user: 'UEVE', channel: 'CELSE' });
    expect((await reply(t.bot, click.responseId)).text).toContain('#');
    expect(getItem(t.bot.deps.db, item.id)?.status).toBe('open');
    expect(listProposals(t.bot.deps.db)).toHaveLength(1);
  });
});

describe('from the Document feed to the buttons (issue 26, done when)', () => {
  it('a later sync’s letter is proposed in the item’s channel once, and its button does what it says; the first sync posts nothing', async () => {
    const feed = await startFakeSyncFeed();
    try {
      link(t.bot, 'SOCW', 'COCW');
      const item = addItem(t.bot, { responsible: codes('SOCW'), kamerstuk: { dossier: '36222', number: '33', vergaderjaar: null } });
      // The sync's clock moves on (a page, then the caught-up mark); the bot's stays on its day.
      let tick = t.bot.deps.now().getTime();
      const sync = () => syncTk({ db: t.bot.deps.db, baseUrl: feed.base, scope: [], now: () => new Date((tick += 1000)), pageDelayMs: 0, moties: false, documenten: true, client: { backoffMs: 1 } });
      const notices = () => runTkNotices({ db: t.bot.deps.db, slack: createJobSlackClient({ token: 'xoxb-test', apiUrl: t.bot.fake.url }), now: t.bot.deps.now });
      // The first sync reads the feed's history: what it proposes waits in App Home, no channel hears of it.
      const old = { id: 'e0000000-0000-4000-8000-0000000000b1', nummer: '2025D41000', datum: '2025-09-15', onderwerp: 'Uitvoering van de motie van het lid Van der Werf (Kamerstuk 36222-33)' };
      letterPages(feed, [old]);
      expect(await sync()).toMatchObject({ status: 'done', letters: 1, proposals: 1 });
      expect(await notices()).toMatchObject({ posted: 0 });
      // A later sync brings a new letter: posted once in the item's channel.
      const letter = { id: LETTER_ID, nummer: '2025D41001', datum: '2025-09-15', onderwerp: 'Reactie op de motie van het lid Van der Werf over een periodieke check-up (Kamerstuk 36222-33)' };
      letterPages(feed, [letter], '500');
      expect(await sync()).toMatchObject({ status: 'done', letters: 1, proposals: 1 });
      expect(await notices()).toMatchObject({ posted: 1 });
      expect(await sync()).toMatchObject({ letters: 0, proposals: 0 });
      expect(await notices()).toMatchObject({ posted: 0 });
      const [call] = t.bot.fake.callsTo('chat.postMessage');
      expect(call!.body.channel).toBe('COCW');
      const message = { ts: '1700000000.000778', text: call!.body.text as string, blocks: call!.body.blocks as KnownBlock[] };
      expect(allText(message.blocks)).toContain('2025D41001');
      const click = await clickButton(t.bot, findElement(message.blocks, 'letter_done', item.id), { message, user: 'UBOB' });
      expectAcked(click);
      await reply(t.bot, click.responseId);
      expect(getItem(t.bot.deps.db, item.id)).toMatchObject({ status: 'done', closingReference: `https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Resources/${LETTER_ID}` });
    } finally {
      await feed.close();
    }
  });
});

describe('App Home', () => {
  it('shows the open proposals with their three answers to whoever may answer them, not to others', () => {
    const item = propose(t.bot);
    const home = (user: string) => homeFor(t.bot.deps, user, '2025-09-15').blocks;
    const text = allText(home('UADMIN'));
    expect(text).toContain('*Voorgestelde Kamerbrieven: 1 wacht op een antwoord*');
    expect(text).toContain(`<https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Resources/${LETTER_ID}|Reactie op de motie`);
    expect(text).toContain('Waarom: noemt Kamerstuk 36222-33 (zeker).');
    const actions = home('UADMIN').find((b) => b.block_id === 'letter:1:actions');
    expect(actions).toMatchObject({ type: 'actions', elements: [{ action_id: 'letter_done', value: '1' }, { action_id: 'letter_partly', value: '1' }, { action_id: 'letter_rejected', value: '1' }] });
    expect(item.id).toBeGreaterThan(0);
    expect(JSON.stringify(home('UNOBODY'))).not.toContain('Voorgestelde Kamerbrieven');
  });

  it('answered there: the Home tab is published again without the proposal and says what happened', async () => {
    const item = propose(t.bot);
    const blocks = homeFor(t.bot.deps, 'UADMIN', '2025-09-15').blocks as KnownBlock[];
    const partly = findElement(blocks.filter((b) => b.block_id === 'letter:1:actions'), 'letter_partly');
    const click = await clickButton(t.bot, partly, { home: true, user: 'UADMIN' });
    expectAcked(click);
    const call = await waitFor(() => t.bot.fake.callsTo('views.publish')[0]);
    expect(call.body.user_id).toBe('UADMIN');
    const republished = allText((call.body.view as { blocks: KnownBlock[] }).blocks);
    expect(republished).toContain(`🟡 #${String(item.id)} is deels afgedaan met Kamerbrief 2025D41001; de stand van zaken is bijgewerkt en het item blijft open.`);
    expect(republished).not.toContain('Voorgestelde Kamerbrieven');
    expect(getItem(t.bot.deps.db, item.id)).toMatchObject({ status: 'open', partly: true });
    expect(listAudit(t.bot.deps.db, item.id).filter((e) => e.action === 'letter-answer')).toMatchObject([{ actor: 'UADMIN', field: 'partly', context: { via: 'home', channel: null } }]);
  });
});
