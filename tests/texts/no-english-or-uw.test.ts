// What a user reads says "je", never "u"/"uw", and has no English words slipped in (issue 23, cosmetic).
import { describe, expect, it } from 'vitest';
import { LAYOUT_TEXT, readFailureNl } from '../../src/texts/import.nl.ts';

describe('the layout texts', () => {
  it('say "je" and no English "promise"', () => {
    const all = [...Object.values(LAYOUT_TEXT).map((l) => `${l.name} ${l.example}`), readFailureNl({ ok: false, code: 'LAYOUT_UNKNOWN' })].join('\n');
    expect(all).not.toMatch(/\buw\b|\bpromise\b/i);
    expect(all).toContain('Heeft je tabel andere kolomkoppen');
  });
});
