// Issue 14 point 7: the export and the import agree on one item model. An exported overview, read
// back through the same readers a person's file goes through (bytes → format sniffing → layout),
// changes nothing: 0 created, 0 updated, 0 conflicts, in every format, for the sample as imported
// and after the edits a team makes in Slack (owner, status text, done with a Kamerbrief, lapsed,
// reopened, a term set by hand).
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeSource } from '../../../src/import/document/read-source.ts';
import { editItem, applyImport, markItemDone, readImport, type ChangeRequest } from '../../../src/app/index.ts';
import { EXPORT_FORMATS, exportOverview, type ExportFormat } from '../../../src/verbs/overzicht/export-overview.ts';
import { lapseItem } from '../../../src/verbs/vervallen/lapse-item.ts';
import { setTerm } from '../../../src/verbs/termijn/set-term.ts';
import { parse as parseCsvText } from 'csv-parse/sync';
import { addItem } from '../../../src/verbs/nieuw/add-item.ts';
import { listItems, updateItem } from '../../../src/store/items.queries.ts';
import { updateItemRow } from '../../../src/store/item-writes.ts';
import { SAMPLE_PATH } from '../../import/layouts/stand-van-zaken/sample.ts';
import { appContext } from '../../app/context.ts';
import { conflictNl } from '../../../src/texts/conflicts.nl.ts';
import { PLAIN_STYLE } from '../../../src/texts/history.nl.ts';
import { fieldChangeNl, importProblemNl, readFailureNl } from '../../../src/texts/import.nl.ts';

const DOCUMENT_DATE = '2025-04-01';
const NOW_MS = Date.parse('2025-09-15T10:00:00Z');

type Ctx = ReturnType<typeof appContext>;

async function roundTrip(ctx: Ctx, format: ExportFormat, status: 'open' | 'alles') {
  const out = await exportOverview(ctx, { targets: [], status, format });
  if (!out.ok) throw new Error(`export failed: ${out.code}`);
  const source = await decodeSource(new Uint8Array(out.bytes), `.${format}`);
  if (!source.ok) throw new Error(`export unreadable: ${source.code}`);
  const read = readImport(ctx, source.document, { documentDate: DOCUMENT_DATE });
  if (!read.ok) throw new Error(`re-import refused: ${read.code} ${read.code === 'IMPORT_UNREADABLE' ? readFailureNl(read.failure) : read.parsed.problems.map(importProblemNl).join(' | ')}`);
  const { result } = applyImport(ctx, read.parsed, { sourceName: `overzicht.${format}`, dryRun: true });
  return {
    exported: out.moties + out.toezeggingen,
    created: result.plan.creates.length,
    updated: result.plan.updates.map((u) => `#${u.itemId} ${u.changes.map(fieldChangeNl).join('; ')}`),
    conflicts: result.plan.conflicts.map((c) => conflictNl(c, PLAIN_STYLE)),
    unchanged: result.plan.unchanged.length,
  };
}

/** The code points in `text` that XML 1.0 forbids (written out here, not with the code under test). */
function forbiddenIn(text: string): number[] {
  const codes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000;
    if (!allowed) codes.push(code);
  }
  return codes;
}

async function exportOrThrow(ctx: Ctx, format: ExportFormat) {
  const out = await exportOverview(ctx, { targets: [], status: 'alles', format });
  if (!out.ok) throw new Error(out.code);
  return out;
}

describe('motie overzicht round trip (issue 14 point 7)', () => {
  let ctx: Ctx;
  beforeEach(() => {
    ctx = appContext({ admins: ['U0SANNE01'] });
    const read = readImport(ctx, readFileSync(SAMPLE_PATH, 'utf8'), { documentDate: DOCUMENT_DATE });
    if (!read.ok) throw new Error('sample unreadable');
    applyImport(ctx, read.parsed, { sourceName: 'stand-van-zaken-nap-2025.txt' });
  });
  afterEach(() => {
    ctx.t.cleanup();
  });

  describe.each(EXPORT_FORMATS.map((f) => [f]))('%s', (format) => {
    it.each([['open', 9], ['alles', 14]] as const)('the sample (--status %s) comes back with 0 created, 0 updated, 0 conflicts', async (status, count) => {
      expect(await roundTrip(ctx, format, status)).toEqual({ exported: count, created: 0, updated: [], conflicts: [], unchanged: count });
    });
  });

  describe("after a team's edits", () => {
    const sanne: ChangeRequest = { actor: 'U0SANNE01', context: { via: 'slash' } };
    /** The edits a team makes in Slack: done with a Kamerbrief, lapsed, a term by hand, a longer status text, an owner. */
    function editAsATeam() {
      // Items whose status text does not say they are done: a person decides, the text does not.
      const open = listItems(ctx.db, { status: 'open' }).filter((i) => i.linkedTo === null);
      const [done, lapsed, termed, texted, owned] = open;
      if (!done || !lapsed || !termed || !texted || !owned) throw new Error('the sample has fewer open items than expected');
      expect(markItemDone(ctx, done.id, sanne, { closingReference: 'Kamerstukken II 2025/26, 31293, nr. 800' }).ok).toBe(true);
      expect(lapseItem(ctx, lapsed.id, sanne).ok).toBe(true);
      expect(setTerm(ctx, termed.id, 'eind maart 2026', sanne).code).toBe('TERM_SET');
      expect(editItem(ctx, texted.id, { statusText: 'Brief in voorbereiding.\n\nOverleg met de VNG loopt;\nde gemeenten reageren positief.' }, sanne).ok).toBe(true);
      expect(editItem(ctx, owned.id, { owner: 'U0SANNE01' }, sanne).ok).toBe(true);
      // The person's decisions are what the re-import must leave alone.
      const after = new Map(listItems(ctx.db, {}).map((i) => [i.id, i]));
      expect(after.get(done.id)?.statusSetBy).toBe('U0SANNE01');
      expect(after.get(lapsed.id)?.status).toBe('lapsed');
      expect(after.get(termed.id)?.deadline).toMatchObject({ deadline: '2026-03-31', source: 'person' });
      return { done: done.id, lapsed: lapsed.id, termed: termed.id };
    }

    describe.each(EXPORT_FORMATS.map((f) => [f]))('%s', (format) => {
      it('--status alles comes back with 0 created, 0 updated, 0 conflicts', async () => {
        editAsATeam();
        expect(await roundTrip(ctx, format, 'alles')).toEqual({ exported: 14, created: 0, updated: [], conflicts: [], unchanged: 14 });
      });
      it('--status open comes back with 0 created, 0 updated, 0 conflicts', async () => {
        editAsATeam();
        expect(await roundTrip(ctx, format, 'open')).toEqual({ exported: 7, created: 0, updated: [], conflicts: [], unchanged: 7 });
      });
    });
  });

  describe('a motie from the Tweede Kamer sync: the kabinetsappreciatie and the Kamer\'s termijn (issue 24.5)', () => {
    function giveFacts(): number {
      const item = listItems(ctx.db, { status: 'open' }).find((i) => i.kind === 'motie' && i.linkedTo === null);
      if (!item) throw new Error('the sample has no open motie');
      updateItemRow(ctx.db, item, { kabinetsappreciatie: 'Ontraden', kamerTermijn: '2025-12-01' }, 'system', NOW_MS);
      return item.id;
    }

    it('every format writes them: a column in csv and xlsx, a line under the item in md and docx', async () => {
      giveFacts();
      const csv = Buffer.from((await exportOrThrow(ctx, 'csv')).bytes).toString('utf8');
      const rows: Record<string, string>[] = parseCsvText(csv.replace(/^\uFEFF/, ""), { delimiter: ";", columns: true });
      expect(rows.filter((r) => r.Kabinetsappreciatie === 'Ontraden' && r.Kamertermijn === '2025-12-01')).toHaveLength(1);
      const md = Buffer.from((await exportOrThrow(ctx, 'md')).bytes).toString('utf8');
      expect(md).toContain('Kabinetsappreciatie: Ontraden; Termijn van de Kamer: 1 december 2025');
      for (const format of ['xlsx', 'docx'] as const) {
        const source = await decodeSource(new Uint8Array((await exportOrThrow(ctx, format)).bytes), `.${format}`);
        if (!source.ok) throw new Error(source.code);
        expect(JSON.stringify(source.document)).toContain(format === 'xlsx' ? 'Ontraden' : 'Kabinetsappreciatie: Ontraden; Termijn van de Kamer: 1 december 2025');
      }
    });

    describe.each(EXPORT_FORMATS.map((f) => [f]))('%s', (format) => {
      it('comes back with 0 created, 0 updated, 0 conflicts (the facts are not read as stand van zaken)', async () => {
        giveFacts();
        expect(await roundTrip(ctx, format, 'alles')).toEqual({ exported: 14, created: 0, updated: [], conflicts: [], unchanged: 14 });
      });
    });
  });

  describe('hostile texts: formulas and characters XML forbids (issue 22.11, 22.12)', () => {
    const sanne: ChangeRequest = { actor: 'U0SANNE01', context: { via: 'slash' } };
    const FORMULAS = ['=HYPERLINK("https://example.org/x";"Klik hier")', '+31 6 1234 5678 belt terug', '-1 is de uitkomst van de telling', '@SUM(A1:A9)', "'=al met een apostrof ervoor"];
    /** Stand-van-zaken texts that a spreadsheet would run as formulas, one per open item. */
    function writeFormulas(): number[] {
      const open = listItems(ctx.db, { status: 'open' }).filter((i) => i.linkedTo === null);
      return FORMULAS.map((text, index) => {
        const item = open[index];
        if (!item) throw new Error('the sample has fewer open items than expected');
        expect(editItem(ctx, item.id, { statusText: text }, sanne).ok).toBe(true);
        return item.id;
      });
    }

    it('the CSV export starts no cell with =, +, - or @: such a cell gets an apostrophe, the import takes it off again', async () => {
      const ids = writeFormulas();
      const out = await exportOverview(ctx, { targets: [], status: 'alles', format: 'csv' });
      if (!out.ok) throw new Error(out.code);
      const records: string[][] = parseCsvText(out.bytes.toString('utf8').replace(/^\uFEFF/, ''), { delimiter: ';' });
      const cells = records.flat();
      expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
      expect(cells).toContain(`'${FORMULAS[0] ?? ''}`);
      expect(cells).toContain(`''=al met een apostrof ervoor`);
      const source = await decodeSource(new Uint8Array(out.bytes), '.csv');
      if (!source.ok) throw new Error(source.code);
      const read = readImport(ctx, source.document, { documentDate: DOCUMENT_DATE });
      if (!read.ok) throw new Error(read.code);
      const texts = new Map(listItems(ctx.db, {}).map((i) => [i.id, i.statusText]));
      expect(ids.map((id) => texts.get(id))).toEqual(FORMULAS);
      expect(read.parsed.items.map((i) => i.statusText)).toEqual(expect.arrayContaining(FORMULAS));
    });

    describe.each(EXPORT_FORMATS.map((f) => [f]))('%s', (format) => {
      it('texts that look like formulas come back with 0 created, 0 updated, 0 conflicts', async () => {
        writeFormulas();
        expect(await roundTrip(ctx, format, 'alles')).toEqual({ exported: 14, created: 0, updated: [], conflicts: [], unchanged: 14 });
      });

      it('a stored text with U+0001, U+000B, U+FFFE or U+FFFF still gives a file that reads back', async () => {
        // Stored as an older version (or another path) may have stored it: straight into the store.
        // (Half a surrogate pair cannot reach the file: SQLite stores it as U+FFFD already.)
        const [item] = listItems(ctx.db, { status: 'open' }).filter((i) => i.linkedTo === null);
        updateItem(ctx.db, item!.id, { statusText: 'Brief\u0001 in \uffffvoorbereiding\ufffe, verzonden\u000b aan de Kamer.' }, 'U0SANNE01', NOW_MS);
        // The file reads back: every item, none new (the text differs only by the removed characters;
        // whether the re-import calls that an update or a conflict is the import's rule, issue 22.2).
        expect(await roundTrip(ctx, format, 'alles')).toMatchObject({ exported: 14, created: 0 });
        const source = await decodeSource(new Uint8Array((await exportOrThrow(ctx, format)).bytes), `.${format}`);
        if (!source.ok) throw new Error(source.code);
        const read = readImport(ctx, source.document, { documentDate: DOCUMENT_DATE });
        if (!read.ok) throw new Error(read.code);
        expect(read.parsed.items.map((i) => i.statusText).filter((t) => t?.includes('verzonden'))).toEqual(['Brief in voorbereiding, verzonden aan de Kamer.']);
      });
    });
  });

  describe('input never stores a character XML forbids (issue 22.12)', () => {
    const sanne: ChangeRequest = { actor: 'U0SANNE01', channelId: null, context: { via: 'slash' } };
    const HOSTILE = 'Brief\u0001 in \uffffvoorbereiding\ud800 \ufffe.';

    it('an edit (the modal, /motie stand) stores the text without them', () => {
      const [item] = listItems(ctx.db, { status: 'open' });
      const edited = editItem(ctx, item!.id, { statusText: HOSTILE, title: `Titel\uffff${HOSTILE}` }, sanne);
      expect(edited).toMatchObject({ ok: true, item: { statusText: 'Brief  in voorbereiding .', title: 'TitelBrief in voorbereiding .' } });
    });

    it('a new item stores its title and text without them', () => {
      const added = addItem(ctx, { kind: 'toezegging', text: HOSTILE, title: '', codes: ['SOCW'], term: '' }, { actor: 'cli' });
      expect(added).toMatchObject({ ok: true, item: { text: 'Brief in voorbereiding .' } });
      if (!added.ok) return;
      expect(forbiddenIn(added.item.title)).toEqual([]);
    });

    it.each([
      ['a text file', '.txt', (text: string) => text],
      ['a CSV file', '.csv', () => 'Soort;Omschrijving;Bewindspersoon;Status;Stand van zaken\r\nToezegging;De minister stuurt de Kamer een brief\u0001 over \uffffherstelrecht\ud800.;SOCW;open;Brief in voorbereiding\uffff.\r\n'],
    ])('an import of %s reads the texts without them', async (_case, extension, make) => {
      const text = make(readFileSync(SAMPLE_PATH, 'utf8').replace('Herstelrechtvoorzieningen', 'Herstel\u0001recht\uffffvoorzieningen\ud800'));
      const source = await decodeSource(new Uint8Array(Buffer.from(text, 'utf8')), extension);
      if (!source.ok) throw new Error(source.code);
      const cells = source.document.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.rows.flat()));
      expect(forbiddenIn(cells.join('\n'))).toEqual([]);
      expect(forbiddenIn(source.document.text)).toEqual([]);
      expect(cells.join('\n')).toMatch(/Herstelrechtvoorzieningen|brief over herstelrecht/);
    });
  });
});

describe('Eerste Kamer toezeggingen in the ordinary overview (issue 27): their Kamerstuk survives the round trip', () => {
  let ctx: Ctx;
  beforeEach(() => {
    ctx = appContext({ admins: ['U0SANNE01'] });
    const read = readImport(ctx, readFileSync(new URL('../../fixtures/layouts/ek-register/ek-rappel-bzk-2025.txt', import.meta.url), 'utf8'), { documentDate: DOCUMENT_DATE });
    if (!read.ok) throw new Error('EK fixture unreadable');
    applyImport(ctx, read.parsed, { sourceName: 'ek-rappel-bzk-2025.txt' });
    const kamerstukken = listItems(ctx.db, {}).map((i) => [i.reference, i.kamerstuk?.dossier, i.kamerstuk?.number]);
    expect(kamerstukken).toEqual([
      ['T01237', '22112/31544', 'CK'],
      ['T01153', '30585', ''],
    ]);
  });
  afterEach(() => {
    ctx.t.cleanup();
  });

  it('is written as the Eerste Kamer’s own Kamerstuk, not as "Kamerstukken II"', async () => {
    const md = Buffer.from((await exportOrThrow(ctx, 'md')).bytes).toString('utf8');
    expect(md).toContain('Kamerstukken I, 22112/31544, CK.');
    expect(md).toContain('Kamerstukken I, 30585.');
    expect(md).not.toContain('Kamerstukken II');
  });

  it.each([['md'], ['docx']] as const)('%s: the footnote reads back as the same Kamerstuk, with no unreadable-footnote warning', async (format) => {
    const source = await decodeSource(new Uint8Array((await exportOrThrow(ctx, format)).bytes), `.${format}`);
    if (!source.ok) throw new Error(source.code);
    const read = readImport(ctx, source.document, { documentDate: DOCUMENT_DATE });
    if (!read.ok) throw new Error(read.code);
    expect(read.parsed.items.map((i) => i.kamerstuk && `${i.kamerstuk.dossier}|${i.kamerstuk.number}`)).toEqual(['22112/31544|CK', '30585|']);
    expect(read.parsed.problems.map((p) => p.code)).not.toContain('OVERVIEW_FOOTNOTE_UNREADABLE');
  });

  describe.each(EXPORT_FORMATS.map((f) => [f]))('%s', (format) => {
    it('comes back with 0 created, 0 updated, 0 conflicts (both dossiers of a two-dossier Kamerstuk kept)', async () => {
      expect(await roundTrip(ctx, format, 'alles')).toEqual({ exported: 2, created: 0, updated: [], conflicts: [], unchanged: 2 });
    });
  });
});
