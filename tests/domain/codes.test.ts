import { describe, expect, it } from 'vitest';
import { parseTargets } from '../../src/domain/codes.ts';

describe('parseTargets', () => {
  it('sorts codes and ministries, in any case', () => {
    expect(parseTargets(['socw', 'OCW', 'MJenV', 'jenv'])).toEqual({ ok: true, codes: ['SOCW', 'MJenV'], ministries: ['OCW', 'JenV'] });
  });

  it('names the first word that is neither', () => {
    expect(parseTargets(['SOCW', 'kikker', 'xyz'])).toEqual({ ok: false, word: 'kikker' });
  });

  it('reads no words as no targets', () => {
    expect(parseTargets([])).toEqual({ ok: true, codes: [], ministries: [] });
  });
});
