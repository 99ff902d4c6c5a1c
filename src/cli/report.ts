// The answer of a status change on the command line: the sentence for its result code
// (texts/item-results.nl.ts) on stdout or stderr, or the item as JSON with --json.
import { ITEM_RESULT, itemResultFacts, type ItemResult } from '../texts/item-results.nl.ts';
import { itemJsonText } from './item-json.ts';
import type { CliIo, ParsedArgs } from './types.ts';

/** Codes that mean the input was wrong (exit code 2, like a usage error) rather than the item's state (1). */
const BAD_INPUT = new Set<ItemResult['code']>(['CLOSING_REFERENCE_UNREADABLE', 'HOLD_DATE_PAST', 'HOLD_DATE_UNREADABLE']);

/** Prints the answer to `result` for item `id` and returns the exit code. */
export function report(args: Pick<ParsedArgs, 'flags'>, io: CliIo, id: number, result: ItemResult): number {
  if (result.ok) {
    io.out(args.flags.json ? itemJsonText(result.item) : ITEM_RESULT[result.code].cli(itemResultFacts(id, result)));
    return 0;
  }
  io.err(ITEM_RESULT[result.code].cli(itemResultFacts(id, result)));
  return BAD_INPUT.has(result.code) ? 2 : 1;
}
