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
