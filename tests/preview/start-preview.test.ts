// The preview server without a browser: the real bot, the stand-in and the page's endpoints on one
// local port, driven with fetch the way the page drives them.
import { existsSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { startPreview, type RunningPreview } from '../../src/preview/start-preview.ts';
import type { StandInMessage } from '../../src/preview/slack-stand-in.ts';
import { listLinks } from '../../src/store/channels.queries.ts';
import { countItems, getItem, listItems } from '../../src/store/items.queries.ts';
import { tempDir } from '../helpers/db.ts';
import { waitFor } from '../helpers/fake-slack.ts';

const ME = 'UPREVIEW';

/** The parts of the preview's JSON answers these tests read. */
interface PreviewAnswer {
  ok?: boolean;
  date?: unknown;
  posted?: number;
  text?: string;
}
interface PreviewState {
  channels: { name: string }[];
  home: { id: string } | null;
}

describe('the preview server', () => {
  let dir: string;
  let preview: RunningPreview;
  let base: string;
  const logs: string[] = [];

  const start = () =>
    startPreview(loadConfig({ DATABASE_PATH: join(dir, 'motiebot.db'), PREVIEW_DATABASE_PATH: join(dir, 'preview.db'), PORT: '0' }), createLogger('info', (l) => logs.push(l)));
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return { status: res.status, json: (await res.json()) as PreviewAnswer };
  };
  const state = async (channel = '') => (await (await fetch(`${base}/preview/state?channel=${channel}`)).json()) as PreviewState;
  const messages = (channel: string): StandInMessage[] => preview.standIn.listMessages(channel, ME);
  const lastFromBot = (channel: string) => messages(channel).filter((m) => m.user === preview.standIn.botUserId).at(-1);

  beforeAll(async () => {
    dir = tempDir('motiebot-preview-');
    preview = await start();
    base = preview.url.replace(/\/$/, '');
  });

  afterAll(async () => {
    // beforeAll may have failed before the preview started
    await (preview as RunningPreview | undefined)?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports the sample once and links one channel per ministry', async () => {
    expect(preview.url).toMatch(/^http:\/\/localhost:\d+\/$/);
    // Into its own database: DATABASE_PATH (the real one) is not even created.
    expect(preview.db.$client.name).toBe(join(dir, 'preview.db'));
    expect(existsSync(join(dir, 'motiebot.db'))).toBe(false);
    expect(countItems(preview.db)).toBe(14);
    expect(listLinks(preview.db).map((l) => [l.target, l.channelId]).sort()).toEqual([
      ['JenV', 'CJENV'],
      ['OCW', 'COCW'],
      ['SZW', 'CSZW'],
      ['VWS', 'CVWS'],
    ]);
    expect((await state()).channels.map((c) => c.name)).toEqual(['jenv', 'ocw', 'szw', 'vws']);
  });

  it('serves the page with a strict content security policy', async () => {
    const page = await fetch(`${base}/`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Stuur weekoverzicht nu');
    expect((await fetch(`${base}/preview.js`)).headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${base}/preview.css`)).status).toBe(200);
  });

  it('refuses other hosts and origins, and anything but JSON', async () => {
    const port = new URL(base).port;
    // fetch will not send another Host header; node:http does (DNS rebinding looks like this).
    const asHost = await new Promise<number>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: '/preview/state', headers: { host: `evil.example:${port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(asHost).toBe(403);
    expect((await post('/preview/command', { channel: 'COCW', text: 'hoi' }, { origin: 'http://evil.example' })).status).toBe(403);
    const form = await fetch(`${base}/preview/command`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'channel=COCW&text=hoi' });
    expect(form.status).toBe(415);
    const api = await fetch(`${base}/api/chat.postMessage`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer xoxb-guess' }, body: '{"channel":"COCW","text":"x"}' });
    expect(await api.json()).toEqual({ ok: false, error: 'invalid_auth' });
    expect(messages('COCW').some((m) => m.text === 'hoi' || m.text === 'x')).toBe(false);
  });

  it('passes /motie status to the bot as a slash command and shows the ephemeral answer', async () => {
    expect((await post('/preview/command', { channel: 'CVWS', text: '/motie status' })).json.ok).toBe(true);
    const answer = await waitFor(() => lastFromBot('CVWS'));
    expect(answer.ephemeralFor).toBe(ME);
    expect(answer.text).toMatch(/^Stand van zaken VWS/);
    expect(messages('CVWS')[0]).toMatchObject({ typed: true, text: '/motie status', ephemeralFor: ME });
    expect(preview.standIn.listMessages('CVWS', 'USOMEONEELSE')).toEqual([]);
  });

  it('escapes a mention as Slack does, so the bot\'s own hint "/motie trekker 12 @jij" works', async () => {
    const item = listItems(preview.db)[0]!;
    await post('/preview/command', { channel: 'COCW', text: `/motie trekker ${item.id} @jij` });
    const answer = await waitFor(() => messages('COCW').find((m) => m.user === preview.standIn.botUserId && m.text.includes(`trekker van #${item.id}`)));
    expect(answer.text).toContain(`<@${ME}>`);
    expect(getItem(preview.db, item.id)?.owner).toBe(ME);
    expect(preview.standIn.escapeCommandText('12 @JIJ en #ocw, @onbekend')).toBe(`12 <@${ME}|jij> en <#COCW|ocw>, @onbekend`);
  });

  it('answers an unknown command as Slackbot, and posts plain text for everyone', async () => {
    await post('/preview/command', { channel: 'CJENV', text: '/weer morgen' });
    expect(messages('CJENV').at(-1)).toMatchObject({ user: 'USLACKBOT', ephemeralFor: ME });
    await post('/preview/command', { channel: 'CJENV', text: 'Goedemorgen' });
    expect(preview.standIn.listMessages('CJENV', 'USOMEONEELSE').map((m) => m.text)).toEqual(['Goedemorgen']);
    expect((await post('/preview/command', { channel: 'CNOPE', text: 'x' })).status).toBe(404);
  });

  it('sends a click on an item menu as block_actions and shows the details', async () => {
    await post('/preview/command', { channel: 'CSZW', text: '/motie status' });
    const status = await waitFor(() => lastFromBot('CSZW'));
    const actions = (status.blocks as { type: string; block_id: string; elements?: { type: string; action_id: string; options?: { value: string }[] }[] }[]).find(
      (b) => b.type === 'actions' && b.block_id.startsWith('item:'),
    )!;
    const menu = actions.elements!.find((e) => e.type === 'overflow')!;
    const details = menu.options!.find((o) => o.value.startsWith('details:'))!;
    const clicked = await post('/preview/action', { channel: 'CSZW', ts: status.ts, blockId: actions.block_id, actionId: menu.action_id, value: details.value });
    expect(clicked.json.ok).toBe(true);
    const answer = await waitFor(() => messages('CSZW').find((m) => m.text.startsWith('Details van #')));
    expect(answer.ephemeralFor).toBe(ME);
    expect((await post('/preview/action', { channel: 'CSZW', ts: status.ts, blockId: actions.block_id, actionId: menu.action_id, value: 'details:99999' })).status).toBe(404);
  });

  it('opens the modal of /motie nieuw, shows input errors, creates the item and closes', async () => {
    await post('/preview/command', { channel: 'COCW', text: '/motie nieuw' });
    const opened = await waitFor(() => preview.standIn.modalStack(ME)[0]);
    expect(opened.view).toMatchObject({ type: 'modal', callback_id: 'new_item_modal' });

    expect((await post('/preview/submit', { viewId: opened.id, values: { text: { text_input: '' } } })).json.ok).toBe(true);
    expect(preview.standIn.modalStack(ME)[0]!.errors).toHaveProperty('text');

    const before = countItems(preview.db);
    await post('/preview/submit', {
      viewId: opened.id,
      values: { kind: { kind_input: 'toezegging' }, text: { text_input: 'De minister stuurt de Kamer een brief over de preview.' }, codes: { codes_input: 'SOCW' }, term: { term_input: 'eind 2027' } },
    });
    const confirmation = preview.standIn.modalStack(ME)[0]!;
    expect((confirmation.view.title as { text: string }).text).toBe('Toegevoegd');
    expect(countItems(preview.db)).toBe(before + 1);
    const created = listItems(preview.db).reduce((a, b) => (b.id > a.id ? b : a));
    expect(created).toMatchObject({ kind: 'toezegging', responsible: [{ code: 'SOCW', ministry: 'OCW' }] });
    expect(created.deadline?.deadline).toBe('2027-12-31');

    await post('/preview/close', { viewId: confirmation.id });
    expect(preview.standIn.modalStack(ME)).toEqual([]);
  });

  it('publishes the Home tab when the person opens it', async () => {
    expect((await post('/preview/home', {})).json.ok).toBe(true);
    const home = await waitFor(() => preview.standIn.home(ME));
    expect(JSON.stringify(home.view.blocks)).toContain('Per bewindspersoon');
    expect((await state()).home!.id).toBe(home.id);
  });

  it('pretends another day for the listeners and the jobs: reminders once per slot', async () => {
    expect((await post('/preview/date', { date: '2025-02-30' })).status).toBe(400);
    const set = await post('/preview/date', { date: '2025-09-15' });
    expect(set.json.date).toMatchObject({ today: '2025-09-15', pretend: '2025-09-15' });

    const first = await post('/preview/run', { job: 'reminders' });
    expect(first.json.posted).toBeGreaterThan(0);
    expect(first.json.text).toMatch(/^Herinneringen \(maandag 15 september 2025\): \d+ berichten? geplaatst/);
    const reminders = ['COCW', 'CSZW', 'CVWS', 'CJENV'].flatMap((c) => preview.standIn.listMessages(c, 'USOMEONEELSE')).filter((m) => m.text.includes('Kamer informeren'));
    expect(reminders).toHaveLength(first.json.posted!);

    const again = await post('/preview/run', { job: 'reminders' });
    expect(again.json.posted).toBe(0);
    expect(again.json.text).toContain('niets (meer) te versturen');
    const after = ['COCW', 'CSZW', 'CVWS', 'CJENV'].flatMap((c) => preview.standIn.listMessages(c, 'USOMEONEELSE')).filter((m) => m.text.includes('Kamer informeren'));
    expect(after).toHaveLength(reminders.length);

    await post('/preview/date', { date: null });
    expect(preview.clock.date()).toBeNull();
  });

  it('tells the page about changes as server-sent events', async () => {
    const controller = new AbortController();
    const res = await fetch(`${base}/preview/events`, { signal: controller.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader: ReadableStreamDefaultReader<Uint8Array> = res.body!.getReader();
    let received = '';
    await post('/preview/command', { channel: 'COCW', text: 'Is er nieuws?' });
    while (!received.includes('"channel":"COCW"')) received += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(received).toContain('data: {"kind":"channel","channel":"COCW"}');
  });

  it('says in Dutch when the port is taken', async () => {
    const port = new URL(base).port;
    await expect(startPreview(loadConfig({ DATABASE_PATH: join(dir, 'motiebot.db'), PREVIEW_DATABASE_PATH: join(dir, 'other.db'), PORT: port }), createLogger('error', () => {}))).rejects.toThrow(
      `Poort ${port} is al in gebruik`,
    );
  });

  it('stops with a page still listening, keeps the database and does not import the sample twice', async () => {
    const done = listItems(preview.db, { status: 'open' })[0]!;
    const stream = await fetch(`${base}/preview/events`);
    const reader = stream.body!.getReader();
    await preview.stop();
    // stop() ends the page's stream itself: the stream ends cleanly. A stream left open would be cut
    // by stop's fallback a second later (the connection destroyed), and reading it would fail.
    let ended = false;
    while (!ended) ended = (await reader.read()).done;
    preview = await start();
    base = preview.url.replace(/\/$/, '');
    expect(countItems(preview.db)).toBe(15);
    expect(getItem(preview.db, done.id)?.status).toBe('open');
    expect(logs.filter((l) => l.includes(' ERROR '))).toEqual([]);
  });
});
