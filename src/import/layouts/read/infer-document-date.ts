// When no document date is given: the day after the newest date the document mentions in the
// past tense ("hebben in Q1 2025 plaatsgevonden" → 2025-03-31 → 2025-04-01). The day after,
// so that what the document reports as done counts as past when its deadlines are chosen.
// Dates the document promises for the future do not count, nor dates without a year.
import { addDays } from '../../../domain/dates/calendar-date.ts';
import { parseDates, type IsoDate, type ParliamentaryCalendar } from '../../../domain/dates/index.ts';
import { joinLines, type SourceLine } from './normalise-text.ts';
import { PAST_AUXILIARY, PAST_PARTICIPLE, SIMPLE_PAST } from './vocabulary.ts';

export interface InferredDocumentDate {
  /** The document date: the day after `mentioned`. */
  date: IsoDate;
  /** The newest past date the document mentions. */
  mentioned: IsoDate;
  /** The verbatim expression it came from, and its line. */
  text: string;
  line: number;
}

/** Sentences longer than this are not read for dates (they are not prose). */
const MAX_SENTENCE = 2000;

export function inferDocumentDate(
  lines: readonly SourceLine[],
  options: { calendar?: ParliamentaryCalendar; today: IsoDate | null },
): InferredDocumentDate | null {
  let best: Omit<InferredDocumentDate, 'date'> | null = null;
  for (const paragraph of paragraphsOf(lines)) {
    const text = joinLines(paragraph.map((line) => line.text));
    for (const sentence of text.split(/(?<=[.!?])\s+(?=\p{Lu}|\d)/u)) {
      if (sentence.length > MAX_SENTENCE || !isPastTense(sentence)) continue;
      // The reference only matters for relative words, which are skipped below.
      for (const expression of parseDates(sentence, { reference: '2000-01-01', ...(options.calendar ? { calendar: options.calendar } : {}) })) {
        const date = expression.deadline;
        if (!date || !/\b(?:19|20)\d{2}\b/.test(expression.text)) continue;
        if (options.today && date > options.today) continue;
        if (!best || date > best.mentioned) {
          best = { mentioned: date, text: expression.text, line: lineOf(paragraph, expression.text) };
        }
      }
    }
  }
  return best ? { ...best, date: addDays(best.mentioned, 1) } : null;
}

export function isPastTense(sentence: string): boolean {
  if (SIMPLE_PAST.test(sentence)) return true;
  if (!PAST_AUXILIARY.test(sentence)) return false;
  return sentence
    .split(/[^\p{L}]+/u)
    .some((word) => PAST_PARTICIPLE.test(word) && !/heid$/i.test(word));
}

function paragraphsOf(lines: readonly SourceLine[]): SourceLine[][] {
  const paragraphs: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (line.text === '') {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

/** The line of a paragraph on which an expression starts (its first word and number). */
function lineOf(paragraph: readonly SourceLine[], expression: string): number {
  const words = expression.split(/\s+/).slice(0, 2).join(' ');
  const hit = paragraph.find((line) => line.text.includes(words)) ?? paragraph.find((line) => line.text.includes(expression.split(/\s+/)[0] ?? ''));
  return (hit ?? paragraph[0])?.no ?? 1;
}
