// The preview's own HTTP routes, served by the bot's HTTP receiver next to /slack/events:
// the page (static files), its JSON endpoints and server-sent events, and the stand-in Web API.
// What a person types or clicks becomes a signed request to /slack/events, as Slack sends it.
import { redactSecrets } from '../domain/redact-secrets.ts';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt';
import { amsterdamDate } from '../clock.ts';
import type { IsoDate } from '../domain/dates/types.ts';
import type { MotiebotLogger } from '../logger.ts';
import type { JobResult } from '../scheduler/run-job.ts';
import type { PretendClock } from './pretend-clock.ts';
import {
  appHomeOpenedRequest,
  blockActionsRequest,
  buildAction,
  findElement,
  slashCommandRequest,
  viewSubmissionRequest,
  type FormValues,
  type Sender,
  type SignedRequest,
} from './signer.ts';
import { readRawBody } from './slack-rules.ts';
import type { SlackStandIn, StandInView } from './slack-stand-in.ts';
import { PREVIEW_TEXT } from './texts.nl.ts';
import { CODE_DIR } from '../paths.ts';

export type PreviewJob = 'digest' | 'reminders';

export interface PreviewContext {
  standIn: SlackStandIn;
  clock: PretendClock;
  logger: MotiebotLogger;
  sender: Sender;
  signingSecret: string;
  /** The port the server listens on (known before it starts). */
  port: number;
  runJob: (job: PreviewJob) => Promise<JobResult>;
}

export interface PreviewRoutes {
  routes: CustomRoute[];
  /** Ends the open event streams (before the server closes). */
  closeStreams: () => void;
}

const PAGE_DIR = join(CODE_DIR, 'preview', 'page');
const STATIC: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/preview.css': { file: 'preview.css', type: 'text/css; charset=utf-8' },
  '/preview.js': { file: 'preview.js', type: 'text/javascript; charset=utf-8' },
};
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};
const BOT_TIMEOUT_MS = 5000;
const SLACKBOT = 'USLACKBOT';

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS });
  res.end(JSON.stringify(payload));
}

const text = (v: unknown, max: number): string | undefined => (typeof v === 'string' && v.length <= max ? v : undefined);

export function createPreviewRoutes(ctx: PreviewContext): PreviewRoutes {
  const { standIn, clock, logger, sender } = ctx;
  const streams = new Set<ServerResponse>();
  const user = sender.userId;
  const hosts = new Set([`localhost:${ctx.port}`, `127.0.0.1:${ctx.port}`, `[::1]:${ctx.port}`]);
  const eventsUrl = `http://127.0.0.1:${ctx.port}/slack/events`;

  const broadcast = (data: Record<string, unknown>) => {
    const line = `data: ${JSON.stringify(data)}\n\n`;
    for (const res of streams) res.write(line);
  };
  standIn.onChange((change) => { broadcast(change); });

  /** Only this machine's page may use the preview: no other Host (DNS rebinding), no other Origin. */
  const checkCaller = (req: IncomingMessage, write: boolean) => {
    if (!hosts.has(req.headers.host ?? '')) throw new HttpError(403, 'host not allowed');
    if (!write) return;
    const origin = req.headers.origin;
    if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) throw new HttpError(403, 'origin not allowed');
    // A cross-site form cannot send JSON without a preflight, which nothing here answers.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) throw new HttpError(415, 'JSON expected');
  };

  const readJson = async (req: IncomingMessage): Promise<Record<string, unknown>> => {
    const raw = await readRawBody(req, 200_000);
    try {
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      // fall through
    }
    throw new HttpError(400, 'invalid JSON');
  };

  const route = (
    path: string,
    method: 'GET' | 'POST',
    handler: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void,
    options: { write?: boolean } = {},
  ): CustomRoute => ({
    path,
    method,
    handler: (req, res) => {
      (async () => {
        checkCaller(req, options.write ?? method === 'POST');
        await handler(req, res);
      })().catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        if (status === 500) logger.error(`preview ${method} ${path} failed: ${(error as Error).message}`);
        if (!res.headersSent) sendJson(res, status, { ok: false, error: redactSecrets((error as Error).message) });
        else res.end();
      });
    },
  });

  const sendToBot = async (request: SignedRequest): Promise<{ status: number; body: string }> => {
    try {
      const res = await fetch(eventsUrl, { method: 'POST', headers: request.headers, body: request.body, signal: AbortSignal.timeout(BOT_TIMEOUT_MS) });
      return { status: res.status, body: await res.text() };
    } catch (error) {
      logger.warn(`preview: request to the bot failed: ${(error as Error).message}`);
      return { status: 0, body: '' };
    }
  };

  /** Slackbot's word to the person (Slack tells about failed commands this way). */
  const slackbotSays = (channel: string, message: string) => standIn.addNotice(channel, SLACKBOT, user, message);

  const problemOf = (status: number): string | null => {
    if (status === 200) return null;
    return status === 0 || status === 404 ? PREVIEW_TEXT.botUnreachable : PREVIEW_TEXT.botRefused(status);
  };

  const channelOf = (id: unknown) => {
    const channel = standIn.channels().find((c) => c.id === id);
    if (!channel) throw new HttpError(404, 'unknown channel');
    return channel;
  };

  const ownView = (viewId: unknown): StandInView => {
    const view = typeof viewId === 'string' ? standIn.findView(viewId) : undefined;
    if (view?.user !== user) throw new HttpError(404, 'unknown view');
    return view;
  };

  const dates = () => ({ today: amsterdamDate(clock.now()), pretend: clock.date(), real: amsterdamDate(new Date()) });

  const staticRoutes: CustomRoute[] = Object.entries(STATIC).map(([path, { file, type }]) =>
    route(path, 'GET', async (_req, res) => {
      const content = await readFile(join(PAGE_DIR, file));
      res.writeHead(200, { 'content-type': type, ...SECURITY_HEADERS });
      res.end(content);
    }),
  );

  const standInRoute = (path: string): CustomRoute => ({
    path,
    method: 'POST',
    handler: (req, res) => {
      if (!hosts.has(req.headers.host ?? '')) { sendJson(res, 403, { ok: false, error: 'host not allowed' }); return; }
      standIn.handleHttp(req, res).catch((error: unknown) => {
        logger.error(`preview stand-in ${path} failed: ${(error as Error).message}`);
        if (!res.headersSent) sendJson(res, 500, { ok: false, error: 'internal_error' });
      });
    },
  });

  const routes: CustomRoute[] = [
    ...staticRoutes,
    standInRoute('/api/:method'),
    standInRoute('/response/:id'),
    // The bytes of files.uploadV2's second step (an upload URL the stand-in handed out).
    standInRoute('/upload/:id'),

    // A file shared in a channel (/motie overzicht), as a download.
    route('/files/:id/:name', 'GET', (req, res) => {
      const id = /^\/files\/([A-Za-z0-9]{1,20})\//.exec(new URL(req.url ?? '/', 'http://localhost').pathname)?.[1];
      const upload = id ? standIn.upload(id) : undefined;
      if (!upload?.bytes || !upload.completed) throw new HttpError(404, 'unknown file');
      const ascii = upload.filename.replace(/[^\w.-]/g, '_');
      res.writeHead(200, {
        'content-type': upload.contentType || 'application/octet-stream',
        'content-length': String(upload.bytes.length),
        'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(upload.filename)}`,
        ...SECURITY_HEADERS,
      });
      res.end(upload.bytes);
    }),

    route('/preview/events', 'GET', (_req, res) => {
      // Connection: close, so that the socket goes when the stream ends (at stop) instead of idling.
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', connection: 'close', ...SECURITY_HEADERS });
      res.write('retry: 1000\n\n');
      streams.add(res);
      const heartbeat = setInterval(() => res.write(': still here\n\n'), 15_000);
      heartbeat.unref();
      res.on('close', () => {
        clearInterval(heartbeat);
        streams.delete(res);
      });
    }),

    route('/preview/state', 'GET', (req, res) => {
      const channel = new URL(req.url ?? '/', 'http://localhost').searchParams.get('channel');
      const users: Record<string, string> = { [standIn.botUserId]: 'motiebot', [user]: sender.userName, [SLACKBOT]: 'Slackbot' };
      const messages = channel
        ? standIn.listMessages(channel, user).map((m) => ({ ...m, ephemeral: m.ephemeralFor !== null, userName: users[m.user] ?? m.user }))
        : [];
      const asView = (v: StandInView | undefined) => (v ? { id: v.id, view: v.view, errors: v.errors } : null);
      sendJson(res, 200, {
        user: { id: user, name: sender.userName },
        botUserId: standIn.botUserId,
        users,
        channels: standIn.channels(),
        date: dates(),
        messages,
        home: asView(standIn.home(user)),
        modals: standIn.modalStack(user).map(asView),
      });
    }),

    route('/preview/command', 'POST', async (req, res) => {
      const body = await readJson(req);
      const channel = channelOf(body.channel);
      const typed = (text(body.text, 4000) ?? '').trim();
      if (!typed) throw new HttpError(400, 'empty message');
      if (!typed.startsWith('/')) {
        standIn.addTyped(channel.id, user, typed, { ephemeral: false });
        sendJson(res, 200, { ok: true }); return;
      }
      const command = typed.split(/\s/, 1).join('');
      const args = typed.slice(command.length).trim();
      standIn.addTyped(channel.id, user, typed, { ephemeral: true });
      if (command.toLowerCase() !== '/motie') {
        slackbotSays(channel.id, PREVIEW_TEXT.unknownCommand(command.slice(0, 40)));
        sendJson(res, 200, { ok: true }); return;
      }
      const request = slashCommandRequest(ctx.signingSecret, sender, {
        command: '/motie',
        text: standIn.escapeCommandText(args),
        channel,
        responseUrl: standIn.createResponseUrl({ channel: channel.id, user }),
        triggerId: standIn.createTrigger(user),
      });
      const answer = await sendToBot(request);
      const problem = problemOf(answer.status);
      if (problem) slackbotSays(channel.id, problem);
      sendJson(res, 200, { ok: problem === null });
    }),

    route('/preview/action', 'POST', async (req, res) => {
      const body = await readJson(req);
      const blockId = text(body.blockId, 255);
      const actionId = text(body.actionId, 255);
      const value = text(body.value, 2000);
      if (!blockId || !actionId) throw new HttpError(400, 'blockId and actionId needed');
      const actionTs = (Date.now() / 1000).toFixed(6);
      let request: SignedRequest;
      let channelId: string | null = null;
      if (typeof body.viewId === 'string') {
        const view = ownView(body.viewId);
        const found = findElement((view.view.blocks as unknown[] | undefined) ?? [], blockId, actionId);
        const action = found && buildAction(found, value, actionTs);
        if (!action) throw new HttpError(404, 'unknown element');
        request = blockActionsRequest(ctx.signingSecret, sender, {
          container: { kind: 'view', view: standIn.viewPayload(view) },
          action,
          triggerId: standIn.createTrigger(user),
        });
      } else {
        const channel = channelOf(body.channel);
        channelId = channel.id;
        const message = typeof body.ts === 'string' ? standIn.findMessage(channel.id, body.ts) : undefined;
        if (!message || (message.ephemeralFor !== null && message.ephemeralFor !== user)) throw new HttpError(404, 'unknown message');
        const found = findElement(message.blocks ?? [], blockId, actionId);
        const action = found && buildAction(found, value, actionTs);
        if (!action) throw new HttpError(404, 'unknown element');
        request = blockActionsRequest(ctx.signingSecret, sender, {
          container: {
            kind: 'message',
            channel,
            ts: message.ts,
            ephemeral: message.ephemeralFor !== null,
            message: { text: message.text, blocks: message.blocks, user: message.user, botId: standIn.botId },
            responseUrl: standIn.createResponseUrl({ channel: channel.id, user, sourceTs: message.ts }),
          },
          action,
          triggerId: standIn.createTrigger(user),
        });
      }
      const answer = await sendToBot(request);
      const problem = problemOf(answer.status);
      if (problem && channelId) slackbotSays(channelId, problem);
      sendJson(res, 200, { ok: problem === null, ...(problem ? { error: problem } : {}) });
    }),

    route('/preview/submit', 'POST', async (req, res) => {
      const body = await readJson(req);
      const view = ownView(body.viewId);
      const values: FormValues = {};
      if (typeof body.values === 'object' && body.values !== null) {
        for (const [blockId, actions] of Object.entries(body.values as Record<string, unknown>)) {
          if (typeof actions !== 'object' || actions === null) continue;
          values[blockId] = {};
          for (const [actionId, v] of Object.entries(actions as Record<string, unknown>)) values[blockId][actionId] = text(v, 3000) ?? null;
        }
      }
      const request = viewSubmissionRequest(ctx.signingSecret, sender, { view: standIn.viewPayload(view), values, triggerId: standIn.createTrigger(user) });
      const answer = await sendToBot(request);
      const problem = problemOf(answer.status);
      if (problem) { sendJson(res, 200, { ok: false, error: problem }); return; }
      let ack: Record<string, unknown> | null = null;
      if (answer.body.trim()) {
        try {
          ack = JSON.parse(answer.body) as Record<string, unknown>;
        } catch {
          ack = null;
        }
      }
      standIn.applyViewSubmissionAck(user, view.id, ack);
      sendJson(res, 200, { ok: true });
    }),

    route('/preview/close', 'POST', async (req, res) => {
      const body = await readJson(req);
      const view = ownView(body.viewId);
      standIn.closeModal(user, view.id);
      sendJson(res, 200, { ok: true });
    }),

    route('/preview/home', 'POST', async (_req, res) => {
      const current = standIn.home(user);
      const request = appHomeOpenedRequest(ctx.signingSecret, sender, { eventId: `Ev${randomUUID().replace(/-/g, '').slice(0, 12)}`, view: current ? standIn.viewPayload(current) : null });
      const answer = await sendToBot(request);
      const problem = problemOf(answer.status);
      sendJson(res, 200, { ok: problem === null, ...(problem ? { error: problem } : {}) });
    }),

    route('/preview/date', 'POST', async (req, res) => {
      const body = await readJson(req);
      const date = body.date === null || body.date === '' ? null : body.date;
      if (!clock.set(date as IsoDate | null)) throw new HttpError(400, 'invalid date');
      logger.info(`preview: pretending it is ${clock.date() ?? 'today'}`);
      broadcast({ kind: 'date' });
      sendJson(res, 200, { ok: true, date: dates() });
    }),

    route('/preview/run', 'POST', async (req, res) => {
      const body = await readJson(req);
      if (body.job !== 'digest' && body.job !== 'reminders') throw new HttpError(400, 'unknown job');
      const result = await ctx.runJob(body.job);
      sendJson(res, 200, { ok: result.status !== 'skipped', text: PREVIEW_TEXT.jobResult(body.job, result), posted: result.posted });
    }),
  ];

  return {
    routes,
    closeStreams: () => {
      for (const res of streams) res.end();
      streams.clear();
    },
  };
}
