// Issue 14 point 7: the export and the import agree on one item model. An exported overview, read
// back through the same readers a person's file goes through (bytes → format sniffing → layout),
// changes nothing: 0 created, 0 updated, 0 conflicts, in every format, for the sample as imported
// and after the edits a team makes in Slack (owner, status text, done with a Kamerbrief, lapsed,
// reopened, a term set by hand).
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/adapters/documents/read-source.ts';
import {
  EXPORT_FORMATS,
  editItem,
  exportOverview,
  importOverview,
  lapseItem,
  markItemDone,
  readOverview,
  setTerm,
  type ChangeRequest,
  type ExportFormat,
} from '../../src/app/index.ts';
import { listItems } from '../../src/store/items.queries.ts';
import { SAMPLE_PATH } from '../domain/overview/sample.ts';
import { appContext } from './context.ts';
import { conflictNl } from '../../src/texts/conflicts.nl.ts';
import { PLAIN_STYLE } from '../../src/texts/history.nl.ts';
import { fieldChangeNl, overviewProblemNl, readFailureNl } from '../../src/texts/overview.nl.ts';

const DOCUMENT_DATE = '2025-04-01';

type Ctx = ReturnType<typeof appContext>;

async function roundTrip(ctx: Ctx, format: ExportFormat, status: 'open' | 'alles') {
  const out = await exportOverview(ctx, { targets: [], status, format });
  if (!out.ok) throw new Error(`export failed: ${out.code}`);
  const source = await decodeSource(new Uint8Array(out.bytes), `.${format}`);
  if (!source.ok) throw new Error(`export unreadable: ${source.message}`);
  const read = readOverview(ctx, source.document, { documentDate: DOCUMENT_DATE });
  if (!read.ok) throw new Error(`re-import refused: ${read.code} ${read.code === 'IMPORT_UNREADABLE' ? readFailureNl(read.failure) : read.parsed.problems.map(overviewProblemNl).join(' | ')}`);
  const { result } = importOverview(ctx, read.parsed, { sourceName: `overzicht.${format}`, dryRun: true });
  return {
    exported: out.moties + out.toezeggingen,
    created: result.plan.creates.length,
    updated: result.plan.updates.map((u) => `#${u.itemId} ${u.changes.map(fieldChangeNl).join('; ')}`),
    conflicts: result.plan.conflicts.map((c) => conflictNl(c, PLAIN_STYLE)),
    unchanged: result.plan.unchanged.length,
  };
}

describe('motie overzicht round trip (issue 14 point 7)', () => {
  let ctx: Ctx;
  beforeEach(() => {
    ctx = appContext({ admins: ['U0SANNE01'] });
    const read = readOverview(ctx, readFileSync(SAMPLE_PATH, 'utf8'), { documentDate: DOCUMENT_DATE });
    if (!read.ok) throw new Error('sample unreadable');
    importOverview(ctx, read.parsed, { sourceName: 'stand-van-zaken-nap-2025.txt' });
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
});
