// Every change is in the audit log with its author: each mutating function of src/store writes
// audit rows, in the same transaction, with the actor it was given. A function that changes
// nothing writes nothing. New exported store functions must be classified here.
import { describe, expect, it } from 'vitest';
import { IMPORT_ACTOR } from '../../src/domain/actor.ts';
import { parseTarget } from '../../src/domain/codes.ts';
import type { ImportItem } from '../../src/import/layouts/import-item.ts';
import { importMatchScope, matchImport, planMatched } from '../../src/import/plan/plan-import.ts';
import * as channels from '../../src/store/channels.queries.ts';
import type { Db } from '../../src/store/db.ts';
import * as importing from '../../src/store/write-import.ts';
import * as itemRows from '../../src/store/item-rows.ts';
import * as itemWrites from '../../src/store/item-writes.ts';
import * as items from '../../src/store/items.queries.ts';
import * as leases from '../../src/store/leases.queries.ts';
import * as reminders from '../../src/store/reminders.queries.ts';
import * as schema from '../../src/store/schema.ts';
import * as sentLog from '../../src/store/sent-log.queries.ts';
import * as snoozes from '../../src/store/snoozes.queries.ts';
import * as status from '../../src/store/status.queries.ts';
import { newItem, openTempDb } from '../helpers/db.ts';

const ACTOR = 'UACTOR9';
const T0 = Date.UTC(2025, 8, 15, 7);
const NOW = T0 + 3_600_000;

/** Read-only functions: they must leave every table as it was. */
const READERS: Record<string, (db: Db) => unknown> = {
  'items.listItems': (db) => items.listItems(db, { search: 'herstel' }),
  'items.listItemKeys': (db) => items.listItemKeys(db, { codes: ['SOCW'] }),
  'items.getItem': (db) => items.getItem(db, 1),
  'itemRows.hydrate': (db) => itemRows.hydrate(db, db.select().from(schema.items).all()),
  'itemRows.selectItemRows': (db) => itemRows.selectItemRows(db, `SELECT ${itemRows.ITEM_SELECT} FROM items`),
  'itemRows.itemOfRow': (db) => itemRows.itemOfRow(db.select().from(schema.items).get()!, []),
  'itemRows.responsibilitiesByItem': (db) => itemRows.responsibilitiesByItem(db, JSON.stringify([1, 2])),
  'itemRows.kamerstukOfColumns': () => itemRows.kamerstukOfColumns('36410', '1', '2023-2024'),
  'items.listAudit': (db) => items.listAudit(db, 1),
  'items.withStatusTextOrigins': (db) => items.withStatusTextOrigins(db, items.listItems(db)),
  'items.lastChangeId': (db) => items.lastChangeId(db),
  'items.countItems': (db) => items.countItems(db),
  'items.responsibleCondition': () => items.responsibleCondition(['SOCW'], ['OCW']),
  'items.statusIs': () => items.statusIs('done'),
  'items.codeSpellings': () => items.codeSpellings('socw'),
  'channels.listLinks': (db) => channels.listLinks(db),
  'channels.linkedTargets': (db) => channels.linkedTargets(db, 'C0SOCW'),
  'channels.codesOfMinistries': (db) => channels.codesOfMinistries(db, ['OCW']),
  'snoozes.listActiveSnoozes': (db) => snoozes.listActiveSnoozes(db, '2025-09-15'),
  'sentLog.isSent': (db) => sentLog.isSent(db, { what: 'digest', itemId: 0, channelId: 'C1', dueDate: '2025-09-15' }),
  'sentLog.listSentSince': (db) => sentLog.listSentSince(db, '2025-01-01'),
  'reminders.listReminderItems': (db) => reminders.listReminderItems(db, '2026-12-31'),
  'reminders.listDigestItems': (db) => reminders.listDigestItems(db, '2026-12-31', 0, Date.now()),
  'items.listMatchCandidates': (db) => items.listMatchCandidates(db, { textCodes: new Map([['motie', { any: new Set(['socw']), withoutKamerstuk: new Set() }]]), kamerstukKeys: new Set(), references: new Set() }),
  'items.getItemsById': (db) => items.getItemsById(db, [1, 2]),
  'leases.getLease': (db) => leases.getLease(db, 'reminders'),
  'leases.listLeases': (db) => leases.listLeases(db),
  'status.statusCounts': (db) => status.statusCounts(db, { codes: ['SOCW'], ministries: [] }, '2025-09-15'),
  'status.attentionPage': (db) => status.attentionPage(db, { codes: [], ministries: ['OCW'] }, '2025-09-15', 0, 10),
  'status.doneBetween': (db) => status.doneBetween(db, { codes: [], ministries: [] }, 0, NOW, 10),
  'status.statusByCode': (db) => status.statusByCode(db, '2025-09-15'),
  'status.statusQueryCounts': (db) => status.statusQueryCounts(db, { scope: { codes: ['SOCW'], ministries: [] }, kind: 'motie' }, '2025-09-15'),
  'status.statusListPage': (db) => status.statusListPage(db, { scope: { codes: [], ministries: [] }, groups: ['none'] }, '2025-09-15', 0, 10),
  'status.listSubmitterNames': (db) => status.listSubmitterNames(db),
  'status.informedBetween': (db) => status.informedBetween(db, { codes: ['SOCW'], ministries: [] }, 0, NOW),
  'items.latestAuditId': (db) => items.latestAuditId(db, 1),
  'sentLog.listRecentMessagesOfItem': (db) => sentLog.listRecentMessagesOfItem(db, 1, ['C0SOCW'], 0),
  'sentLog.listItemIdsOfMessage': (db) => sentLog.listItemIdsOfMessage(db, 'C0SOCW', '1700000000.000100'),
  'sentLog.latestDigestTs': (db) => sentLog.latestDigestTs(db, 'C0SOCW', 0),
  'sentLog.unknownOutcomes': (db) => sentLog.unknownOutcomes(db, [{ what: 'digest', itemId: 0, channelId: 'C1', dueDate: '2025-09-15' }]),
  'sentLog.rowIdsOf': (db) => sentLog.rowIdsOf(db, [{ what: 'digest', itemId: 0, channelId: 'C1', dueDate: '2025-09-15' }]),
};

/**
 * Bookkeeping of the bot itself, not a change by a person: what was posted (sent_log) and which
 * process runs a job (leases). writeAudit is the audit log itself.
 */
const BOOKKEEPING = new Set([
  'items.writeAudit',
  'itemWrites.writeAudit',
  'sentLog.claimSend',
  'sentLog.markSent',
  'sentLog.markFailed',
  'sentLog.claimSends',
  'sentLog.markAllSent',
  'sentLog.markAllFailed',
  'sentLog.markAllUnknown',
  'sentLog.resolveUnknown',
  'leases.acquireLease',
  'leases.renewLease',
  'leases.releaseLease',
  'leases.newHolderId', // makes an id, touches no table
]);

function overviewItem(overrides: Partial<ImportItem> = {}): ImportItem {
  return {
    position: 1,
    line: 10,
    kind: 'toezegging',
    title: 'Voortgangsbrief sociale veiligheid',
    text: 'De minister zegt toe de Kamer voor de zomer te informeren over sociale veiligheid in het mbo.',
    submitters: [],
    cs: false,
    responsible: [{ code: 'MOCW', ministry: 'OCW' }],
    statusText: null,
    status: 'open',
    partly: false,
    reference: null,
    kamerstuk: { dossier: '31288', number: '1100', vergaderjaar: '2024/25' },
    statusReferences: [],
    linkedTo: null,
    deadline: { earliest: null, deadline: '2026-07-01', text: 'voor de zomer', basis: 'rule', soft: false, source: 'request' },
    deadlineFrom: 'own',
    recurrence: null,
    requestReference: '2025-09-01',
    requestReferenceFrom: 'document',
    ...overrides,
  };
}

interface Mutation {
  /** Who the audit rows must name. */
  actor: string;
  run: (db: Db) => unknown;
  /** Actions expected in the new audit rows (in order). */
  actions: string[];
}

/** Every mutating function, called so that it really changes something. */
const MUTATIONS: Record<string, Mutation[]> = {
  'items.createItem': [{ actor: ACTOR, run: (db) => items.createItem(db, newItem({ title: 'Nieuw' }), ACTOR, NOW), actions: ['create'] }],
  'items.updateItem': [
    {
      actor: ACTOR,
      run: (db) =>
        items.updateItem(
          db,
          1,
          {
            title: 'Andere titel',
            text: 'andere tekst',
            submitters: ['Kwint'],
            statusText: 'In behandeling',
            status: 'lapsed',
            deadline: { earliest: null, deadline: '2026-03-31', text: 'eind maart 2026', basis: 'explicit', soft: false, source: 'person' },
            kamerstuk: { dossier: '36200-VIII', number: '12', vergaderjaar: null },
            recurrence: 'P1Y',
            linkedTo: 2,
            sourceDocument: 'ander document',
            responsible: [{ code: 'MOCW', ministry: 'OCW' }],
          },
          ACTOR,
          NOW,
        ),
      actions: Array(11).fill('update'),
    },
  ],
  'itemWrites.insertItem': [
    { actor: ACTOR, run: (db) => itemWrites.insertItem(db, newItem({ title: 'Nieuw' }), ACTOR, NOW), actions: ['create'] },
  ],
  'itemWrites.insertItemAsStored': [
    { actor: ACTOR, run: (db) => itemWrites.insertItemAsStored(db, newItem({ title: 'Nieuw' }), ACTOR, NOW), actions: ['create'] },
  ],
  'itemWrites.updateItemRow': [
    {
      actor: ACTOR,
      run: (db) => itemWrites.updateItemRow(db, items.getItem(db, 1)!, { title: 'Andere titel', status: 'done' }, ACTOR, NOW),
      actions: ['update', 'update'],
    },
  ],
  'items.markDone': [
    { actor: ACTOR, run: (db) => items.markDone(db, 1, ACTOR, NOW, { via: 'test' }), actions: ['update'] },
    // A recurring item moves to its next occurrence: audited as a deadline update.
    { actor: ACTOR, run: (db) => items.markDone(db, 2, ACTOR, NOW), actions: ['update'] },
  ],
  'items.reopenStoredItem': [{ actor: ACTOR, run: (db) => items.reopenStoredItem(db, 3, ACTOR, NOW), actions: ['update'] }],
  'channels.insertChannelLink': [{ actor: ACTOR, run: (db) => channels.insertChannelLink(db, parseTarget('MOCW')!, 'C0NEW', ACTOR, NOW), actions: ['link-channel'] }],
  'channels.deleteChannelLink': [
    { actor: ACTOR, run: (db) => channels.deleteChannelLink(db, parseTarget('SOCW')!, 'C0SOCW', ACTOR, NOW), actions: ['unlink-channel'] },
  ],
  'snoozes.snoozeItem': [
    { actor: ACTOR, run: (db) => snoozes.snoozeItem(db, 1, 'C0SOCW', '2025-09-22', ACTOR, NOW), actions: ['snooze'] },
    // Replacing an earlier snooze is audited too.
    { actor: ACTOR, run: (db) => snoozes.snoozeItem(db, 2, 'C0SOCW', '2025-10-01', ACTOR, NOW), actions: ['snooze'] },
  ],
  'importing.writeImport': [
    {
      actor: IMPORT_ACTOR,
      run: (db) => importing.writeImport(db, importRequest([overviewItem()], { sourceDocument: 'stand-van-zaken.pdf', documentDate: '2025-09-01', now: NOW })),
      actions: ['create', 'import'],
    },
  ],
};

/** What the import use case (app/import-items.ts) asks the store to write: the plan for these items. */
function importRequest(incoming: ImportItem[], options: { sourceDocument: string; documentDate: string; now: number; dryRun?: boolean }): importing.WriteImportRequest {
  return {
    ...options,
    scope: importMatchScope(incoming),
    match: (candidates) => matchImport(candidates, incoming),
    plan: (matched, matches) => planMatched(matched, matches, incoming, options),
  };
}

/** Calls that change nothing: they must not write an audit row either (or anything else). */
const NO_OPS: Record<string, (db: Db) => unknown> = {
  'markDone of a done item': (db) => items.markDone(db, 3, ACTOR, NOW),
  'markDone of a missing item': (db) => items.markDone(db, 999, ACTOR, NOW),
  'reopenStoredItem of an open item': (db) => items.reopenStoredItem(db, 1, ACTOR, NOW),
  'updateItem with the same values': (db) => items.updateItem(db, 1, { title: items.getItem(db, 1)!.title, status: 'open' }, ACTOR, NOW),
  'updateItem of a missing item': (db) => items.updateItem(db, 999, { title: 'x' }, ACTOR, NOW),
  'insertChannelLink of an existing link': (db) => channels.insertChannelLink(db, parseTarget('SOCW')!, 'C0SOCW', ACTOR, NOW),
  'deleteChannelLink of a missing link': (db) => channels.deleteChannelLink(db, parseTarget('MJenV')!, 'C0SOCW', ACTOR, NOW),
  'snoozeItem of a missing item': (db) => snoozes.snoozeItem(db, 999, 'C0SOCW', '2025-09-22', ACTOR, NOW),
  'snoozeItem with a bad date': (db) => snoozes.snoozeItem(db, 1, 'C0SOCW', '2025-02-30x', ACTOR, NOW),
  'a dry-run import': (db) =>
    importing.writeImport(db, importRequest([overviewItem()], { sourceDocument: 'x.pdf', documentDate: '2025-09-01', now: NOW, dryRun: true })),
};

function seed(db: Db): void {
  items.createItem(db, newItem(), 'import', T0);
  items.createItem(
    db,
    newItem({
      kind: 'toezegging',
      title: 'Jaarlijkse voortgangsbrief',
      recurrence: 'P1Y',
      deadline: { earliest: null, deadline: '2025-12-31', text: 'eind 2025', basis: 'explicit', soft: false, source: 'request' },
    }),
    'import',
    T0,
  );
  items.createItem(db, newItem({ title: 'Afgerond onderzoek', status: 'done' }), 'import', T0);
  channels.insertChannelLink(db, parseTarget('SOCW')!, 'C0SOCW', 'UOTHER', T0);
  snoozes.snoozeItem(db, 2, 'C0SOCW', '2025-09-20', 'UOTHER', T0);
}

function tablesOf(db: Db): Record<string, string> {
  // Every ordinary table, the search index's shadow tables included (a WITHOUT ROWID one is
  // ordered by its columns); the virtual table itself only reads back through them.
  const tables = db.$client
    .prepare("SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'")
    .all() as { name: string; wr: number }[];
  return Object.fromEntries(
    tables.map(({ name, wr }) => [name, JSON.stringify(db.$client.prepare(`SELECT * FROM "${name}" ORDER BY ${wr ? '1, 2' : 'rowid'}`).all())]),
  );
}

function newAudit(db: Db, afterId: number) {
  return db.$client.prepare('SELECT * FROM audit_log WHERE id > ? ORDER BY id').all(afterId) as {
    item_id: number | null;
    actor: string;
    at: number;
    action: string;
    field: string | null;
  }[];
}

function withSeededDb<T>(fn: (db: Db) => T): T {
  const t = openTempDb();
  try {
    seed(t.db);
    return fn(t.db);
  } finally {
    t.cleanup();
  }
}

describe('audit log', () => {
  it('every exported store function is a reader, bookkeeping, or an audited mutation', () => {
    const modules = { items, itemRows, itemWrites, channels, snoozes, sentLog, leases, status, importing, reminders };
    const exported = Object.entries(modules).flatMap(([m, mod]) =>
      Object.entries(mod)
        .filter(([, v]) => typeof v === 'function')
        .map(([name]) => `${m}.${name}`),
    );
    const known = new Set([...Object.keys(READERS), ...BOOKKEEPING, ...Object.keys(MUTATIONS)]);
    expect(exported.filter((f) => !known.has(f))).toEqual([]);
    expect([...known].filter((f) => !f.includes('()') && !exported.includes(f))).toEqual([]);
  });

  it.each(Object.keys(READERS))('%s changes nothing', (name) => {
    withSeededDb((db) => {
      const before = tablesOf(db);
      READERS[name]!(db);
      expect(tablesOf(db)).toEqual(before);
    });
  });

  const cases = Object.entries(MUTATIONS).flatMap(([name, list]) => list.map((m, i) => [`${name}${list.length > 1 ? ` (${i + 1})` : ''}`, m] as const));
  it.each(cases)('%s writes audit rows with its actor for the change it makes', (_name, mutation) => {
    withSeededDb((db) => {
      const before = tablesOf(db);
      const lastAudit = (db.$client.prepare('SELECT coalesce(max(id), 0) AS id FROM audit_log').get() as { id: number }).id;
      mutation.run(db);
      const after = tablesOf(db);
      const changedTables = Object.keys(after).filter((t) => t !== 'audit_log' && after[t] !== before[t] && t !== 'sqlite_sequence');
      expect(changedTables.length, 'the call changed something').toBeGreaterThan(0);
      const rows = newAudit(db, lastAudit);
      expect(rows.map((r) => r.action)).toEqual(mutation.actions);
      for (const r of rows) {
        expect(r.actor).toBe(mutation.actor);
        expect(r.at).toBe(NOW);
      }
    });
  });

  it('updateItem writes one audit row per changed field, naming the field and both values', () => {
    withSeededDb((db) => {
      items.updateItem(db, 1, { title: 'Nieuwe titel', status: 'lapsed' }, ACTOR, NOW, { via: 'slash', channel: 'C0SOCW' });
      const audit = items.listAudit(db, 1).filter((a) => a.at === NOW);
      expect(audit).toEqual([
        expect.objectContaining({ actor: ACTOR, field: 'title', newValue: 'Nieuwe titel', context: { via: 'slash', channel: 'C0SOCW' } }),
        expect.objectContaining({ actor: ACTOR, field: 'status', oldValue: 'open', newValue: 'lapsed' }),
      ]);
    });
  });

  it.each(Object.keys(NO_OPS))('%s writes no audit row and changes nothing', (name) => {
    withSeededDb((db) => {
      const before = tablesOf(db);
      NO_OPS[name]!(db);
      expect(tablesOf(db)).toEqual(before);
    });
  });

  it('a change and its audit row are one transaction: a failing audit write leaves the item as it was', () => {
    withSeededDb((db) => {
      const before = tablesOf(db);
      // Make every audit insert fail; the item update must roll back with it.
      db.$client.exec("CREATE TRIGGER no_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit refused'); END");
      expect(() => items.markDone(db, 1, ACTOR, NOW)).toThrow(/audit refused/);
      expect(() => channels.insertChannelLink(db, parseTarget('MOCW')!, 'C0NEW', ACTOR, NOW)).toThrow(/audit refused/);
      expect(() => snoozes.snoozeItem(db, 1, 'C0SOCW', '2025-09-22', ACTOR, NOW)).toThrow(/audit refused/);
      db.$client.exec('DROP TRIGGER no_audit');
      expect(tablesOf(db)).toEqual(before);
    });
  });
});
