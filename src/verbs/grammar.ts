// What every verb about one item reads first: its number. Pure; the same text for both adapters
// (Slack's words after the subcommand, the CLI's positionals joined by spaces), so a verb's
// arguments are read once and mean the same in Slack and on the command line.
import { parseItemId } from '../domain/item-id.ts';

/** The item number and the words after it, line breaks kept (a stand van zaken is multi-line). */
export function readItemArgs(text: string): { id: number | null; rest: string } {
  const m = /^\s*(#?\d{1,9})(?:[ \t]+|\n|$)([\s\S]*)$/.exec(text);
  if (!m) return { id: null, rest: '' };
  return { id: parseItemId(m[1]), rest: (m[2] ?? '').trim() };
}

/** The item number as the first word ("12", "#12"); null when there is none. */
export function readItemId(text: string): number | null {
  return parseItemId(text.trim().split(/\s+/)[0]);
}
