// The tests' fake Slack Web API: it records, fails on request, and refuses what Slack refuses,
// so a test that passes against it would not fail against Slack for a rule in SLACK.md.
import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.ts';

let fake: FakeSlack;
let client: WebClient;
beforeEach(async () => {
  fake = await startFakeSlack();
  client = new WebClient('xoxb-fake-test', { slackApiUrl: fake.url, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
});
afterEach(() => fake.close());

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
const modal = (title = 'Titel') => ({ type: 'modal' as const, title: { type: 'plain_text' as const, text: title }, blocks: [] });
const error = (data: string) => ({ data: { ok: false, error: data } });
const respond = (id: string, body: Record<string, unknown>) =>
  fetch(fake.responseUrl(id), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the record', () => {
  it('answers like Slack, records every call with its parsed body, and forgets on reset', async () => {
    const posted = await client.chat.postMessage({ channel: 'CANY', text: 'x', blocks: [{ type: 'divider' }] });
    expect(posted).toMatchObject({ ok: true, channel: 'CANY', ts: '1700000000.000001' });
    expect((await client.chat.postMessage({ channel: 'CANY', text: 'y' })).ts).toBe('1700000000.000002');
    expect(fake.callsTo('chat.postMessage')[0]!.body).toMatchObject({ channel: 'CANY', blocks: [{ type: 'divider' }] });
    expect((await respond('r9', { text: 'antwoord' })).status).toBe(200);
    expect(fake.responses).toEqual([expect.objectContaining({ id: 'r9', body: { text: 'antwoord' } })]);
    fake.reset();
    expect(fake.calls).toEqual([]);
    expect(fake.responses).toEqual([]);
  });

  it('fails a method on request: an error, a 429 with Retry-After, a number of times', async () => {
    fake.failNext('chat.postMessage', 'not_in_channel');
    await expect(client.chat.postMessage({ channel: 'CANY', text: 'x' })).rejects.toMatchObject(error('not_in_channel'));
    fake.failNext('chat.postMessage', 'ratelimited', { status: 429, retryAfter: 7, times: 2 });
    await expect(client.chat.postMessage({ channel: 'CANY', text: 'x' })).rejects.toMatchObject({ code: 'slack_webapi_rate_limited_error', retryAfter: 7 });
    await expect(client.chat.postMessage({ channel: 'CANY', text: 'x' })).rejects.toMatchObject({ retryAfter: 7 });
    expect(await client.chat.postMessage({ channel: 'CANY', text: 'x' })).toMatchObject({ ok: true });
  });
});

describe('what Slack refuses, the fake refuses', () => {
  it('a call without a bot token, and a method it does not know', async () => {
    const user = new WebClient('xoxp-user', { slackApiUrl: fake.url, retryConfig: { retries: 0 } });
    await expect(user.chat.postMessage({ channel: 'CANY', text: 'x' })).rejects.toMatchObject(error('not_authed'));
    await expect(client.apiCall('chat.scheduleMessage', { channel: 'CANY', text: 'x', post_at: 1 })).rejects.toMatchObject(error('unknown_method'));
  });

  it('messages without text, over a Block Kit limit, or without a channel', async () => {
    await expect(client.chat.postMessage({ channel: 'CANY', text: '' })).rejects.toMatchObject(error('no_text'));
    await expect(client.chat.postMessage({ channel: 'CANY', text: 'x', blocks: Array.from({ length: 51 }, () => section('x')) })).rejects.toMatchObject(error('invalid_blocks'));
    await expect(client.chat.postMessage({ channel: 'CANY', text: 'x', blocks: [section('x'.repeat(3001))] })).rejects.toMatchObject(error('invalid_blocks'));
    await expect(client.chat.postMessage({ channel: 'CANY', text: 'x', blocks: Array.from({ length: 5 }, () => section('x'.repeat(2600))) })).rejects.toMatchObject(error('msg_blocks_too_long'));
    await expect(client.chat.postMessage({ channel: 'CANY', text: 'x'.repeat(40_001) })).rejects.toMatchObject(error('msg_too_long'));
    await expect(client.chat.postMessage({ channel: '', text: 'x' })).rejects.toMatchObject(error('channel_not_found'));
    await expect(client.chat.update({ channel: 'CANY', ts: '1.2', text: 'x', blocks: [section('')] })).rejects.toMatchObject(error('invalid_blocks'));
  });

  it('chat.update and chat.delete of an ephemeral message', async () => {
    const { message_ts: ts } = await client.chat.postEphemeral({ channel: 'CANY', user: 'UANNA', text: 'psst' });
    await expect(client.chat.update({ channel: 'CANY', ts: ts!, text: 'x' })).rejects.toMatchObject(error('cant_update_message'));
    await expect(client.chat.delete({ channel: 'CANY', ts: ts! })).rejects.toMatchObject(error('cant_delete_message'));
    await expect(client.chat.postEphemeral({ channel: 'CANY', user: '', text: 'x' })).rejects.toMatchObject(error('user_not_in_channel'));
  });

  it('a trigger id used twice, and a view over a limit', async () => {
    const opened = await client.views.open({ trigger_id: '1.2.3', view: modal() });
    expect(opened.view?.id).toMatch(/^V/);
    await expect(client.views.open({ trigger_id: '1.2.3', view: modal() })).rejects.toMatchObject(error('exchanged_trigger_id'));
    await expect(client.views.open({ trigger_id: '4.5.6', view: modal('x'.repeat(25)) })).rejects.toMatchObject(error('invalid_arguments'));
    const home = { type: 'home' as const, blocks: Array.from({ length: 101 }, () => ({ type: 'divider' as const })) };
    await expect(client.views.publish({ user_id: 'UANNA', view: home })).rejects.toMatchObject(error('invalid_arguments'));
    await expect(client.views.publish({ user_id: 'UANNA', view: { ...home, blocks: home.blocks.slice(0, 100) } })).resolves.toMatchObject({ ok: true });
  });

  it('views.update with a stale hash', async () => {
    const { view } = await client.views.open({ trigger_id: '1.2.3', view: modal() });
    await expect(client.views.update({ view_id: view!.id!, hash: 'oud', view: modal('Nieuw') })).rejects.toMatchObject(error('hash_conflict'));
    const updated = await client.views.update({ view_id: view!.id!, hash: view!.hash!, view: modal('Nieuw') });
    expect(updated.view).toMatchObject({ id: view!.id, title: { text: 'Nieuw' } });
  });

  it('a response URL used a sixth time, and an answer over a limit (which does not count as a use)', async () => {
    expect((await respond('r1', { text: 'x'.repeat(40_001) })).status).toBe(400);
    for (let i = 0; i < 5; i++) expect((await respond('r1', { text: `${i}` })).status).toBe(200);
    const sixth = await respond('r1', { text: 'zes' });
    expect(sixth.status).toBe(404);
    expect(await sixth.json()).toEqual({ ok: false, error: 'used_url' });
  });

  it('an upload to an unknown upload URL, and completing a file never uploaded', async () => {
    const step1 = await client.files.getUploadURLExternal({ filename: 'a.txt', length: 3 });
    expect((await fetch(`${fake.origin}/upload/FNOPE`, { method: 'POST', body: 'abc' })).status).toBe(404);
    await expect(client.files.completeUploadExternal({ files: [{ id: step1.file_id!, title: 'A' }], channel_id: 'CANY' })).rejects.toMatchObject(error('file_not_found'));
    expect((await fetch(step1.upload_url!, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'abc' })).status).toBe(200);
    const done = await client.files.completeUploadExternal({ files: [{ id: step1.file_id!, title: 'A' }], channel_id: 'CANY' });
    expect(done.files).toEqual([expect.objectContaining({ id: step1.file_id, title: 'A' })]);
    expect(fake.uploads()).toEqual([expect.objectContaining({ filename: 'a.txt', completed: true, channel: 'CANY', contentType: 'text/plain' })]);
  });
});
