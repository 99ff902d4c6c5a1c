// The status words a person may type, suggested in Dutch (src/texts/describe-item.nl.ts); the
// parser reads the same words (domain/status-words.ts).
import { describe, expect, it } from 'vitest';
import { parseStatusWord, STATUS_LABEL } from '../../src/domain/status-words.ts';
import { statusWordsNl } from '../../src/texts/describe-item.nl.ts';

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
