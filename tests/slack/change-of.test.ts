// SlackChanges runs every changing use case one way: its result's code says whether the team is
// told, and with which line (changeOf, one table instead of a rule per method).
import { describe, expect, it } from 'vitest';
import { changeOf } from '../../src/slack/changes.ts';
import { makeItem } from '../helpers/items.ts';

const item = makeItem({ id: 7 });

describe('changeOf', () => {
  it.each([
    ['ITEM_ADDED', 'created'],
    ['ITEM_DONE', 'done'],
    ['ITEM_MOVED_TO_NEXT', 'term'],
    ['ITEM_REOPENED', 'reopened'],
    ['TERM_SET', 'term'],
    ['TERM_CLEARED', 'term'],
    ['ITEM_LAPSED', 'lapsed'],
    ['ITEM_ON_HOLD', 'onHold'],
    ['ITEM_HOLD_ENDED', 'holdEnded'],
    ['ITEM_DELETED', 'deleted'],
    ['ITEM_RESTORED', 'restored'],
  ])('%s is announced as %s', (code, kind) => {
    expect(changeOf({ code, item })).toEqual({ kind, item });
  });

  it.each(['ITEM_UNCHANGED', 'ITEM_ALREADY_DONE', 'ITEM_ALREADY_OPEN', 'TERM_IN_PAST', 'ITEM_NOT_FOUND'])('%s is not announced', (code) => {
    expect(changeOf({ code, item })).toBeNull();
    expect(changeOf({ code })).toBeNull();
  });

  it('an edit by the fields it changed, a Kamerbrief answer by the answer', () => {
    expect(changeOf({ code: 'ITEM_EDITED', item, changed: ['statusText'] })).toEqual({ kind: 'statusText', item, fields: ['statusText'] });
    expect(changeOf({ code: 'ITEM_EDITED', item, changed: ['owner'] })).toEqual({ kind: 'owner', item, fields: ['owner'] });
    expect(changeOf({ code: 'ITEM_EDITED', item, changed: ['title', 'text'] })).toEqual({ kind: 'edited', item, fields: ['title', 'text'] });
    expect(changeOf({ code: 'PROPOSAL_ANSWERED', item, answer: 'done' })).toEqual({ kind: 'done', item });
    expect(changeOf({ code: 'PROPOSAL_ANSWERED', item, answer: 'partly' })).toEqual({ kind: 'statusText', item, fields: ['statusText'] });
    expect(changeOf({ code: 'PROPOSAL_ANSWERED', item, answer: 'rejected' })).toBeNull();
  });
});
