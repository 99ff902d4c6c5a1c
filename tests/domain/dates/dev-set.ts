// The development set (tests/fixtures/dates-dev-set.tsv): real sentences from public
// parliamentary texts, labelled by hand per docs/DATES.md v3. Shared by the accuracy test and
// `npm run bench`, so both report the same figures.
import { readFileSync } from 'node:fs';
import { datesOfText } from '../../../src/domain/dates/pick-deadline.ts';

export interface DevRow {
  reference: string;
  /** The expected primary expression's text, or null when the text has no informing term. */
  primary: string | null;
  /** The expected deadline when checked by hand. */
  deadline: string | null;
  text: string;
  source: string;
}

/** A labelled set in the dev-set format: the development set (default) or the frozen test split. */
export function loadDevSet(fixture: 'dates-dev-set.tsv' | 'dates-frozen-split.tsv' | 'dates-seen-split.tsv' = 'dates-dev-set.tsv'): DevRow[] {
  const raw = readFileSync(new URL(`../../fixtures/${fixture}`, import.meta.url), 'utf8');
  return raw
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .slice(1)
    .map((line) => {
      const [reference, primary, deadline, text, source] = line.split('\t') as [string, string, string, string, string];
      return { reference, primary: primary === '(none)' ? null : primary, deadline: deadline === '-' ? null : deadline, text, source };
    });
}

export interface DevOutcome {
  row: DevRow;
  ok: boolean;
  got: { text: string; deadline: string | null } | null;
}

/** Right when: no term expected and none given; or the primary overlaps the expected span (and has the expected deadline when labelled). */
function judge(row: DevRow): DevOutcome {
  const { primary } = datesOfText(row.text, row.reference);
  const got = primary ? { text: primary.text, deadline: primary.deadline } : null;
  if (row.primary === null) return { row, ok: primary === null, got };
  if (!primary) return { row, ok: false, got };
  const start = row.text.indexOf(row.primary);
  const end = start + row.primary.length;
  const overlaps = start >= 0 && primary.start < end && primary.end > start;
  const dateOk = row.deadline === null || primary.deadline === row.deadline;
  return { row, ok: overlaps && dateOk, got };
}

export interface DevAccuracy {
  texts: number;
  withTerm: number;
  withoutTerm: number;
  /** Share of all texts with the right primary (or rightly none). */
  primaryCorrect: number;
  /** Share of the texts without an informing term that were wrongly given a deadline. */
  falseDeadlines: number;
  misses: DevOutcome[];
}

export function devAccuracy(rows: readonly DevRow[] = loadDevSet()): DevAccuracy {
  const outcomes = rows.map(judge);
  const without = outcomes.filter((o) => o.row.primary === null);
  return {
    texts: rows.length,
    withTerm: rows.length - without.length,
    withoutTerm: without.length,
    primaryCorrect: outcomes.filter((o) => o.ok).length / rows.length,
    falseDeadlines: without.filter((o) => o.got !== null).length / Math.max(1, without.length),
    misses: outcomes.filter((o) => !o.ok),
  };
}
