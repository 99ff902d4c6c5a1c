import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseStandVanZaken } from '../../src/import/layouts/stand-van-zaken/parse-stand-van-zaken.ts';
import type { ImportItem } from '../../src/import/layouts/import-item.ts';
import { closeDb, openDb } from '../../src/store/db.ts';
import { importItems } from '../../src/app/import-items.ts';
import { getItem, getItemsById, listAudit, listItems, markDone, updateItem } from '../../src/store/items.queries.ts';
import { SAMPLE, SAMPLE_DATE } from '../import/layouts/stand-van-zaken/sample.ts';
import { dumpDb, openTempDb, tableCounts, type TempDb } from '../helpers/db.ts';

const LATER = readFileSync(new URL('../fixtures/overviews/stand-van-zaken-nap-2025-later.txt', import.meta.url), 'utf8');
const LATER_DATE = '2025-04-15';
const NOW = Date.UTC(2025, 3, 2, 9, 0);
const LATER_NOW = Date.UTC(2025, 3, 16, 9, 0);

function parse(text: string, documentDate: string): ImportItem[] {
  const result = parseStandVanZaken(text, { documentDate });
  if (!result.ok) throw new Error(result.code);
  return result.items;
}

describe('applyImport', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
  });
  afterEach(() => { t.cleanup(); });

  const importSample = (dryRun = false) =>
    importItems(t.db, parse(SAMPLE, SAMPLE_DATE), { sourceDocument: 'nap-2025.txt', documentDate: SAMPLE_DATE, now: NOW, dryRun });
  const importLater = (dryRun = false) =>
    importItems(t.db, parse(LATER, LATER_DATE), { sourceDocument: 'nap-2025-later.txt', documentDate: LATER_DATE, now: LATER_NOW, dryRun });

  it('creates the 14 items of the sample in a fresh database, with audit entries by "import"', () => {
    const result = importSample();
    expect(result.created).toHaveLength(14);
    expect(result.updated).toEqual([]);
    const items = listItems(t.db);
    expect(items).toHaveLength(14);
    const byPosition = new Map(items.map((item) => [item.sourcePosition, item]));
    const item4 = byPosition.get(4)!;
    expect(item4).toMatchObject({
      kind: 'motie',
      submitters: ['Mutluer'],
      kamerstuk: { dossier: '34843', number: '79', vergaderjaar: '2022/23' },
      status: 'open',
      sourceDocument: 'nap-2025.txt',
      statusSetBy: null,
      deadlineSetBy: null,
      deadline: { deadline: '2023-10-31', text: 'vóór het debat over de begroting van OCW', source: 'request', soft: false },
    });
    expect(byPosition.get(10)?.linkedTo).toBe(byPosition.get(9)?.id);
    // done according to the document: done by its date, so no digest reports it as "done this week"
    expect(byPosition.get(1)).toMatchObject({ status: 'done', cs: true, doneAt: Date.parse(`${SAMPLE_DATE}T00:00:00+02:00`) });
    expect(byPosition.get(14)?.recurrence).toBe('P4Y');
    expect(listAudit(t.db, item4.id)).toEqual([
      expect.objectContaining({ actor: 'import', action: 'create', context: { document: 'nap-2025.txt', documentDate: SAMPLE_DATE, position: 4 } }),
    ]);
    expect(result.items.map((item) => item.sourcePosition)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('gives every created and updated item exactly as a read of the database gives it (created items are not read back)', () => {
    const first = importSample();
    expect(first.items).toHaveLength(14);
    expect(first.items.some((item) => item.linkedTo !== null)).toBe(true);
    expect(first.items).toEqual(first.items.map((item) => getItemsById(t.db, [item.id]).get(item.id)));
    const later = importLater();
    expect(later.created.length).toBeGreaterThan(0);
    expect(later.updated.length).toBeGreaterThan(0);
    const written = [...later.created, ...later.updated];
    expect(written).toEqual(written.map((item) => getItemsById(t.db, [item.id]).get(item.id)));
  });

  it('changes nothing when the same document is imported again', () => {
    importSample();
    const before = dumpDb(t.db);
    const again = importSample();
    expect(again.created).toEqual([]);
    expect(again.updated).toEqual([]);
    expect(again.plan.unchanged).toHaveLength(14);
    expect(again.plan.conflicts).toEqual([]);
    expect(dumpDb(t.db)).toBe(before);
  });

  it('shows in a dry run exactly what an import would do, and writes nothing', () => {
    const before = dumpDb(t.db);
    const dry = importSample(true);
    expect(dumpDb(t.db)).toBe(before);
    expect(tableCounts(t.db).items).toBe(0);
    const real = importSample();
    expect(dry.dryRun).toBe(true);
    expect(dry.items.map((item) => [item.id, item.title, item.deadline])).toEqual(real.items.map((item) => [item.id, item.title, item.deadline]));
  });

  it('updates from a later overview: an item done, a new deadline, an item added', () => {
    importSample();
    const result = importLater();
    expect(result.created.map((item) => item.kamerstuk)).toEqual([{ dossier: '36600-VIII', number: '45', vergaderjaar: '2024/25' }]);
    expect(result.created[0]).toMatchObject({ submitters: ['Tielen'], deadline: { deadline: '2025-12-01' }, sourcePosition: 13 });
    expect(result.plan.updates.map((u) => [u.incoming.position, u.changes.map((c) => c.field)])).toEqual([
      [4, ['status', 'statusText']],
      [9, ['statusText', 'deadline']],
      [10, ['deadline']],
    ]);
    expect(result.plan.unchanged).toHaveLength(11);
    expect(result.plan.conflicts).toEqual([]);

    const item4 = result.items[3]!;
    expect(item4).toMatchObject({
      status: 'done',
      doneAt: LATER_NOW,
      statusSetBy: null,
      deadline: { deadline: '2023-10-31', text: 'vóór het debat over de begroting van OCW', source: 'request' },
    });
    const fields = listAudit(t.db, item4.id).filter((entry) => entry.action === 'update');
    expect(fields.map((entry) => [entry.field, entry.actor, entry.context?.document])).toEqual([
      ['statusText', 'import', 'nap-2025-later.txt'],
      ['sourceDocument', 'import', 'nap-2025-later.txt'],
      ['status', 'import', 'nap-2025-later.txt'],
    ]);
    const werfDeadline = listAudit(t.db, result.items[8]!.id).find((entry) => entry.field === 'deadline');
    expect(werfDeadline).toMatchObject({
      actor: 'import',
      oldValue: 'voor de zomer van 2025 → 2025-07-03',
      newValue: 'voor het kerstreces van 2025 → 2025-12-18',
    });
    expect(result.items[8]?.deadline).toMatchObject({ deadline: '2025-12-18', text: 'voor het kerstreces van 2025' });
    expect(result.items[9]?.deadline).toEqual(result.items[8]?.deadline);
    expect(listItems(t.db)).toHaveLength(15);

    // and the later overview again: nothing changes
    const before = dumpDb(t.db);
    const again = importLater();
    expect([again.created.length, again.updated.length, again.plan.unchanged.length]).toEqual([0, 0, 15]);
    expect(dumpDb(t.db)).toBe(before);
  });

  it('keeps decisions made in Slack and reports them as conflicts', () => {
    const first = importSample();
    const westerveld = first.items[6]!; // open in both overviews
    const werf = first.items[8]!; // gets a new deadline in the later overview
    markDone(t.db, westerveld.id, 'U0SLACK1', NOW + 1000);
    const personDeadline = { earliest: null, deadline: '2025-06-01', text: '1 juni 2025', basis: 'explicit' as const, soft: false, source: 'person' as const };
    updateItem(t.db, werf.id, { deadline: personDeadline }, 'U0SLACK2', NOW + 2000);

    const result = importLater();
    expect(result.plan.conflicts.map((c) => [c.itemId, c.field, c.current, c.incoming, c.setBy])).toEqual([
      [westerveld.id, 'status', 'done', 'open', 'U0SLACK1'],
      [werf.id, 'deadline', '1 juni 2025 (2025-06-01)', 'voor het kerstreces van 2025 (2025-12-18)', 'U0SLACK2'],
    ]);
    expect(getItem(t.db, westerveld.id)).toMatchObject({ status: 'done', statusSetBy: 'U0SLACK1' });
    const werfAfter = getItem(t.db, werf.id)!;
    expect(werfAfter.deadline).toMatchObject({ deadline: '2025-06-01', text: '1 juni 2025', source: 'person' });
    expect(werfAfter.deadlineSetBy).toBe('U0SLACK2');
    // the status text is the document's, so it does follow the overview
    expect(werfAfter.statusText).toContain('voor het kerstreces van 2025');
  });

  it('an older overview never replaces a newer stand van zaken: the text stays and the difference is a conflict (issue 22.2)', () => {
    importSample();
    const later = importLater();
    const item4 = later.items[3]!;
    const newer = item4.statusText;
    expect(newer).not.toBeNull();
    // The overview of 1 April again, after the one of 15 April.
    const older = importItems(t.db, parse(SAMPLE, SAMPLE_DATE), { sourceDocument: 'nap-2025.txt', documentDate: SAMPLE_DATE, now: LATER_NOW + 60_000 });
    expect(getItem(t.db, item4.id)!.statusText).toBe(newer);
    expect(older.plan.conflicts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ itemId: item4.id, code: 'STATUS_TEXT_KEPT', field: 'statusText', current: newer, setBy: 'import', writtenOn: '2025-04-16', documentDate: SAMPLE_DATE }),
      ]),
    );
    expect(older.plan.updates.flatMap((u) => u.changes.map((c) => c.field))).not.toContain('statusText');
  });

  it('an older overview never replaces a newer status or term an import set: they stay and the differences are conflicts (issue 22.2)', () => {
    const first = importSample();
    const april = parse(SAMPLE, SAMPLE_DATE);
    const open = april.findIndex((item) => item.status === 'open');
    const [a, b] = [first.items[open]!, first.items[1]!];
    expect(a.status).toBe('open');
    // The overview of 15 April closes an open item and gives another a new term.
    const newTerm = { earliest: null, deadline: '2025-12-31', text: 'voor het einde van 2025', basis: 'explicit' as const, soft: false, source: 'status' as const };
    const later = april.map((item, index) => (index === open ? { ...item, status: 'done' as const } : index === 1 ? { ...item, deadline: newTerm, deadlineFrom: 'own' as const } : item));
    importItems(t.db, later, { sourceDocument: 'later.txt', documentDate: LATER_DATE, now: LATER_NOW });
    expect(getItem(t.db, a.id)!.status).toBe('done');
    // The overview of 1 April again, after the one of 15 April.
    const older = importItems(t.db, parse(SAMPLE, SAMPLE_DATE), { sourceDocument: 'nap-2025.txt', documentDate: SAMPLE_DATE, now: LATER_NOW + 60_000 });
    expect(getItem(t.db, a.id)!.status).toBe('done');
    expect(getItem(t.db, b.id)!.deadline).toMatchObject({ deadline: '2025-12-31' });
    expect(older.plan.conflicts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ itemId: a.id, code: 'STATUS_KEPT', current: 'done', incoming: 'open', setBy: 'import' }),
        expect.objectContaining({ itemId: b.id, code: 'TERM_KEPT', setBy: 'import' }),
      ]),
    );
    expect(older.plan.updates.filter((u) => u.itemId === a.id || u.itemId === b.id).flatMap((u) => u.changes.map((c) => c.field))).toEqual([]);
    // An overview of a later day still changes them.
    const newer = importItems(t.db, parse(SAMPLE, '2025-04-20'), { sourceDocument: 'x', documentDate: '2025-04-20', now: LATER_NOW + 120_000 });
    expect(newer.plan.conflicts.filter((c) => c.itemId === a.id || c.itemId === b.id)).toEqual([]);
    expect(getItem(t.db, a.id)!.status).toBe('open');
  });

  it('a stand van zaken a person wrote on or after the overview date stays; an overview of a later day replaces it', () => {
    const first = importSample();
    const item = first.items[6]!;
    // Written in Slack on 15 April: the overview of 15 April may predate it, a later one does not.
    updateItem(t.db, item.id, { statusText: 'Gesprek met de sector op 20 mei.' }, 'U0SLACK1', Date.UTC(2025, 3, 15, 10, 0));
    const sameDay = importItems(t.db, parse(SAMPLE, '2025-04-15'), { sourceDocument: 'x', documentDate: '2025-04-15', now: LATER_NOW });
    expect(sameDay.plan.conflicts).toEqual([expect.objectContaining({ itemId: item.id, code: 'STATUS_TEXT_KEPT', setBy: 'U0SLACK1', writtenOn: '2025-04-15' })]);
    expect(getItem(t.db, item.id)!.statusText).toBe('Gesprek met de sector op 20 mei.');
    const newer = importItems(t.db, parse(SAMPLE, '2025-04-16'), { sourceDocument: 'x', documentDate: '2025-04-16', now: LATER_NOW });
    expect(newer.plan.conflicts).toEqual([]);
    expect(getItem(t.db, item.id)!.statusText).toBe(item.statusText);
  });

  it('plans outside the write lock and plans again when an item changed meanwhile: that change is not overwritten (issue 22.7)', () => {
    const first = importSample();
    const item4 = first.items[3]!;
    let calls = 0;
    const result = importItems(t.db, parse(LATER, LATER_DATE), {
      sourceDocument: 'nap-2025-later.txt',
      documentDate: LATER_DATE,
      now: LATER_NOW,
      // Between planning and taking the lock, a person writes the stand van zaken in Slack.
      afterPlan: () => {
        calls += 1;
        if (calls === 1) updateItem(t.db, item4.id, { statusText: 'Zojuist bijgewerkt in Slack.' }, 'U0SLACK1', LATER_NOW);
      },
    });
    expect(calls).toBe(2);
    expect(result.replanned).toBe(1);
    expect(getItem(t.db, item4.id)!.statusText).toBe('Zojuist bijgewerkt in Slack.');
    expect(result.plan.conflicts).toEqual([expect.objectContaining({ itemId: item4.id, code: 'STATUS_TEXT_KEPT', setBy: 'U0SLACK1' })]);
    // The rest of the later overview is applied.
    expect(getItem(t.db, item4.id)!.status).toBe('done');
  });

  it('plans without holding the write lock: another connection writes meanwhile without waiting, and the import keeps that write (issue 22.7)', () => {
    const first = importSample();
    const item4 = first.items[3]!;
    // The bot's connection beside the importing one (a `motie import` next to the running bot).
    const bot = openDb(t.path);
    try {
      bot.$client.pragma('busy_timeout = 0'); // fail at once (SQLITE_BUSY) if the import held the lock
      let calls = 0;
      const result = importItems(t.db, parse(LATER, LATER_DATE), {
        sourceDocument: 'nap-2025-later.txt',
        documentDate: LATER_DATE,
        now: LATER_NOW,
        afterPlan: () => {
          calls += 1;
          // Planned, and no transaction open on the importing connection.
          expect(t.db.$client.inTransaction).toBe(false);
          if (calls === 1) updateItem(bot, item4.id, { statusText: 'Vanuit Slack: brief is onderweg.' }, 'U0SLACK1', LATER_NOW);
        },
      });
      expect(calls).toBe(2);
      expect(result.replanned).toBe(1);
      expect(getItem(t.db, item4.id)!.statusText).toBe('Vanuit Slack: brief is onderweg.');
      expect(result.plan.conflicts).toEqual([expect.objectContaining({ itemId: item4.id, code: 'STATUS_TEXT_KEPT', setBy: 'U0SLACK1' })]);
    } finally {
      closeDb(bot);
    }
  });

  it('imports nothing when applying fails half way (one transaction)', () => {
    const items = parse(SAMPLE, SAMPLE_DATE);
    // a link to an item that is not in the import cannot be applied
    const broken = items.map((item) => (item.position === 14 ? { ...item, linkedTo: 99 } : item));
    expect(() => importItems(t.db, broken, { sourceDocument: 'x', documentDate: SAMPLE_DATE, now: NOW })).toThrow();
    expect(tableCounts(t.db)).toMatchObject({ items: 0, responsibilities: 0, audit_log: 0 });
  });

  it('matches an item without Kamerstuk on its text, kind and codes', () => {
    importSample();
    const edited = SAMPLE.replace('van NOC*NSF.\n', 'van NOC*NSF (sport).\n');
    const result = importItems(t.db, parse(edited, SAMPLE_DATE), { sourceDocument: 'b', documentDate: SAMPLE_DATE, now: NOW });
    expect(result.created).toEqual([]);
    expect(result.plan.unchanged.find((u) => u.incoming.position === 14)?.matchedBy).toBe('text');
  });
});
