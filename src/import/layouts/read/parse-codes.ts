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
  // (Most lines start with a printable ASCII character other than M or S: no code, without the regex.)
  const first = line.charCodeAt(0);
  if (first > 32 && first < 127 && first !== 77 && first !== 83) return null;
  if (!CODE_START.test(line)) return null;
  // The codes come first: the line's tokens are read as far as the codes go, not split whole (a
  // stand van zaken is long, and every line of an overview is tried; issue 28).
  const trimmed = line.trim();
  const tokens = new Tokens(trimmed);
  const codes = codesAtStart(tokens, allowUnknown);
  if (!codes) return null;
  return { responsible: codes.responsible, rest: tokens.from(codes.consumed), unknown: codes.unknown };
}

/**
 * The tokens of a trimmed line, as `line.split(/\s+/)` gives them (none for an empty line), read
 * as far as they are asked for.
 */
class Tokens {
  private readonly starts: number[] = [];
  private readonly texts: string[] = [];
  private readonly next = /\S+/g;
  /** Whether the last token was read (a failed exec starts the next one at the line's start again). */
  private done = false;
  constructor(private readonly line: string) {}

  /** The token at `index`, or undefined past the last. */
  at(index: number): string | undefined {
    while (this.texts.length <= index) {
      const match = this.done ? null : this.next.exec(this.line);
      if (!match) {
        this.done = true;
        return undefined;
      }
      this.starts.push(match.index);
      this.texts.push(match[0]);
    }
    return this.texts[index];
  }

  /** The line from its token at `index` on ('' past the last): the line without its first `index` tokens. */
  from(index: number): string {
    return this.at(index) === undefined ? '' : this.line.slice(this.starts[index]);
  }
}

function codesAtStart(tokens: Tokens, allowUnknown: boolean): { responsible: Responsibility[]; unknown: string[]; consumed: number } | null {
  const responsible: Responsibility[] = [];
  const unknown: string[] = [];
  let index = 0;
  let consumed = 0;
  for (let token = tokens.at(0); token !== undefined; token = tokens.at(index)) {
    token = withoutPunctuation(token);
    const known = KNOWN_CODE.test(token);
    if (!known && !(allowUnknown && CODE_SHAPE.test(token) && /[A-Z].*[A-Z]/.test(token))) break;
    if (!known) unknown.push(token);
    if (!hasCode(responsible, token)) {
      responsible.push({ code: token, ministry: known ? knownMinistry(token) : ministryOfCode(token) });
    }
    index += 1;
    consumed = index;
    const separator = tokens.at(index);
    if (separator !== undefined && CODE_SEPARATORS.test(separator)) {
      const after = withoutPunctuation(tokens.at(index + 1) ?? '');
      if (KNOWN_CODE.test(after) || (allowUnknown && CODE_SHAPE.test(after))) index += 1;
    }
  }
  if (responsible.length === 0) return null;
  return { responsible, unknown, consumed };
}

function hasCode(responsible: readonly Responsibility[], code: string): boolean {
  for (const r of responsible) if (r.code === code) return true;
  return false;
}

/** The token without a final ",", ";" or ":" (what `replace(/[,;:]$/, '')` removes). */
function withoutPunctuation(token: string): string {
  const last = token.charCodeAt(token.length - 1);
  return last === 44 || last === 59 || last === 58 ? token.slice(0, -1) : token;
}

/** ministryOfCode of the known codes (KNOWN_CODE: M or S and one of MINISTRIES), read once each. */
const KNOWN_MINISTRIES = new Map<string, string>();

function knownMinistry(code: string): string {
  let ministry = KNOWN_MINISTRIES.get(code);
  if (ministry === undefined) {
    ministry = ministryOfCode(code);
    KNOWN_MINISTRIES.set(code, ministry);
  }
  return ministry;
}
