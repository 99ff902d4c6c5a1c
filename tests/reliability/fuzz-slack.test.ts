// Bad input everywhere, through the real HTTP receiver: every /motie subcommand and every button
// with random and hostile input. No crash, no unhandled rejection, a Dutch answer, and the
// database unchanged unless the input was a valid change (then the answer says it succeeded).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/domain/codes.ts';
import { ACTION, MENU, VIEW } from '../../src/slack/blocks/ids.ts';
import { EDIT, NEW_ITEM, STATUS, TERM } from '../../src/slack/blocks/modals.ts';
import { TRIAGE_CODES } from '../../src/slack/blocks/triage.ts';
import { announcementsSettled } from '../../src/slack/changes.ts';
import { SUBCOMMAND_NAMES } from '../../src/slack/listeners/commands/index.ts';
import { insertChannelLink } from '../../src/store/channels.queries.ts';
import { createItem } from '../../src/store/items.queries.ts';
import { dumpDb, newItem } from '../helpers/db.ts';
import { waitFor } from '../helpers/fake-slack.ts';
import { startTestBot, type TestBot } from '../helpers/slack-harness.ts';
import { DUTCH_WORDS, expectNoRawMarkup, FUZZ_SEED, HOSTILE_STRINGS, hostileString } from './hostile.ts';

const SAMPLES_PER_SUBCOMMAND = 10;

const SAMPLES_PER_ACTION = 14;

const SAMPLES_PER_VIEW = 40;

/** Answers that go with a change of the database. */
const SUCCESS = /gekoppeld aan|losgekoppeld van|is afgerond|is vervallen|Termijn van #\d+ aangepast|Ik herinner dit kanaal/;

const WHO = [
  { user: 'UALICE', channel: 'COCW' }, // in a channel linked to SOCW: may change SOCW items
  { user: 'UMALLORY', channel: 'CRANDOM' }, // in a channel linked to nothing
];

function collectUnhandled() {
  const seen: unknown[] = [];
  const onRejection = (reason: unknown) => seen.push(reason);
  const onException = (error: unknown) => seen.push(error);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return {
    seen,
    stop: () => {
      process.off('unhandledRejection', onRejection);
      process.off('uncaughtException', onException);
    },
  };
}

function sample<T>(arb: fc.Arbitrary<T>, n: number, offset: number): T[] {
  return fc.sample(arb, { seed: FUZZ_SEED + offset, numRuns: n });
}

describe('fuzz: Slack input', () => {
  let bot: TestBot;
  let unhandled: ReturnType<typeof collectUnhandled>;
  const stats = { invalid: 0, changed: 0, inputs: 0 };

  beforeAll(async () => {
    unhandled = collectUnhandled();
    bot = await startTestBot({ admins: ['UADMIN'] });
    insertChannelLink(bot.t.db, parseTarget('SOCW')!, 'COCW', 'UALICE', Date.now());
    for (let i = 0; i < 3; i++) createItem(bot.t.db, newItem({ title: `Item ${i + 1}` }), 'import', Date.now());
  });
  afterAll(async () => {
    await bot.close();
    unhandled.stop();
  });

  /** The respond() body for a request, or the views.open call for /motie nieuw. */
  async function answerOf(responseId: string, viewsBefore: number): Promise<{ text: string; body: Record<string, unknown> }> {
    const found = await waitFor(
      () =>
        bot.fake.responses.find((r) => r.id === responseId) ??
        (bot.fake.callsTo('views.open').length > viewsBefore ? { body: bot.fake.callsTo('views.open').at(-1)!.body } : undefined),
      // A deadline, not a timing assertion: /motie overzicht builds its file in a worker thread,
      // which under tsx compiles its sources first (seconds on a loaded machine).
      20_000,
    );
    const body = found.body;
    const text = typeof body.text === 'string' ? body.text : JSON.stringify(body.view ?? body.blocks ?? '');
    return { text, body };
  }

  function expectConsistent(before: string, answer: { text: string; body: Record<string, unknown> }, what: string): void {
    const after = dumpDb(bot.t.db);
    if (after === before) {
      stats.invalid += 1;
    } else {
      stats.changed += 1;
      // A change only with an answer that reports success (or a redrawn item).
      const redrawn = answer.body.replace_original === true && Array.isArray(answer.body.blocks);
      expect(SUCCESS.test(answer.text) || redrawn, `${what} changed the database but answered: ${answer.text.slice(0, 200)}`).toBe(true);
    }
  }

  const SUBCOMMANDS = [...SUBCOMMAND_NAMES, 'kanaal los', 'termijn 1', 'termijn 999999', 'help', 'STATUS', ''];

  it.each(SUBCOMMANDS.map((s, i) => [s, i] as const))('/motie %s <random> answers in Dutch without crashing', async (sub, index) => {
    const inputs = [...sample(hostileString, SAMPLES_PER_SUBCOMMAND, index), HOSTILE_STRINGS[index % HOSTILE_STRINGS.length]!];
    for (const [n, input] of inputs.entries()) {
      stats.inputs += 1;
      const who = WHO[n % WHO.length]!;
      const text = `${sub} ${input}`;
      const before = dumpDb(bot.t.db);
      const viewsBefore = bot.fake.callsTo('views.open').length;
      const posted = await bot.command(text, who);
      expect(posted.status, `/motie ${JSON.stringify(text).slice(0, 200)}`).toBe(200);
      const answer = await answerOf(posted.responseId, viewsBefore);
      if (answer.body.view === undefined) expect(answer.text, JSON.stringify(text).slice(0, 200)).toMatch(DUTCH_WORDS);
      expect(answer.text).not.toContain('Sorry, daar ging iets mis');
      // termijn echoes unreadable input unescaped (reported: termijn.ts / parse-term-input.ts).
      if (!sub.startsWith('termijn')) expectNoRawMarkup(answer.body, `/motie ${JSON.stringify(text).slice(0, 100)}`);
      expectConsistent(before, answer, `/motie ${JSON.stringify(text).slice(0, 100)}`);
    }
    // Eleven inputs; for overzicht each may start an export worker.
  }, 90_000);

  const forgedValue = fc.oneof(
    hostileString,
    fc.record({ id: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)), scope: fc.option(hostileString), page: fc.option(fc.oneof(fc.integer(), fc.double())) }).map((v) =>
      JSON.stringify(v),
    ),
    fc.integer({ min: 4, max: 2 ** 31 }).map((id) => JSON.stringify({ id })),
    fc.constantFrom(JSON.stringify({ id: 1 }), JSON.stringify({ id: 2, scope: '<!channel>', page: 0 }), JSON.stringify({ scope: 'alles', page: 99999 })),
    fc.string({ minLength: 2001, maxLength: 3000 }),
  );

  const menuValue = fc.oneof(
    hostileString,
    fc.tuple(fc.constantFrom(...Object.values(MENU), 'verwijder', ''), fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer(), hostileString)).map(([c, id]) => `${c}:${id}`),
  );

  interface ActionCase {
    name: string;
    actionId: string;
    type: 'button' | 'overflow';
    values: fc.Arbitrary<string>;
  }
  const ACTIONS: ActionCase[] = [
    { name: 'done', actionId: ACTION.done, type: 'button', values: forgedValue },
    { name: 'undo', actionId: ACTION.undo, type: 'button', values: forgedValue },
    { name: 'menu', actionId: ACTION.menu, type: 'overflow', values: menuValue },
    { name: 'status page next', actionId: `${ACTION.statusPage}:next`, type: 'button', values: forgedValue },
    { name: 'status page prev', actionId: `${ACTION.statusPage}:prev`, type: 'button', values: forgedValue },
    { name: 'status share', actionId: ACTION.statusShare, type: 'button', values: forgedValue },
    { name: 'term confirm past', actionId: ACTION.termConfirmPast, type: 'button', values: forgedValue },
    { name: 'restore', actionId: ACTION.restore, type: 'button', values: forgedValue },
    { name: 'restore status text', actionId: ACTION.restoreStatusText, type: 'button', values: forgedValue },
    { name: 'lapse', actionId: ACTION.lapse, type: 'button', values: forgedValue },
    { name: 'lapse cancel', actionId: ACTION.lapseCancel, type: 'button', values: forgedValue },
    { name: 'status open', actionId: ACTION.statusOpen, type: 'button', values: forgedValue },
    // "Toewijzen" on a triage entry carries the entry's entity id: forged ids and text.
    { name: 'triage assign', actionId: ACTION.triageAssign, type: 'button', values: fc.oneof(hostileString, fc.uuid()) },
    // The answers to a proposed Kamerbrief take a proposal id: forged ids, numbers and text.
    { name: 'letter done', actionId: ACTION.letterDone, type: 'button', values: fc.oneof(forgedValue, fc.integer({ min: -5, max: 2 ** 31 }).map(String)) },
    { name: 'letter partly', actionId: ACTION.letterPartly, type: 'button', values: fc.oneof(forgedValue, fc.integer({ min: -5, max: 2 ** 31 }).map(String)) },
    { name: 'letter rejected', actionId: ACTION.letterRejected, type: 'button', values: fc.oneof(forgedValue, fc.integer({ min: -5, max: 2 ** 31 }).map(String)) },
  ];

  it('sends hostile input to every subcommand, button and view the bot registers', () => {
    const actionIds = new Set(ACTIONS.map((c) => c.actionId.split(':')[0]));
    expect(Object.values(ACTION).filter((id) => !actionIds.has(id))).toEqual([]);
    expect(Object.values(VIEW).filter((id) => !(id in VIEW_FIELDS))).toEqual([]);
  });

  function actionPayload(c: ActionCase, value: string, who: { user: string; channel: string }) {
    const action =
      c.type === 'overflow'
        ? { type: 'overflow', action_id: c.actionId, block_id: 'item:1:actions', action_ts: '1.2', selected_option: { text: { type: 'plain_text', text: 'x' }, value } }
        : { type: 'button', action_id: c.actionId, block_id: 'item:1:actions', action_ts: '1.2', text: { type: 'plain_text', text: 'x' }, value };
    return {
      user: { id: who.user, username: 'x', team_id: 'T1' },
      channel: { id: who.channel, name: 'x' },
      container: { type: 'message', message_ts: '1700000000.000100', channel_id: who.channel, is_ephemeral: true },
      actions: [action],
    };
  }

  it.each(ACTIONS.map((c, i) => [c.name, c, i] as const))('button %s with forged values answers in Dutch without crashing', async (_name, c, index) => {
    const values = sample(c.values, SAMPLES_PER_ACTION, 100 + index);
    for (const [n, value] of values.entries()) {
      stats.inputs += 1;
      const who = WHO[n % WHO.length]!;
      const before = dumpDb(bot.t.db);
      const viewsBefore = bot.fake.callsTo('views.open').length;
      const posted = await bot.action(actionPayload(c, value, who));
      expect(posted.status, `${c.actionId} ${value.slice(0, 100)}`).toBe(200);
      const answer = await answerOf(posted.responseId, viewsBefore);
      await announcementsSettled(); // a change is told to its channel after the answer
      expect(answer.text, `${c.actionId} ${value.slice(0, 100)}`).toMatch(DUTCH_WORDS);
      expect(answer.text).not.toContain('Sorry, daar ging iets mis');
      expectNoRawMarkup(answer.body, `${c.actionId} ${value.slice(0, 100)}`);
      expectConsistent(before, answer, `${c.actionId} ${value.slice(0, 100)}`);
    }
  });

  /** The input blocks of each view: block id → action id (what Slack puts in state.values). */
  const VIEW_FIELDS: Record<string, Record<string, string>> = {
    [VIEW.newItem]: Object.fromEntries(Object.values(NEW_ITEM).map((f) => [f.block, f.action])),
    [VIEW.term]: Object.fromEntries(Object.values(TERM).map((f) => [f.block, f.action])),
    [VIEW.edit]: Object.fromEntries(Object.values(EDIT).map((f) => [f.block, f.action])),
    [VIEW.status]: Object.fromEntries(Object.values(STATUS).map((f) => [f.block, f.action])),
    [VIEW.triageAssign]: { [TRIAGE_CODES.block]: TRIAGE_CODES.action },
  };

  const metadataValue = fc.oneof(
    hostileString,
    fc.record({ channelId: fc.oneof(fc.constantFrom('COCW', 'CRANDOM', '<!channel>'), hostileString), itemId: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double(), hostileString) }).map((v) => JSON.stringify(v)),
    fc.string({ minLength: 3001, maxLength: 3100 }),
  );
  const fieldValue = fc.oneof(hostileString, fc.constantFrom('SOCW', 'SOCW, MJenV', 'motie', 'toezegging', 'eind maart 2026', 'voor de zomer van 2026', null as unknown as string));

  it.each(Object.keys(VIEW_FIELDS).map((id, i) => [id, i] as const))('view %s with hostile values and forged metadata answers in Dutch without crashing', async (callbackId, index) => {
    const fields = VIEW_FIELDS[callbackId]!;
    const samples = fc.sample(fc.tuple(metadataValue, fc.array(fieldValue, { minLength: Object.keys(fields).length, maxLength: Object.keys(fields).length })), { seed: FUZZ_SEED + 200 + index, numRuns: SAMPLES_PER_VIEW });
    for (const [n, [metadata, values]] of samples.entries()) {
      stats.inputs += 1;
      const who = WHO[n % WHO.length]!;
      const state = Object.fromEntries(
        Object.entries(fields).map(([block, action], k) => [
          block,
          { [action]: { type: 'plain_text_input', value: values[k] ?? null, selected_option: { text: { type: 'plain_text', text: 'x' }, value: values[k] ?? '' } } },
        ]),
      );
      const before = dumpDb(bot.t.db);
      const posted = await bot.viewSubmission({
        user: { id: who.user, username: 'x', team_id: 'T1' },
        view: { id: `VFUZZ${n}`, type: 'modal', callback_id: callbackId, private_metadata: metadata, hash: 'h', state: { values: state } },
      });
      const what = `${callbackId} ${JSON.stringify(values).slice(0, 150)} ${metadata.slice(0, 80)}`;
      expect(posted.status, what).toBe(200);
      const ack = posted.json as { response_action?: string; errors?: Record<string, string>; view?: unknown };
      expect(['errors', 'update'], what).toContain(ack.response_action);
      const text = JSON.stringify(ack.errors ?? ack.view);
      expect(text, what).toMatch(DUTCH_WORDS);
      expect(text).not.toContain('Sorry, daar ging iets mis');
      expectNoRawMarkup(ack, what);
      const after = dumpDb(bot.t.db);
      if (after === before) stats.invalid += 1;
      else {
        stats.changed += 1;
        expect(ack.response_action, `${what} changed the database but answered errors`).toBe('update');
        // only someone allowed: in COCW (linked to SOCW) or an admin
        expect(who.user, what).toBe('UALICE');
      }
    }
  });

  it('someone outside the item’s channels changes nothing with any button on a real item', async () => {
    for (const [c, value] of [
      [ACTIONS[0]!, JSON.stringify({ id: 2 })],
      [ACTIONS[1]!, JSON.stringify({ id: 2 })],
      [ACTIONS[2]!, `${MENU.snooze}:2`],
      [ACTIONS[2]!, `${MENU.term}:2`],
    ] as const) {
      const before = dumpDb(bot.t.db);
      const posted = await bot.action(actionPayload(c, value, { user: 'UEVE', channel: 'CELSEWHERE' }));
      const answer = await answerOf(posted.responseId, bot.fake.callsTo('views.open').length);
      expect(answer.text).toContain('mag je hier helaas niet wijzigen');
      expect(dumpDb(bot.t.db)).toBe(before);
    }
  });

  it('payloads that are not JSON or not a block action are refused without a crash and change nothing', async () => {
    const before = dumpDb(bot.t.db);
    // Not JSON: 400 at once. An array, and actions that are not a list: no listener, no crash.
    // (payload=null makes Bolt's receiver reject unhandled: see shutdown.test.ts.)
    const answers: number[] = [];
    for (const payload of ['{', '[]', JSON.stringify({ type: 'block_actions', actions: 'x' })]) {
      const body = new URLSearchParams({ payload }).toString();
      answers.push((await bot.raw(body, { contentType: 'application/x-www-form-urlencoded' })).status);
    }
    expect(answers[0]).toBe(400);
    expect(answers.every((s) => s !== 200)).toBe(true);
    expect(dumpDb(bot.t.db)).toBe(before);
  });

  it('ended with no unhandled rejection or exception, and exercised both invalid and valid input', () => {
    // Printed in `npm test` output: how much hostile input went through the real receiver.
    console.log(`fuzz: Slack input: ${stats.inputs} hostile inputs (subcommands, buttons, views) through signed requests; ${stats.changed} changed the database with a success answer, ${stats.invalid} changed nothing`);
    expect(stats.inputs).toBeGreaterThan(200);
    expect(unhandled.seen).toEqual([]);
    expect(stats.invalid).toBeGreaterThan(50);
    // Only the malformed payloads above may log errors (Bolt's own), never a listener.
    expect(bot.logs.filter((l) => l.includes('listener ') && l.includes(' ERROR '))).toEqual([]);
  });
});
