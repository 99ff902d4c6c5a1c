// `termijn 12 eind maart 2026`, `termijn 12 geen`: read once for Slack and the CLI. The term's
// words go to the use case as typed (it reads the date and refuses what it cannot read).
import { readItemArgs } from '../grammar.ts';

export type TermijnArgs = { ok: true; id: number; expression: string } | { ok: false; code: 'VERB_ID_MISSING' | 'TERM_MISSING' };

export function readTermijn(text: string): TermijnArgs {
  const { id, rest } = readItemArgs(text);
  if (id === null) return { ok: false, code: 'VERB_ID_MISSING' };
  const expression = rest.replace(/\s+/g, ' ');
  if (expression === '') return { ok: false, code: 'TERM_MISSING' };
  return { ok: true, id, expression };
}
