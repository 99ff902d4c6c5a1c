// The cheap gates before costly expressions of the date roles (issue 28; review 9): a text without any
// of a gate's needles is not scanned by its expression, so every match of the expression must hold a
// needle. The positive cases of grammar-gates.test.ts hold that for the alternatives of today; this
// test holds it for any alternative: it generates strings that match each expression (widened: its
// \b and lookarounds left out, which only admits more strings) and asks each for a needle. An
// alternative added to an expression without its needle, or a needle dropped, fails it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Gate } from '../../../src/domain/dates/regex-scan.ts';
import { ROLE_GATES } from '../../../src/domain/dates/roles.ts';
import { VOICE_GATES } from '../../../src/domain/dates/voice.ts';

/**
 * The source of `expression` without its word boundaries and lookarounds (fast-check's
 * stringMatching reads neither). Leaving an assertion out only lets more strings match.
 */
function widened(source: string): string {
  let out = '';
  let i = 0;
  const skipGroup = (from: number): number => {
    // `from` is just past "(?=", "(?!", "(?<=" or "(?<!": skip to the matching ")".
    let depth = 1;
    let j = from;
    let inClass = false;
    while (j < source.length && depth > 0) {
      const c = source[j];
      if (c === '\\') j += 2;
      else {
        if (inClass) inClass = c !== ']';
        else if (c === '[') inClass = true;
        else if (c === '(') depth += 1;
        else if (c === ')') depth -= 1;
        j += 1;
      }
    }
    return j;
  };
  let inClass = false;
  while (i < source.length) {
    const c = source[i] ?? '';
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && (next === 'b' || next === 'B')) {
        i += 2;
        continue;
      }
      out += c + next;
      i += 2;
      continue;
    }
    if (inClass) {
      inClass = c !== ']';
      out += c;
      i += 1;
      continue;
    }
    if (c === '[') inClass = true;
    const look = /^\(\?<?[=!]/.exec(source.slice(i, i + 4));
    if (look) {
      i = skipGroup(i + look[0].length);
      continue;
    }
    out += c;
    i += 1;
  }
  return out;
}

const GATES: readonly Gate[] = [...ROLE_GATES, ...VOICE_GATES];

describe('every match of a gated expression holds one of its needles (issue 28, review 9)', () => {
  it('lists the gates of roles.ts and voice.ts', () => {
    expect(GATES.map((gate) => gate.name).sort()).toEqual(
      [
        'CHAIR_PROPOSAL', 'CITED_MOTIE', 'CLOSED_RELATIVE', 'DISCUSS_WITH_KAMER', 'INVITED', 'INVITED_GOVERNMENT', 'KAMER_MEETING_PLANNED',
        'LETTER_SELF', 'NESTED_ASK', 'NORM_THAT', 'RELATIVE_SELF_SUBJECT', 'REPORTED_THAT', 'RESULT_CLAUSE', 'RHYTHM_PARENTHESIS', 'SELF_SEND',
        'TERM_MOVED', 'TIMELY_FOR',
      ],
    );
  });

  it('widens an expression by leaving out its word boundaries and lookarounds only', () => {
    expect(widened(String.raw`\b(?:a|(?!x )[a-z]+se)(?<=\d)b\\b[\b(]\d(?<![(\]])c\b`)).toEqual(String.raw`(?:a|[a-z]+se)b\\b[\b(]\dc`);
    expect(new RegExp(widened(String.raw`(?<!aan te )vragen\b`)).test('aan te vragen')).toBe(true);
  });

  it.each(GATES.map((gate) => [gate.name, gate] as const))('%s', (_name, gate) => {
    const matching = new RegExp(widened(gate.expression.source), gate.expression.flags.replace(/[gy]/g, ''));
    const holdsNeedle = (text: string) =>
      gate.at === 'end' ? gate.needles.some((needle) => text.endsWith(needle)) : gate.needles.some((needle) => text.includes(needle));
    // A fixed seed: the same strings on every run; 1,000 of them reach every alternative of these expressions.
    fc.assert(
      fc.property(fc.stringMatching(matching), (text) => holdsNeedle(text)),
      { seed: 9, numRuns: 1000 },
    );
  });
});
