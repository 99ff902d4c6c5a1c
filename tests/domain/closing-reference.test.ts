import { describe, expect, it } from 'vitest';
import { parseClosingReference, readClosingReference } from '../../src/domain/closing-reference.ts';

describe('parseClosingReference', () => {
  it.each([
    { text: '36222-45', stored: '36222-45' },
    { text: 'Kamerstuk 36222-45', stored: '36222-45' },
    { text: '36222, nr. 45', stored: '36222-45' },
    { text: 'kamerstuk 36222 nr 45', stored: '36222-45' },
    { text: 'Kamerstukken II 2024/25, 36200-VIII, nr. 12', stored: '36200-VIII-12' },
    { text: '36200-viii-012', stored: '36200-VIII-12' },
    { text: 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2025D1', stored: 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2025D1' },
  ])('reads "$text" as $stored', ({ text, stored }) => {
    const r = parseClosingReference(text);
    expect(r.ok && r.stored).toBe(stored);
  });

  it.each(['', 'de brief van gisteren', '3622-45', 'javascript:alert(1)', 'https://exa mple.nl', 'ftp://x.nl/a', '36222'])(
    'refuses "%s"',
    (text) => {
      expect(parseClosingReference(text)).toEqual({ ok: false, code: 'CLOSING_REFERENCE_UNREADABLE' });
    },
  );

  it('reads a stored reference back', () => {
    expect(readClosingReference('36200-VIII-12')).toEqual({ kind: 'kamerstuk', dossier: '36200-VIII', number: '12' });
    expect(readClosingReference('https://x.nl/a')).toEqual({ kind: 'url', url: 'https://x.nl/a' });
  });
});
