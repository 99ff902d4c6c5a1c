// What a stand van zaken says about its item, in every layout: that it was fulfilled ("is
// afgedaan"), or that it was merged with the item above or below it.
import type { ImportItem, ImportProblem } from '../import-item.ts';
import { DONE_NEGATIONS, DONE_PHRASES, LINK_PHRASES } from './vocabulary.ts';

/**
 * "motie" or "toezegging" in any case, as every done and link phrase has it (with the same /i):
 * a text without either has none of those phrases, and is not split into sentences and searched
 * phrase by phrase (issue 28; tests/import/layouts/read/status-phrases-gate.test.ts).
 */
const NAMES_THE_ITEM = /motie|toezegging/i;

/** True when a sentence of the status text says the item was fulfilled (and does not negate it). */
export function isDone(statusText: string): boolean {
  // Every done phrase names the motie or toezegging (DONE_PHRASES): a text naming neither has none.
  if (!NAMES_THE_ITEM.test(statusText)) return false;
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
