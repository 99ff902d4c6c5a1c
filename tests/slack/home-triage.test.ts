import type { KnownBlock } from '@slack/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listTriageItems } from '../../src/app/assign-triage.ts';
import { syncTk } from '../../src/app/sync-tk.ts';
import { listItems } from '../../src/store/items.queries.ts';
import { listTriage } from '../../src/store/tk.queries.ts';
import { renderHome } from '../../src/slack/home-view.ts';
import { openTempDb, type TempDb } from '../helpers/db.ts';
import { motiePages, RECORDED_MOTIES, startFakeSyncFeed, type FakeSyncFeed } from '../helpers/fake-syncfeed.ts';
import { allText, clickButton, expectAcked, expectCleanTraffic, openedModal, startBot, waitFor, type SlackTest } from './support.ts';

let fake: FakeSyncFeed;
let t: TempDb;
beforeEach(async () => {
  fake = await startFakeSyncFeed();
  t = openTempDb();
  motiePages(fake, RECORDED_MOTIES);
  await syncTk({ db: t.db, baseUrl: fake.base, scope: [], now: () => new Date(), pageDelayMs: 0, moties: true });
});
afterEach(async () => {
  t.cleanup();
  await fake.close();
});

const texts = (view: ReturnType<typeof renderHome>) => JSON.stringify(view.blocks);

describe('App Home: triage for admins', () => {
  it('an admin sees what waits in triage, with the command to assign codes', () => {
    const view = renderHome(t.db, '2025-06-02', undefined, undefined, { admin: true });
    expect(texts(view)).toContain('*Triage: 1 item wacht op een ministerie*');
    expect(texts(view)).toContain('• 2023Z00933 Werkgelegenheid, innovatie');
    expect(texts(view)).toContain('Toewijzen');
    expect(texts(view)).toContain('motie triage 2023Z00933 MIenW');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });

  it('anyone else does not', () => {
    expect(texts(renderHome(t.db, '2025-06-02'))).not.toContain('Triage');
  });
});

// Through the real Bolt receiver: an admin assigns a triage entry with the button on the App Home tab.
describe('App Home: assigning triage with a button (Bolt receiver)', () => {
  async function botWithTriage(opts: { tkMinistries?: string[] } = {}) {
    const bot = await startBot({ admins: ['UADMIN'], ...opts });
    const feed = await startFakeSyncFeed();
    try {
      // With the cabinet's appreciation and the Kamer's termijn: the item made by triage keeps them.
      motiePages(feed, RECORDED_MOTIES.map((m) => ({ ...m, zaak: { ...m.zaak, kabinetsappreciatie: 'Ontraden', termijn: '2025-12-01T00:00:00+01:00' } })));
      await syncTk({ db: bot.deps.db, baseUrl: feed.base, scope: [], now: () => new Date(), pageDelayMs: 0, moties: true });
    } finally {
      await feed.close();
    }
    return bot;
  }
  async function homeOf(bot: SlackTest, user: string, n = 0) {
    await bot.event({ type: 'app_home_opened', user, channel: 'DHOME', tab: 'home', event_ts: '1700000000.000001' });
    const call = await waitFor(() => bot.fake.callsTo('views.publish')[n]);
    return call.body.view as { blocks: KnownBlock[] };
  }
  function assignButton(blocks: readonly KnownBlock[]) {
    const block = blocks.find((b) => b.type === 'section' && (b.block_id ?? '').startsWith('triage:')) as { block_id: string; accessory: { action_id: string; value: string; text: { text: string } } } | undefined;
    if (!block) throw new Error('no triage entry on the Home tab');
    return { blockId: block.block_id, element: { type: 'button', ...block.accessory } };
  }
  function submitCodes(bot: SlackTest, entityId: string, codes: string, user = 'UADMIN') {
    return bot.viewSubmission({
      user: { id: user, username: 'someone', team_id: 'T1' },
      view: { id: 'VTRIAGE', type: 'modal', callback_id: 'triage_assign_modal', private_metadata: entityId, hash: 'h', state: { values: { triage_codes: { triage_codes_input: { type: 'plain_text_input', value: codes } } } } },
    });
  }
  const ENTITY = '0626c8c4-f2a4-41e4-9e4c-3efe8f745eb9';

  it('the entry shows its candidate ministries and a Toewijzen button; the modal assigns once, audited, and the Home tab no longer lists it', async () => {
    const bot = await botWithTriage();
    try {
      const home = await homeOf(bot, 'UADMIN');
      const button = assignButton(home.blocks);
      expect(button.element.text.text).toBe('Toewijzen');
      expect(button.element.value).toBe(ENTITY);
      const candidates = listTriageItems(bot.deps, 'pending')[0]?.candidates ?? [];
      expect(candidates.length).toBeGreaterThan(0);
      expect(allText(home.blocks)).toContain(`mogelijk ${candidates.join(', ')}`);
      // Why it is in triage (issue 24): the cause, the evidence per ministry and what the records lacked, on Home and in the modal.
      expect(allText(home.blocks)).toContain('Waarom triage: de beleidswoorden wijzen naar meer dan één ministerie en geen ervan duidelijk. Aanwijzingen: beleidswoorden "vlootvernieuwing", "rijksrederij" → IenW');

      expectAcked(await clickButton(bot, button, { user: 'UADMIN', home: true }));
      const modal = await openedModal<{ callback_id: string; private_metadata: string; blocks: { element?: { initial_value?: string } }[] }>(bot);
      expect(modal.callback_id).toBe('triage_assign_modal');
      expect(modal.private_metadata).toBe(ENTITY);
      expect(modal.blocks[1]?.element?.initial_value).toBe(candidates.map((m) => `M${m}`).join(', '));
      expect(JSON.stringify(modal.blocks[0])).toContain('Waarom triage: de beleidswoorden wijzen naar meer dan één ministerie');

      const posted = await submitCodes(bot, ENTITY, 'MIenW');
      expectAcked(posted);
      expect(posted.json).toMatchObject({ response_action: 'update', view: { title: { text: 'Toegewezen' } } });
      const [item] = listItems(bot.deps.db);
      expect(item).toMatchObject({ reference: '2023Z00933', responsible: [{ code: 'MIenW', ministry: 'IenW' }], kabinetsappreciatie: 'Ontraden', kamerTermijn: '2025-12-01' });
      expect(listTriage(bot.deps.db, 'pending')).toEqual([]);
      // Audited like every change: the creation names the admin and the triage it came from.
      const audit = bot.deps.db.$client.prepare("SELECT actor, context FROM audit_log WHERE item_id = ?").all(item?.id) as { actor: string; context: string }[];
      expect(audit).toHaveLength(1);
      expect(audit[0]?.actor).toBe('UADMIN');
      expect(JSON.parse(audit[0]?.context ?? '{}')).toMatchObject({ via: 'modal', triage: '2023Z00933' });
      // The Home tab is drawn again without the entry.
      const again = await waitFor(() => bot.fake.callsTo('views.publish')[1]);
      expect(allText((again.body.view as { blocks: KnownBlock[] }).blocks)).not.toContain('Triage:');
      // A second submission (an old modal) changes nothing.
      expect((await submitCodes(bot, ENTITY, 'MOCW')).json).toMatchObject({ response_action: 'errors' });
      expect(listItems(bot.deps.db)).toHaveLength(1);
      expectCleanTraffic(bot);
    } finally {
      await bot.close();
    }
  });

  it('bad codes come back in Dutch in the modal and change nothing; a non-admin cannot assign', async () => {
    const bot = await botWithTriage();
    try {
      const bad = (await submitCodes(bot, ENTITY, 'XYZ')).json as { response_action: string; errors: Record<string, string> };
      expect(bad.response_action).toBe('errors');
      expect(bad.errors.triage_codes).toBe('"XYZ" is geen code; schrijf bijvoorbeeld MIenW of SOCW,MVWS.');
      const stranger = (await submitCodes(bot, ENTITY, 'MIenW', 'UALICE')).json as { errors: Record<string, string> };
      expect(stranger.errors.triage_codes).toContain('alleen beheerders');
      expect(listItems(bot.deps.db)).toEqual([]);
      expect(listTriage(bot.deps.db, 'pending')).toHaveLength(1);
      // The button, clicked by someone who is not an admin, opens nothing.
      expectAcked(await clickButton(bot, { blockId: `triage:${ENTITY}`, element: { type: 'button', action_id: 'triage_assign', value: ENTITY } }, { user: 'UALICE', home: true }));
      const notice = await waitFor(() => bot.fake.callsTo('views.publish')[0]);
      expect(allText((notice.body.view as { blocks: KnownBlock[] }).blocks)).toContain('alleen beheerders');
      expect(bot.fake.callsTo('views.open')).toEqual([]);
      expectCleanTraffic(bot);
    } finally {
      await bot.close();
    }
  });

  it('a team with TK_MINISTRIES sees only the entries that may be theirs', async () => {
    const probe = await botWithTriage();
    const candidates = listTriageItems(probe.deps, 'pending')[0]?.candidates ?? [];
    await probe.close();
    const ours = await botWithTriage({ tkMinistries: [candidates[0] ?? 'IenW'] });
    const other = await botWithTriage({ tkMinistries: ['Def'] });
    try {
      expect(candidates).not.toContain('Def');
      expect(allText((await homeOf(ours, 'UADMIN')).blocks)).toContain('Triage: 1 item wacht');
      expect(allText((await homeOf(other, 'UADMIN')).blocks)).not.toContain('Triage:');
      expectCleanTraffic(ours);
      expectCleanTraffic(other);
    } finally {
      await ours.close();
      await other.close();
    }
  });
});
