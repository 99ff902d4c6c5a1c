// What a stand van zaken says about its item, in every layout: that it was fulfilled ("is
// afgedaan"), or that it was merged with the item above or below it.
import type { ImportItem, ImportProblem } from '../import-item.ts';
import { anyOf, DONE_NEGATIONS, DONE_PHRASES, LINK_PHRASES } from './vocabulary.ts';

/**
 * "motie" or "toezegging" in any case, as every done and link phrase has it (with the same /i):
 * a text without either has none of those phrases, and is not split into sentences and searched
 * phrase by phrase (issue 28; tests/import/layouts/read/status-phrases-gate.test.ts).
 */
const NAMES_THE_ITEM = /motie|toezegging/i;

/**
 * The done phrases, and the link phrases, each as one regular expression per set of flags (anyOf): a
 * text none of them matches has no such phrase in any of its sentences, and is not split into
 * sentences and searched phrase by phrase (issue 28). (Each phrase is words, \s and \b: one that
 * matches inside a sentence matches in the whole text, whose sentences end at white space.)
 */
const ANY_DONE_PHRASE = anyOf(DONE_PHRASES);
const ANY_LINK_PHRASE = anyOf(LINK_PHRASES.map((phrase) => phrase.pattern));

function matchesAny(patterns: readonly RegExp[], text: string): boolean {
  for (const pattern of patterns) if (pattern.test(text)) return true;
  return false;
}

/** True when a sentence of the status text says the item was fulfilled (and does not negate it). */
export function isDone(statusText: string): boolean {
  // Every done phrase names the motie or toezegging (DONE_PHRASES): a text naming neither has none.
  if (!NAMES_THE_ITEM.test(statusText)) return false;
  if (!matchesAny(ANY_DONE_PHRASE, statusText)) return false;
  for (const sentence of statusText.split(/(?<=[.!?])\s+/)) {
    for (const phrase of DONE_PHRASES) {
      const match = phrase.exec(sentence);
      if (match && !DONE_NEGATIONS.test(sentence.slice(0, match.index + match[0].length))) return true;
    }
  }
  return false;
}

/** Applies the link phrases ("geïntegreerd met bovenstaande motie") of the status texts; rows give the status lines. */
export function linkItems(items: ImportItem[], rows: readonly { statusLine: number | null }[], problems: ImportProblem[]): void {
  for (const [index, item] of items.entries()) {
    if (!item.statusText) continue;
    // Every link phrase names the motie or toezegging (LINK_PHRASES).
    if (!NAMES_THE_ITEM.test(item.statusText)) continue;
    if (!matchesAny(ANY_LINK_PHRASE, item.statusText)) continue;
    const link = LINK_PHRASES.find((phrase) => phrase.pattern.test(item.statusText ?? ''));
    if (!link) continue;
    const target = link.direction === 'above' ? items[index - 1] : items[index + 1];
    if (!target) {
      problems.push({
        line: rows[index]?.statusLine ?? item.line,
        code: 'OVERVIEW_LINK_TARGET_MISSING',
        kind: item.kind,
        itemLine: item.line,
        direction: link.direction,
        severity: 'error',
        item: item.position,
      });
      continue;
    }
    items[index] = { ...item, linkedTo: target.position };
  }
}
