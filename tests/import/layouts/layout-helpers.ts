// What the layout tests share: a fixture of tests/fixtures/layouts/, a document made of a text or of
// one table, and the summary of what readLayout read from it.
import { readFileSync } from 'node:fs';
import { linesOfText, readLayout, type SourceDocument, type TableBlock } from '../../../src/import/layouts/index.ts';
import { formatKamerstukKey } from '../../../src/domain/items.ts';
import { readFailureNl } from '../../../src/texts/import.nl.ts';

export const fixture = (name: string) => readFileSync(new URL(`../../fixtures/layouts/${name}`, import.meta.url), 'utf8');
export const textDoc = (text: string): SourceDocument => ({ format: 'text', text, blocks: linesOfText(text) });
export const tableDoc = (rows: string[][], format: SourceDocument['format'] = 'xlsx'): SourceDocument => ({
  format,
  text: '',
  blocks: [{ type: 'table', rows, line: 1 } satisfies TableBlock],
});
export const TODAY = '2025-05-01';

export function summary(doc: SourceDocument, options = {}) {
  const read = readLayout(doc, { today: TODAY, ...options });
  if (!read.ok) throw new Error(readFailureNl(read));
  return {
    layout: read.layout.id,
    documentDate: read.documentDate,
    items: read.items.map((i) => ({
      kind: i.kind,
      status: i.status,
      partly: i.partly,
      submitters: i.submitters,
      kamerstuk: i.kamerstuk ? formatKamerstukKey(i.kamerstuk) : null,
      reference: i.reference,
      term: i.deadline?.text ?? null,
      deadline: i.deadline?.deadline ?? null,
      codes: i.responsible.map((r) => r.code),
    })),
    problems: read.problems.map((p) => p.code),
  };
}
