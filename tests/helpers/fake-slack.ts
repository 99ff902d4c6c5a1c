// The tests' fake Slack Web API (SLACK.md "Testing without Slack"): a node:http server on port 0
// that records every POST /api/<method> (JSON or form bodies) and every respond() post on
// /response/<id>, answers like Slack, can be told to fail a method, and refuses what Slack
// refuses (the rules in src/preview/slack-rules.ts, shared with the preview's stand-in):
//   - a call without a bot token (Bearer xoxb-…): not_authed;
//   - a message Slack would not take: no_text, msg_too_long, msg_blocks_too_long, invalid_blocks
//     (any Block Kit limit), invalid_blocks_format; a view that breaks a limit: invalid_arguments;
//   - chat.update/chat.delete of an ephemeral message: cant_update_message/cant_delete_message;
//     views.update with a stale hash: hash_conflict;
//   - a trigger_id used twice: exchanged_trigger_id; a response URL used a sixth time: used_url;
//   - an upload to an unknown upload URL, or completing a file never uploaded: file_not_found;
//   - a method it does not know: unknown_method.
// It does not hold a workspace: a channel, message or view it has not seen is taken to exist (a
// test's click comes from a message posted before the test), and every trigger id and response
// URL a test makes up is one Slack handed out. Time limits (3 s triggers, 30-minute response
// URLs) are left to the preview's stand-in: a loaded machine must not fail a test.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FileUploads, type Upload } from '../../src/preview/file-uploads.ts';
import { asRecord, isTrue, messageRefusal, parseBody, printed, readRawBody, SLACK_LIMITS, str, viewRefusal } from '../../src/preview/slack-rules.ts';

export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  at: number;
}

export interface RecordedResponse {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

/** A file sent through files.uploadV2's three steps (src/preview/file-uploads.ts). */
export type FakeUpload = Upload;

export interface FailureOptions {
  /** HTTP status of the failure (default 200, as Slack answers `ok: false`). */
  status?: number;
  /** Seconds in a Retry-After header (with status 429: rate limited). */
  retryAfter?: number;
  /** How many calls in a row fail (default 1). */
  times?: number;
  /** Answer only after this many milliseconds (a slow Slack). */
  delayMs?: number;
  /** Answer only once this settles: a Slack that hangs until the test lets it go (or never). */
  until?: Promise<unknown>;
}

interface Failure {
  error: string;
  status: number;
  retryAfter?: number;
  delayMs?: number;
  until?: Promise<unknown>;
  times: number;
}

interface Answer {
  status: number;
  payload: Record<string, unknown>;
  headers: Record<string, string>;
}

const answer = (payload: Record<string, unknown>, status = 200, headers: Record<string, string> = {}): Answer => ({ status, payload, headers });

/** Slack's largest file (1 GB). */
const MAX_UPLOAD_BYTES = 1_000_000_000;
const BOT_USER_ID = 'UBOT';
const BOT_ID = 'BBOT';

/** The fake's state and answers, without a server (startFakeSlack serves it). */
class FakeSlackApi {
  readonly calls: RecordedCall[] = [];
  readonly responses: RecordedResponse[] = [];
  origin = 'http://127.0.0.1';
  private counter = 0;
  private tsCounter = 0;
  private readonly failures = new Map<string, Failure[]>();
  /** Messages seen, by `channel ts`: whether only one user sees it. */
  private readonly messages = new Map<string, { ephemeral: boolean }>();
  /** Views seen, by id: their current hash. */
  private readonly viewHashes = new Map<string, string>();
  private readonly usedTriggers = new Set<string>();
  private readonly responseUses = new Map<string, number>();
  private readonly files = new FileUploads({
    maxBytes: MAX_UPLOAD_BYTES,
    newId: () => `F${String(++this.counter).padStart(8, '0')}`,
    uploadUrl: (id) => `${this.origin}/upload/${id}`,
  });

  /** `tsBase`: the seconds of every message ts, the same each run. */
  constructor(private readonly tsBase = 1700000000) {}

  failNext(method: string, error: string, opts: FailureOptions = {}): void {
    const list = this.failures.get(method) ?? [];
    list.push({ error, status: opts.status ?? 200, retryAfter: opts.retryAfter, delayMs: opts.delayMs, until: opts.until, times: opts.times ?? 1 });
    this.failures.set(method, list);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  uploads(): FakeUpload[] {
    return this.files.all();
  }

  responseUrl(id: string): string {
    return `${this.origin}/response/${id}`;
  }

  /** Forgets the record and the planned failures. */
  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.failures.clear();
  }

  /** Answers POST /api/<method>, /response/<id> and /upload/<id>; 404 for anything else. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    let result: Answer;
    if (path.startsWith('/upload/')) {
      result = { ...(await this.files.receive(path.slice('/upload/'.length), req)), headers: {} };
    } else {
      const body = parseBody(await readRawBody(req, 50_000_000), req.headers['content-type'] ?? '');
      const api = /^\/api\/([\w.]+)$/.exec(path);
      if (path.startsWith('/response/')) result = this.respond(path.slice('/response/'.length), body);
      else if (api) result = await this.callApi(api[1] ?? '', body, req.headers);
      else result = answer({ ok: false, error: 'unknown_method' }, 404);
    }
    res.writeHead(result.status, { 'content-type': 'application/json; charset=utf-8', ...result.headers });
    res.end(JSON.stringify(result.payload));
  }

  async callApi(method: string, body: Record<string, unknown>, headers: IncomingHttpHeaders): Promise<Answer> {
    this.calls.push({ method, body, headers, at: Date.now() });
    const queue = this.failures.get(method);
    const failure = queue?.[0];
    if (failure) {
      failure.times -= 1;
      if (failure.times <= 0) queue.shift();
      if (failure.delayMs) await new Promise((r) => setTimeout(r, failure.delayMs));
      if (failure.until) await failure.until.catch(() => undefined);
      return answer({ ok: false, error: failure.error }, failure.status, failure.retryAfter !== undefined ? { 'retry-after': String(failure.retryAfter) } : {});
    }
    if (!(headers.authorization ?? '').startsWith('Bearer xoxb-')) return answer({ ok: false, error: 'not_authed' });
    return answer(this.dispatch(method, body));
  }

  respond(id: string, body: Record<string, unknown>): Answer {
    this.responses.push({ id, body, at: Date.now() });
    const uses = this.responseUses.get(id) ?? 0;
    if (uses >= SLACK_LIMITS.responseUrlUses) return answer({ ok: false, error: 'used_url' }, 404);
    const problem = isTrue(body.delete_original) ? null : messageRefusal(body);
    if (problem) return answer({ ok: false, error: problem }, 400);
    this.responseUses.set(id, uses + 1);
    return answer({ ok: true });
  }

  private dispatch(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.local/', team: 'Fake', user: 'motiebot', team_id: 'T1', user_id: BOT_USER_ID, bot_id: BOT_ID };
      case 'api.test':
        return { ok: true, args: body };
      case 'conversations.open': {
        const user = str(body.users)?.replace(/,.*/, '');
        return user ? { ok: true, channel: { id: `D${user}` } } : { ok: false, error: 'users_list_not_supplied' };
      }
      case 'chat.postMessage':
      case 'chat.postEphemeral':
        return this.post(method, body);
      case 'chat.update':
        return this.update(body);
      case 'chat.delete': {
        const channel = printed(body.channel ?? '');
        const ts = printed(body.ts ?? '');
        if (this.messages.get(`${channel} ${ts}`)?.ephemeral) return { ok: false, error: 'cant_delete_message' };
        this.messages.delete(`${channel} ${ts}`);
        return { ok: true, channel, ts };
      }
      case 'views.open':
      case 'views.push':
        return this.openView(body);
      case 'views.update':
        return this.updateView(body);
      case 'views.publish': {
        if (!str(body.user_id)) return { ok: false, error: 'invalid_arguments' };
        const problem = viewRefusal(body.view, 'home');
        return problem ? { ok: false, error: problem } : { ok: true, view: this.newView(asRecord(body.view) ?? {}) };
      }
      case 'files.getUploadURLExternal':
        return this.files.begin(body);
      case 'files.completeUploadExternal':
        return this.completeUpload(body);
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  /** The conversation a message goes to: a user id means the DM with the bot. */
  private channelOf(raw: unknown): string | null {
    const id = str(raw);
    if (!id) return null;
    return /^[UW]/.test(id) ? `D${id}` : id;
  }

  private post(method: 'chat.postMessage' | 'chat.postEphemeral', body: Record<string, unknown>): Record<string, unknown> {
    const channel = this.channelOf(body.channel);
    if (!channel) return { ok: false, error: 'channel_not_found' };
    const ephemeral = method === 'chat.postEphemeral';
    if (ephemeral && !str(body.user)) return { ok: false, error: 'user_not_in_channel' };
    const problem = messageRefusal(body);
    if (problem) return { ok: false, error: problem };
    const ts = this.nextTs();
    this.messages.set(`${channel} ${ts}`, { ephemeral });
    if (ephemeral) return { ok: true, message_ts: ts };
    return { ok: true, channel, ts, message: { type: 'message', user: BOT_USER_ID, bot_id: BOT_ID, text: body.text, blocks: body.blocks, ts } };
  }

  private update(body: Record<string, unknown>): Record<string, unknown> {
    const channel = str(body.channel);
    const ts = str(body.ts);
    if (!channel) return { ok: false, error: 'channel_not_found' };
    if (!ts) return { ok: false, error: 'message_not_found' };
    if (this.messages.get(`${channel} ${ts}`)?.ephemeral) return { ok: false, error: 'cant_update_message' };
    const problem = messageRefusal(body);
    if (problem) return { ok: false, error: problem };
    return { ok: true, channel, ts, text: body.text, message: { text: body.text, blocks: body.blocks } };
  }

  private openView(body: Record<string, unknown>): Record<string, unknown> {
    const trigger = str(body.trigger_id);
    if (!trigger) return { ok: false, error: 'invalid_trigger_id' };
    if (this.usedTriggers.has(trigger)) return { ok: false, error: 'exchanged_trigger_id' };
    const problem = viewRefusal(body.view, 'modal');
    if (problem) return { ok: false, error: problem };
    this.usedTriggers.add(trigger);
    return { ok: true, view: this.newView(asRecord(body.view) ?? {}) };
  }

  private updateView(body: Record<string, unknown>): Record<string, unknown> {
    const viewId = str(body.view_id);
    if (!viewId && !str(body.external_id)) return { ok: false, error: 'invalid_arguments' };
    const problem = viewRefusal(body.view, 'modal');
    if (problem) return { ok: false, error: problem };
    const known = viewId ? this.viewHashes.get(viewId) : undefined;
    if (known !== undefined && body.hash !== undefined && body.hash !== known) return { ok: false, error: 'hash_conflict' };
    return { ok: true, view: this.newView(asRecord(body.view) ?? {}, viewId) };
  }

  private newView(view: Record<string, unknown>, id = `V${String(++this.counter).padStart(8, '0')}`): Record<string, unknown> {
    const hash = `${this.tsBase}.${++this.counter}`;
    this.viewHashes.set(id, hash);
    return { ...view, id, hash, team_id: 'T1', app_id: 'AFAKE', bot_id: BOT_ID, state: { values: {} } };
  }

  /** Step 3: the files get their titles and are shared in a channel. */
  private completeUpload(body: Record<string, unknown>): Record<string, unknown> {
    const channel = body.channel_id === undefined ? null : this.channelOf(body.channel_id);
    if (body.channel_id !== undefined && !channel) return { ok: false, error: 'channel_not_found' };
    const completed = this.files.complete(body);
    if (!completed.ok) return completed;
    const ts = channel ? this.nextTs() : null;
    return {
      ok: true,
      files: completed.files.map((u) => {
        u.channel = channel;
        return { id: u.id, title: u.title, ...(channel && ts ? { shares: { public: { [channel]: [{ ts }] } } } : {}) };
      }),
    };
  }

  /** The same seconds each run, then a counter: unique and increasing. */
  private nextTs(): string {
    return `${this.tsBase}.${String(++this.tsCounter).padStart(6, '0')}`;
  }
}

export interface FakeSlack {
  /** Base URL to pass as slackApiUrl (ends in /api/). */
  url: string;
  /** http://127.0.0.1:port, for response URLs: `${origin}/response/<id>`. */
  origin: string;
  calls: RecordedCall[];
  responses: RecordedResponse[];
  callsTo: (method: string) => RecordedCall[];
  /** Files sent through files.getUploadURLExternal, the upload URL and files.completeUploadExternal. */
  uploads: () => FakeUpload[];
  /** Makes the next `times` calls of `method` fail with `error` (HTTP status, Retry-After, delay). */
  failNext: (method: string, error: string, opts?: FailureOptions) => void;
  responseUrl: (id: string) => string;
  /** Forgets the record and the planned failures. */
  reset: () => void;
  close: () => Promise<void>;
}

export interface FakeSlackOptions {
  /** Runs before the fake reads a request, with its path (/api/chat.postMessage): a slow Slack waits here. */
  before?: (path: string) => Promise<void> | void;
  /** Runs once the answer is sent, with the request's path and the HTTP status. */
  after?: (path: string, status: number) => void;
}

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const fake = new FakeSlackApi();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    void (async () => {
      await options.before?.(path);
      await fake.handle(req, res);
      options.after?.(path, res.statusCode);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.origin = `http://127.0.0.1:${port}`;
  return {
    url: `${fake.origin}/api/`,
    origin: fake.origin,
    calls: fake.calls,
    responses: fake.responses,
    callsTo: (method) => fake.callsTo(method),
    uploads: () => fake.uploads(),
    failNext: (method, error, opts) => { fake.failNext(method, error, opts); },
    responseUrl: (id) => fake.responseUrl(id),
    reset: () => { fake.reset(); },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => { resolve(); });
      }),
  };
}

/**
 * Polls until `check` returns a truthy value or the timeout passes. The default is generous: it
 * only bounds a failing wait, and on a loaded two-core machine (`npm test` runs eslint and tsc
 * beside two test files) an answer that takes milliseconds when quiet can take seconds.
 */
export async function waitFor<T>(check: () => T | undefined | null | false, timeoutMs = 30_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`waitFor: condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
