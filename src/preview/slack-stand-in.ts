// The preview's in-process stand-in for a Slack workspace: what the browser preview shows.
// It answers POST /api/<method> like Slack (chat.postMessage, chat.postEphemeral, chat.update,
// chat.delete, views.open/push/update/publish, auth.test, conversations.open, the three steps of
// files.uploadV2), keeps the messages per channel, ephemeral messages per user, the modal stack
// and Home tab per user, and applies respond() posts to response URLs (replace_original,
// delete_original, response_type). It refuses what Slack refuses (slack-rules.ts, shared with
// the tests' fake Web API in tests/helpers/fake-slack.ts). It does no I/O of its own: the
// preview's server hands it requests.
import { EventEmitter } from 'node:events';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { FileUploads, type Upload } from './file-uploads.ts';
import { asRecord, isTrue, messageRefusal, parseBody, printed, readRawBody, SLACK_LIMITS, str, viewRefusal, withIds } from './slack-rules.ts';

export interface StandInMessage {
  ts: string;
  channel: string;
  /** The bot's user id, or the person who typed it. */
  user: string;
  text: string;
  blocks: unknown[] | null;
  /** Only this user sees it (chat.postEphemeral, an ephemeral respond()). */
  ephemeralFor: string | null;
  edited: boolean;
  /** What a person typed (the preview shows `/motie status` to the one who typed it). */
  typed: boolean;
  /** Files shared with the message (files.completeUploadExternal). */
  files?: StandInFileRef[];
}

/** A file as a message shows it; `url_private_download` is where the preview serves it. */
export interface StandInFileRef {
  id: string;
  name: string;
  title: string;
  size: number;
  url_private_download: string;
}

/** A file uploaded through files.uploadV2's three steps (src/preview/file-uploads.ts). */
export type StandInUpload = Upload;

export interface StandInView {
  id: string;
  user: string;
  /** The view as the bot sent it (type, title, blocks, callback_id, private_metadata, …). */
  view: Record<string, unknown>;
  hash: string;
  /** Inline input errors from `response_action: 'errors'`, by block_id. */
  errors: Record<string, string>;
}

export interface StandInChannel {
  id: string;
  name: string;
}

/** Where a response URL answers: the channel and user of the command or click, and the message clicked. */
export interface ResponseContext {
  channel: string;
  user: string;
  /** The message the click came from (replace_original / delete_original act on it). */
  sourceTs?: string;
}

export type StandInChange =
  | { kind: 'channel'; channel: string }
  | { kind: 'home'; user: string }
  | { kind: 'modal'; user: string };

export interface StandInOptions {
  /** The clock for message timestamps (milliseconds); default Date.now. Each message shows when it was posted. */
  now?: () => number;
  botUserId?: string;
  botId?: string;
  teamId?: string;
  /** http://127.0.0.1:port, for response URLs. Can be set later with setOrigin(). */
  origin?: string;
  /** The only bot token that is accepted (else any xoxb- token). */
  token?: string;
}

export interface ApiAnswer {
  status: number;
  payload: Record<string, unknown>;
  headers: Record<string, string>;
}

/** Largest file the stand-in accepts (Slack allows 1 GB; a preview has no need). */
const UPLOAD_BYTES = 20_000_000;

interface ResponseUrlState extends ResponseContext {
  uses: number;
  createdAt: number;
}

export class SlackStandIn {
  readonly botUserId: string;
  readonly botId: string;
  readonly teamId: string;
  private readonly token: string | undefined;
  private readonly clock: () => number;
  private lastTsSeconds = 0;
  private origin: string;
  private counter = 0;
  /** Message timestamps count on their own. */
  private tsCounter = 0;
  private readonly events = new EventEmitter();
  private readonly channelList = new Map<string, StandInChannel>();
  private readonly messages = new Map<string, StandInMessage[]>();
  private readonly homes = new Map<string, StandInView>();
  private readonly modals = new Map<string, StandInView[]>();
  private readonly triggers = new Map<string, { user: string; at: number; used: boolean }>();
  private readonly responseUrls = new Map<string, ResponseUrlState>();
  private readonly users = new Map<string, string>();
  private readonly files = new FileUploads({
    maxBytes: UPLOAD_BYTES,
    newId: () => `F${String(++this.counter).padStart(8, '0')}`,
    uploadUrl: (id) => `${this.origin}/upload/${id}`,
  });

  constructor(options: StandInOptions = {}) {
    this.token = options.token;
    this.clock = options.now ?? Date.now;
    this.botUserId = options.botUserId ?? 'UBOT';
    this.botId = options.botId ?? 'BBOT';
    this.teamId = options.teamId ?? 'T1';
    this.origin = options.origin ?? 'http://127.0.0.1';
    this.events.setMaxListeners(100);
  }

  setOrigin(origin: string): void {
    this.origin = origin.replace(/\/$/, '');
  }

  /** Base URL to give a WebClient as slackApiUrl (ends in /api/). */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  // ---- channels, users, triggers, response URLs -------------------------------------------

  addChannel(id: string, name: string): void {
    this.channelList.set(id, { id, name });
    if (!this.messages.has(id)) this.messages.set(id, []);
  }

  channels(): StandInChannel[] {
    return [...this.channelList.values()];
  }

  addUser(id: string, name: string): void {
    this.users.set(id, name);
  }

  /**
   * A slash command's text as Slack sends it with "Escape channels, users, and links" on (the
   * bot's manifest sets should_escape): "@jij" → "<@UPREVIEW|jij>", "#ocw" → "<#COCW|ocw>", for the
   * people and channels the stand-in knows; anything else stays as typed.
   */
  escapeCommandText(text: string): string {
    const people = new Map([...this.users].map(([id, name]) => [name.toLowerCase(), { id, name }]));
    const channels = new Map([...this.channelList.values()].map((c) => [c.name.toLowerCase(), c]));
    return text.replace(/(^|\s)([@#])([\w.-]+)/g, (whole, space: string, sign: string, name: string) => {
      const found = sign === '@' ? people.get(name.toLowerCase()) : channels.get(name.toLowerCase());
      if (!found) return whole;
      return `${space}<${sign}${found.id}|${found.name}>`;
    });
  }

  userName(id: string): string | undefined {
    return id === this.botUserId ? 'motiebot' : this.users.get(id);
  }

  /** A trigger_id for a command or click by `user`; it opens a modal within 3 seconds, once. */
  createTrigger(user: string, now = Date.now()): string {
    const id = `${++this.counter}.${Math.floor(this.clock() / 1000)}.${Math.random().toString(16).slice(2, 10)}`;
    this.triggers.set(id, { user, at: now, used: false });
    return id;
  }

  /** A response URL that answers in `context`'s channel, to `context`'s user. */
  createResponseUrl(context: ResponseContext, now = Date.now()): string {
    const id = `R${++this.counter}${Math.random().toString(36).slice(2, 8)}`;
    this.responseUrls.set(id, { ...context, uses: 0, createdAt: now });
    return this.responseUrl(id);
  }

  responseUrl(id: string): string {
    return `${this.origin}/response/${id}`;
  }

  // ---- what the page reads ---------------------------------------------------------------

  /** The messages of a channel as `viewer` sees them: public ones and their own ephemeral ones. */
  listMessages(channel: string, viewer: string): StandInMessage[] {
    return (this.messages.get(channel) ?? []).filter((m) => m.ephemeralFor === null || m.ephemeralFor === viewer).map((m) => ({ ...m }));
  }

  findMessage(channel: string, ts: string): StandInMessage | undefined {
    return this.messages.get(channel)?.find((m) => m.ts === ts);
  }

  home(user: string): StandInView | undefined {
    return this.homes.get(user);
  }

  modalStack(user: string): StandInView[] {
    return [...(this.modals.get(user) ?? [])];
  }

  /** The view with this id, Home or modal, of any user. */
  findView(viewId: string): StandInView | undefined {
    for (const v of this.homes.values()) if (v.id === viewId) return v;
    for (const stack of this.modals.values()) for (const v of stack) if (v.id === viewId) return v;
    return undefined;
  }

  onChange(listener: (change: StandInChange) => void): () => void {
    this.events.on('change', listener);
    return () => this.events.off('change', listener);
  }

  /**
   * What a person typed: a message for everyone, or (a slash command, which Slack does not
   * echo) a note that only they see.
   */
  addTyped(channel: string, user: string, text: string, options: { ephemeral: boolean }): StandInMessage {
    return this.store({ channel, user, text, blocks: null, ephemeralFor: options.ephemeral ? user : null, typed: true });
  }

  /** A message from `from` (Slackbot) that only `to` sees, such as a failed command. */
  addNotice(channel: string, from: string, to: string, text: string): StandInMessage {
    return this.store({ channel, user: from, text, blocks: null, ephemeralFor: to, typed: false });
  }

  /** Closes a modal the person cancelled (Slack does this without asking the app). */
  closeModal(user: string, viewId: string): boolean {
    const stack = this.modals.get(user) ?? [];
    const index = stack.findIndex((v) => v.id === viewId);
    if (index < 0) return false;
    stack.splice(index);
    this.emit({ kind: 'modal', user });
    return true;
  }

  /** Applies the app's answer to a view_submission: errors, update, push, clear, or close. */
  applyViewSubmissionAck(user: string, viewId: string, ack: Record<string, unknown> | null): void {
    const stack = this.modals.get(user) ?? [];
    const index = stack.findIndex((v) => v.id === viewId);
    const current = stack[index];
    if (!current) return;
    const action = ack?.response_action;
    const view = ack?.view as Record<string, unknown> | undefined;
    if (action === 'errors') {
      stack[index] = { ...current, errors: (ack?.errors ?? {}) as Record<string, string> };
    } else if (action === 'update' && view) {
      stack[index] = this.makeView(user, view, current.id);
    } else if (action === 'push' && view) {
      stack.push(this.makeView(user, view));
    } else if (action === 'clear') {
      stack.length = 0;
    } else {
      stack.splice(index);
    }
    this.modals.set(user, stack);
    this.emit({ kind: 'modal', user });
  }

  /** Files uploaded so far, in order (the tests' record; the preview serves their bytes). */
  uploads(): StandInUpload[] {
    return this.files.all();
  }

  upload(id: string): StandInUpload | undefined {
    return this.files.get(id);
  }

  // ---- HTTP -----------------------------------------------------------------------------

  /**
   * Serves /api/<method> and /response/<id>; returns false for any other path so the caller can
   * route it elsewhere.
   */
  async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith('/upload/') && req.method === 'POST') {
      send(res, { ...(await this.files.receive(path.slice('/upload/'.length), req)), headers: {} });
      return true;
    }
    if (!path.startsWith('/api/') && !path.startsWith('/response/')) return false;
    let body: Record<string, unknown>;
    try {
      body = parseBody(await readRawBody(req), req.headers['content-type'] ?? '');
    } catch {
      send(res, { status: 413, payload: { ok: false, error: 'request_too_large' }, headers: {} });
      return true;
    }
    const api = /^\/api\/([\w.]+)$/.exec(path);
    let answer: ApiAnswer;
    if (path.startsWith('/response/')) answer = this.respond(path.slice('/response/'.length), body);
    else if (api) answer = this.callApi(api[1] ?? '', body, req.headers);
    else answer = { status: 404, payload: { ok: false, error: 'unknown_method' }, headers: {} };
    send(res, answer);
    return true;
  }

  /** One Web API call, as Slack would answer it. */
  callApi(method: string, body: Record<string, unknown>, headers: IncomingHttpHeaders = {}, now = Date.now()): ApiAnswer {
    const auth = headers.authorization ?? '';
    if (!auth.startsWith('Bearer xoxb-')) return ok({ ok: false, error: 'not_authed' });
    if (this.token && auth !== `Bearer ${this.token}`) return ok({ ok: false, error: 'invalid_auth' });
    return ok(this.dispatch(method, body, now));
  }

  /** A respond() post to a response URL. */
  respond(id: string, body: Record<string, unknown>, now = Date.now()): ApiAnswer {
    const state = this.responseUrls.get(id);
    if (!state || now - state.createdAt > SLACK_LIMITS.responseUrlLifetimeMs) return { status: 404, payload: { ok: false, error: 'expired_url' }, headers: {} };
    if (state.uses >= SLACK_LIMITS.responseUrlUses) return { status: 404, payload: { ok: false, error: 'used_url' }, headers: {} };
    const problem = isTrue(body.delete_original) ? null : messageRefusal(body);
    if (problem) return { status: 400, payload: { ok: false, error: problem }, headers: {} };
    state.uses += 1;
    const { channel, user, sourceTs } = state;
    const source = sourceTs ? this.findMessage(channel, sourceTs) : undefined;
    if (isTrue(body.delete_original)) {
      if (source) this.remove(channel, source.ts);
      return ok({ ok: true });
    }
    if (isTrue(body.replace_original) && source) {
      source.text = printed(body.text ?? '');
      source.blocks = withIds(Array.isArray(body.blocks) ? body.blocks : null, this.randomId);
      source.edited = source.ephemeralFor === null;
      this.emit({ kind: 'channel', channel });
      return ok({ ok: true });
    }
    const inChannel = body.response_type === 'in_channel';
    this.store({
      channel,
      user: this.botUserId,
      text: printed(body.text ?? ''),
      blocks: Array.isArray(body.blocks) ? body.blocks : null,
      ephemeralFor: inChannel ? null : user,
      typed: false,
    });
    return ok({ ok: true });
  }

  // ---- the methods ----------------------------------------------------------------------

  private dispatch(method: string, body: Record<string, unknown>, now: number): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://motiebot-preview.local/', team: 'Preview', user: 'motiebot', team_id: this.teamId, user_id: this.botUserId, bot_id: this.botId };
      case 'api.test':
        return { ok: true, args: body };
      case 'conversations.open': {
        const user = printed(body.users ?? 'X').replace(/,.*/, '');
        const id = `D${user}`;
        if (!this.channelList.has(id)) this.addChannel(id, this.userName(user) ?? user);
        return { ok: true, channel: { id } };
      }
      case 'chat.postMessage':
        return this.postMessage(body);
      case 'chat.postEphemeral':
        return this.postEphemeral(body);
      case 'chat.update':
        return this.update(body);
      case 'chat.delete': {
        const channel = printed(body.channel ?? '');
        const ts = printed(body.ts ?? '');
        if (!this.findMessage(channel, ts)) return { ok: false, error: 'message_not_found' };
        this.remove(channel, ts);
        return { ok: true, channel, ts };
      }
      case 'views.publish':
        return this.publish(body);
      case 'views.open':
      case 'views.push':
        return this.openView(method, body, now);
      case 'views.update':
        return this.updateView(body);
      case 'files.getUploadURLExternal':
        return this.files.begin(body);
      case 'files.completeUploadExternal':
        return this.completeUpload(body);
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private resolveChannel(raw: unknown): { id: string } | { error: string } {
    const id = str(raw);
    if (!id) return { error: 'channel_not_found' };
    if (/^[UW]/.test(id)) {
      // Posting to a user id posts to the DM with the bot.
      const dm = `D${id}`;
      if (!this.channelList.has(dm)) this.addChannel(dm, this.userName(id) ?? id);
      return { id: dm };
    }
    if (this.channelList.has(id)) return { id };
    return { error: 'channel_not_found' };
  }

  private postMessage(body: Record<string, unknown>): Record<string, unknown> {
    const channel = this.resolveChannel(body.channel);
    if ('error' in channel) return { ok: false, error: channel.error };
    const problem = messageRefusal(body);
    if (problem) return { ok: false, error: problem };
    const message = this.storeFromBot(channel.id, body, null);
    return { ok: true, channel: channel.id, ts: message.ts, message: { type: 'message', user: this.botUserId, bot_id: this.botId, text: message.text, blocks: message.blocks ?? undefined, ts: message.ts } };
  }

  private postEphemeral(body: Record<string, unknown>): Record<string, unknown> {
    const channel = this.resolveChannel(body.channel);
    if ('error' in channel) return { ok: false, error: channel.error };
    const user = str(body.user);
    if (!user) return { ok: false, error: 'user_not_in_channel' };
    const problem = messageRefusal(body);
    if (problem) return { ok: false, error: problem };
    const message = this.storeFromBot(channel.id, body, user);
    return { ok: true, message_ts: message.ts };
  }

  /** Keeps a message the bot posted (for everyone, or only for `ephemeralFor`). */
  private storeFromBot(channel: string, body: Record<string, unknown>, ephemeralFor: string | null) {
    return this.store({
      channel,
      user: this.botUserId,
      text: printed(body.text ?? ''),
      blocks: Array.isArray(body.blocks) ? body.blocks : null,
      ephemeralFor,
      typed: false,
    });
  }

  private update(body: Record<string, unknown>): Record<string, unknown> {
    const channelId = printed(body.channel ?? '');
    const ts = printed(body.ts ?? '');
    const message = this.findMessage(channelId, ts);
    if (message?.ephemeralFor !== null) return { ok: false, error: message ? 'cant_update_message' : 'message_not_found' };
    const problem = messageRefusal(body);
    if (problem) return { ok: false, error: problem };
    if (body.text !== undefined) message.text = printed(body.text);
    if (body.blocks !== undefined) message.blocks = withIds(Array.isArray(body.blocks) ? body.blocks : null, this.randomId);
    message.edited = true;
    this.emit({ kind: 'channel', channel: channelId });
    return { ok: true, channel: channelId, ts, text: message.text, message: { text: message.text, blocks: message.blocks ?? undefined } };
  }

  private publish(body: Record<string, unknown>): Record<string, unknown> {
    const user = str(body.user_id);
    const view = asRecord(body.view);
    if (!user || !view) return { ok: false, error: 'invalid_arguments' };
    const problem = viewRefusal(view, 'home');
    if (problem) return { ok: false, error: problem };
    const existing = this.homes.get(user);
    const made = this.makeView(user, view, existing?.id);
    this.homes.set(user, made);
    this.emit({ kind: 'home', user });
    return { ok: true, view: this.viewPayload(made) };
  }

  private openView(method: 'views.open' | 'views.push', body: Record<string, unknown>, now: number): Record<string, unknown> {
    const view = asRecord(body.view);
    const trigger = this.triggers.get(printed(body.trigger_id ?? ''));
    if (!trigger) return { ok: false, error: 'invalid_trigger_id' };
    if (trigger.used) return { ok: false, error: 'exchanged_trigger_id' };
    if (now - trigger.at > SLACK_LIMITS.triggerLifetimeMs) return { ok: false, error: 'expired_trigger_id' };
    if (!view) return { ok: false, error: 'invalid_arguments' };
    const problem = viewRefusal(view, 'modal');
    if (problem) return { ok: false, error: problem };
    trigger.used = true;
    const stack = this.modals.get(trigger.user) ?? [];
    if (method === 'views.push' && stack.length === 0) return { ok: false, error: 'not_found' };
    if (method === 'views.open') stack.length = 0;
    if (stack.length >= SLACK_LIMITS.modalStack) return { ok: false, error: 'push_limit_reached' };
    const made = this.makeView(trigger.user, view);
    stack.push(made);
    this.modals.set(trigger.user, stack);
    this.emit({ kind: 'modal', user: trigger.user });
    return { ok: true, view: this.viewPayload(made) };
  }

  private updateView(body: Record<string, unknown>): Record<string, unknown> {
    const view = asRecord(body.view);
    const viewId = str(body.view_id);
    const externalId = str(body.external_id);
    for (const [user, stack] of this.modals) {
      const index = stack.findIndex((v) => (viewId && v.id === viewId) || (externalId && v.view.external_id === externalId));
      const current = stack[index];
      if (!current) continue;
      if (!view) return { ok: false, error: 'invalid_arguments' };
      if (body.hash !== undefined && body.hash !== current.hash) return { ok: false, error: 'hash_conflict' };
      stack[index] = this.makeView(user, view, current.id);
      this.emit({ kind: 'modal', user });
      return { ok: true, view: this.viewPayload(stack[index]) };
    }
    return { ok: false, error: 'not_found' };
  }

  // ---- files ----------------------------------------------------------------------------

  /** Step 3: the files get their titles and are shared in a channel, as one message. */
  private completeUpload(body: Record<string, unknown>): Record<string, unknown> {
    const completed = this.files.complete(body);
    if (!completed.ok) return completed;
    const channelId = str(body.channel_id);
    if (!channelId) return { ok: true, files: completed.files.map((u) => ({ id: u.id, title: u.title })) };
    const channel = this.resolveChannel(channelId);
    if ('error' in channel) return { ok: false, error: channel.error };
    const refs = completed.files.map((u) => {
      u.channel = channel.id;
      return { id: u.id, name: u.filename, title: u.title ?? u.filename, size: u.bytes?.length ?? 0, url_private_download: `${this.origin}/files/${u.id}/${encodeURIComponent(u.filename)}` };
    });
    const message = this.store({ channel: channel.id, user: this.botUserId, text: printed(body.initial_comment ?? ''), blocks: null, ephemeralFor: null, typed: false, files: refs });
    return { ok: true, files: refs.map((r) => ({ id: r.id, title: r.title, shares: { public: { [channel.id]: [{ ts: message.ts }] } } })) };
  }

  // ---- helpers --------------------------------------------------------------------------

  private readonly randomId = (): string => `b${(++this.counter).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

  /** Unique and increasing: the seconds of the clock (never going back), then a counter. */
  private nextTs(): string {
    const seconds = Math.max(this.lastTsSeconds, Math.floor(this.clock() / 1000));
    this.lastTsSeconds = seconds;
    return `${seconds}.${String(++this.tsCounter).padStart(6, '0')}`;
  }

  private store(m: Omit<StandInMessage, 'ts' | 'edited'>): StandInMessage {
    const message: StandInMessage = { ...m, blocks: withIds(m.blocks, this.randomId), ts: this.nextTs(), edited: false };
    const list = this.messages.get(m.channel) ?? [];
    list.push(message);
    this.messages.set(m.channel, list);
    this.emit({ kind: 'channel', channel: m.channel });
    return message;
  }

  private remove(channel: string, ts: string): void {
    const list = this.messages.get(channel) ?? [];
    this.messages.set(
      channel,
      list.filter((m) => m.ts !== ts),
    );
    this.emit({ kind: 'channel', channel });
  }

  private makeView(user: string, view: Record<string, unknown>, id?: string): StandInView {
    const copy = structuredClone(view);
    if (Array.isArray(copy.blocks)) copy.blocks = withIds(copy.blocks, this.randomId);
    return { id: id ?? `V${String(++this.counter).padStart(8, '0')}`, user, view: copy, hash: `${Date.now()}.${++this.counter}`, errors: {} };
  }

  /** A view as Slack sends it back in payloads and answers: with its id, hash and (empty) state. */
  viewPayload(v: StandInView): Record<string, unknown> {
    return { ...v.view, id: v.id, team_id: this.teamId, hash: v.hash, app_id: 'APREVIEW', bot_id: this.botId, state: { values: {} } };
  }

  private emit(change: StandInChange): void {
    this.events.emit('change', change);
  }
}

function ok(payload: Record<string, unknown>): ApiAnswer {
  return { status: 200, payload, headers: {} };
}

function send(res: ServerResponse, answer: ApiAnswer): void {
  res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
  res.end(JSON.stringify(answer.payload));
}
