// What the `motie` verbs about one item share: the number (or the usage when it is missing), the
// request they change it under, and printing the item after an edit.
import { cliActor } from '../domain/actor.ts';
import type { Item } from '../domain/items.ts';
import { ITEM_CLI } from './texts.nl.ts';
import { itemJsonText } from './item-json.ts';
import type { CliIo, ParsedArgs } from './types.ts';

/** The verb's positionals as one text: the same words Slack's subcommand reads. */
export function argsText(args: ParsedArgs): string {
  return args.positional.join(' ');
}

/** Says which number is missing, with an example (`motie heropen 12`). */
export function idMissing(io: CliIo, example: string): number {
  io.err(ITEM_CLI.idMissing(example));
  return 2;
}

/** The change request of a command line: `--door` names the person. */
export function cliRequest(args: ParsedArgs) {
  return { actor: cliActor(typeof args.flags.door === 'string' ? args.flags.door : null), context: { via: 'cli' } };
}

/** The item after an edit with --json, else the line. */
export function printEdited(args: ParsedArgs, io: CliIo, item: Item, line: string): number {
  io.out(args.flags.json ? itemJsonText(item) : line);
  return 0;
}
