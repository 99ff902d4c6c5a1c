// The status words a person may type, suggested in Dutch (src/texts/describe-item.nl.ts); the
// parser reads the same words (domain/status-words.ts).
import { describe, expect, it } from 'vitest';
import { parseStatusWord, STATUS_LABEL } from '../../src/domain/status-words.ts';
import { describeTerm, statusWordsNl, termInSentence } from '../../src/texts/describe-item.nl.ts';
import { fieldChangeNl } from '../../src/texts/import.nl.ts';

describe('statusWordsNl', () => {
  it('lists the words with "of" before the last', () => {
    expect(statusWordsNl(['open', 'done', 'lapsed'])).toBe('open, afgerond of vervallen');
    expect(statusWordsNl(['done', 'lapsed'])).toBe('afgerond of vervallen');
    expect(statusWordsNl(['open'])).toBe('open');
  });

  it('suggests only words the parser reads', () => {
    for (const status of ['open', 'done', 'lapsed', 'deleted'] as const) {
      expect(parseStatusWord(STATUS_LABEL[status], [status])).toBe(status);
      expect(statusWordsNl([status])).toBe(STATUS_LABEL[status]);
    }
  });
});

describe('a term text inside a sentence (issue 23)', () => {
  const item = (text: string) => ({ status: 'open' as const, deadline: { earliest: null, deadline: '2025-07-03', text, basis: 'explicit' as const, soft: true, source: 'request' as const } });

  it('loses the capital of a sentence\'s first word, not of a name or an abbreviation', () => {
    expect(termInSentence('Voor de zomer van 2025')).toBe('voor de zomer van 2025');
    expect(termInSentence('Zo spoedig mogelijk')).toBe('zo spoedig mogelijk');
    expect(termInSentence('Juli 2025')).toBe('juli 2025');
    expect(termInSentence('Prinsjesdag 2025')).toBe('Prinsjesdag 2025');
    expect(termInSentence('Voorjaarsnota 2026')).toBe('Voorjaarsnota 2026');
    expect(termInSentence('Q3 2025')).toBe('Q3 2025');
    expect(termInSentence('AMvB in 2026')).toBe('AMvB in 2026');
    expect(termInSentence('voor de zomer')).toBe('voor de zomer');
  });

  it('shows in the term line and in an import\'s change lines in lower case', () => {
    expect(describeTerm(item('Voor de zomer van 2025'), '2026-01-01')).toMatch(/^voor de zomer van 2025 → 3 juli 2025/);
    expect(fieldChangeNl({ field: 'deadline', from: null, to: item('Voor de zomer van 2025').deadline })).toBe('termijn: geen termijn → voor de zomer van 2025 (3 juli 2025)');
  });
});
