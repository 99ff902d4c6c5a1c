// Scanning helpers of the date rules (roles.ts, voice.ts): the last match of an expression before a date, and the cheap
// needle gates in front of the costly expressions (issue 28). Was last-match.ts, named after its first helper only.
/**
 * The last match of a global regular expression in `text`, or undefined: what the rules that read
 * "the nearest X before the date" look for (the last request verb, purpose word or norm noun of the
 * sentence before it). `re` must have the `g` flag and never match the empty string.
 */
export function lastMatch(re: RegExp, text: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last;
}

/**
 * Whether `text` contains one of `needles`: the cheap gate before a regular expression every match
 * of which contains one of them (each alternative of it holds one as plain text). A text without
 * any is not scanned by the expression at all; on the sentences a role reads, those scans were
 * most of roleOf's cost (issue 28). A new alternative of such an expression needs its needle.
 */
export function hasAny(text: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (text.includes(needle)) return true;
  return false;
}

/**
 * A cheap gate before `expression` (issue 28): every match of it contains one of `needles`
 * (`at: 'end'`: ends in one, for an expression anchored at the end of the text it is tested on).
 * tests/domain/dates/gate-needles.test.ts generates matches of every gate's expression and fails
 * on one without a needle: an alternative added without its needle, or a needle dropped.
 */
export interface Gate {
  name: string;
  expression: RegExp;
  needles: readonly string[];
  at?: 'end';
}
