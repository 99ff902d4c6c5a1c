// Shared set-up of the Slack listener tests: a bot per test, seeding, clicks built from the blocks
// the bot sent, and the checks that run after every test (Block Kit limits on everything sent,
// no mrkdwn injection, no secrets in the logs).
import type { KnownBlock } from '@slack/types';
import { afterEach, beforeEach, expect } from 'vitest';
import { parseTarget } from '../../src/domain/codes.ts';
import type { Item, ItemDeadline } from '../../src/domain/items.ts';
import { insertChannelLink } from '../../src/store/channels.queries.ts';
import { createItem, type NewItem } from '../../src/store/items.queries.ts';
import { ackedViews, sentPayloads, trafficViolations } from '../helpers/block-kit-limits.ts';
import { newItem, type TempDb } from '../helpers/db.ts';
import { waitFor } from '../helpers/fake-slack.ts';
import { BOT_TOKEN, SIGNING_SECRET, startTestBot, type TestBot } from '../helpers/slack-harness.ts';

export { waitFor };

/** Item text that tries to notify everyone, mention a user and hide a link. */
export const HOSTILE = '<!channel> <@U123> <https://evil.example|klik> <!here> & co';
const RAW_MARKUP = ['<!channel>', '<!here>', '<@U123>', '<https://evil'];

export interface SlackTest extends TestBot {
  /** The JSON answers to view submissions (checked like everything else sent). */
  acks: unknown[];
}

export async function startBot(opts: { admins?: string[]; now?: Date; db?: TempDb; tkMinistries?: string[] } = {}): Promise<SlackTest> {
  const bot = await startTestBot(opts);
  const acks: unknown[] = [];
  const viewSubmission: TestBot['viewSubmission'] = async (payload) => {
    const posted = await bot.viewSubmission(payload);
    acks.push(posted.json);
    return posted;
  };
  return { ...bot, viewSubmission, acks };
}

/** What every test must end with, whatever it tested. */
export function expectCleanTraffic(bot: SlackTest): void {
  const sent = [...sentPayloads(bot.fake), ...ackedViews(bot.acks)];
  expect(trafficViolations(sent)).toEqual([]);
  for (const s of sent) {
    const json = JSON.stringify(s.payload);
    for (const markup of RAW_MARKUP) expect(json, `${s.via} carries raw ${markup}`).not.toContain(markup);
  }
  const logs = bot.logs.join('\n');
  expect(logs).not.toContain(BOT_TOKEN);
  expect(logs).not.toContain(SIGNING_SECRET);
}

/** A fresh bot for each test of the file; the clean-traffic checks run after each. */
export function useBot(opts: { admins?: string[]; now?: Date; tkMinistries?: string[] } = {}): { readonly bot: SlackTest } {
  let current: SlackTest | null = null;
  beforeEach(async () => {
    current = await startBot(opts);
  });
  afterEach(async () => {
    const bot = current!;
    current = null;
    try {
      expectCleanTraffic(bot);
    } finally {
      await bot.close();
    }
  });
  return {
    get bot() {
      if (!current) throw new Error('no bot: use inside a test');
      return current;
    },
  };
}

// ---- seeding ---------------------------------------------------------------------------------

export const TODAY = '2025-09-15'; // the harness clock: 2025-09-15T07:00Z

export function term(deadline: string | null, text = `uiterlijk ${deadline ?? 'ooit'}`, basis: ItemDeadline['basis'] = 'explicit'): ItemDeadline {
  return { earliest: null, deadline, text, basis, soft: false, source: 'request' };
}

export function codes(...list: string[]): NewItem['responsible'] {
  return list.map((c) => {
    const t = parseTarget(c);
    if (t?.kind !== 'code') throw new Error(`not a code: ${c}`);
    return { code: t.code, ministry: t.ministry };
  });
}

export function addItem(bot: TestBot, overrides: Partial<NewItem> = {}): Item {
  return createItem(bot.deps.db, newItem(overrides), 'import', bot.deps.now().getTime());
}

export function link(bot: TestBot, target: string, channel = 'COCW'): void {
  const t = parseTarget(target);
  if (!t) throw new Error(`not a target: ${target}`);
  insertChannelLink(bot.deps.db, t, channel, 'USETUP', bot.deps.now().getTime());
}

export interface BulkItem {
  kind?: 'motie' | 'toezegging';
  title: string;
  text?: string;
  submitters?: string[];
  cs?: boolean;
  kamerstuk?: { dossier: string; number: string; vergaderjaar: string | null } | null;
  status?: 'open' | 'done' | 'lapsed';
  statusText?: string | null;
  deadline?: string | null;
  deadlineText?: string | null;
  codes: string[];
}

/**
 * Many items at once: raw prepared statements in one transaction (createItem writes an audit
 * entry per item and is too slow for thousands). Returns the ids in order.
 * The search index is filled once at the end, by the insert trigger's own statement run over the
 * new rows (taken from the database, so it follows the migrations), instead of by the trigger per
 * row: a 100,000-item seed costs 3-4 s of CPU instead of 16 s. The trigger is back before the
 * transaction commits.
 */
export function seedBulk(db: TempDb['db'], rows: Iterable<BulkItem>, now = Date.UTC(2025, 0, 1)): number[] {
  const client = db.$client;
  const trigger = client.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'items_fts_insert'").pluck().get() as string;
  const body = /\bBEGIN\s+([\s\S]*?);\s*END\s*$/i.exec(trigger)?.[1];
  const fill = body?.replace(/\bVALUES\s*\(([\s\S]*)\)\s*$/i, (_, values: string) => `SELECT ${values.replace(/\bnew\./g, '')} FROM items WHERE id > ?`);
  if (!fill?.startsWith('INSERT INTO') || fill === body) throw new Error(`seedBulk: unexpected search-index trigger: ${trigger}`);
  const insertItem = client.prepare(
    `INSERT INTO items (kind, title, text, submitters, cs, kamerstuk_dossier, kamerstuk_number, kamerstuk_vergaderjaar, status, status_text,
       deadline, deadline_text, deadline_basis, deadline_soft, deadline_source, done_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)`,
  );
  const insertResp = client.prepare('INSERT INTO responsibilities (item_id, code, ministry) VALUES (?, ?, ?)');
  const ids: number[] = [];
  client.transaction(() => {
    const before = client.prepare('SELECT coalesce(max(id), 0) FROM items').pluck().get() as number;
    client.exec('DROP TRIGGER items_fts_insert');
    for (const r of rows) {
      const text = r.deadlineText ?? (r.deadline ? `uiterlijk ${r.deadline}` : null);
      const status = r.status ?? 'open';
      const info = insertItem.run(
        r.kind ?? 'motie', r.title, r.text ?? r.title, JSON.stringify(r.submitters ?? []), r.cs ? 1 : 0,
        r.kamerstuk?.dossier ?? null, r.kamerstuk?.number ?? null, r.kamerstuk?.vergaderjaar ?? null,
        status, r.statusText ?? null, r.deadline ?? null, text, text ? 'explicit' : null, text ? 'request' : null,
        status === 'done' ? now : null, now, now,
      );
      const id = Number(info.lastInsertRowid);
      ids.push(id);
      for (const code of new Set(r.codes)) {
        const t = parseTarget(code);
        insertResp.run(id, t?.kind === 'code' ? t.code : code, t?.ministry ?? code.slice(1));
      }
    }
    client.prepare(fill).run(before);
    client.exec(trigger);
  })();
  return ids;
}

/** ISO date `days` after TODAY (negative: before). */
export function daysFromToday(days: number): string {
  const d = new Date(`${TODAY}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// ---- reading what was sent -------------------------------------------------------------------

export interface Reply {
  text: string;
  blocks?: KnownBlock[];
  response_type?: string;
  replace_original?: boolean | string;
  [key: string]: unknown;
}

/** The n-th respond() post to this response URL (waits for it, by default as long as waitFor does). */
export async function reply(bot: TestBot, responseId: string, n = 0, timeoutMs?: number): Promise<Reply> {
  const found = await waitFor(() => {
    const list = bot.fake.responses.filter((r) => r.id === responseId);
    return list.length > n ? list[n] : undefined;
  }, timeoutMs);
  return found.body as Reply;
}

/** Waits a little and returns every respond() post to this response URL. */
export async function settledReplies(bot: TestBot, responseId: string, ms = 150): Promise<Reply[]> {
  await new Promise((r) => setTimeout(r, ms));
  return bot.fake.responses.filter((r) => r.id === responseId).map((r) => r.body as Reply);
}

/** All text of the blocks (sections, fields, contexts, buttons), for `toContain` assertions. */
export function allText(blocks: readonly unknown[] = []): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) { v.forEach(walk); return; }
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    if (typeof o.text === 'string') out.push(o.text);
    for (const [k, child] of Object.entries(o)) if (k !== 'text' || typeof child !== 'string') walk(child);
  };
  walk(blocks);
  return out.join('\n');
}

/** The ids of the items shown, in order (from block ids "item:12:text"). */
export function shownItemIds(blocks: readonly KnownBlock[] = []): number[] {
  return blocks
    .map((b) => /^item:(\d+):text$/.exec(b.block_id ?? '')?.[1])
    .filter((x): x is string => x !== undefined)
    .map(Number);
}

interface Element {
  type: string;
  action_id: string;
  value?: string;
  options?: { text: { text: string }; value: string }[];
  text?: { text: string };
}

/** The element with this action_id in the item's actions block (or anywhere when itemId is null). */
export function findElement(blocks: readonly KnownBlock[], actionId: string | RegExp, itemId: number | null = null): { blockId: string; element: Element } {
  for (const b of blocks) {
    if (b.type !== 'actions') continue;
    if (itemId !== null && b.block_id !== `item:${itemId}:actions`) continue;
    for (const e of b.elements as unknown as Element[]) {
      if (typeof actionId === 'string' ? e.action_id === actionId : actionId.test(e.action_id)) return { blockId: b.block_id!, element: e };
    }
  }
  throw new Error(`no element ${String(actionId)} for item ${String(itemId)} in ${JSON.stringify(blocks).slice(0, 300)}`);
}

export interface Where {
  user?: string;
  channel?: string;
  /** The message the button sits in: its blocks (Slack sends them back for non-ephemeral messages). */
  message?: { ts?: string; text?: string; blocks: KnownBlock[] };
  /** Set for a button in an ephemeral message: Slack sends no message back. */
  ephemeral?: boolean;
  /** A button on the Home tab: no channel, no response_url. */
  home?: boolean;
}

function container(where: Where): Record<string, unknown> {
  if (where.home) {
    return { container: { type: 'view', view_id: 'VHOME' }, view: { id: 'VHOME', type: 'home' }, response_url: undefined };
  }
  const channel = where.channel ?? 'COCW';
  const ts = where.message?.ts ?? '1700000000.000100';
  return {
    container: { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: where.ephemeral ?? false },
    channel: { id: channel, name: 'kanaal' },
    ...(where.ephemeral ? {} : { message: { type: 'message', ts, text: where.message?.text ?? 'bericht', blocks: where.message?.blocks ?? [] } }),
  };
}

/** Clicks a button as Slack would send it. */
export function clickButton(bot: TestBot, button: { blockId: string; element: Element }, where: Where = {}) {
  return bot.action({
    user: { id: where.user ?? 'UALICE', username: 'someone', team_id: 'T1' },
    actions: [
      {
        type: 'button',
        action_id: button.element.action_id,
        block_id: button.blockId,
        value: button.element.value,
        text: { type: 'plain_text', text: button.element.text?.text ?? 'knop' },
        action_ts: '1700000001.000200',
      },
    ],
    ...container(where),
  });
}

/** Chooses an option of an overflow menu as Slack would send it. */
export function chooseMenu(bot: TestBot, menu: { blockId: string; element: Element }, label: string, where: Where = {}) {
  const option = menu.element.options?.find((o) => o.text.text === label);
  if (!option) throw new Error(`no menu option ${label}`);
  return bot.action({
    user: { id: where.user ?? 'UALICE', username: 'someone', team_id: 'T1' },
    actions: [{ type: 'overflow', action_id: menu.element.action_id, block_id: menu.blockId, selected_option: option, action_ts: '1700000001.000300' }],
    ...container(where),
  });
}

/** `/motie <text>` (default `status`) typed by `user` in `channel`, acknowledged, and its first answer. */
export async function statusAnswer(bot: TestBot, text = 'status', where: { user?: string; channel?: string } = {}) {
  const posted = await bot.command(text, { user: where.user ?? 'UALICE', channel: where.channel ?? 'COCW' });
  expectAcked(posted);
  return { posted, answer: await reply(bot, posted.responseId) };
}

/** The view of the `index`-th views.open call (0: the first), once the bot has made it. */
export async function openedModal<V = Record<string, unknown>>(bot: TestBot, index = 0): Promise<V> {
  const call = await waitFor(() => bot.fake.callsTo('views.open')[index]);
  return call.body.view as V;
}

/**
 * The request was acknowledged (HTTP 200). No wall-clock bound here: with a fake Slack and a small
 * database the work takes milliseconds, so a bound could not tell an ack before the work from
 * one after it, and on a loaded machine it failed for nothing; a listener that never acks fails
 * on the test timeout. Slack's 3 seconds with 100,000 items is slack/ack-time.test.ts (slow
 * project); how fast it is, `npm run bench`.
 */
export function expectAcked(posted: { status: number }): void {
  expect(posted.status).toBe(200);
}
