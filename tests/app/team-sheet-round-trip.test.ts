// Issue 23 points 2, 3, 11 and 12: a team's own sheet (Windows-1252, ";", CRLF, a Termijn column,
// a "Deels afgedaan" row; tests/fixtures/team/) round-trips through every export format with 0
// changes: every term goes out and comes back, "Deels afgedaan" is stored and written, the Word and
// Markdown exports carry their document date (no --document-date needed), and a term a person
// removed stays removed.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/import/document/read-source.ts';
import { editItem, applyImport, readImport } from '../../src/app/index.ts';
import { EXPORT_FORMATS, exportOverview, type ExportFormat } from '../../src/verbs/overzicht/export-overview.ts';
import { setTerm } from '../../src/verbs/termijn/set-term.ts';
import { getItem, listItems } from '../../src/store/items.queries.ts';
import { appContext } from './context.ts';
import { conflictNl } from '../../src/texts/conflicts.nl.ts';
import { PLAIN_STYLE } from '../../src/texts/history.nl.ts';
import { fieldChangeNl, importProblemNl, readFailureNl } from '../../src/texts/import.nl.ts';

const SHEET = new URL('../fixtures/team/team-sheet.csv', import.meta.url);
const DOCUMENT_DATE = '2025-04-01';
type Ctx = ReturnType<typeof appContext>;

/** Exports, reads the file back as `motie import` does (without --document-date for Word and Markdown) and plans the import. */
async function roundTrip(ctx: Ctx, format: ExportFormat) {
  const out = await exportOverview(ctx, { targets: [], status: 'alles', format });
  if (!out.ok) throw new Error(`export failed: ${out.code}`);
  const source = await decodeSource(new Uint8Array(out.bytes), `.${format}`);
  if (!source.ok) throw new Error(`export unreadable: ${source.code}`);
  const documentDate = format === 'docx' || format === 'md' ? null : DOCUMENT_DATE;
  const read = readImport(ctx, source.document, { documentDate });
  if (!read.ok) throw new Error(`re-import refused: ${read.code} ${read.code === 'IMPORT_UNREADABLE' ? readFailureNl(read.failure) : read.parsed.problems.map(importProblemNl).join(' | ')}`);
  const { result } = applyImport(ctx, read.parsed, { sourceName: `overzicht.${format}`, dryRun: true });
  return {
    documentDate: read.parsed.documentDate,
    exported: out.moties + out.toezeggingen,
    created: result.plan.creates.length,
    updated: result.plan.updates.map((u) => `#${u.itemId} ${u.changes.map(fieldChangeNl).join('; ')}`),
    conflicts: result.plan.conflicts.map((c) => conflictNl(c, PLAIN_STYLE)),
  };
}

describe("a team's own sheet round-trips (issue 23)", () => {
  let ctx: Ctx;
  beforeEach(async () => {
    ctx = appContext({ admins: ['U0SANNE01'] });
    const source = await decodeSource(new Uint8Array(readFileSync(SHEET)), '.csv');
    if (!source.ok) throw new Error(source.code);
    const read = readImport(ctx, source.document, { documentDate: DOCUMENT_DATE });
    if (!read.ok) throw new Error(`sheet refused: ${read.code}`);
    applyImport(ctx, read.parsed, { sourceName: 'team-sheet.csv' });
  });
  afterEach(() => {
    ctx.t.cleanup();
  });

  it('keeps the terms of the Termijn column and "Deels afgedaan"', () => {
    const items = listItems(ctx.db, {});
    expect(items).toHaveLength(10);
    const byTitle = new Map(items.map((i) => [i.title, i]));
    expect(byTitle.get('Herstelrecht')?.deadline).toMatchObject({ text: 'eind maart 2026', deadline: '2026-03-31' });
    expect(byTitle.get('Vertrouwenspersonen')).toMatchObject({ status: 'open', partly: true, deadline: { text: '1-7-2025', deadline: '2025-07-01' } });
    expect(items.filter((i) => i.partly).map((i) => i.title)).toEqual(['Vertrouwenspersonen']);
  });

  describe.each(EXPORT_FORMATS.map((f) => [f]))('%s', (format) => {
    it('comes back with 0 created, 0 updated, 0 conflicts, every term and "Deels afgedaan" included', async () => {
      expect(await roundTrip(ctx, format)).toEqual({
        documentDate: format === 'docx' || format === 'md' ? '2025-09-15' : DOCUMENT_DATE,
        exported: 10,
        created: 0,
        updated: [],
        conflicts: [],
      });
    });

    it('a term a person removed stays removed', async () => {
      const item = listItems(ctx.db, {}).find((i) => i.title === 'Studiefinanciering');
      if (!item) throw new Error('no item');
      // Its term came from the stand van zaken ("voor 1 oktober 2025"): a re-import would find it again.
      expect(item.deadline?.deadline).toBe('2025-10-01');
      expect(setTerm(ctx, item.id, 'geen', { actor: 'U0SANNE01', context: { via: 'slash' } }).code).toBe('TERM_CLEARED');
      expect(getItem(ctx.db, item.id)?.deadline).toBeNull();
      expect(await roundTrip(ctx, format)).toMatchObject({ created: 0, updated: [], conflicts: [] });
    });
  });
});

// Issue 23, cosmetic: a stand van zaken with line breaks comes back with every line break, in
// every format. The plan above compares stand-van-zaken texts ignoring white space, so this reads
// the export into a fresh database and compares the stored texts exactly.
describe('a multi-line stand van zaken keeps its line breaks through export and import (issue 23)', () => {
  const sanne = { actor: 'U0SANNE01', context: { via: 'slash' } } as const;
  const LINES = 'Brief in voorbereiding.\nOverleg met de VNG loopt;\nde gemeenten reageren positief.';
  // Continuation lines that read like the export's own structure on a line of their own: they stay text.
  const PARAGRAPHS =
    'Eerste deel verstuurd.\nMotie van het lid Mutluer is hierin meegenomen.\n\nHet tweede deel volgt, ver-\nwacht na de zomer.\nStatus: afgerond\nMoties\n2 brieven, zie Kamerbrief van 3 maart.\nTermijn: na de zomer';
  let ctx: Ctx;
  let fresh: Ctx;
  beforeEach(async () => {
    ctx = appContext({ admins: ['U0SANNE01'] });
    fresh = appContext({ admins: ['U0SANNE01'] });
    const source = await decodeSource(new Uint8Array(readFileSync(SHEET)), '.csv');
    if (!source.ok) throw new Error(source.code);
    const read = readImport(ctx, source.document, { documentDate: DOCUMENT_DATE });
    if (!read.ok) throw new Error(`sheet refused: ${read.code}`);
    applyImport(ctx, read.parsed, { sourceName: 'team-sheet.csv' });
    const byTitle = new Map(listItems(ctx.db, {}).map((i) => [i.title, i]));
    expect(editItem(ctx, byTitle.get('Herstelrecht')?.id ?? 0, { statusText: LINES }, sanne).ok).toBe(true);
    expect(editItem(ctx, byTitle.get('Vertrouwenspersonen')?.id ?? 0, { statusText: PARAGRAPHS }, sanne).ok).toBe(true);
  });
  afterEach(() => {
    ctx.t.cleanup();
    fresh.t.cleanup();
  });

  describe.each(EXPORT_FORMATS.map((f) => [f]))('%s', (format) => {
    it('stores the same stand van zaken, line for line, when the export is imported into a new database', async () => {
      const out = await exportOverview(ctx, { targets: [], status: 'alles', format });
      if (!out.ok) throw new Error(`export failed: ${out.code}`);
      const source = await decodeSource(new Uint8Array(out.bytes), `.${format}`);
      if (!source.ok) throw new Error(`export unreadable: ${source.code}`);
      const read = readImport(fresh, source.document, { documentDate: format === 'docx' || format === 'md' ? null : DOCUMENT_DATE });
      if (!read.ok) throw new Error(`import refused: ${read.code}`);
      applyImport(fresh, read.parsed, { sourceName: `overzicht.${format}` });
      // By the request's text (the export ends a request with a full stop before its footnote
      // marker): a new database makes its own titles.
      const key = (text: string) => text.replace(/\.$/, '');
      const texts = (c: Ctx) => new Map(listItems(c.db, {}).map((i) => [key(i.text), i.statusText]));
      const before = listItems(ctx.db, {});
      const after = texts(fresh);
      expect(after.get(key(before.find((i) => i.title === 'Herstelrecht')?.text ?? ''))).toBe(LINES);
      expect(after.get(key(before.find((i) => i.title === 'Vertrouwenspersonen')?.text ?? ''))).toBe(PARAGRAPHS);
      expect(after).toEqual(texts(ctx));
    });
  });
});
