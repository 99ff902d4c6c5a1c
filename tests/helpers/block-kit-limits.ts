// One checker for every Block Kit limit in docs/SLACK.md, for messages, modals and the Home tab.
// It walks the whole payload (blocks, elements, options, confirm dialogs), so that any test can
// say "everything the bot sent stays within Slack's limits":
//   expect(blockKitViolations(message, 'message')).toEqual([])
//   expect(trafficViolations(fake)).toEqual([])
import type { FakeSlack } from './fake-slack.ts';

export type Surface = 'message' | 'modal' | 'home';

/** The limits, named after SLACK.md. */
export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  header: 150,
  contextElements: 10,
  actionsElements: 25,
  id: 255,
  buttonText: 75,
  buttonValue: 2000,
  optionText: 75,
  optionValue: 75,
  overflowOptions: 5,
  staticSelectOptions: 100,
  viewTitle: 24,
  viewButton: 24,
  privateMetadata: 3000,
  blocksJson: 13_000,
  fallbackText: 4000,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
  inputLabel: 2000,
  inputHint: 2000,
  placeholder: 150,
  contextText: 3000,
} as const;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const textOf = (v: unknown): string | undefined => (isObject(v) && typeof v.text === 'string' ? v.text : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function checkLength(problems: string[], where: string, value: string | undefined, max: number): void {
  if (value !== undefined && value.length > max) problems.push(`${where}: ${value.length} > ${max} characters`);
}

function checkTextObject(problems: string[], where: string, v: unknown, max: number): void {
  if (v === undefined) return;
  const text = textOf(v);
  if (text === undefined) {
    problems.push(`${where}: not a text object`);
    return;
  }
  if (text.length === 0) problems.push(`${where}: empty text`);
  checkLength(problems, where, text, max);
}

function checkConfirm(problems: string[], where: string, confirm: unknown): void {
  if (!isObject(confirm)) return;
  checkTextObject(problems, `${where}.confirm.title`, confirm.title, LIMITS.confirmTitle);
  checkTextObject(problems, `${where}.confirm.text`, confirm.text, LIMITS.confirmText);
  checkTextObject(problems, `${where}.confirm.confirm`, confirm.confirm, LIMITS.confirmButton);
  checkTextObject(problems, `${where}.confirm.deny`, confirm.deny, LIMITS.confirmButton);
}

function checkOption(problems: string[], where: string, option: unknown): void {
  if (!isObject(option)) {
    problems.push(`${where}: not an option`);
    return;
  }
  checkTextObject(problems, `${where}.text`, option.text, LIMITS.optionText);
  if (typeof option.value !== 'string') problems.push(`${where}.value missing`);
  else checkLength(problems, `${where}.value`, option.value, LIMITS.optionValue);
}

function checkElement(problems: string[], where: string, e: unknown, actionIds: Set<string>): void {
  if (!isObject(e)) {
    problems.push(`${where}: not an element`);
    return;
  }
  if (typeof e.action_id === 'string') {
    checkLength(problems, `${where}.action_id`, e.action_id, LIMITS.id);
    if (actionIds.has(e.action_id)) problems.push(`${where}: duplicate action_id ${e.action_id}`);
    actionIds.add(e.action_id);
  }
  checkConfirm(problems, where, e.confirm);
  switch (e.type) {
    case 'button':
      checkTextObject(problems, `${where}.text`, e.text, LIMITS.buttonText);
      if (typeof e.value === 'string') checkLength(problems, `${where}.value`, e.value, LIMITS.buttonValue);
      break;
    case 'overflow': {
      const options = arr(e.options);
      if (options.length < 1 || options.length > LIMITS.overflowOptions) problems.push(`${where}: overflow with ${options.length} options`);
      options.forEach((o, i) => { checkOption(problems, `${where}.options[${i}]`, o); });
      break;
    }
    case 'static_select': {
      const options = arr(e.options);
      if (options.length > LIMITS.staticSelectOptions) problems.push(`${where}: static select with ${options.length} options`);
      options.forEach((o, i) => { checkOption(problems, `${where}.options[${i}]`, o); });
      if (e.initial_option !== undefined) checkOption(problems, `${where}.initial_option`, e.initial_option);
      checkTextObject(problems, `${where}.placeholder`, e.placeholder, LIMITS.placeholder);
      break;
    }
    case 'plain_text_input':
      checkTextObject(problems, `${where}.placeholder`, e.placeholder, LIMITS.placeholder);
      if (typeof e.max_length === 'number' && e.max_length > 3000) problems.push(`${where}: max_length ${e.max_length} > 3000`);
      if (typeof e.initial_value === 'string' && typeof e.max_length === 'number') {
        checkLength(problems, `${where}.initial_value`, e.initial_value, e.max_length);
      }
      break;
    default:
      break;
  }
}

function checkBlock(problems: string[], where: string, b: unknown, blockIds: Set<string>, actionIds: Set<string>): void {
  if (!isObject(b)) {
    problems.push(`${where}: not a block`);
    return;
  }
  if (b.block_id !== undefined) {
    if (typeof b.block_id !== 'string') problems.push(`${where}.block_id not a string`);
    else {
      checkLength(problems, `${where}.block_id`, b.block_id, LIMITS.id);
      if (blockIds.has(b.block_id)) problems.push(`${where}: duplicate block_id ${b.block_id}`);
      blockIds.add(b.block_id);
    }
  }
  switch (b.type) {
    case 'section': {
      if (b.text === undefined && b.fields === undefined) problems.push(`${where}: section without text or fields`);
      checkTextObject(problems, `${where}.text`, b.text, LIMITS.sectionText);
      const fields = arr(b.fields);
      if (fields.length > LIMITS.fields) problems.push(`${where}: ${fields.length} fields > ${LIMITS.fields}`);
      fields.forEach((f, i) => { checkTextObject(problems, `${where}.fields[${i}]`, f, LIMITS.fieldText); });
      if (b.accessory !== undefined) checkElement(problems, `${where}.accessory`, b.accessory, actionIds);
      break;
    }
    case 'header':
      checkTextObject(problems, `${where}.text`, b.text, LIMITS.header);
      if (isObject(b.text) && b.text.type !== 'plain_text') problems.push(`${where}: header text must be plain_text`);
      break;
    case 'context': {
      const elements = arr(b.elements);
      if (elements.length < 1 || elements.length > LIMITS.contextElements) problems.push(`${where}: context with ${elements.length} elements`);
      elements.forEach((e, i) => {
        if (isObject(e) && (e.type === 'mrkdwn' || e.type === 'plain_text')) checkTextObject(problems, `${where}.elements[${i}]`, e, LIMITS.contextText);
      });
      break;
    }
    case 'actions': {
      const elements = arr(b.elements);
      if (elements.length < 1 || elements.length > LIMITS.actionsElements) problems.push(`${where}: actions with ${elements.length} elements`);
      elements.forEach((e, i) => { checkElement(problems, `${where}.elements[${i}]`, e, actionIds); });
      break;
    }
    case 'input':
      checkTextObject(problems, `${where}.label`, b.label, LIMITS.inputLabel);
      checkTextObject(problems, `${where}.hint`, b.hint, LIMITS.inputHint);
      checkElement(problems, `${where}.element`, b.element, new Set());
      break;
    case 'divider':
    case 'image':
    case 'rich_text':
      break;
    default:
      problems.push(`${where}: unknown block type ${String(b.type)}`);
  }
}

function checkBlocks(problems: string[], blocks: unknown[], max: number): void {
  if (blocks.length > max) problems.push(`${blocks.length} blocks > ${max}`);
  const blockIds = new Set<string>();
  const actionIds = new Set<string>();
  blocks.forEach((b, i) => {
    // action_ids must be unique within a block, not a message: each actions block gets its own set.
    checkBlock(problems, `blocks[${i}]`, b, blockIds, isObject(b) && b.type === 'actions' ? new Set() : actionIds);
  });
}

/**
 * Every limit this payload breaks, as readable lines (empty when all is well).
 * A message is `{ text, blocks? }` (a chat.* body or a respond() body); a modal or Home is a view.
 */
export function blockKitViolations(payload: unknown, surface: Surface): string[] {
  const problems: string[] = [];
  if (!isObject(payload)) return [`${surface}: not an object`];
  if (surface === 'message') {
    const blocks = payload.blocks === undefined ? [] : arr(payload.blocks);
    if (payload.blocks !== undefined && !Array.isArray(payload.blocks)) problems.push('blocks is not an array');
    if (typeof payload.text !== 'string' || payload.text.trim() === '') problems.push('no plain text fallback');
    else checkLength(problems, 'text', payload.text, LIMITS.fallbackText - 1);
    checkBlocks(problems, blocks, LIMITS.messageBlocks);
    const json = JSON.stringify(blocks).length;
    if (json >= LIMITS.blocksJson) problems.push(`blocks JSON of ${json} characters >= ${LIMITS.blocksJson}`);
    return problems;
  }
  if (payload.type !== surface) problems.push(`view type ${String(payload.type)}, expected ${surface}`);
  checkBlocks(problems, arr(payload.blocks), LIMITS.viewBlocks);
  if (surface === 'modal') {
    checkTextObject(problems, 'title', payload.title, LIMITS.viewTitle);
    if (payload.title === undefined) problems.push('modal without title');
    checkTextObject(problems, 'submit', payload.submit, LIMITS.viewButton);
    checkTextObject(problems, 'close', payload.close, LIMITS.viewButton);
    const hasInput = arr(payload.blocks).some((b) => isObject(b) && b.type === 'input');
    if (hasInput && payload.submit === undefined) problems.push('modal with inputs but no submit button');
  }
  if (payload.private_metadata !== undefined) {
    if (typeof payload.private_metadata !== 'string') problems.push('private_metadata is not a string');
    else checkLength(problems, 'private_metadata', payload.private_metadata, LIMITS.privateMetadata);
  }
  if (typeof payload.callback_id === 'string') checkLength(problems, 'callback_id', payload.callback_id, LIMITS.id);
  return problems;
}

/** One thing the bot sent to Slack: where it went, what surface it is, and the payload. */
export interface SentPayload {
  via: string;
  surface: Surface;
  payload: Json;
}

const MESSAGE_METHODS = new Set(['chat.postMessage', 'chat.postEphemeral', 'chat.update', 'chat.scheduleMessage']);
const VIEW_METHODS = new Set(['views.open', 'views.push', 'views.update', 'views.publish']);

/** Every message and view the bot sent through the fake: Web API calls and respond() posts. */
export function sentPayloads(fake: Pick<FakeSlack, 'calls' | 'responses'>): SentPayload[] {
  const out: SentPayload[] = [];
  for (const call of fake.calls) {
    if (MESSAGE_METHODS.has(call.method)) out.push({ via: call.method, surface: 'message', payload: call.body });
    if (VIEW_METHODS.has(call.method) && isObject(call.body.view)) {
      const view = call.body.view;
      out.push({ via: call.method, surface: view.type === 'home' ? 'home' : 'modal', payload: view });
    }
  }
  for (const r of fake.responses) {
    if (r.body.delete_original === true || r.body.delete_original === 'true') continue;
    out.push({ via: `respond ${r.id}`, surface: 'message', payload: r.body });
  }
  return out;
}

/** The views sent back in acknowledgements of view submissions (`response_action: update/push`). */
export function ackedViews(acks: unknown[]): SentPayload[] {
  return acks
    .filter((a): a is Json => isObject(a) && isObject(a.view))
    .map((a) => ({ via: `ack ${String(a.response_action)}`, surface: 'modal' as const, payload: a.view as Json }));
}

/** The problems of everything sent, prefixed with where it went; empty when all is well. */
export function trafficViolations(sent: SentPayload[]): string[] {
  return sent.flatMap((s) => blockKitViolations(s.payload, s.surface).map((p) => `${s.via} (${s.surface}): ${p}`));
}
