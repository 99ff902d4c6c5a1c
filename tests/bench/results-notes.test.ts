// bench/RESULTS.md across whole runs (bench/run.ts): a whole run writes a new header and table,
// and keeps the notes of the file it replaces below the table (earlierNotes): what was held out,
// measured once or changed when stays on record, newest first. A note of rows re-measured alone
// (bench:layouts, bench:dates) loses the prefix those scripts look for in the header.
import { describe, expect, it } from 'vitest';
import { EARLIER_NOTES_HEADING, earlierNotes } from '../../bench/lib/rows.ts';

const results = (date: string, notes: string[], history: string[] | null) =>
  [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run.ts).',
    '',
    `- Date: ${date}`,
    '- CPU: Test CPU (2 cores)',
    '- Node: v20.20.2',
    '- Load average at the end: 1.0, 1.0, 1.0',
    '- Whole run: 9.7 minutes (session 19, quiet machine)',
    ...notes,
    '',
    'Ratio is ours ÷ baseline.',
    '',
    '| What | Ours | Baseline | Ratio | Goal / verdict |',
    '| --- | --- | --- | --- | --- |',
    '| Import | 1.0 | 2.0 | 0.50× | goal met |',
    ...(history ? ['', EARLIER_NOTES_HEADING, '', 'The rows above are all the run of the header.', '', ...history] : []),
    '',
  ].join('\n');

describe('earlierNotes', () => {
  it("keeps the header's notes, its whole run named by its date, and the notes of earlier runs, continuation lines included", () => {
    const previous = results(
      '2026-12-08T02:53:55.898Z',
      ['- Layout rows: re-measured alone by `npm run bench:layouts` at 04:00', '- Session 19: three changes', '  (continued on a second line)'],
      ['- Session 9: a held-out month, measured once', '  July 2025 held out', '- Session 6: routing rules'],
    );
    expect(earlierNotes(previous)).toEqual([
      '- The whole run of 2026-12-08T02:53:55.898Z: 9.7 minutes (session 19, quiet machine)',
      '- Layout rows after the whole run of 2026-12-08T02:53:55.898Z: re-measured alone by `npm run bench:layouts` at 04:00',
      '- Session 19: three changes',
      '  (continued on a second line)',
      '- Session 9: a held-out month, measured once',
      '  July 2025 held out',
      '- Session 6: routing rules',
    ]);
  });

  it('carries them from run to run, newest first, with no prefix bench:layouts or bench:dates would take for their own note', () => {
    const first = results('2026-12-01T00:00:00.000Z', ['- Date rows: re-measured alone by `npm run bench:dates`'], null);
    const second = results('2026-12-08T00:00:00.000Z', ['- Session 19: a change'], earlierNotes(first));
    const kept = earlierNotes(second);
    expect(kept).toEqual([
      '- The whole run of 2026-12-08T00:00:00.000Z: 9.7 minutes (session 19, quiet machine)',
      '- Session 19: a change',
      '- The whole run of 2026-12-01T00:00:00.000Z: 9.7 minutes (session 19, quiet machine)',
      '- Date rows after the whole run of 2026-12-01T00:00:00.000Z: re-measured alone by `npm run bench:dates`',
    ]);
    expect(kept.filter((line) => /^- (Layout|Date) rows: |^- Whole run:/.test(line))).toEqual([]);
  });

  it('keeps nothing of a file without a table (a first run)', () => {
    expect(earlierNotes('# Benchmark results\n')).toEqual([]);
  });
});
