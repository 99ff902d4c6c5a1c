import { describe, expect, it } from 'vitest';
import { upperFirst } from '../../src/domain/upper-first.ts';

describe('upperFirst', () => {
  it('upper-cases the first character as the Dutch locale does, for every first character of the BMP', () => {
    for (let code = 0; code < 0x10000; code += 1) {
      const text = `${String.fromCharCode(code)}an Dam`;
      const want = text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);
      if (upperFirst(text) !== want) expect(upperFirst(text), code.toString(16)).toBe(want);
    }
  });
  it('changes only the first character, and leaves an empty text empty', () => {
    expect(upperFirst('van dam')).toBe('Van dam');
    expect(upperFirst('één')).toBe('Één');
    expect(upperFirst('ijsselmeer')).toBe('Ijsselmeer');
    expect(upperFirst('')).toBe('');
  });
});
