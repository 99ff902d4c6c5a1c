import { isValidSlackRequest } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import {
  appHomeOpenedRequest,
  blockActionsRequest,
  buildAction,
  buildStateValues,
  findElement,
  signRequest,
  slashCommandRequest,
  viewSubmissionRequest,
  type Sender,
  type SignedRequest,
} from '../../src/preview/signer.ts';

const SECRET = 'preview-test-secret';
const sender: Sender = { teamId: 'TP', teamDomain: 'preview', appId: 'AP', botUserId: 'UBOT', userId: 'UME', userName: 'jij' };
const channel = { id: 'COCW', name: 'ocw' };

function valid(req: SignedRequest, secret = SECRET): boolean {
  return isValidSlackRequest({
    signingSecret: secret,
    body: req.body,
    headers: {
      'x-slack-signature': req.headers['x-slack-signature']!,
      'x-slack-request-timestamp': Number(req.headers['x-slack-request-timestamp']),
    },
  });
}

/** The parts of an interaction payload these tests read. */
interface Payload {
  type: string;
  container?: unknown;
  channel?: unknown;
  message?: unknown;
  response_url?: string;
  user: { id: string };
  actions?: unknown[];
  view: { state: { values: Record<string, Record<string, { value?: string }>> } };
}

const payloadOf = (req: SignedRequest) => JSON.parse(new URLSearchParams(req.body).get('payload')!) as Payload;

const itemBlocks = [
  { type: 'section', block_id: 'item:7:text', text: { type: 'mrkdwn', text: '*Motie*' } },
  {
    type: 'actions',
    block_id: 'item:7:actions',
    elements: [
      { type: 'button', action_id: 'item_done', text: { type: 'plain_text', text: 'Afgerond' }, value: '{"id":7}', style: 'primary' },
      {
        type: 'overflow',
        action_id: 'item_menu',
        options: [
          { text: { type: 'plain_text', text: 'Details' }, value: 'details:7' },
          { text: { type: 'plain_text', text: 'Termijn wijzigen' }, value: 'termijn:7' },
        ],
      },
    ],
  },
];

describe('signing', () => {
  it('signs so that Bolt accepts the request, and only with the same secret', () => {
    const req = signRequest(SECRET, 'a=1&b=2', 'application/x-www-form-urlencoded');
    expect(valid(req)).toBe(true);
    expect(valid(req, 'another-secret')).toBe(false);
    expect(valid({ ...req, body: 'a=1&b=3' })).toBe(false);
  });

  it('puts a fresh timestamp in the headers unless one is given', () => {
    // Between two reads of the clock, not within a second of one: on a busy machine a second can pass.
    const before = Math.floor(Date.now() / 1000);
    const req = signRequest(SECRET, 'x', 'application/json');
    const after = Math.floor(Date.now() / 1000);
    expect(Number(req.headers['x-slack-request-timestamp'])).toBeGreaterThanOrEqual(before);
    expect(Number(req.headers['x-slack-request-timestamp'])).toBeLessThanOrEqual(after);
    const old = signRequest(SECRET, 'x', 'application/json', after - 6 * 60);
    expect(valid(old)).toBe(false); // Bolt refuses requests older than 5 minutes
  });
});

describe('slash commands', () => {
  it('sends the form fields Slack sends', () => {
    const req = slashCommandRequest(SECRET, sender, { command: '/motie', text: 'status SOCW', channel, responseUrl: 'http://127.0.0.1:1/response/R1', triggerId: '1.2.3' });
    expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(valid(req)).toBe(true);
    const form = Object.fromEntries(new URLSearchParams(req.body));
    expect(form).toMatchObject({
      command: '/motie',
      text: 'status SOCW',
      channel_id: 'COCW',
      channel_name: 'ocw',
      user_id: 'UME',
      user_name: 'jij',
      team_id: 'TP',
      api_app_id: 'AP',
      response_url: 'http://127.0.0.1:1/response/R1',
      trigger_id: '1.2.3',
    });
  });
});

describe('block_actions', () => {
  const found = findElement(itemBlocks, 'item:7:actions', 'item_done')!;

  it('finds elements in actions blocks and accessories, not in other blocks', () => {
    expect(found.element.text).toEqual({ type: 'plain_text', text: 'Afgerond' });
    expect(findElement(itemBlocks, 'item:7:text', 'item_done')).toBeNull();
    expect(findElement(itemBlocks, 'item:7:actions', 'nope')).toBeNull();
    const accessory = [{ type: 'section', block_id: 's', accessory: { type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'x' } } }];
    expect(findElement(accessory, 's', 'a')?.element.type).toBe('button');
  });

  it('builds a button action from the element: value and style as the bot set them', () => {
    expect(buildAction(found, undefined, '1.5')).toEqual({
      type: 'button',
      action_id: 'item_done',
      block_id: 'item:7:actions',
      action_ts: '1.5',
      text: { type: 'plain_text', text: 'Afgerond' },
      value: '{"id":7}',
      style: 'primary',
    });
  });

  it('takes the chosen option from the element, and refuses one it does not offer', () => {
    const menu = findElement(itemBlocks, 'item:7:actions', 'item_menu')!;
    expect(buildAction(menu, 'details:7', '1.5')?.selected_option).toEqual({ text: { type: 'plain_text', text: 'Details' }, value: 'details:7' });
    expect(buildAction(menu, 'details:8', '1.5')).toBeNull();
    expect(buildAction(menu, undefined, '1.5')).toBeNull();
  });

  it('leaves the message out of clicks on ephemeral messages, as Slack does', () => {
    const req = blockActionsRequest(SECRET, sender, {
      container: { kind: 'message', channel, ts: '100.000001', ephemeral: true, message: { text: 't', blocks: itemBlocks, user: 'UBOT', botId: 'BBOT' }, responseUrl: 'http://r/1' },
      action: buildAction(found, undefined, '1.5')!,
      triggerId: '9.9.9',
    });
    expect(valid(req)).toBe(true);
    const payload = payloadOf(req);
    expect(payload.type).toBe('block_actions');
    expect(payload.container).toEqual({ type: 'message', message_ts: '100.000001', channel_id: 'COCW', is_ephemeral: true });
    expect(payload.channel).toEqual({ id: 'COCW', name: 'ocw' });
    expect(payload.message).toBeUndefined();
    expect(payload.response_url).toBe('http://r/1');
    expect(payload.user.id).toBe('UME');
    expect(payload.actions).toHaveLength(1);
  });

  it('sends the message with its blocks for clicks on messages in the channel', () => {
    const req = blockActionsRequest(SECRET, sender, {
      container: { kind: 'message', channel, ts: '100.000002', ephemeral: false, message: { text: 'digest', blocks: itemBlocks, user: 'UBOT', botId: 'BBOT' }, responseUrl: 'http://r/2' },
      action: buildAction(found, undefined, '1.5')!,
      triggerId: '9.9.9',
    });
    const payload = payloadOf(req);
    expect(payload.message).toMatchObject({ type: 'message', text: 'digest', ts: '100.000002', user: 'UBOT', bot_id: 'BBOT', blocks: itemBlocks });
  });

  it('sends clicks in a view with the view and without a response URL', () => {
    const view = { id: 'V1', type: 'home', blocks: itemBlocks, hash: 'h' };
    const payload = payloadOf(blockActionsRequest(SECRET, sender, { container: { kind: 'view', view }, action: buildAction(found, undefined, '1')!, triggerId: 't' }));
    expect(payload.container).toEqual({ type: 'view', view_id: 'V1' });
    expect(payload.view).toEqual(view);
    expect(payload.response_url).toBeUndefined();
    expect(payload.channel).toBeUndefined();
  });
});

describe('view_submission', () => {
  const blocks = [
    {
      type: 'input',
      block_id: 'kind',
      element: {
        type: 'static_select',
        action_id: 'kind_input',
        initial_option: { text: { type: 'plain_text', text: 'Motie' }, value: 'motie' },
        options: [
          { text: { type: 'plain_text', text: 'Motie' }, value: 'motie' },
          { text: { type: 'plain_text', text: 'Toezegging' }, value: 'toezegging' },
        ],
      },
    },
    { type: 'input', block_id: 'text', element: { type: 'plain_text_input', action_id: 'text_input' } },
    { type: 'input', block_id: 'codes', element: { type: 'plain_text_input', action_id: 'codes_input', initial_value: 'SOCW' } },
    { type: 'section', block_id: 'info', text: { type: 'mrkdwn', text: 'no input' } },
  ];

  it('builds state values as Slack does: text, options from the element, initial values', () => {
    expect(buildStateValues(blocks, { kind: { kind_input: 'toezegging' }, text: { text_input: 'De regering …' } })).toEqual({
      kind: { kind_input: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: 'Toezegging' }, value: 'toezegging' } } },
      text: { text_input: { type: 'plain_text_input', value: 'De regering …' } },
      codes: { codes_input: { type: 'plain_text_input', value: 'SOCW' } },
    });
  });

  it('gives null for an empty field and for an option the element does not offer', () => {
    const values = buildStateValues(blocks, { kind: { kind_input: 'verzonnen' }, text: { text_input: '' }, codes: { codes_input: '' } });
    expect(values.kind!.kind_input!.selected_option).toBeNull();
    expect(values.text!.text_input!.value).toBeNull();
    expect(values.codes!.codes_input!.value).toBeNull();
  });

  it('sends the chosen person of a users_select as selected_user: the initial one, another, or nobody', () => {
    const owner = [{ type: 'input', block_id: 'owner', element: { type: 'users_select', action_id: 'owner_input', initial_user: 'UBOB' } }];
    const chosen = (values: Record<string, Record<string, string | null>>) => buildStateValues(owner, values).owner!.owner_input;
    expect(chosen({})).toEqual({ type: 'users_select', selected_user: 'UBOB' });
    expect(chosen({ owner: { owner_input: 'UPREVIEW' } })).toEqual({ type: 'users_select', selected_user: 'UPREVIEW' });
    expect(chosen({ owner: { owner_input: '' } })).toEqual({ type: 'users_select', selected_user: null });
    expect(chosen({ owner: { owner_input: '<@U1>' } })).toEqual({ type: 'users_select', selected_user: null });
  });

  it('sends the view with its id, metadata and state', () => {
    const view = { id: 'V9', type: 'modal', callback_id: 'new_item_modal', private_metadata: '{"channelId":"COCW"}', blocks, hash: 'h1' };
    const req = viewSubmissionRequest(SECRET, sender, { view, values: { text: { text_input: 'Tekst' } }, triggerId: 't' });
    expect(valid(req)).toBe(true);
    const payload = payloadOf(req);
    expect(payload.type).toBe('view_submission');
    expect(payload.view).toMatchObject({ id: 'V9', callback_id: 'new_item_modal', private_metadata: '{"channelId":"COCW"}', hash: 'h1' });
    expect(payload.view.state.values.text!.text_input!.value).toBe('Tekst');
    expect(payload.user).toMatchObject({ id: 'UME', team_id: 'TP' });
  });
});

describe('app_home_opened', () => {
  it('is a signed JSON event_callback for the person, on the home tab', () => {
    const req = appHomeOpenedRequest(SECRET, sender, { eventId: 'Ev1' });
    expect(req.headers['content-type']).toBe('application/json');
    expect(valid(req)).toBe(true);
    const body = JSON.parse(req.body) as { event: unknown; authorizations: unknown[] };
    expect(body).toMatchObject({ type: 'event_callback', event_id: 'Ev1', team_id: 'TP', api_app_id: 'AP' });
    expect(body.event).toMatchObject({ type: 'app_home_opened', user: 'UME', tab: 'home', channel: 'DUME' });
    expect(body.authorizations[0]).toMatchObject({ user_id: 'UBOT', is_bot: true });
  });
});
