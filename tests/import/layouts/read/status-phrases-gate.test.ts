// isDone and linkItems look for their phrases only in a status text that names the motie or the
// toezegging (issue 28): every done and link phrase has those words, so the answers are the ones
// the phrase-by-phrase search gives.
import { describe, expect, it } from 'vitest';
import { isDone, linkItems } from '../../../../src/import/layouts/read/status-text.ts';
import { DONE_NEGATIONS, DONE_PHRASES, LINK_PHRASES } from '../../../../src/import/layouts/read/vocabulary.ts';
import type { ImportItem, ImportProblem } from '../../../../src/import/layouts/import-item.ts';

/** isDone without the gate, as it was. */
function everyPhrase(statusText: string): boolean {
  for (const sentence of statusText.split(/(?<=[.!?])\s+/)) {
    for (const phrase of DONE_PHRASES) {
      const match = phrase.exec(sentence);
      if (match && !DONE_NEGATIONS.test(sentence.slice(0, match.index + match[0].length))) return true;
    }
  }
  return false;
}

describe('the status phrases', () => {
  it('each name the motie or toezegging, with the gate\'s case rule, outside any optional part', () => {
    for (const phrase of [...DONE_PHRASES, ...LINK_PHRASES.map((link) => link.pattern)]) {
      expect(phrase.flags, phrase.source).toBe('i');
      // The one group that names the item, required (not followed by ?, * or {0,…}), in a phrase without top-level alternatives.
      expect(phrase.source, phrase.source).toMatch(/\(\?:motie\|toezegging\)(?![?*{])/);
      expect(phrase.source.replace(/\((?:[^()]|\([^()]*\))*\)/g, ''), phrase.source).not.toContain('|');
      // Words, \s and \b only (no anchor or look-around): a phrase that matches in a sentence matches
      // in the whole text, so the whole text is searched first (anyOf in status-text.ts).
      expect(phrase.source, phrase.source).not.toMatch(/\(\?<?[=!]|\^|\$/);
    }
  });

  it('isDone answers as the search through every phrase, for texts with and without the words', () => {
    const parts = ['Hiermee is de motie afgedaan.', 'De toezegging wordt daarmee uitgevoerd.', 'Daarmee is de MOTIE afgerond', 'De motie is nog niet afgedaan.', 'Invulling gegeven aan deze toezegging.',
      'Is hiermee voldaan aan de motie', 'Hiermee is de zaak afgedaan.', 'De brief is verstuurd.', 'Motie', 'toezegging', 'Er is uitvoering gegeven aan de Motie.', 'Deels: hiermee is de motie afgedaan.', ' ', '\n'];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    let done = 0;
    for (let n = 0; n < 5000; n += 1) {
      let text = '';
      for (let i = Math.floor(next() * 4); i >= 0; i -= 1) text += `${parts[Math.floor(next() * parts.length)] ?? ''} `;
      const want = everyPhrase(text);
      expect(isDone(text), text).toBe(want);
      if (want) done += 1;
    }
    expect(done).toBeGreaterThan(500);
  });

  it('linkItems links where a phrase says so and leaves a text without the words alone', () => {
    const item = (position: number, statusText: string | null): ImportItem => ({ position, line: position * 10, kind: 'motie', statusText } as unknown as ImportItem);
    const items = [item(1, 'Samen met de volgende motie afgehandeld.'), item(2, 'Zie de bovenstaande toezegging.'), item(3, 'Samen met de volgende brief.'), item(4, null)];
    const problems: ImportProblem[] = [];
    linkItems(items, items.map(() => ({ statusLine: null })), problems);
    expect(items.map((i) => i.linkedTo)).toEqual([2, 1, undefined, undefined]);
    expect(problems).toEqual([]);
  });
});
