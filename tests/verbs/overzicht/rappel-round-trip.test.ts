// Issue 27, the Eerste Kamer's rappel end to end: the register's rappel page is imported (status
// and deadline per T-number; a re-import with newer values updates), the team writes its stand
// van zaken, and the draft answer (`motie overzicht --rappel EK`) in the Eerste Kamer's columns
// reads back through the import changing nothing, as Word and as Excel.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeSource } from '../../../src/import/document/read-source.ts';
import { editItem, applyImport, readImport, type ChangeRequest } from '../../../src/app/index.ts';
import { exportRappel, RAPPEL_FORMATS, type RappelFormat } from '../../../src/verbs/overzicht/export-rappel.ts';
import { buildRappelRows } from '../../../src/domain/export/rappel-rows.ts';
import { listItems } from '../../../src/store/items.queries.ts';
import { conflictNl } from '../../../src/texts/conflicts.nl.ts';
import { PLAIN_STYLE } from '../../../src/texts/history.nl.ts';
import { fieldChangeNl, readFailureNl } from '../../../src/texts/import.nl.ts';
import { appContext } from '../../app/context.ts';

const DOCUMENT_DATE = '2025-07-02';
const RAPPEL = readFileSync(new URL('../../fixtures/layouts/ek-register/ek-rappel-bzk-2025.txt', import.meta.url), 'utf8');
const PAGE_T01970 = readFileSync(new URL('../../fixtures/layouts/ek-register/ek-toezegging-T01970.md', import.meta.url), 'utf8');

type Ctx = ReturnType<typeof appContext>;

function importText(ctx: Ctx, text: string, name: string, documentDate = DOCUMENT_DATE) {
  const read = readImport(ctx, text, { documentDate });
  if (!read.ok) throw new Error(read.code === 'IMPORT_UNREADABLE' ? readFailureNl(read.failure) : read.code);
  return applyImport(ctx, read.parsed, { sourceName: name }).result.plan;
}

async function reimportDraft(ctx: Ctx, format: RappelFormat) {
  const out = await exportRappel(ctx, { targets: [], format });
  if (!out.ok) throw new Error(`export failed: ${out.code}`);
  const source = await decodeSource(new Uint8Array(out.bytes), `.${format}`);
  if (!source.ok) throw new Error(`draft unreadable: ${source.code}`);
  const read = readImport(ctx, source.document, { documentDate: DOCUMENT_DATE });
  if (!read.ok) throw new Error(`draft refused: ${read.code === 'IMPORT_UNREADABLE' ? readFailureNl(read.failure) : read.code}`);
  const { result } = applyImport(ctx, read.parsed, { sourceName: `rappel.${format}`, dryRun: true });
  return {
    layout: read.parsed.layout.id,
    exported: out.toezeggingen,
    created: result.plan.creates.length,
    updated: result.plan.updates.map((u) => `#${u.itemId} ${u.changes.map(fieldChangeNl).join('; ')}`),
    conflicts: result.plan.conflicts.map((c) => conflictNl(c, PLAIN_STYLE)),
    unchanged: result.plan.unchanged.length,
  };
}

describe('the Eerste Kamer rappel end to end', () => {
  let ctx: Ctx;
  const sanne: ChangeRequest = { actor: 'U0SANNE01', context: { via: 'slash' } };
  beforeEach(() => {
    ctx = appContext({ admins: ['U0SANNE01'] });
    importText(ctx, RAPPEL, 'rappel-bzk.txt');
    importText(ctx, PAGE_T01970, 'T01970.md');
  });
  afterEach(() => {
    ctx.t.cleanup();
  });

  it('imports the rappel list per T-number with status, deadline and dossier', () => {
    const items = listItems(ctx.db, {}).sort((a, b) => (a.reference ?? '').localeCompare(b.reference ?? ''));
    expect(items.map((i) => [i.reference, i.status, i.deadline?.deadline ?? null, i.kamerstuk?.dossier ?? null])).toEqual([
      ['T01153', 'open', null, '30585'],
      ['T01237', 'open', '2024-01-01', '22112/31544'],
      ['T01970', 'open', '2025-07-01', '33344'],
    ]);
    expect(buildRappelRows(items).map((r) => [r.number, r.status, r.deadline])).toEqual([
      ['T01153', 'openstaand', ''],
      ['T01237', 'openstaand', '1 januari 2024'],
      ['T01970', 'deels voldaan', '1 juli 2025'],
    ]);
  });

  it('updates status and deadline when a newer rappel list is imported', () => {
    const newer = RAPPEL.replace('Status openstaand\nDatum toezegging 7 april 2009\nDeadline 1 januari 2024', 'Status deels voldaan\nDatum toezegging 7 april 2009\nDeadline 1 januari 2026');
    const plan = importText(ctx, newer, 'rappel-bzk-2026.txt', '2026-01-05');
    expect(plan.creates).toEqual([]);
    expect(plan.updates.map((u) => [u.incoming.reference, u.changes.map((c) => c.field).sort()])).toEqual([['T01237', ['deadline', 'partly', 'statusText']]]);
    const t01237 = listItems(ctx.db, {}).find((i) => i.reference === 'T01237');
    expect(t01237?.deadline?.deadline).toBe('2026-01-01');
    expect(t01237?.partly).toBe(true);
    expect(buildRappelRows(t01237 ? [t01237] : [])[0]?.status).toBe('deels voldaan');
  });

  describe.each(RAPPEL_FORMATS.map((f) => [f]))('the draft as %s', (format) => {
    it('reads back as the same items: 0 created, 0 updated, 0 conflicts', async () => {
      expect(await reimportDraft(ctx, format)).toEqual({ layout: 'ek-register', exported: 3, created: 0, updated: [], conflicts: [], unchanged: 3 });
    });

    it("carries the team's stand van zaken and a term set by hand as the expected date, and still changes nothing on re-import", async () => {
      const t01237 = listItems(ctx.db, {}).find((i) => i.reference === 'T01237');
      if (!t01237) throw new Error('T01237 missing');
      expect(editItem(ctx, t01237.id, { statusText: 'De richtlijn is nog niet in de besluitvormende fase.\n\nHet kabinet volgt de onderhandelingen.' }, sanne).ok).toBe(true);
      const rows = buildRappelRows(listItems(ctx.db, {}));
      expect(rows.find((r) => r.number === 'T01237')?.statusText).toBe('De richtlijn is nog niet in de besluitvormende fase.\n\nHet kabinet volgt de onderhandelingen.');
      expect(await reimportDraft(ctx, format)).toMatchObject({ created: 0, updated: [], conflicts: [], unchanged: 3 });
    });
  });
});
