import { describe, expect, it } from 'vitest';
import { lastMatch } from '../../../src/domain/dates/regex-scan.ts';

describe('lastMatch', () => {
  it('gives the last match of a global expression, from the start whatever lastIndex was left at', () => {
    const re = /\bte (?:verzoeken|vragen)\b/g;
    re.lastIndex = 40;
    const m = lastMatch(re, 'de regering te verzoeken de NZa te vragen om voor 1 juni');
    expect(m?.[0]).toBe('te vragen');
    expect(m?.index).toBe(32);
  });

  it('gives undefined when nothing matches, and can be used again', () => {
    const re = /\bdat\b/g;
    expect(lastMatch(re, 'zonder het voegwoord')).toBeUndefined();
    expect(lastMatch(re, 'het principe dat en de garantie dat')?.index).toBe(32);
  });
});
