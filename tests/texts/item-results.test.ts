// One sentence per result code of a status change (afgerond, heropen, vervallen, aanhouden,
// verwijder, herstel), shared by `/motie …` and `motie …`: every code the use cases return has a
// Slack and a command-line sentence, and a table that misses one does not compile.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ITEM_RESULT, ITEM_RESULT_CODES, itemResultFacts, type ItemResultCode, type ItemResultFacts } from '../../src/texts/item-results.nl.ts';
import type { Item } from '../../src/domain/items.ts';

const facts: ItemResultFacts = {
  id: 12,
  reference: '36222-45',
  date: '2026-03-01',
  doneBy: '<@UPIET>',
  problem: 'Ik begrijp "morgenochtend" niet.',
  allowedIn: () => ['C0SOCW'],
};

/** The codes the use cases can return, read from their source: a new one without a sentence fails here too. */
function codesInUseCases(): Set<string> {
  const codes = new Set<string>();
  for (const file of ['app/mark-done', 'verbs/heropen/reopen-item', 'verbs/vervallen/lapse-item', 'verbs/aanhouden/hold-item', 'verbs/verwijder/delete-item', 'verbs/herstel/restore-item', 'app/authorize-change']) {
    const source = readFileSync(new URL(`../../src/${file}.ts`, import.meta.url), 'utf8');
    for (const m of source.matchAll(/code: '([A-Z_]+)'/g)) codes.add(m[1] ?? '');
    for (const m of source.matchAll(/code: ((?:'[A-Z_]+'(?: \| )?)+)/g)) for (const c of (m[1] ?? '').matchAll(/'([A-Z_]+)'/g)) codes.add(c[1] ?? '');
  }
  codes.delete('');
  return codes;
}

describe('status change sentences', () => {
  it('cover every code the use cases return', () => {
    const inUse = codesInUseCases();
    expect(inUse.size).toBeGreaterThan(15);
    expect([...inUse].filter((c) => !(ITEM_RESULT_CODES as string[]).includes(c))).toEqual([]);
    expect(ITEM_RESULT_CODES.filter((c) => !inUse.has(c))).toEqual([]);
  });

  it.each(ITEM_RESULT_CODES.map((c) => [c]))('%s has a Slack and a command-line sentence', (code) => {
    const slack = ITEM_RESULT[code].slack(facts);
    const cli = ITEM_RESULT[code].cli(facts);
    for (const sentence of [slack, cli]) {
      expect(sentence.length).toBeGreaterThan(10);
      expect(sentence).not.toMatch(/undefined|null|\[object|ITEM_|HOLD_|CLOSING_/);
    }
    // The command line prints plain text: no Slack mentions, channel links or emoji.
    expect(cli).not.toMatch(/<[@#]|\p{Extended_Pictographic}/u);
  });

  it('reads as before, word for word', () => {
    // One spelling of the Kamerstuk in one action: the change line's (issue 23, cosmetic).
    expect(ITEM_RESULT.ITEM_DONE.slack(facts)).toBe('✅ #12 is afgerond met Kamerstuk 36222, nr. 45.');
    expect(ITEM_RESULT.ITEM_DONE.slack({ ...facts, reference: null })).toBe('✅ #12 is afgerond.');
    expect(ITEM_RESULT.ITEM_DONE.cli(facts)).toBe('#12 is gemarkeerd als afgerond met Kamerstuk 36222, nr. 45.');
    expect(ITEM_RESULT.ITEM_DONE.cli({ ...facts, reference: null })).toBe('#12 is gemarkeerd als afgerond.');
    // A Kamerbrief URL stays as it is, underscores included, as a link (issue 23: `_` became `ˍ`).
    const url = 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2025Z01234&did=2025D_5678';
    expect(ITEM_RESULT.ITEM_DONE.slack({ ...facts, reference: url })).toBe(`✅ #12 is afgerond met <${url}|de Kamerbrief>.`);
    expect(ITEM_RESULT.ITEM_DONE.cli({ ...facts, reference: url })).toBe(`#12 is gemarkeerd als afgerond met ${url}.`);
    expect(ITEM_RESULT.ITEM_MOVED_TO_NEXT.slack(facts)).toBe('✅ #12 is afgerond voor deze keer; de volgende termijn is 1 maart 2026.');
    expect(ITEM_RESULT.ITEM_MOVED_TO_NEXT.cli(facts)).toBe('#12 is afgerond voor deze keer; de volgende termijn is 1 maart 2026.');
    expect(ITEM_RESULT.ITEM_ALREADY_DONE.slack(facts)).toBe('#12 was al afgerond (door <@UPIET>); er is niets veranderd.');
    expect(ITEM_RESULT.ITEM_ON_HOLD.slack(facts)).toBe('⏸ #12 is aangehouden tot 1 maart 2026: tot dan geen herinneringen.');
    expect(ITEM_RESULT.ITEM_ON_HOLD.cli(facts)).toBe('#12 is aangehouden tot 1 maart 2026.');
    expect(ITEM_RESULT.ITEM_NOT_ALLOWED.slack(facts)).toContain('<#C0SOCW>');
    expect(ITEM_RESULT.ITEM_NOT_FOUND.cli(facts)).toBe('Er is geen motie of toezegging met nummer 12.');
    expect(ITEM_RESULT.HOLD_DATE_UNREADABLE.cli({ ...facts, problem: '' })).toBe('Die datum begrijp ik niet.');
  });

  it('takes its facts from the result', () => {
    const item = { closingReference: '36222-45', statusSetBy: 'UPIET' } as unknown as Item;
    expect(itemResultFacts(3, { ok: true, code: 'ITEM_ON_HOLD', item, until: '2026-03-01' }).date).toBe('2026-03-01');
    expect(itemResultFacts(3, { ok: true, code: 'ITEM_MOVED_TO_NEXT', item, movedTo: '2026-06-01' }).date).toBe('2026-06-01');
    expect(itemResultFacts(3, { ok: false, code: 'HOLD_DATE_UNREADABLE', problem: { code: 'DATE_UNRECOGNISED', input: 'ooit' } }).problem).toContain('Ik herken geen datum in "ooit".');
    expect(itemResultFacts(3, { ok: false, code: 'HOLD_DATE_UNREADABLE', problem: null }).problem).toBe('');
    expect(itemResultFacts(3, { ok: true, code: 'ITEM_DONE', item }).reference).toBe('36222-45');
    expect(itemResultFacts(3, { ok: true, code: 'ITEM_DONE', item: { ...item, closingReference: null } }).reference).toBeNull();
    expect(itemResultFacts(3, { ok: false, code: 'ITEM_ALREADY_DONE', item }, { doneBy: (a) => `<@${a ?? ''}>` }).doneBy).toBe('<@UPIET>');
  });

  it('does not compile without a sentence for every code', () => {
    const { ITEM_LAPSED: _dropped, ...rest } = ITEM_RESULT;
    // @ts-expect-error: ITEM_LAPSED has no sentence
    const incomplete: typeof ITEM_RESULT = rest;
    const codes: readonly ItemResultCode[] = ITEM_RESULT_CODES;
    expect(Object.keys(incomplete)).toHaveLength(codes.length - 1);
  });
});
