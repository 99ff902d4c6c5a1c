// resolveDeadlines reads every status text once and every request once (issue 28): what it chooses
// must be exactly what one pickDeadline call per item, reading everything, chooses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDates, parseTermInput, pickDeadline, tryReferenceFromVergaderjaar } from '../../../../src/domain/dates/index.ts';
import { rowsToItems, type LayoutRow } from '../../../../src/import/layouts/read/rows-to-items.ts';
import { parseStandVanZaken } from '../../../../src/import/layouts/stand-van-zaken/parse-stand-van-zaken.ts';
import { linkedDeadline, ownDeadlineReader, resolveDeadlines, type DeadlineFields, type DeadlineInput } from '../../../../src/import/layouts/read/resolve-deadlines.ts';
import type { ImportItem } from '../../../../src/import/layouts/import-item.ts';
import { SAMPLE, SAMPLE_DATE } from '../stand-van-zaken/sample.ts';

const LATER = readFileSync(new URL('../../../fixtures/overviews/stand-van-zaken-nap-2025-later.txt', import.meta.url), 'utf8');

function items(text: string, documentDate: string): ImportItem[] {
  const parsed = parseStandVanZaken(text, { documentDate });
  if (!parsed.ok) throw new Error(parsed.code);
  return parsed.items;
}

describe('resolveDeadlines', () => {
  it('chooses for every item what pickDeadline on its request and status chooses, also when items share a status text', () => {
    for (const [text, documentDate] of [[SAMPLE, SAMPLE_DATE], [LATER, '2025-04-15']] as const) {
      const read = items(text, documentDate);
      // Every status twice (the second time on an item whose request differs): the status is read once.
      const statuses = read.filter((item) => item.statusText).map((item) => item.statusText);
      const input: ImportItem[] = read.map((item, i) => ({
        ...item,
        statusText: i % 2 === 1 ? (statuses[(i * 7) % statuses.length] ?? item.statusText) : item.statusText,
        deadline: null,
        deadlineFrom: null,
        linkedTo: null,
      }));
      const { items: resolved } = resolveDeadlines(input, { documentDate, fallbackVergaderjaar: '2023/24' });
      const fallback = tryReferenceFromVergaderjaar('2023/24');
      let fromStatus = 0;
      input.forEach((item, i) => {
        const reference = (item.kamerstuk?.vergaderjaar ? tryReferenceFromVergaderjaar(item.kamerstuk.vergaderjaar) : null) ?? fallback ?? documentDate;
        const chosen = pickDeadline({ request: item.text, requestReference: reference, status: item.statusText, statusReference: documentDate });
        if (chosen?.source === 'status') fromStatus += 1;
        expect(resolved[i]?.deadline ?? null, `item ${i + 1}`).toEqual(
          chosen ? { earliest: chosen.earliest, deadline: chosen.deadline, text: chosen.text, basis: chosen.basis, soft: chosen.soft, source: chosen.source } : null,
        );
        expect(resolved[i]?.recurrence ?? null).toBe(
          chosen?.recurrence?.period ?? parseDates(item.text, { reference }).find((e) => e.recurrence)?.recurrence?.period ?? null,
        );
      });
      expect(fromStatus).toBeGreaterThan(0);
    }
  });

  it('reads a request that recurs once per reference: every item gets what it would get alone, in objects of its own', () => {
    const read = items(SAMPLE, SAMPLE_DATE);
    // Each request three times: as read, in another vergaderjaar, and as read again; no status, so
    // the request decides; and once more with a term of its own (only its recurrence is read).
    const as = (item: ImportItem, vergaderjaar: string | null): ImportItem => ({
      ...item,
      statusText: null,
      deadline: null,
      deadlineFrom: null,
      linkedTo: null,
      kamerstuk: vergaderjaar ? { dossier: '36000', number: '1', vergaderjaar } : null,
    });
    const own = (item: ImportItem): ImportItem => ({
      ...as(item, null),
      deadline: { earliest: null, deadline: '2026-01-31', text: 'eind januari 2026', basis: 'explicit', soft: false, source: 'request' },
      deadlineFrom: 'own',
      recurrence: null,
      requestReference: '2024-09-17',
    });
    const input = [...read.map((item) => as(item, '2022/23')), ...read.map((item) => as(item, '2024/25')), ...read.map((item) => as(item, '2022/23')), ...read.map(own)];
    const { items: resolved } = resolveDeadlines(input, { documentDate: SAMPLE_DATE, fallbackVergaderjaar: null });
    let differs = 0;
    input.forEach((item, i) => {
      const alone = resolveDeadlines([item], { documentDate: SAMPLE_DATE, fallbackVergaderjaar: null }).items[0];
      expect(resolved[i], `item ${i + 1}`).toEqual(alone);
      const first = resolved[i % read.length];
      if (i >= read.length && i < 2 * read.length && JSON.stringify(resolved[i]?.deadline) !== JSON.stringify(first?.deadline)) differs += 1;
      const deadline = resolved[i]?.deadline;
      if (i >= 2 * read.length && i < 3 * read.length && deadline) expect(deadline).not.toBe(resolved[i - 2 * read.length]?.deadline);
    });
    // The other vergaderjaar changes what some requests mean: they are not read from the first reading.
    expect(differs).toBeGreaterThan(0);
    expect(resolved.slice(3 * read.length).some((item) => item.recurrence !== null)).toBe(true);
  });
});

describe('ownDeadlineReader and linkedDeadline: one item at a time', () => {
  // Only what DeadlineInput names of an item: a reader that needed more would fail on these copies.
  const deadlineInputOf = (item: ImportItem): DeadlineInput => ({
    position: item.position,
    line: item.line,
    kind: item.kind,
    text: item.text,
    statusText: item.statusText,
    kamerstuk: item.kamerstuk,
    linkedTo: item.linkedTo,
    deadline: item.deadline,
    deadlineFrom: item.deadlineFrom,
    recurrence: item.recurrence,
    requestReference: item.requestReference,
    requestReferenceFrom: item.requestReferenceFrom,
  });
  it('give every item what resolveDeadlines gives it, when the items are read in shares by readers of their own (copies holding only what a deadline is read from)', () => {
    for (const [text, documentDate] of [[SAMPLE, SAMPLE_DATE], [LATER, '2025-04-15']] as const) {
      const read = items(text, documentDate);
      // The items as the layout has them before their deadlines: the own terms of a few kept, to read their recurrence.
      const input: ImportItem[] = read.map((item, i) => (i % 9 === 4 && item.deadline ? { ...item, deadlineFrom: 'own', recurrence: null } : { ...item, deadline: null, deadlineFrom: i % 17 === 3 ? 'cleared' : null }));
      const options = { documentDate, fallbackVergaderjaar: '2023/24' };
      const whole = resolveDeadlines(input, options);
      // Two readers, each reading every other item, of copies that hold only what a deadline is read from.
      const readers = [ownDeadlineReader(options), ownDeadlineReader(options)];
      const inputs = input.map((item) => structuredClone(deadlineInputOf(item)));
      const own: DeadlineFields[] = [];
      const problems = [];
      for (const [i, item] of inputs.entries()) {
        const outcome = readers[i % 2]!(item);
        own.push(outcome.fields);
        if (outcome.problem) problems.push(outcome.problem);
      }
      const shared = input.map((item, i) => ({ ...item, ...linkedDeadline(inputs, own, i) }));
      expect(shared).toEqual(whole.items);
      expect(problems).toEqual(whole.problems);
      expect(whole.items.some((item) => item.deadlineFrom === 'linked')).toBe(true);
      expect(whole.problems.length).toBeGreaterThan(0);
    }
  });
});

describe('rowsToItems: a term column', () => {
  it('reads a term that recurs once per reference, each row as its own term read alone', () => {
    const terms = ['voor de zomer', 'dit najaar', 'eind 2026', 'jaarlijks voor de zomer', 'onleesbaar termijnwoord'];
    const dates = ['2023-03-01', '2025-11-20', null];
    const rows: LayoutRow[] = [];
    for (const date of dates) for (const term of terms) rows.push({ line: rows.length + 1, text: `Verzoekt de regering onderzoek ${rows.length} te doen.`, kind: 'motie', term, date, responsible: 'MOCW' });
    const { items: read, problems } = rowsToItems([...rows, ...rows.map((row) => ({ ...row, line: row.line + 100 }))], { documentDate: '2025-04-01', defaultKind: 'motie' });
    read.forEach((item, i) => {
      const row = rows[i % rows.length]!;
      const parsed = parseTermInput(row.term!, row.date ?? '2025-04-01');
      expect(item.deadline?.deadline ?? null, `row ${i + 1}`).toBe(parsed.ok ? parsed.expression.deadline : null);
      expect(item.recurrence, `row ${i + 1}`).toBe(parsed.ok ? (parsed.expression.recurrence?.period ?? null) : null);
    });
    expect(new Set(read.slice(0, terms.length).map((item) => item.deadline?.deadline)).size).toBeGreaterThan(2);
    expect(read.slice(0, terms.length).map((item) => item.deadline?.deadline)).not.toEqual(read.slice(terms.length, 2 * terms.length).map((item) => item.deadline?.deadline));
    expect(problems.filter((p) => p.code === 'LAYOUT_TERM_UNREADABLE')).toHaveLength(2 * dates.length);
  });
});
