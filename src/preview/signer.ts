// Requests exactly as Slack sends them to an app's HTTP receiver: slash commands (form fields),
// block_actions and view_submission (a form field `payload` holding JSON), app_home_opened (an
// event_callback in JSON), each signed with the signing secret (SLACK.md "Request signing").
import { createHmac } from 'node:crypto';

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

/** Who sends: the workspace, the app and the person. */
export interface Sender {
  teamId: string;
  teamDomain: string;
  appId: string;
  botUserId: string;
  userId: string;
  userName: string;
}

export interface SlackChannelRef {
  id: string;
  name: string;
}

const FORM = 'application/x-www-form-urlencoded';

function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function signRequest(secret: string, body: string, contentType: string, timestamp = Math.floor(Date.now() / 1000)): SignedRequest {
  return {
    body,
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature(secret, timestamp, body),
    },
  };
}

export function slashCommandRequest(
  secret: string,
  sender: Sender,
  input: { command: string; text: string; channel: SlackChannelRef; responseUrl: string; triggerId: string },
  timestamp?: number,
): SignedRequest {
  const body = new URLSearchParams({
    token: 'preview',
    team_id: sender.teamId,
    team_domain: sender.teamDomain,
    channel_id: input.channel.id,
    channel_name: input.channel.name,
    user_id: sender.userId,
    user_name: sender.userName,
    command: input.command,
    text: input.text,
    api_app_id: sender.appId,
    is_enterprise_install: 'false',
    response_url: input.responseUrl,
    trigger_id: input.triggerId,
  }).toString();
  return signRequest(secret, body, FORM, timestamp);
}

type Json = Record<string, unknown>;

/** A Block Kit element found in blocks, with the block it sits in. */
export interface FoundElement {
  block: Json;
  element: Json;
}

/** The interactive element with this block_id and action_id (in actions blocks, section accessories, inputs). */
export function findElement(blocks: readonly unknown[], blockId: string, actionId: string): FoundElement | null {
  for (const raw of blocks) {
    const block = raw as Json;
    if (block.block_id !== blockId) continue;
    const candidates: unknown[] = [];
    if (Array.isArray(block.elements)) candidates.push(...(block.elements as unknown[]));
    if (block.accessory) candidates.push(block.accessory);
    if (block.element) candidates.push(block.element);
    for (const c of candidates) {
      const element = c as Json;
      if (element.action_id === actionId) return { block, element };
    }
  }
  return null;
}

function optionWithValue(element: Json, value: string | undefined): Json | null {
  if (value === undefined) return null;
  const options = [...((element.options as Json[] | undefined) ?? [])];
  for (const group of (element.option_groups as Json[] | undefined) ?? []) options.push(...((group.options as Json[] | undefined) ?? []));
  return options.find((o) => o.value === value) ?? null;
}

/**
 * The `actions[0]` of a block_actions payload for a click on `found`, as Slack builds it from the
 * element's definition. `selectedValue` is the chosen option of an overflow menu or select.
 * Returns null when the chosen option is not one the element offers.
 */
export function buildAction(found: FoundElement, selectedValue: string | undefined, actionTs: string): Json | null {
  const { block, element } = found;
  const base: Json = { type: element.type, action_id: element.action_id, block_id: block.block_id, action_ts: actionTs };
  switch (element.type) {
    case 'button':
      return { ...base, text: element.text, ...(element.value !== undefined ? { value: element.value } : {}), ...(element.style ? { style: element.style } : {}) };
    case 'overflow':
    case 'static_select':
    case 'radio_buttons': {
      const option = optionWithValue(element, selectedValue);
      if (!option) return null;
      return { ...base, selected_option: option, ...(element.placeholder ? { placeholder: element.placeholder } : {}) };
    }
    case 'datepicker':
      return selectedValue && /^\d{4}-\d{2}-\d{2}$/.test(selectedValue) ? { ...base, selected_date: selectedValue } : null;
    default:
      return null;
  }
}

export interface MessageContainer {
  kind: 'message';
  channel: SlackChannelRef;
  ts: string;
  ephemeral: boolean;
  /** The message as Slack sends it back (only for messages that are not ephemeral). */
  message: { text: string; blocks: unknown[] | null; user: string; botId: string };
  responseUrl: string;
}

export interface ViewContainer {
  kind: 'view';
  /** The view as Slack sends it back, with id, hash and state. */
  view: Json;
}

export function blockActionsRequest(
  secret: string,
  sender: Sender,
  input: { container: MessageContainer | ViewContainer; action: Json; triggerId: string },
  timestamp?: number,
): SignedRequest {
  const payload: Json = {
    type: 'block_actions',
    user: { id: sender.userId, username: sender.userName, name: sender.userName, team_id: sender.teamId },
    api_app_id: sender.appId,
    token: 'preview',
    trigger_id: input.triggerId,
    team: { id: sender.teamId, domain: sender.teamDomain },
    enterprise: null,
    is_enterprise_install: false,
    actions: [input.action],
  };
  const c = input.container;
  if (c.kind === 'message') {
    payload.container = { type: 'message', message_ts: c.ts, channel_id: c.channel.id, is_ephemeral: c.ephemeral };
    payload.channel = { id: c.channel.id, name: c.channel.name };
    // Slack leaves the message out of clicks on ephemeral messages.
    if (!c.ephemeral) {
      payload.message = {
        type: 'message',
        user: c.message.user,
        bot_id: c.message.botId,
        app_id: sender.appId,
        team: sender.teamId,
        text: c.message.text,
        ...(c.message.blocks ? { blocks: c.message.blocks } : {}),
        ts: c.ts,
      };
    }
    payload.state = { values: {} };
    payload.response_url = c.responseUrl;
  } else {
    payload.container = { type: 'view', view_id: c.view.id };
    payload.view = c.view;
  }
  return signRequest(secret, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), FORM, timestamp);
}

/** What a person filled in, by block_id and action_id: text, or the value of the chosen option. */
export type FormValues = Record<string, Record<string, string | null>>;

/**
 * view.state.values as Slack builds them from the view's input blocks and what was filled in.
 * Options are looked up in the element, so a value the view does not offer is left out.
 */
export function buildStateValues(blocks: readonly unknown[], values: FormValues): Record<string, Record<string, Json>> {
  const out: Record<string, Record<string, Json>> = {};
  for (const raw of blocks) {
    const block = raw as Json;
    if (block.type !== 'input' || typeof block.block_id !== 'string') continue;
    const element = block.element as Json | undefined;
    if (!element || typeof element.action_id !== 'string') continue;
    const given = values[block.block_id]?.[element.action_id];
    let state: Json;
    switch (element.type) {
      case 'plain_text_input':
      case 'email_text_input':
      case 'url_text_input':
      case 'number_input':
        state = { type: element.type, value: given === undefined ? ((element.initial_value) ?? null) : given || null };
        break;
      case 'static_select':
      case 'radio_buttons': {
        const option = given === undefined ? ((element.initial_option as Json | undefined) ?? null) : optionWithValue(element, given ?? undefined);
        state = { type: element.type, selected_option: option };
        break;
      }
      case 'datepicker':
        state = { type: 'datepicker', selected_date: given ?? (element.initial_date) ?? null };
        break;
      case 'users_select': {
        // A user id as Slack sends it; anything else (an empty choice) is no user.
        const chosen = given === undefined ? ((element.initial_user as string | undefined) ?? null) : given;
        state = { type: 'users_select', selected_user: chosen && /^[UW][A-Z0-9]{1,30}$/.test(chosen) ? chosen : null };
        break;
      }
      default:
        continue;
    }
    out[block.block_id] = { [element.action_id]: state };
  }
  return out;
}

export function viewSubmissionRequest(
  secret: string,
  sender: Sender,
  input: { view: Json; values: FormValues; triggerId: string },
  timestamp?: number,
): SignedRequest {
  const blocks = Array.isArray(input.view.blocks) ? input.view.blocks : [];
  const payload: Json = {
    type: 'view_submission',
    team: { id: sender.teamId, domain: sender.teamDomain },
    user: { id: sender.userId, username: sender.userName, name: sender.userName, team_id: sender.teamId },
    api_app_id: sender.appId,
    token: 'preview',
    trigger_id: input.triggerId,
    view: { ...input.view, state: { values: buildStateValues(blocks, input.values) } },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
  return signRequest(secret, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), FORM, timestamp);
}

export function appHomeOpenedRequest(secret: string, sender: Sender, input: { eventId: string; view?: Json | null }, timestamp = Math.floor(Date.now() / 1000)): SignedRequest {
  const body = JSON.stringify({
    token: 'preview',
    team_id: sender.teamId,
    api_app_id: sender.appId,
    event: {
      type: 'app_home_opened',
      user: sender.userId,
      channel: `D${sender.userId}`,
      tab: 'home',
      event_ts: `${timestamp}.000100`,
      ...(input.view ? { view: input.view } : {}),
    },
    type: 'event_callback',
    event_id: input.eventId,
    event_time: timestamp,
    authorizations: [{ enterprise_id: null, team_id: sender.teamId, user_id: sender.botUserId, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  });
  return signRequest(secret, body, 'application/json', timestamp);
}
