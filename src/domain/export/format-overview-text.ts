// The overview as text (`motie overzicht --format md`), laid out like the stand-van-zaken
// documents the import reads: the table header, "Moties", per item the request with its footnote
// marker, its status ("Status: afgerond"), a line with the codes followed by the stand
// van zaken, the footnote with the Kamerstuk; then "Toezeggingen". Plain paragraphs (a line break
// inside one as a Markdown hard break, `\` at the end of the line), so it is valid Markdown too, and
// `motie import` reads it back as the same items.
import { formatDateNl } from '../dates/format-date.ts';
import type { OverviewRow, OverviewRows } from './overview-rows.ts';

/** "31 maart 2026" for a calendar date; anything else as it is. */
const dutchDate = (date: string) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDateNl(date) : date);

/** One line: inner line breaks and runs of spaces become one space. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The paragraphs of a stand van zaken (split at blank lines), each as its lines (split at single
 * line breaks), every line with single spaces; empty lines and paragraphs left out. The Word and
 * Markdown exports write a line break inside a paragraph as a line break, so that it comes back.
 */
export function paragraphLines(text: string): string[][] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').map(oneLine).filter((line) => line !== ''))
    .filter((lines) => lines.length > 0);
}

/** A paragraph's lines as Markdown: every line but the last ends in a hard break (`\`), which the import reads back as a line break. */
const hardBroken = (lines: readonly string[]) => lines.map((line, i) => (i < lines.length - 1 ? `${line}\\` : line)).join('\n');

/**
 * "Status: afgerond" — the text reader reads it back as the item's status (and still reads the
 * "Stand van zaken: afgerond" of earlier exports). The stand van zaken is the text under it.
 */
export function statusLine(row: Pick<OverviewRow, 'statusLabel'>): string {
  return `Status: ${row.statusLabel}`;
}

/**
 * "Termijn: eind maart 2026 (uiterlijk 31 maart 2026)"; "Termijn: na de zomer" for words without a
 * date; "Termijn: geen" for a term a person removed; null without a term.
 */
/**
 * "Kabinetsappreciatie: Ontraden; Termijn van de Kamer: 1 december 2025" for a motie from the Tweede Kamer
 * sync; null without either. The import skips such a line (TK_FACTS_MARK in parse-structure).
 */
export function tkFactsLine(row: Pick<OverviewRow, 'kabinetsappreciatie' | 'kamerTermijn'>): string | null {
  const parts = [
    row.kabinetsappreciatie ? `Kabinetsappreciatie: ${row.kabinetsappreciatie}` : null,
    row.kamerTermijn ? `Termijn van de Kamer: ${dutchDate(row.kamerTermijn)}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : null;
}

export function termLine(row: Pick<OverviewRow, 'term' | 'termDate'>): string | null {
  if (!row.term) return null;
  return row.termDate ? `Termijn: ${oneLine(row.term)} (uiterlijk ${dutchDate(row.termDate)})` : `Termijn: ${oneLine(row.term)}`;
}

/** `dateLine`: "Stand per 15 september 2025", the document date a re-import reads (none: left out). */
export function formatOverviewText(overview: OverviewRows, title = 'Stand van zaken moties en toezeggingen', dateLine: string | null = null): string {
  let out: string[] = [oneLine(title), '', ...(dateLine ? [dateLine, ''] : []), 'Status Verantwoordelijk Stand van zaken', ''];
  /** The lines joined a thousand rows at a time: 100,000 rows are some 800,000 lines. */
  const done: string[] = [];
  let footnote = 0;
  const section = (heading: string, rows: Iterable<OverviewRow>) => {
    let count = 0;
    for (const row of rows) {
      if (count++ === 0) out.push(heading, '');
      if (count % 1000 === 0) {
        done.push(out.join('\n'));
        out = [];
      }
      let request = oneLine(row.request);
      let note: string | null = null;
      if (row.footnote) {
        footnote += 1;
        // The marker follows the last punctuation, as in the documents: "… te informeren.6"
        if (/[\p{L}\p{N})]$/u.test(request)) request += '.';
        request += String(footnote);
        note = `${footnote} ${row.footnote}`;
      }
      out.push(request, '');
      // The status (and a person's term) on lines of their own, which the import reads back.
      out.push(statusLine(row), '');
      const term = termLine(row);
      if (term) out.push(term, '');
      const facts = tkFactsLine(row);
      if (facts) out.push(facts, '');
      const [first = [], ...rest] = paragraphLines(row.statusText);
      const [firstLine = '', ...more] = first;
      out.push(hardBroken([oneLine(`${row.codes} ${firstLine}`), ...more]), '');
      for (const lines of rest) out.push(hardBroken(lines), '');
      if (note) out.push(note, '');
    }
  };
  section('Moties', overview.moties);
  section('Toezeggingen', overview.toezeggingen);
  if (out.length > 0) done.push(out.join('\n'));
  return `${done.join('\n').trimEnd()}\n`;
}
