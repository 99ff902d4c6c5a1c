// The JSON the preview server (src/preview/preview-routes.ts) sends the preview page, and the
// Block Kit the page draws, as types for the page's JSDoc (preview.js reads them with
// `import('./api')`). Types only: the page runs in the browser without a build step, and this file
// imports nothing from src, so the page depends on the server's answers, not on its modules.

/** A Slack text object (plain_text or mrkdwn). */
export interface TextObject {
  type: string;
  text?: string;
  emoji?: boolean;
}

export interface OptionObject {
  text?: TextObject;
  value: string;
}

export interface ConfirmObject {
  title?: TextObject;
  text?: TextObject;
  confirm?: TextObject;
  deny?: TextObject;
  style?: string;
}

/** An interactive element or an image (Slack's fields as the bot sends them; all optional in practice). */
export interface BlockElement {
  type: string;
  action_id?: string;
  text?: TextObject;
  style?: string;
  url?: string;
  value?: string;
  accessibility_label?: string;
  confirm?: ConfirmObject;
  options?: OptionObject[];
  option_groups?: { label?: TextObject; options?: OptionObject[] }[];
  initial_option?: OptionObject;
  initial_user?: string;
  initial_date?: string;
  initial_value?: string;
  placeholder?: TextObject;
  multiline?: boolean;
  max_length?: number;
  min_length?: number;
  alt_text?: string;
}

/** A rich_text element (sections, lists, quotes and their text runs). */
export interface RichTextElement {
  type: string;
  text?: string;
  url?: string;
  user_id?: string;
  channel_id?: string;
  name?: string;
  style?: Partial<Record<'code' | 'strike' | 'italic' | 'bold', boolean>>;
  elements?: RichTextElement[];
}

export interface Block {
  type: string;
  block_id?: string;
  text?: TextObject;
  fields?: TextObject[];
  accessory?: BlockElement;
  /** context: text objects and images; actions: elements; rich_text: rich_text elements. */
  elements?: (BlockElement & TextObject & RichTextElement)[];
  element?: BlockElement;
  label?: TextObject;
  hint?: TextObject;
  optional?: boolean;
  alt_text?: string;
}

/** A Home tab or modal view as the bot sent it. */
export interface View {
  type?: string;
  title?: TextObject;
  submit?: TextObject;
  close?: TextObject;
  blocks?: Block[];
}

/** A view the stand-in keeps: its id, the view and its inline input errors by block_id. */
export interface ShownView {
  id: string;
  view: View;
  errors: Record<string, string>;
}

export interface Channel {
  id: string;
  name: string;
}

export interface FileRef {
  id: string;
  name: string;
  title: string;
  size: number;
}

export interface Message {
  ts: string;
  channel: string;
  user: string;
  text: string;
  blocks: Block[] | null;
  edited: boolean;
  typed: boolean;
  files?: FileRef[];
  ephemeral: boolean;
  userName: string;
}

/** ISO dates (yyyy-mm-dd): the date the bot sees, the pretended one (null: none) and the real one. */
export interface Dates {
  today: string;
  pretend: string | null;
  real: string;
}

/** GET /preview/state */
export interface PreviewState {
  user: { id: string; name: string };
  botUserId: string;
  /** User id → name. */
  users: Record<string, string>;
  channels: Channel[];
  date: Dates;
  messages: Message[];
  home: ShownView | null;
  modals: (ShownView | null)[];
}

/** What every POST /preview/* answers; `error` on a failure. */
export interface PostAnswer {
  ok: boolean;
  error?: string;
  /** POST /preview/run */
  text?: string;
  posted?: number;
  /** POST /preview/date */
  date?: Dates;
}

/** An event on /preview/events. */
export type Change = { kind: 'channel'; channel: string } | { kind: 'home'; user: string } | { kind: 'modal'; user: string } | { kind: 'date' };

/** Where a click goes: a message, or Home or a modal. */
export type Where = { channel: string; ts: string } | { viewId: string };
