// One checker for every Block Kit limit in docs/SLACK.md, for messages, modals and the Home tab.
// It walks the whole payload (blocks, elements, options, confirm dialogs), so that any test can
// say "everything the bot sent stays within Slack's limits":
//   expect(blockKitViolations(message, 'message')).toEqual([])
//   expect(trafficViolations(fake)).toEqual([])
import { blockKitProblems, type Surface } from '../../src/preview/slack-rules.ts';
import type { FakeSlack } from './fake-slack.ts';

export type { Surface };

/** SLACK.md: keep a message's text under 4,000 characters (Slack cuts it only above 40,000). */
const FALLBACK_TEXT = 4000;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every limit this payload breaks, as readable lines (empty when all is well): what Slack refuses
 * (src/preview/slack-rules.ts, the rules the fake and the preview answer by) and, for a message,
 * SLACK.md's advice: a plain text fallback under 4,000 characters.
 * A message is `{ text, blocks? }` (a chat.* body or a respond() body); a modal or Home is a view.
 */
export function blockKitViolations(payload: unknown, surface: Surface): string[] {
  const problems = blockKitProblems(payload, surface);
  if (surface !== 'message' || !isObject(payload)) return problems;
  if (typeof payload.text !== 'string' || payload.text.trim() === '') problems.unshift('no plain text fallback');
  else if (payload.text.length > FALLBACK_TEXT - 1) problems.unshift(`text: ${payload.text.length} > ${FALLBACK_TEXT - 1} characters`);
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
