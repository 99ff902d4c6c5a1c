// Every changing use case declares which of its results the team is told about, and with which line
// (`useCase.announces`, src/app/announces.ts); SlackChanges.run announces by that declaration alone.
import { describe, expect, it } from 'vitest';
import { changeOf, type Announces } from '../../src/app/announces.ts';
import { answerProposal, editItem, editItemGuarded, markItemDone } from '../../src/app/index.ts';
import { holdItem } from '../../src/verbs/aanhouden/hold-item.ts';
import { reopenItem } from '../../src/verbs/heropen/reopen-item.ts';
import { restoreItem } from '../../src/verbs/herstel/restore-item.ts';
import { addItem } from '../../src/verbs/nieuw/add-item.ts';
import { setTerm } from '../../src/verbs/termijn/set-term.ts';
import { lapseItem } from '../../src/verbs/vervallen/lapse-item.ts';
import { deleteItem } from '../../src/verbs/verwijder/delete-item.ts';
import { makeItem } from '../helpers/items.ts';

const item = makeItem({ id: 7 });
/** A result as the use case returns it, as far as the declaration reads it. */
const result = (code: string, more: Record<string, unknown> = {}) => ({ ok: true, code, item, ...more }) as never;

describe('changeOf by the use case\'s declaration', () => {
  it.each([
    ['addItem', addItem.announces, 'ITEM_ADDED', 'created'],
    ['markItemDone', markItemDone.announces, 'ITEM_DONE', 'done'],
    ['markItemDone', markItemDone.announces, 'ITEM_MOVED_TO_NEXT', 'term'],
    ['reopenItem', reopenItem.announces, 'ITEM_REOPENED', 'reopened'],
    ['setTerm', setTerm.announces, 'TERM_SET', 'term'],
    ['setTerm', setTerm.announces, 'TERM_CLEARED', 'term'],
    ['lapseItem', lapseItem.announces, 'ITEM_LAPSED', 'lapsed'],
    ['holdItem', holdItem.announces, 'ITEM_ON_HOLD', 'onHold'],
    ['holdItem', holdItem.announces, 'ITEM_HOLD_ENDED', 'holdEnded'],
    ['deleteItem', deleteItem.announces, 'ITEM_DELETED', 'deleted'],
    ['restoreItem', restoreItem.announces, 'ITEM_RESTORED', 'restored'],
  ] as const)('%s: %s is announced as %s', (_name, announces, code, kind) => {
    expect(changeOf(announces, result(code))).toEqual({ kind, item });
  });

  it.each([
    ['ITEM_UNCHANGED', editItem.announces],
    ['ITEM_ALREADY_DONE', markItemDone.announces],
    ['ITEM_NOT_DONE', reopenItem.announces],
    ['TERM_IN_PAST', setTerm.announces],
    ['ITEM_NOT_FOUND', lapseItem.announces],
    ['ITEM_RESTORED', deleteItem.announces],
  ] as const)('%s is not announced', (code, announces) => {
    expect(changeOf(announces as Announces<{ code: string }>, result(code))).toBeNull();
    expect(changeOf(announces as Announces<{ code: string }>, { code })).toBeNull();
  });

  it('an edit by the fields it changed, a Kamerbrief answer by the answer', () => {
    for (const announces of [editItem.announces, editItemGuarded.announces]) {
      expect(changeOf(announces, result('ITEM_EDITED', { changed: ['statusText'] }))).toEqual({ kind: 'statusText', item, fields: ['statusText'] });
      expect(changeOf(announces, result('ITEM_EDITED', { changed: ['owner'] }))).toEqual({ kind: 'owner', item, fields: ['owner'] });
      expect(changeOf(announces, result('ITEM_EDITED', { changed: ['title', 'text'] }))).toEqual({ kind: 'edited', item, fields: ['title', 'text'] });
    }
    expect(changeOf(answerProposal.announces, result('PROPOSAL_ANSWERED', { answer: 'done' }))).toEqual({ kind: 'done', item });
    expect(changeOf(answerProposal.announces, result('PROPOSAL_ANSWERED', { answer: 'partly' }))).toEqual({ kind: 'statusText', item, fields: ['statusText'] });
    expect(changeOf(answerProposal.announces, result('PROPOSAL_ANSWERED', { answer: 'rejected' }))).toBeNull();
  });
});
