// The Block Kit checker itself: a checker that never complains would make every limit test pass.
import { describe, expect, it } from 'vitest';
import { blockKitViolations, sentPayloads, trafficViolations } from '../helpers/block-kit-limits.ts';

const section = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'section', text: { type: 'mrkdwn', text }, ...extra });
const button = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'button', action_id: 'b', text: { type: 'plain_text', text }, ...extra });
const option = (text: string, value = 'v') => ({ text: { type: 'plain_text', text }, value });
const msg = (blocks: unknown[], text = 'fallback') => ({ text, blocks });
const modal = (extra: Record<string, unknown> = {}) => ({ type: 'modal', title: { type: 'plain_text', text: 'Titel' }, close: { type: 'plain_text', text: 'Sluiten' }, blocks: [], ...extra });

describe('blockKitViolations', () => {
  it('accepts a message within every limit', () => {
    expect(blockKitViolations(msg([section('a'), { type: 'divider' }, { type: 'actions', elements: [button('Ok')] }]), 'message')).toEqual([]);
  });

  it.each([
    ['51 blocks', msg(Array.from({ length: 51 }, () => ({ type: 'divider' }))), /51 blocks > 50/],
    ['section text of 3001', msg([section('x'.repeat(3001))]), /blocks\[0\]\.text: 3001 > 3000/],
    ['11 fields', msg([{ type: 'section', fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'f' })) }]), /11 fields > 10/],
    ['a field of 2001', msg([{ type: 'section', fields: [{ type: 'mrkdwn', text: 'x'.repeat(2001) }] }]), /fields\[0\]: 2001 > 2000/],
    ['a header of 151', msg([{ type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } }]), /151 > 150/],
    ['a mrkdwn header', msg([{ type: 'header', text: { type: 'mrkdwn', text: 'x' } }]), /header text must be plain_text/],
    ['11 context elements', msg([{ type: 'context', elements: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'c' })) }]), /context with 11 elements/],
    ['an empty context', msg([{ type: 'context', elements: [] }]), /context with 0 elements/],
    ['26 actions', msg([{ type: 'actions', elements: Array.from({ length: 26 }, (_, i) => button('b', { action_id: `a${i}` })) }]), /actions with 26 elements/],
    ['a block_id of 256', msg([section('a', { block_id: 'x'.repeat(256) })]), /block_id: 256 > 255/],
    ['a duplicate block_id', msg([section('a', { block_id: 'same' }), section('b', { block_id: 'same' })]), /duplicate block_id same/],
    ['an action_id of 256', msg([{ type: 'actions', elements: [button('b', { action_id: 'x'.repeat(256) })] }]), /action_id: 256 > 255/],
    ['a duplicate action_id in one block', msg([{ type: 'actions', elements: [button('a'), button('b')] }]), /duplicate action_id b/],
    ['button text of 76', msg([{ type: 'actions', elements: [button('x'.repeat(76))] }]), /text: 76 > 75/],
    ['a button value of 2001', msg([{ type: 'actions', elements: [button('b', { value: 'x'.repeat(2001) })] }]), /value: 2001 > 2000/],
    ['6 overflow options', msg([{ type: 'actions', elements: [{ type: 'overflow', action_id: 'o', options: Array.from({ length: 6 }, (_, i) => option(`o${i}`)) }] }]), /overflow with 6 options/],
    ['option text of 76', msg([{ type: 'actions', elements: [{ type: 'overflow', action_id: 'o', options: [option('x'.repeat(76))] }] }]), /options\[0\]\.text: 76 > 75/],
    ['option value of 76', msg([{ type: 'actions', elements: [{ type: 'overflow', action_id: 'o', options: [option('o', 'x'.repeat(76))] }] }]), /options\[0\]\.value: 76 > 75/],
    ['a confirm text of 301', msg([{ type: 'actions', elements: [button('b', { confirm: { title: { type: 'plain_text', text: 't' }, text: { type: 'mrkdwn', text: 'x'.repeat(301) }, confirm: { type: 'plain_text', text: 'j' }, deny: { type: 'plain_text', text: 'n' } } })] }]), /confirm\.text: 301 > 300/],
    ['blocks JSON of 13,000 characters', msg(Array.from({ length: 5 }, () => section('x'.repeat(2600)))), /blocks JSON of \d+ characters >= 13000/],
    ['no fallback text', msg([section('a')], ''), /no plain text fallback/],
    ['a fallback text of 4000', msg([section('a')], 'x'.repeat(4000)), /text: 4000 > 3999/],
    ['an empty section', msg([section('')]), /empty text/],
    ['an unknown block', msg([{ type: 'sektion' }]), /unknown block type sektion/],
  ])('flags %s', (_name, message, problem) => {
    const problems = blockKitViolations(message, 'message');
    expect(problems.some((p) => problem.test(p)), problems.join('; ')).toBe(true);
  });

  it('allows 100 blocks in a modal and the Home tab, not 101', () => {
    const blocks = (n: number) => Array.from({ length: n }, () => ({ type: 'divider' }));
    expect(blockKitViolations({ type: 'home', blocks: blocks(100) }, 'home')).toEqual([]);
    expect(blockKitViolations({ type: 'home', blocks: blocks(101) }, 'home')).toEqual(['101 blocks > 100']);
    expect(blockKitViolations(modal({ blocks: blocks(100) }), 'modal')).toEqual([]);
    expect(blockKitViolations(modal({ blocks: blocks(101) }), 'modal')).toEqual(['101 blocks > 100']);
  });

  it.each([
    ['a title of 25', modal({ title: { type: 'plain_text', text: 'x'.repeat(25) } }), /title: 25 > 24/],
    ['a submit of 25', modal({ submit: { type: 'plain_text', text: 'x'.repeat(25) } }), /submit: 25 > 24/],
    ['a close of 25', modal({ close: { type: 'plain_text', text: 'x'.repeat(25) } }), /close: 25 > 24/],
    ['private_metadata of 3001', modal({ private_metadata: 'x'.repeat(3001) }), /private_metadata: 3001 > 3000/],
    ['inputs without submit', modal({ blocks: [{ type: 'input', label: { type: 'plain_text', text: 'l' }, element: { type: 'plain_text_input', action_id: 'i' } }] }), /no submit/],
    ['a static select of 101 options', modal({ submit: { type: 'plain_text', text: 'Ok' }, blocks: [{ type: 'input', label: { type: 'plain_text', text: 'l' }, element: { type: 'static_select', action_id: 's', options: Array.from({ length: 101 }, (_, i) => option(`o${i}`)) } }] }), /static select with 101 options/],
    ['a placeholder of 151', modal({ submit: { type: 'plain_text', text: 'Ok' }, blocks: [{ type: 'input', label: { type: 'plain_text', text: 'l' }, element: { type: 'plain_text_input', action_id: 'i', placeholder: { type: 'plain_text', text: 'x'.repeat(151) } } }] }), /placeholder: 151 > 150/],
    ['a Home view sent as a modal', { type: 'home', blocks: [] }, /view type home, expected modal/],
  ])('flags a modal with %s', (_name, view, problem) => {
    const problems = blockKitViolations(view, 'modal');
    expect(problems.some((p) => problem.test(p)), problems.join('; ')).toBe(true);
  });
});

describe('sentPayloads and trafficViolations', () => {
  it('check every chat.* body, view and respond() post, and say where each problem was', () => {
    const fake = {
      calls: [
        { method: 'chat.postMessage', body: msg([section('x'.repeat(3001))]), headers: {}, at: 0 },
        { method: 'views.publish', body: { user_id: 'U1', view: { type: 'home', blocks: Array.from({ length: 101 }, () => ({ type: 'divider' })) } }, headers: {}, at: 0 },
        { method: 'views.open', body: { trigger_id: 't', view: modal() }, headers: {}, at: 0 },
        { method: 'conversations.open', body: { users: 'U1' }, headers: {}, at: 0 },
      ],
      responses: [
        { id: 'r1', body: { text: '' }, at: 0 },
        { id: 'r2', body: { delete_original: true }, at: 0 },
      ],
    };
    const sent = sentPayloads(fake);
    expect(sent.map((s) => `${s.via}:${s.surface}`)).toEqual(['chat.postMessage:message', 'views.publish:home', 'views.open:modal', 'respond r1:message']);
    expect(trafficViolations(sent)).toEqual([
      'chat.postMessage (message): blocks[0].text: 3001 > 3000 characters',
      'views.publish (home): 101 blocks > 100',
      'respond r1 (message): no plain text fallback',
    ]);
  });
});
