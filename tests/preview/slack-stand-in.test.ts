import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebClient } from '@slack/web-api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SlackStandIn, type StandInChange } from '../../src/preview/slack-stand-in.ts';
import { parseBody, SLACK_LIMITS } from '../../src/preview/slack-rules.ts';

const TOKEN = 'xoxb-preview-test';
const AUTH = { authorization: `Bearer ${TOKEN}` };

function strict(): SlackStandIn {
  const s = new SlackStandIn({ token: TOKEN, botUserId: 'UBOT', origin: 'http://127.0.0.1:9' });
  s.addChannel('COCW', 'ocw');
  return s;
}

const call = (s: SlackStandIn, method: string, body: Record<string, unknown>, now?: number) => s.callApi(method, body, AUTH, now).payload;
const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });

describe('messages', () => {
  it('keeps posted messages per channel, with increasing ts', () => {
    const s = strict();
    const a = call(s, 'chat.postMessage', { channel: 'COCW', text: 'een', blocks: [section('*een*')] });
    const b = call(s, 'chat.postMessage', { channel: 'COCW', text: 'twee' });
    expect(a).toMatchObject({ ok: true, channel: 'COCW' });
    expect(Number(b.ts)).toBeGreaterThan(Number(a.ts));
    expect(s.listMessages('COCW', 'UANY').map((m) => [m.text, m.user])).toEqual([
      ['een', 'UBOT'],
      ['twee', 'UBOT'],
    ]);
  });

  it('stamps each message with the time it was posted, not the time the stand-in started', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2025-09-15T07:00:00Z'));
      const s = strict();
      vi.setSystemTime(new Date('2025-09-15T07:05:30Z'));
      const a = call(s, 'chat.postMessage', { channel: 'COCW', text: 'een' });
      vi.setSystemTime(new Date('2025-09-15T08:00:00Z'));
      const b = call(s, 'chat.postMessage', { channel: 'COCW', text: 'twee' });
      expect(Math.floor(Number(a.ts))).toBe(Date.parse('2025-09-15T07:05:30Z') / 1000);
      expect(Math.floor(Number(b.ts))).toBe(Date.parse('2025-09-15T08:00:00Z') / 1000);
      // A clock that goes back (NTP) never makes a later message sort before an earlier one.
      vi.setSystemTime(new Date('2025-09-15T07:59:00Z'));
      const c = call(s, 'chat.postMessage', { channel: 'COCW', text: 'drie' });
      expect(Number(c.ts)).toBeGreaterThan(Number(b.ts));
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses an unknown channel, a missing or wrong token, and unknown methods', () => {
    const s = strict();
    expect(call(s, 'chat.postMessage', { channel: 'CNOPE', text: 'x' })).toEqual({ ok: false, error: 'channel_not_found' });
    expect((s.callApi('chat.postMessage', { channel: 'COCW', text: 'x' }, {})).payload).toEqual({ ok: false, error: 'not_authed' });
    expect((s.callApi('chat.postMessage', { channel: 'COCW', text: 'x' }, { authorization: 'Bearer xoxb-other' })).payload).toEqual({ ok: false, error: 'invalid_auth' });
    expect(call(s, 'chat.scheduleMessage', { channel: 'COCW', text: 'x' })).toEqual({ ok: false, error: 'unknown_method' });
    expect(s.listMessages('COCW', 'UANY')).toEqual([]);
  });

  it('refuses what Slack refuses: no text, too many blocks, too many characters of blocks', () => {
    const s = strict();
    expect(call(s, 'chat.postMessage', { channel: 'COCW' })).toEqual({ ok: false, error: 'no_text' });
    const blocks = Array.from({ length: SLACK_LIMITS.messageBlocks + 1 }, () => section('x'));
    expect(call(s, 'chat.postMessage', { channel: 'COCW', text: 'x', blocks })).toEqual({ ok: false, error: 'invalid_blocks' });
    expect(call(s, 'chat.postMessage', { channel: 'COCW', text: 'x', blocks: blocks.slice(0, 50) })).toMatchObject({ ok: true });
    const long = [section('x'.repeat(SLACK_LIMITS.blocksJson))];
    expect(call(s, 'chat.postMessage', { channel: 'COCW', text: 'x', blocks: long })).toEqual({ ok: false, error: 'msg_blocks_too_long' });
    // Any Block Kit limit, deep in a block: a section of 3001 characters, a 76-character button.
    expect(call(s, 'chat.postMessage', { channel: 'COCW', text: 'x', blocks: [section('x'.repeat(SLACK_LIMITS.sectionText + 1))] })).toEqual({ ok: false, error: 'invalid_blocks' });
    const button = { type: 'actions', elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'x'.repeat(SLACK_LIMITS.buttonText + 1) } }] };
    expect(call(s, 'chat.postMessage', { channel: 'COCW', text: 'x', blocks: [button] })).toEqual({ ok: false, error: 'invalid_blocks' });
    expect(s.listMessages('COCW', 'UANY').map((m) => m.text)).toEqual(['x']);
  });

  it('posts to a user id in the direct-message channel with the bot', () => {
    const s = strict();
    s.addUser('UANNA', 'anna');
    expect(call(s, 'chat.postMessage', { channel: 'UANNA', text: 'hoi' })).toMatchObject({ ok: true, channel: 'DUANNA' });
    expect(s.channels()).toContainEqual({ id: 'DUANNA', name: 'anna' });
    expect(call(s, 'conversations.open', { users: 'UANNA' })).toEqual({ ok: true, channel: { id: 'DUANNA' } });
  });

  it('shows an ephemeral message to its user only', () => {
    const s = strict();
    expect(call(s, 'chat.postEphemeral', { channel: 'COCW', user: 'UANNA', text: 'psst' })).toMatchObject({ ok: true });
    expect(s.listMessages('COCW', 'UANNA').map((m) => m.text)).toEqual(['psst']);
    expect(s.listMessages('COCW', 'UBEN')).toEqual([]);
  });

  it('replaces a message on chat.update, and refuses unknown and ephemeral messages', () => {
    const s = strict();
    const { ts } = call(s, 'chat.postMessage', { channel: 'COCW', text: 'oud', blocks: [section('oud')] });
    expect(call(s, 'chat.update', { channel: 'COCW', ts, text: 'nieuw', blocks: [section('nieuw')] })).toMatchObject({ ok: true, ts });
    const [m] = s.listMessages('COCW', 'UANY');
    expect(m).toMatchObject({ ts, text: 'nieuw', edited: true });
    expect((m!.blocks![0] as { text: { text: string } }).text.text).toBe('nieuw');
    expect(call(s, 'chat.update', { channel: 'COCW', ts: '1.000009', text: 'x' })).toEqual({ ok: false, error: 'message_not_found' });
    const eph = call(s, 'chat.postEphemeral', { channel: 'COCW', user: 'UANNA', text: 'e' });
    expect(call(s, 'chat.update', { channel: 'COCW', ts: eph.message_ts, text: 'x' })).toEqual({ ok: false, error: 'cant_update_message' });
  });

  it('gives blocks without a block_id one, as Slack does, and keeps the ones the app set', () => {
    const s = strict();
    call(s, 'chat.postMessage', { channel: 'COCW', text: 'x', blocks: [section('a'), { ...section('b'), block_id: 'item:1:text' }, { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Knop' } }] }] });
    const blocks = s.listMessages('COCW', 'U')[0]!.blocks as { block_id: string; elements?: { action_id: string }[] }[];
    expect(blocks[0]!.block_id).toMatch(/^\w+$/);
    expect(blocks[1]!.block_id).toBe('item:1:text');
    expect(blocks[2]!.elements![0]!.action_id).toMatch(/^\w+$/);
    expect(new Set(blocks.map((b) => b.block_id)).size).toBe(3);
  });

  it('tells listeners what changed', () => {
    const s = strict();
    const changes: StandInChange[] = [];
    const off = s.onChange((c) => changes.push(c));
    call(s, 'chat.postMessage', { channel: 'COCW', text: 'x' });
    call(s, 'views.publish', { user_id: 'UANNA', view: { type: 'home', blocks: [] } });
    off();
    call(s, 'chat.postMessage', { channel: 'COCW', text: 'y' });
    expect(changes).toEqual([
      { kind: 'channel', channel: 'COCW' },
      { kind: 'home', user: 'UANNA' },
    ]);
  });
});

describe('response URLs', () => {
  function withSource() {
    const s = strict();
    const { ts } = call(s, 'chat.postMessage', { channel: 'COCW', text: 'bron', blocks: [section('bron')] });
    const url = s.createResponseUrl({ channel: 'COCW', user: 'UANNA', sourceTs: ts as string });
    return { s, ts: ts as string, id: url.split('/').pop()! };
  }

  it('posts an ephemeral answer by default, and one for everyone with response_type in_channel', () => {
    const s = strict();
    const id = s.createResponseUrl({ channel: 'COCW', user: 'UANNA' }).split('/').pop()!;
    expect(s.respond(id, { text: 'alleen voor Anna' }).payload).toEqual({ ok: true });
    expect(s.respond(id, { text: 'voor iedereen', response_type: 'in_channel' }).status).toBe(200);
    expect(s.listMessages('COCW', 'UANNA').map((m) => m.text)).toEqual(['alleen voor Anna', 'voor iedereen']);
    expect(s.listMessages('COCW', 'UBEN').map((m) => m.text)).toEqual(['voor iedereen']);
  });

  it('replaces the message clicked with replace_original, keeping its ts', () => {
    const { s, ts, id } = withSource();
    s.respond(id, { replace_original: true, text: 'vervangen', blocks: [section('vervangen')] });
    expect(s.listMessages('COCW', 'UBEN').map((m) => [m.ts, m.text])).toEqual([[ts, 'vervangen']]);
  });

  it('posts a new message when replace_original is false', () => {
    const { s, id } = withSource();
    s.respond(id, { replace_original: false, text: 'erbij' });
    expect(s.listMessages('COCW', 'UANNA').map((m) => m.text)).toEqual(['bron', 'erbij']);
  });

  it('deletes the message clicked with delete_original', () => {
    const { s, id } = withSource();
    s.respond(id, { delete_original: 'true' });
    expect(s.listMessages('COCW', 'UANNA')).toEqual([]);
  });

  it('answers 5 times, then used_url; after 30 minutes expired_url; an unknown id is expired', () => {
    const s = strict();
    const id = s.createResponseUrl({ channel: 'COCW', user: 'UANNA' }, 1_000).split('/').pop()!;
    for (let i = 0; i < 5; i++) expect(s.respond(id, { text: `${i}` }, 2_000).status).toBe(200);
    expect(s.respond(id, { text: 'zes' }, 2_000)).toMatchObject({ status: 404, payload: { error: 'used_url' } });
    const late = s.createResponseUrl({ channel: 'COCW', user: 'UANNA' }, 1_000).split('/').pop()!;
    expect(s.respond(late, { text: 'x' }, 1_000 + 30 * 60_000 + 1)).toMatchObject({ status: 404, payload: { error: 'expired_url' } });
    expect(s.respond('Rnope', { text: 'x' })).toMatchObject({ status: 404, payload: { error: 'expired_url' } });
    expect(s.listMessages('COCW', 'UANNA')).toHaveLength(5);
  });
});

describe('views', () => {
  const modal = (title: string) => ({ type: 'modal', callback_id: 'cb', title: { type: 'plain_text', text: title }, blocks: [section(title)] });

  it('opens a modal for the user of the trigger, once, within 3 seconds', () => {
    const s = strict();
    const trigger = s.createTrigger('UANNA', 10_000);
    const opened = call(s, 'views.open', { trigger_id: trigger, view: modal('Een') }, 12_000);
    expect(opened).toMatchObject({ ok: true, view: { type: 'modal', callback_id: 'cb' } });
    expect(s.modalStack('UANNA').map((v) => (v.view.title as { text: string }).text)).toEqual(['Een']);
    expect(call(s, 'views.open', { trigger_id: trigger, view: modal('Nog een') }, 12_000)).toEqual({ ok: false, error: 'exchanged_trigger_id' });
    const old = s.createTrigger('UANNA', 10_000);
    expect(call(s, 'views.open', { trigger_id: old, view: modal('Te laat') }, 13_001)).toEqual({ ok: false, error: 'expired_trigger_id' });
    expect(call(s, 'views.open', { trigger_id: 'verzonnen', view: modal('x') })).toEqual({ ok: false, error: 'invalid_trigger_id' });
    const long = s.createTrigger('UANNA');
    expect(call(s, 'views.open', { trigger_id: long, view: modal('x'.repeat(SLACK_LIMITS.viewTitle + 1)) })).toEqual({ ok: false, error: 'invalid_arguments' });
    expect(s.modalStack('UANNA')).toHaveLength(1);
  });

  it('pushes onto the stack, updates by id (with the hash), and applies view_submission answers', () => {
    const s = strict();
    const first = (call(s, 'views.open', { trigger_id: s.createTrigger('UANNA'), view: modal('Een') })).view as { id: string; hash: string };
    const second = (call(s, 'views.push', { trigger_id: s.createTrigger('UANNA'), view: modal('Twee') })).view as { id: string };
    expect(s.modalStack('UANNA').map((v) => v.id)).toEqual([first.id, second.id]);

    expect(call(s, 'views.update', { view_id: first.id, hash: 'oud', view: modal('x') })).toEqual({ ok: false, error: 'hash_conflict' });
    expect(call(s, 'views.update', { view_id: first.id, hash: first.hash, view: modal('Een bis') })).toMatchObject({ ok: true, view: { id: first.id } });

    s.applyViewSubmissionAck('UANNA', second.id, { response_action: 'errors', errors: { text: 'Vul dit in.' } });
    expect(s.modalStack('UANNA')[1]!.errors).toEqual({ text: 'Vul dit in.' });
    s.applyViewSubmissionAck('UANNA', second.id, { response_action: 'update', view: modal('Klaar') });
    expect(s.modalStack('UANNA')[1]).toMatchObject({ id: second.id, errors: {}, view: { title: { text: 'Klaar' } } });
    s.applyViewSubmissionAck('UANNA', second.id, null);
    expect(s.modalStack('UANNA').map((v) => v.id)).toEqual([first.id]);
    s.applyViewSubmissionAck('UANNA', first.id, { response_action: 'clear' });
    expect(s.modalStack('UANNA')).toEqual([]);
  });

  it('publishes a Home tab per user, keeping its id', () => {
    const s = strict();
    const a = (call(s, 'views.publish', { user_id: 'UANNA', view: { type: 'home', blocks: [section('een')] } })).view as { id: string };
    const b = (call(s, 'views.publish', { user_id: 'UANNA', view: { type: 'home', blocks: [section('twee')] } })).view as { id: string };
    expect(b.id).toBe(a.id);
    expect((s.home('UANNA')!.view.blocks as { text: { text: string } }[])[0]!.text.text).toBe('twee');
    expect(s.home('UBEN')).toBeUndefined();
    expect(call(s, 'views.publish', { user_id: 'UANNA', view: { type: 'modal', blocks: [] } })).toEqual({ ok: false, error: 'invalid_arguments' });
    const tooMany = Array.from({ length: SLACK_LIMITS.viewBlocks + 1 }, () => section('x'));
    expect(call(s, 'views.publish', { user_id: 'UANNA', view: { type: 'home', blocks: tooMany } })).toEqual({ ok: false, error: 'invalid_arguments' });
  });
});

describe('bodies', () => {
  it('parses object fields of form bodies as JSON and leaves other text alone (strict)', () => {
    const raw = new URLSearchParams({ channel: 'C1', text: '[1] eerste punt', blocks: JSON.stringify([section('x')]) }).toString();
    expect(parseBody(raw, 'application/x-www-form-urlencoded')).toEqual({ channel: 'C1', text: '[1] eerste punt', blocks: [section('x')] });
    expect(parseBody('{"a":1}', 'application/json; charset=utf-8')).toEqual({ a: 1 });
  });
});

describe('through a real WebClient', () => {
  let server: Server | null = null;
  afterEach(async () => {
    await new Promise<void>((r) => {
      if (server) server.close(() => { r(); });
      else r();
    });
    server = null;
  });

  it('serves web-api 8 (form bodies, bearer token) and keeps its blocks', async () => {
    const s = strict();
    server = createServer((req, res) => void s.handleHttp(req, res));
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    s.setOrigin(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const client = new WebClient(TOKEN, { slackApiUrl: s.apiUrl, retryConfig: { retries: 0 } });
    const posted = await client.chat.postMessage({ channel: 'COCW', text: 'hallo', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*hallo*' } }] });
    expect(posted.ok).toBe(true);
    expect(s.findMessage('COCW', posted.ts!)?.blocks).toEqual([expect.objectContaining({ type: 'section', text: { type: 'mrkdwn', text: '*hallo*' } })]);
    await expect(client.chat.postMessage({ channel: 'CNOPE', text: 'x' })).rejects.toMatchObject({ data: { error: 'channel_not_found' } });
  });

});
