// The real Bolt app on its real HTTP receiver (port 0), signed requests like Slack sends them,
// a fake Web API behind it, and a real SQLite database (SLACK.md "Testing without Slack").
import { createHmac } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultCalendar } from '../../src/domain/dates/calendar.ts';
import { createLogger } from '../../src/logger.ts';
import { createSlackApp } from '../../src/slack/app.ts';
import type { BotDeps } from '../../src/slack/deps.ts';
import { startFakeSlack, type FakeSlack } from './fake-slack.ts';
import { openTempDb, type TempDb } from './db.ts';

export const SIGNING_SECRET = 'test-signing-secret-8f3a2c';
export const BOT_TOKEN = 'xoxb-test-token-1234567890';

export interface Posted {
  status: number;
  text: string;
}

export interface TestBot {
  url: string;
  /** The bot's HTTP server (Bolt's receiver). */
  server: Server;
  fake: FakeSlack;
  t: TempDb;
  deps: BotDeps;
  logs: string[];
  /** Sets the clock the bot reads. */
  setNow: (date: Date) => void;
  command: (text: string, opts?: { user?: string; channel?: string; triggerId?: string }) => Promise<Posted & { responseId: string; triggerId: string }>;
  action: (payload: Record<string, unknown>) => Promise<Posted & { responseId: string; triggerId: string }>;
  viewSubmission: (payload: Record<string, unknown>) => Promise<Posted & { json: unknown }>;
  event: (event: Record<string, unknown>) => Promise<Posted>;
  /** Sends a raw body with the given signature and timestamp (for the 401 tests). */
  raw: (body: string, opts: { contentType: string; timestamp?: number; signature?: string }) => Promise<Posted>;
  close: () => Promise<void>;
}

export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

let responseCounter = 0;

export async function startTestBot(opts: { admins?: string[]; now?: Date; db?: TempDb; tkMinistries?: string[] } = {}): Promise<TestBot> {
  const fake = await startFakeSlack();
  const t = opts.db ?? openTempDb();
  const logs: string[] = [];
  let now = opts.now ?? new Date('2025-09-15T07:00:00Z');
  const deps: BotDeps = {
    db: t.db,
    admins: opts.admins ?? [],
    calendar: defaultCalendar,
    now: () => now,
    logger: createLogger('debug', (line) => logs.push(line)),
    ...(opts.tkMinistries ? { tkMinistries: opts.tkMinistries } : {}),
  };
  const { app } = createSlackApp(deps, {
    token: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    apiUrl: fake.url,
    botId: 'BBOT',
    botUserId: 'UBOT',
    webRetries: 0,
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;

  const raw: TestBot['raw'] = async (body, o) => {
    const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000);
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': o.contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': o.signature ?? sign(body, timestamp),
      },
      body,
    });
    const text = await res.text();
    return { status: res.status, text };
  };
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

  return {
    url,
    server,
    fake,
    t,
    deps,
    logs,
    setNow: (d) => {
      now = d;
    },
    command: async (text, o = {}) => {
      const responseId = `r${++responseCounter}`;
      // Slack gives every request its own trigger id, usable once.
      const triggerId = o.triggerId ?? `${responseCounter}.456.abc`;
      const posted = await raw(
        form({
          token: 'legacy',
          team_id: 'T1',
          team_domain: 'ocw',
          channel_id: o.channel ?? 'COCW',
          channel_name: 'ocw',
          user_id: o.user ?? 'UALICE',
          user_name: 'alice',
          command: '/motie',
          text,
          api_app_id: 'A1',
          response_url: fake.responseUrl(responseId),
          trigger_id: triggerId,
        }),
        { contentType: 'application/x-www-form-urlencoded' },
      );
      return { ...posted, responseId, triggerId };
    },
    action: async (payload) => {
      const responseId = `r${++responseCounter}`;
      const body = {
        type: 'block_actions',
        team: { id: 'T1', domain: 'ocw' },
        user: { id: 'UALICE', username: 'alice', team_id: 'T1' },
        api_app_id: 'A1',
        token: 'legacy',
        trigger_id: `${responseCounter}.456.abc`,
        response_url: fake.responseUrl(responseId),
        ...payload,
      };
      const posted = await raw(form({ payload: JSON.stringify(body) }), { contentType: 'application/x-www-form-urlencoded' });
      return { ...posted, responseId, triggerId: body.trigger_id };
    },
    viewSubmission: async (payload) => {
      const body = {
        type: 'view_submission',
        team: { id: 'T1', domain: 'ocw' },
        user: { id: 'UALICE', username: 'alice', team_id: 'T1' },
        api_app_id: 'A1',
        token: 'legacy',
        // Slack gives every submission its own trigger id: two submissions are never the same request.
        trigger_id: `${++responseCounter}.456.abc`,
        ...payload,
      };
      const posted = await raw(form({ payload: JSON.stringify(body) }), { contentType: 'application/x-www-form-urlencoded' });
      return { ...posted, json: posted.text ? JSON.parse(posted.text) : null };
    },
    event: (event) => {
      const body = JSON.stringify({
        token: 'legacy',
        team_id: 'T1',
        api_app_id: 'A1',
        type: 'event_callback',
        event_id: `Ev${++responseCounter}`,
        event_time: Math.floor(Date.now() / 1000),
        event,
      });
      return raw(body, { contentType: 'application/json' });
    },
    raw,
    close: async () => {
      await app.stop();
      await fake.close();
      if (!opts.db) t.cleanup();
    },
  };
}
