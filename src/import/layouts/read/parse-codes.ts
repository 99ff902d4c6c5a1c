// Bewindspersoon codes at the start of a status paragraph: "SOCW", "MOCW en SOCW", "SOCW en MJenV".
import { MINISTRIES, ministryOfCode } from '../../../domain/codes.ts';
import type { Responsibility } from '../../../domain/items.ts';
import { CODE_SEPARATORS } from './vocabulary.ts';

const KNOWN_CODE = new RegExp(`^[MS](?:${MINISTRIES.join('|')})$`);
/** The shape of a code outside the table: M or S, then a capital and a few letters. */
const CODE_SHAPE = /^[MS][A-Z][A-Za-z]{1,5}$/;
/** How a line with codes starts (parseCodeLine's gate): every KNOWN_CODE and CODE_SHAPE starts so. */
const CODE_START = /^\s*[MS][A-Z]/;

export interface CodeLine {
  responsible: Responsibility[];
  /** The text after the codes. */
  rest: string;
  /** Codes that are not in the table of ministries. */
  unknown: string[];
}

/**
 * Reads the codes at the start of a line. Returns null when the line does not start with a
 * known code (or, with `allowUnknown`, with something shaped like one).
 */
export function parseCodeLine(line: string, allowUnknown = false): CodeLine | null {
  // Every line of an overview is tried, most of them prose: a code, known (KNOWN_CODE: M or S and a
  // ministry, each of which starts with a capital) or shaped like one (CODE_SHAPE), starts with M
  // or S and a capital A-Z after the white space trim() drops (what \s matches); else no codes.
  if (!CODE_START.test(line)) return null;
  // The codes come first: the first tokens are read, not the whole line (a stand van zaken is
  // long, and every line of an overview is tried); all of them only when the codes run on.
  const peek = line.trim().split(/\s+/, TOKENS_PEEKED);
  const codes = codesAtStart(peek.filter((token) => token !== ''), allowUnknown);
  if (codes && peek.length === TOKENS_PEEKED && codes.index >= TOKENS_PEEKED - 2) {
    return lineOfCodes(line, codesAtStart(line.trim().split(/\s+/).filter((token) => token !== ''), allowUnknown));
  }
  return lineOfCodes(line, codes);
}

/** How many tokens parseCodeLine reads first. */
const TOKENS_PEEKED = 12;

function lineOfCodes(line: string, codes: { responsible: Responsibility[]; unknown: string[]; consumed: number } | null): CodeLine | null {
  if (!codes) return null;
  return { responsible: codes.responsible, rest: skipTokens(line.trim(), codes.consumed), unknown: codes.unknown };
}

function codesAtStart(tokens: readonly string[], allowUnknown: boolean): { responsible: Responsibility[]; unknown: string[]; consumed: number; index: number } | null {
  const responsible: Responsibility[] = [];
  const unknown: string[] = [];
  let index = 0;
  let consumed = 0;
  while (index < tokens.length) {
    const token = (tokens[index] ?? '').replace(/[,;:]$/, '');
    const known = KNOWN_CODE.test(token);
    if (!known && !(allowUnknown && CODE_SHAPE.test(token) && /[A-Z].*[A-Z]/.test(token))) break;
    if (!known) unknown.push(token);
    if (!responsible.some((r) => r.code === token)) {
      responsible.push({ code: token, ministry: ministryOfCode(token) });
    }
    index += 1;
    consumed = index;
    const separator = tokens[index];
    if (separator !== undefined && CODE_SEPARATORS.test(separator)) {
      const after = (tokens[index + 1] ?? '').replace(/[,;:]$/, '');
      if (KNOWN_CODE.test(after) || (allowUnknown && CODE_SHAPE.test(after))) index += 1;
    }
  }
  if (responsible.length === 0) return null;
  return { responsible, unknown, consumed, index };
}

function skipTokens(line: string, count: number): string {
  let rest = line;
  for (let i = 0; i < count; i += 1) rest = rest.replace(/^\S+\s*/, '');
  return rest.trim();
}
