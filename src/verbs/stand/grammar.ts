// `stand 12 <tekst>` sets the stand van zaken (line breaks kept), `stand 12` shows it, `stand 12
// leeg` clears it: read once for Slack and the CLI.
import { readItemArgs } from '../grammar.ts';

export type StandArgs =
  | { ok: true; id: number; action: 'show' }
  /** `statusText` '' clears it. */
  | { ok: true; id: number; action: 'set'; statusText: string }
  | { ok: false; code: 'VERB_ID_MISSING' };

/** The word that clears the stand van zaken: never an empty text by accident. */
const CLEAR_WORDS = /^(?:leeg|leegmaken|wissen|wis)$/i;

export function readStand(text: string): StandArgs {
  const { id, rest } = readItemArgs(text);
  if (id === null) return { ok: false, code: 'VERB_ID_MISSING' };
  if (rest === '') return { ok: true, id, action: 'show' };
  return { ok: true, id, action: 'set', statusText: CLEAR_WORDS.test(rest) ? '' : rest };
}
