// Values that come back from Slack can be forged: decoding never trusts them.
import { describe, expect, it } from 'vitest';
import { decodeItemValue, encodeItemValue, itemBlockId, itemIdOfBlock } from '../../../src/slack/blocks/ids.ts';
import { decodeMetadata, encodeMetadata } from '../../../src/slack/blocks/modals.ts';
import { decodeStatusValue } from '../../../src/slack/blocks/status.ts';

describe('decodeItemValue', () => {
  it('reads back what encodeItemValue wrote', () => {
    expect(decodeItemValue(encodeItemValue({ id: 12 }))).toEqual({ id: 12 });
    expect(decodeItemValue(encodeItemValue({ id: 12, scope: 'SOCW', page: 3 }))).toEqual({ id: 12, scope: 'SOCW', page: 3 });
    expect(decodeItemValue(encodeItemValue({ id: 12, scope: '', page: 0 }))).toEqual({ id: 12, scope: '', page: 0 });
  });

  it.each([
    ['not a string', 12],
    ['undefined', undefined],
    ['not JSON', 'twaalf'],
    ['JSON null', 'null'],
    ['an array', '[12]'],
    ['a number', '12'],
    ['no id', '{"scope":"SOCW"}'],
    ['an id as text', '{"id":"12"}'],
    ['id 0', '{"id":0}'],
    ['a negative id', '{"id":-1}'],
    ['a fractional id', '{"id":1.5}'],
    ['an unsafe id', '{"id":9007199254740993}'],
    ['a value over 2000 characters', `{"id":1,"pad":"${'x'.repeat(2000)}"}`],
  ])('gives null for %s', (_name, raw) => {
    expect(decodeItemValue(raw)).toBeNull();
  });

  it('drops a forged scope or page but keeps the id', () => {
    expect(decodeItemValue(JSON.stringify({ id: 5, scope: 'x'.repeat(101), page: -1 }))).toEqual({ id: 5 });
    expect(decodeItemValue(JSON.stringify({ id: 5, scope: 7, page: '2' }))).toEqual({ id: 5 });
    expect(decodeItemValue(JSON.stringify({ id: 5, page: 100_000 }))).toEqual({ id: 5 });
  });
});

describe('decodeStatusValue', () => {
  it('reads scope and page', () => {
    expect(decodeStatusValue('{"scope":"alles","page":4}')).toEqual({ scope: 'alles', page: 4 });
  });

  it.each([
    ['not a string', null],
    ['not JSON', '{'],
    ['no scope', '{"page":1}'],
    ['a long scope', `{"scope":"${'x'.repeat(301)}","page":1}`],
    ['a negative page', '{"scope":"","page":-1}'],
    ['a fractional page', '{"scope":"","page":0.5}'],
    ['a huge page', '{"scope":"","page":100001}'],
    ['a page as text', '{"scope":"","page":"1"}'],
    ['a value over 500 characters', `{"scope":"","page":1,"x":"${'x'.repeat(500)}"}`],
  ])('gives null for %s', (_name, raw) => {
    expect(decodeStatusValue(raw)).toBeNull();
  });
});

describe('decodeMetadata', () => {
  it('reads back what encodeMetadata wrote', () => {
    expect(decodeMetadata(encodeMetadata({ channelId: 'C0123ABC', itemId: 7 }))).toEqual({ channelId: 'C0123ABC', itemId: 7 });
  });

  it.each([
    ['not JSON', 'x', {}],
    ['too long', `{"itemId":1,"x":"${'x'.repeat(3000)}"}`, {}],
    ['a channel with markup', '{"channelId":"<!channel>","itemId":3}', { itemId: 3 }],
    ['a lower-case channel', '{"channelId":"cabc"}', {}],
    ['an item id as text', '{"channelId":"C1","itemId":"3"}', { channelId: 'C1' }],
    ['a negative item id', '{"itemId":-3}', {}],
  ])('keeps only what is valid: %s', (_name, raw, expected) => {
    expect(decodeMetadata(raw)).toEqual(expected);
  });
});

describe('item block ids', () => {
  it('name the item and are read back', () => {
    expect(itemBlockId(12, 'text')).toBe('item:12:text');
    expect(itemIdOfBlock('item:12:actions')).toBe(12);
    expect(itemIdOfBlock('item:12:done')).toBe(12);
  });

  it.each([undefined, '', 'status:nav', 'item::text', 'item:abc:text', 'xitem:12:text', 'item:1234567890:text'])('are not read from %j', (blockId) => {
    expect(itemIdOfBlock(blockId)).toBeNull();
  });
});
