// What Slack's Web API refuses, and how it reads and keeps a body (SLACK.md "Block Kit limits").
// Pure functions shared by the preview's stand-in (src/preview/slack-stand-in.ts) and the tests'
// fake Web API (tests/helpers/fake-slack.ts), so both refuse exactly what Slack refuses.

/** Slack's limits (SLACK.md). */
export const SLACK_LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  header: 150,
  contextElements: 10,
  contextText: 3000,
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
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
  inputLabel: 2000,
  inputHint: 2000,
  placeholder: 150,
  plainTextInputMax: 3000,
  /** JSON characters of a message's blocks from which Slack answers msg_blocks_too_long. */
  blocksJson: 13_000,
  /** Message text above this fails with msg_too_long. */
  textChars: 40_000,
  responseUrlUses: 5,
  responseUrlLifetimeMs: 30 * 60 * 1000,
  triggerLifetimeMs: 3000,
  /** The deepest stack of modals (views.push). */
  modalStack: 3,
} as const;

export type Surface = 'message' | 'modal' | 'home';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const textOf = (v: unknown): string | undefined => (isObject(v) && typeof v.text === 'string' ? v.text : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A body field that is `true` or the form value "true". */
export const isTrue = (v: unknown): boolean => v === true || v === 'true';
/** A body field that is a non-empty string, else undefined. */
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
/** A body field that is an object (as `typeof v === 'object'` says, arrays included), else undefined. */
export const asRecord = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null ? (v as Json) : undefined);

/** What `String(v)` gives for a value of a parsed body (JSON or form), spelled out per type. */
export function printed(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map((x: unknown) => (x === null || x === undefined ? '' : printed(x))).join(',');
  return Object.prototype.toString.call(v);
}

/** Fields that web-api sends as JSON strings in form bodies. */
const JSON_FIELDS = new Set(['blocks', 'attachments', 'view', 'metadata', 'unfurl_links_blocks', 'files']);

function parseJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

/** Reads a JSON or form body the way Slack does; form fields holding objects are parsed. */
export function parseBody(raw: string, contentType: string): Json {
  if (!raw) return {};
  if (contentType.includes('application/json')) {
    const parsed = parseJson(raw);
    return isObject(parsed) ? parsed : {};
  }
  const body: Json = {};
  for (const [k, v] of new URLSearchParams(raw)) body[k] = JSON_FIELDS.has(k) ? parseJson(v) : v;
  return body;
}

// ---- Block Kit -------------------------------------------------------------------------------

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
  checkTextObject(problems, `${where}.confirm.title`, confirm.title, SLACK_LIMITS.confirmTitle);
  checkTextObject(problems, `${where}.confirm.text`, confirm.text, SLACK_LIMITS.confirmText);
  checkTextObject(problems, `${where}.confirm.confirm`, confirm.confirm, SLACK_LIMITS.confirmButton);
  checkTextObject(problems, `${where}.confirm.deny`, confirm.deny, SLACK_LIMITS.confirmButton);
}

function checkOption(problems: string[], where: string, option: unknown): void {
  if (!isObject(option)) {
    problems.push(`${where}: not an option`);
    return;
  }
  checkTextObject(problems, `${where}.text`, option.text, SLACK_LIMITS.optionText);
  if (typeof option.value !== 'string') problems.push(`${where}.value missing`);
  else checkLength(problems, `${where}.value`, option.value, SLACK_LIMITS.optionValue);
}

function checkElement(problems: string[], where: string, e: unknown, actionIds: Set<string>): void {
  if (!isObject(e)) {
    problems.push(`${where}: not an element`);
    return;
  }
  if (typeof e.action_id === 'string') {
    checkLength(problems, `${where}.action_id`, e.action_id, SLACK_LIMITS.id);
    if (actionIds.has(e.action_id)) problems.push(`${where}: duplicate action_id ${e.action_id}`);
    actionIds.add(e.action_id);
  }
  checkConfirm(problems, where, e.confirm);
  switch (e.type) {
    case 'button':
      checkTextObject(problems, `${where}.text`, e.text, SLACK_LIMITS.buttonText);
      if (typeof e.value === 'string') checkLength(problems, `${where}.value`, e.value, SLACK_LIMITS.buttonValue);
      break;
    case 'overflow': {
      const options = arr(e.options);
      if (options.length < 1 || options.length > SLACK_LIMITS.overflowOptions) problems.push(`${where}: overflow with ${options.length} options`);
      options.forEach((o, i) => { checkOption(problems, `${where}.options[${i}]`, o); });
      break;
    }
    case 'static_select': {
      const options = arr(e.options);
      if (options.length > SLACK_LIMITS.staticSelectOptions) problems.push(`${where}: static select with ${options.length} options`);
      options.forEach((o, i) => { checkOption(problems, `${where}.options[${i}]`, o); });
      if (e.initial_option !== undefined) checkOption(problems, `${where}.initial_option`, e.initial_option);
      checkTextObject(problems, `${where}.placeholder`, e.placeholder, SLACK_LIMITS.placeholder);
      break;
    }
    case 'plain_text_input':
      checkTextObject(problems, `${where}.placeholder`, e.placeholder, SLACK_LIMITS.placeholder);
      if (typeof e.max_length === 'number' && e.max_length > SLACK_LIMITS.plainTextInputMax) problems.push(`${where}: max_length ${e.max_length} > ${SLACK_LIMITS.plainTextInputMax}`);
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
      checkLength(problems, `${where}.block_id`, b.block_id, SLACK_LIMITS.id);
      if (blockIds.has(b.block_id)) problems.push(`${where}: duplicate block_id ${b.block_id}`);
      blockIds.add(b.block_id);
    }
  }
  switch (b.type) {
    case 'section': {
      if (b.text === undefined && b.fields === undefined) problems.push(`${where}: section without text or fields`);
      checkTextObject(problems, `${where}.text`, b.text, SLACK_LIMITS.sectionText);
      const fields = arr(b.fields);
      if (fields.length > SLACK_LIMITS.fields) problems.push(`${where}: ${fields.length} fields > ${SLACK_LIMITS.fields}`);
      fields.forEach((f, i) => { checkTextObject(problems, `${where}.fields[${i}]`, f, SLACK_LIMITS.fieldText); });
      if (b.accessory !== undefined) checkElement(problems, `${where}.accessory`, b.accessory, actionIds);
      break;
    }
    case 'header':
      checkTextObject(problems, `${where}.text`, b.text, SLACK_LIMITS.header);
      if (isObject(b.text) && b.text.type !== 'plain_text') problems.push(`${where}: header text must be plain_text`);
      break;
    case 'context': {
      const elements = arr(b.elements);
      if (elements.length < 1 || elements.length > SLACK_LIMITS.contextElements) problems.push(`${where}: context with ${elements.length} elements`);
      elements.forEach((e, i) => {
        if (isObject(e) && (e.type === 'mrkdwn' || e.type === 'plain_text')) checkTextObject(problems, `${where}.elements[${i}]`, e, SLACK_LIMITS.contextText);
      });
      break;
    }
    case 'actions': {
      const elements = arr(b.elements);
      if (elements.length < 1 || elements.length > SLACK_LIMITS.actionsElements) problems.push(`${where}: actions with ${elements.length} elements`);
      elements.forEach((e, i) => { checkElement(problems, `${where}.elements[${i}]`, e, actionIds); });
      break;
    }
    case 'input':
      checkTextObject(problems, `${where}.label`, b.label, SLACK_LIMITS.inputLabel);
      checkTextObject(problems, `${where}.hint`, b.hint, SLACK_LIMITS.inputHint);
      checkElement(problems, `${where}.element`, b.element, new Set());
      break;
    case 'divider':
    case 'image':
    case 'rich_text':
      break;
    default:
      problems.push(`${where}: unknown block type ${printed(b.type)}`);
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
 * Every Block Kit rule this payload breaks that makes Slack refuse it, as readable lines (empty
 * when Slack takes it). A message is `{ text, blocks? }` (a chat.* or respond() body); a modal or
 * Home is a view.
 */
export function blockKitProblems(payload: unknown, surface: Surface): string[] {
  const problems: string[] = [];
  if (!isObject(payload)) return [`${surface}: not an object`];
  if (surface === 'message') {
    if (payload.blocks !== undefined && !Array.isArray(payload.blocks)) problems.push('blocks is not an array');
    if (typeof payload.text === 'string') checkLength(problems, 'text', payload.text, SLACK_LIMITS.textChars);
    const blocks = arr(payload.blocks);
    checkBlocks(problems, blocks, SLACK_LIMITS.messageBlocks);
    const json = JSON.stringify(blocks).length;
    if (json >= SLACK_LIMITS.blocksJson) problems.push(`blocks JSON of ${json} characters >= ${SLACK_LIMITS.blocksJson}`);
    return problems;
  }
  if (payload.type !== surface) problems.push(`view type ${printed(payload.type)}, expected ${surface}`);
  if (!Array.isArray(payload.blocks)) problems.push('view without blocks');
  checkBlocks(problems, arr(payload.blocks), SLACK_LIMITS.viewBlocks);
  if (surface === 'modal') {
    checkTextObject(problems, 'title', payload.title, SLACK_LIMITS.viewTitle);
    if (payload.title === undefined) problems.push('modal without title');
    checkTextObject(problems, 'submit', payload.submit, SLACK_LIMITS.viewButton);
    checkTextObject(problems, 'close', payload.close, SLACK_LIMITS.viewButton);
    const hasInput = arr(payload.blocks).some((b) => isObject(b) && b.type === 'input');
    if (hasInput && payload.submit === undefined) problems.push('modal with inputs but no submit button');
  }
  if (payload.private_metadata !== undefined) {
    if (typeof payload.private_metadata !== 'string') problems.push('private_metadata is not a string');
    else checkLength(problems, 'private_metadata', payload.private_metadata, SLACK_LIMITS.privateMetadata);
  }
  if (typeof payload.callback_id === 'string') checkLength(problems, 'callback_id', payload.callback_id, SLACK_LIMITS.id);
  return problems;
}

/** The error Slack answers a message (chat.postMessage/postEphemeral/update, respond()) with, or null. */
export function messageRefusal(body: Json): string | null {
  const text = body.text === undefined ? '' : printed(body.text);
  const blocks = body.blocks;
  if (blocks !== undefined && !Array.isArray(blocks)) return 'invalid_blocks_format';
  if (!text && (!Array.isArray(blocks) || blocks.length === 0)) return 'no_text';
  if (text.length > SLACK_LIMITS.textChars) return 'msg_too_long';
  if (Array.isArray(blocks) && JSON.stringify(blocks).length >= SLACK_LIMITS.blocksJson) return 'msg_blocks_too_long';
  if (Array.isArray(blocks) && blockKitProblems({ blocks }, 'message').length > 0) return 'invalid_blocks';
  return null;
}

/** The error Slack answers views.open/push/update/publish with for this view, or null. */
export function viewRefusal(view: unknown, surface: 'modal' | 'home'): string | null {
  return blockKitProblems(view, surface).length > 0 ? 'invalid_arguments' : null;
}

const INTERACTIVE = new Set(['button', 'overflow', 'static_select', 'datepicker', 'radio_buttons', 'checkboxes', 'plain_text_input', 'multi_static_select', 'users_select', 'conversations_select', 'channels_select', 'timepicker']);

/**
 * Blocks as Slack stores them: every block gets a block_id and every interactive element an
 * action_id when the app gave none (Slack makes up short random ones).
 */
export function withIds(blocks: unknown[] | null, seed: () => string): unknown[] | null {
  if (!blocks) return null;
  return blocks.map((raw) => {
    if (!isObject(raw)) return raw;
    const block = { ...raw };
    if (typeof block.block_id !== 'string') block.block_id = seed();
    const fill = (e: unknown) => (isObject(e) && typeof e.action_id !== 'string' && INTERACTIVE.has(printed(e.type)) ? { ...e, action_id: seed() } : e);
    if (Array.isArray(block.elements) && block.type === 'actions') block.elements = block.elements.map(fill);
    if (block.accessory) block.accessory = fill(block.accessory);
    if (block.element) block.element = fill(block.element);
    return block;
  });
}

/** The bytes of a request body (any async stream of chunks), at most `limit`; throws above it. */
export async function readRawBytes(body: AsyncIterable<unknown>, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(printed(chunk));
    size += bytes.length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** A request body as text (UTF-8), at most `limit` bytes. */
export async function readRawBody(body: AsyncIterable<unknown>, limit = 1_000_000): Promise<string> {
  return (await readRawBytes(body, limit)).toString('utf8');
}
