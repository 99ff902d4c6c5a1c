// clean (rows-to-items.ts) returns a cell as it is when its gate sees nothing to change: it must
// give exactly what the full clean-up gives, for every short string over the characters that
// matter (soft hyphen, space, no-break space, tab, line breaks, BOM, ideographic space, letters).
import { describe, expect, it } from 'vitest';
import { clean } from '../../../../src/import/layouts/read/rows-to-items.ts';

/** The full clean-up, as clean did it for every value before the gate. */
function fullClean(value: string): string | null {
  const text = value.replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

const ALPHABET = ['a', 'B', ' ', '\u00AD', '\u00A0', '\t', '\n', '\r\n', '\uFEFF', '\u3000', '-'];

function* strings(length: number): Generator<string> {
  if (length === 0) {
    yield '';
    return;
  }
  for (const rest of strings(length - 1)) for (const c of ALPHABET) yield rest + c;
}

describe('clean', () => {
  it('gives what the full clean-up gives for every string of up to four of the characters that matter', () => {
    let checked = 0;
    for (let length = 0; length <= 4; length += 1) {
      for (const value of strings(length)) {
        expect(clean(value), JSON.stringify(value)).toBe(fullClean(value));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('keeps null and undefined as null, and a clean value as it is', () => {
    expect(clean(null)).toBeNull();
    expect(clean(undefined)).toBeNull();
    expect(clean('Verzoekt de regering')).toBe('Verzoekt de regering');
  });
});
