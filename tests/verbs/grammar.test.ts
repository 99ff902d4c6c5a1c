// The verbs' argument grammars (src/verbs/*/grammar.ts): read once, the same for Slack's words and
// the CLI's positionals joined by spaces.
import { describe, expect, it } from 'vitest';
import { readAanhouden } from '../../src/verbs/aanhouden/grammar.ts';
import { readAfgerond } from '../../src/verbs/afgerond/grammar.ts';
import { readItemArgs, readItemId } from '../../src/verbs/grammar.ts';
import { readKanaal } from '../../src/verbs/kanaal/grammar.ts';
import { readOverzicht } from '../../src/verbs/overzicht/grammar.ts';
import { readStand } from '../../src/verbs/stand/grammar.ts';
import { readStatus } from '../../src/verbs/status/grammar.ts';
import { readTermijn } from '../../src/verbs/termijn/grammar.ts';
import { readTrekker } from '../../src/verbs/trekker/grammar.ts';
import { readZoek } from '../../src/verbs/zoek/grammar.ts';

describe('readItemArgs / readItemId', () => {
  it.each([
    { text: '12 tot 1 maart', expected: { id: 12, rest: 'tot 1 maart' } },
    { text: '#12 regel een\nregel twee', expected: { id: 12, rest: 'regel een\nregel twee' } },
    { text: '  7', expected: { id: 7, rest: '' } },
    { text: 'twaalf', expected: { id: null, rest: '' } },
    { text: '', expected: { id: null, rest: '' } },
  ])('$text', ({ text, expected }) => {
    expect(readItemArgs(text)).toEqual(expected);
  });

  it.each([
    ['12', 12],
    ['#12 en meer', 12],
    ['', null],
    ['x12', null],
  ] as const)('first word %j → %j', (text, id) => {
    expect(readItemId(text)).toBe(id);
  });
});

describe('readAanhouden', () => {
  it.each([
    { text: '12 tot 1 maart 2026', expected: { ok: true, id: 12, until: '1 maart 2026' } },
    { text: '12 1 maart 2026', expected: { ok: true, id: 12, until: '1 maart 2026' } },
    { text: '12 na het zomerreces', expected: { ok: true, id: 12, until: 'na het zomerreces' } },
    { text: '12 uit', expected: { ok: true, id: 12, until: '' } },
    { text: '12 stop', expected: { ok: true, id: 12, until: '' } },
    { text: '12 niet meer', expected: { ok: true, id: 12, until: '' } },
    { text: '12 NIET MEER', expected: { ok: true, id: 12, until: '' } },
    { text: '12', expected: { ok: false, code: 'VERB_DATE_MISSING' } },
    { text: '12 tot', expected: { ok: false, code: 'VERB_DATE_MISSING' } },
    { text: 'tot 1 maart', expected: { ok: false, code: 'VERB_ID_MISSING' } },
  ])('$text', ({ text, expected }) => {
    expect(readAanhouden(text)).toEqual(expected);
  });
});

describe('readTrekker', () => {
  it.each([
    { text: '12 <@U0SANNE|sanne>', expected: { ok: true, id: 12, owner: 'U0SANNE' } },
    { text: '12 <@U0SANNE>', expected: { ok: true, id: 12, owner: 'U0SANNE' } },
    { text: '12 U0123ABCD', expected: { ok: true, id: 12, owner: 'U0123ABCD' } },
    { text: '12 niemand', expected: { ok: true, id: 12, owner: null } },
    { text: '12 geen', expected: { ok: true, id: 12, owner: null } },
    { text: '12 -', expected: { ok: true, id: 12, owner: null } },
    { text: '12 sanne', expected: { ok: false, code: 'VERB_OWNER_NOT_A_PERSON', typed: 'sanne' } },
    { text: '12', expected: { ok: false, code: 'VERB_OWNER_MISSING' } },
    { text: 'sanne', expected: { ok: false, code: 'VERB_ID_MISSING' } },
  ])('$text', ({ text, expected }) => {
    expect(readTrekker(text)).toEqual(expected);
  });
});

describe('readStand', () => {
  it.each([
    { text: '12 Brief in voorbereiding.\nVerwacht: maart.', expected: { ok: true, id: 12, action: 'set', statusText: 'Brief in voorbereiding.\nVerwacht: maart.' } },
    { text: '12 leeg', expected: { ok: true, id: 12, action: 'set', statusText: '' } },
    { text: '12 Wissen', expected: { ok: true, id: 12, action: 'set', statusText: '' } },
    { text: '12 leeg maar niet helemaal', expected: { ok: true, id: 12, action: 'set', statusText: 'leeg maar niet helemaal' } },
    { text: '12', expected: { ok: true, id: 12, action: 'show' } },
    { text: 'brief', expected: { ok: false, code: 'VERB_ID_MISSING' } },
  ])('$text', ({ text, expected }) => {
    expect(readStand(text)).toEqual(expected);
  });
});

describe('readAfgerond', () => {
  it.each([
    { text: '12', expected: { ok: true, ids: [12], reference: '' } },
    { text: '6 7, 7', expected: { ok: true, ids: [6, 7], reference: '' } },
    { text: '7 met Kamerstuk 36222-45', expected: { ok: true, ids: [7], reference: 'Kamerstuk 36222-45' } },
    { text: '7 met <https://www.tweedekamer.nl/x|de brief>', expected: { ok: true, ids: [7], reference: 'https://www.tweedekamer.nl/x' } },
    { text: '7 met Brief met bijlage', expected: { ok: true, ids: [7], reference: 'Brief met bijlage' } },
    { text: 'met Kamerstuk 1-2', expected: { ok: false, code: 'VERB_ID_MISSING' } },
    { text: '7 acht', expected: { ok: false, code: 'VERB_ID_MISSING' } },
    { text: Array.from({ length: 26 }, (_, i) => i + 1).join(' '), expected: { ok: false, code: 'VERB_TOO_MANY_NUMBERS', max: 25 } },
  ])('$text', ({ text, expected }) => {
    expect(readAfgerond(text)).toEqual(expected);
  });
});

describe('readTermijn', () => {
  it.each([
    { text: '12 eind maart 2026', expected: { ok: true, id: 12, expression: 'eind maart 2026' } },
    { text: '#12  voor de   zomer', expected: { ok: true, id: 12, expression: 'voor de zomer' } },
    { text: '12 geen', expected: { ok: true, id: 12, expression: 'geen' } },
    { text: '12', expected: { ok: false, code: 'TERM_MISSING' } },
    { text: 'eind maart', expected: { ok: false, code: 'VERB_ID_MISSING' } },
  ])('$text', ({ text, expected }) => {
    expect(readTermijn(text)).toEqual(expected);
  });
});

describe('readKanaal', () => {
  const SOCW = { kind: 'code', code: 'SOCW', ministry: 'OCW' };
  it.each([
    { text: '', expected: { ok: true, action: 'show' } },
    { text: 'socw', expected: { ok: true, action: 'link', targets: [SOCW] } },
    { text: 'SOCW, OCW', expected: { ok: true, action: 'link', targets: [SOCW, { kind: 'ministry', ministry: 'OCW' }] } },
    { text: 'Los SOCW', expected: { ok: true, action: 'unlink', targets: [SOCW] } },
    { text: 'los', expected: { ok: false, code: 'CHANNEL_TARGETS_MISSING' } },
    { text: 'SOCW xyz', expected: { ok: false, code: 'CHANNEL_TARGET_UNKNOWN', word: 'xyz' } },
    // Review 4 L8: codes after the 20th were dropped without a word; now the whole command is refused.
    { text: Array(20).fill('SOCW').join(' '), expected: { ok: true, action: 'link', targets: Array(20).fill(SOCW) } },
    { text: Array(21).fill('SOCW').join(' '), expected: { ok: false, code: 'CHANNEL_TOO_MANY_TARGETS', max: 20 } },
    { text: `los ${Array(25).fill('SOCW').join(', ')}`, expected: { ok: false, code: 'CHANNEL_TOO_MANY_TARGETS', max: 20 } },
  ])('$text', ({ text, expected }) => {
    expect(readKanaal(text)).toEqual(expected);
  });
});

describe('readZoek', () => {
  it.each([
    { text: ' herstelrecht ', expected: { ok: true, query: 'herstelrecht' } },
    { text: '34843,  nr. 79', expected: { ok: true, query: '34843, nr. 79' } },
    { text: 'a', expected: { ok: false, code: 'SEARCH_MISSING' } },
    { text: '', expected: { ok: false, code: 'SEARCH_MISSING' } },
    { text: 'ab', expected: { ok: false, code: 'SEARCH_TOO_SHORT' } },
    { text: `herstelrecht ${'x'.repeat(300)}`, expected: { ok: true, query: `herstelrecht ${'x'.repeat(187)}` } },
  ])('$text', ({ text, expected }) => {
    expect(readZoek(text)).toEqual(expected);
  });
});

describe('readOverzicht', () => {
  it.each([
    { text: '', expected: { ok: true, targets: [], status: 'open', rappel: false } },
    { text: 'SOCW, OCW alles', expected: { ok: true, targets: ['SOCW', 'OCW'], status: 'alles', rappel: false } },
    // Review 4 L6: `afgerond` means the done items only, as for `motie list` (it meant open and done).
    { text: 'afgerond', expected: { ok: true, targets: [], status: 'afgerond', rappel: false } },
    { text: 'Rappel SOCW', expected: { ok: true, targets: ['SOCW'], status: 'open', rappel: true } },
    { text: 'SOCW dicht', expected: { ok: false, code: 'OVERVIEW_WORD_UNKNOWN', word: 'dicht' } },
  ])('$text', ({ text, expected }) => {
    expect(readOverzicht(text)).toEqual(expected);
  });
});

describe('readStatus', () => {
  it.each([
    { text: ' Mijn ', expected: { view: 'mine' } },
    { text: '', expected: { view: 'status', scope: '' } },
    { text: 'SOCW, OCW  zonder termijn', expected: { view: 'status', scope: 'SOCW OCW zonder termijn' } },
    { text: `alles ${'x'.repeat(300)}`, expected: { view: 'status', scope: `alles ${'x'.repeat(194)}` } },
  ])('$text', ({ text, expected }) => {
    expect(readStatus(text)).toEqual(expected);
  });
});
