import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { closeDb, openDb } from '../../src/store/db.ts';
import { withItemInsertsIndexedLater } from '../../src/store/search-index.ts';
import { createItem, listAudit } from '../../src/store/items.queries.ts';
import { runCli } from '../helpers/run-cli.ts';
import { DATABASE_BUSY } from '../../src/texts/database-busy.nl.ts';
import { dumpDb, newItem, tempDir } from '../helpers/db.ts';

const NOW = new Date('2025-09-15T07:00:00Z');

const run = (argv: string[], dbPath: string) => runCli(argv, { dbPath, now: NOW });

describe('motie CLI', () => {
  let dir: string;
  let dbPath: string;
  beforeEach(() => {
    dir = tempDir();
    dbPath = join(dir, 'cli.db');
  });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  it('lists nothing on a fresh database, in Dutch and as JSON', async () => {
    closeDb(openDb(dbPath));
    expect(await run(['list'], dbPath)).toMatchObject({ code: 0, out: 'Geen moties of toezeggingen gevonden.' });
    const json = await run(['list', '--json'], dbPath);
    expect(JSON.parse(json.out)).toEqual([]);
  });

  it('motie zoek finds items as /motie zoek does, plural and inflected forms included, with the list\'s filters; too short a word is refused (issue 23 point 17)', async () => {
    const db = openDb(dbPath);
    const plural = createItem(db, newItem({ title: 'Vertrouwenspersonen in de sport', kamerstuk: { dossier: '34843', number: '79', vergaderjaar: null } }), 'import', NOW.getTime());
    const singular = createItem(db, newItem({ title: 'Een vertrouwenspersoon per school', responsible: [{ code: 'SSZW', ministry: 'SZW' }] }), 'import', NOW.getTime());
    createItem(db, newItem({ title: 'Iets anders' }), 'import', NOW.getTime());
    closeDb(db);
    const ids = async (argv: string[]) => (JSON.parse((await run(['zoek', ...argv, '--json'], dbPath)).out) as { id: number }[]).map((i) => i.id);
    expect(await ids(['vertrouwenspersoon'])).toEqual([plural.id, singular.id]);
    expect(await ids(['vertrouwenspersonen', '--code', 'SSZW'])).toEqual([singular.id]);
    expect(await ids(['Kamerstuk', '34843,', 'nr.', '79'])).toEqual([plural.id]);
    const human = await run(['zoek', 'vertrouwenspersonen'], dbPath);
    expect(human.code).toBe(0);
    expect(human.out).toContain('Een vertrouwenspersoon per school');
    expect(await run(['zoek', 'ab'], dbPath)).toMatchObject({ code: 2, err: expect.stringContaining('minstens 3 tekens') });
  });

  it('motie zoek indexes the items an import left pending when it can take the write lock at once; when another process writes it finds them by their rows and leaves them pending (issue 28)', async () => {
    const db = openDb(dbPath);
    const indexed = createItem(db, newItem({ title: 'Vertrouwenspersonen in de sport' }), 'import', NOW.getTime());
    // As an import writes: the rows are pending for the search index.
    const pending = db.$client.transaction(() => withItemInsertsIndexedLater(db, () => [
      createItem(db, newItem({ title: 'Een vertrouwenspersoon per school' }), 'import', NOW.getTime()),
      createItem(db, newItem({ title: 'Vertrouwenspersoon bij de politie' }), 'import', NOW.getTime()),
    ]))();
    closeDb(db);
    const pendingIds = () => {
      const reader = new Database(dbPath, { readonly: true });
      try {
        return reader.prepare('SELECT item_id FROM items_fts_pending ORDER BY item_id').pluck().all();
      } finally {
        reader.close();
      }
    };
    const found = async () => (JSON.parse((await run(['zoek', 'vertrouwenspersoon', '--json'], dbPath)).out) as { id: number }[]).map((i) => i.id).sort((a, b) => a - b);
    const all = [indexed.id, ...pending.map((item) => item.id)].sort((a, b) => a - b);
    expect(pendingIds()).toEqual(pending.map((item) => item.id));
    // Another process holds the write lock: the search does not wait for it, indexes nothing and finds the same items.
    const other = new Database(dbPath);
    try {
      other.exec('BEGIN IMMEDIATE');
      expect(await found()).toEqual(all);
      other.exec('ROLLBACK');
    } finally {
      other.close();
    }
    expect(pendingIds()).toEqual(pending.map((item) => item.id));
    // The lock is free: the search indexes them first, then finds them through the index.
    expect(await found()).toEqual(all);
    expect(pendingIds()).toEqual([]);
    expect(await found()).toEqual(all);
    // motie list (no search) indexes nothing.
    const later = openDb(dbPath);
    later.$client.transaction(() => withItemInsertsIndexedLater(later, () => createItem(later, newItem({ title: 'Nog een vertrouwenspersoon' }), 'import', NOW.getTime())))();
    closeDb(later);
    expect(pendingIds()).toHaveLength(1);
    expect((await run(['list', '--json'], dbPath)).code).toBe(0);
    expect(pendingIds()).toHaveLength(1);
  });

  it('lists items with the JSON contract and filters by code and status', async () => {
    const db = openDb(dbPath);
    const a = createItem(db, newItem({ kamerstuk: { dossier: '34843', number: '79', vergaderjaar: '2022/23' } }), 'import', NOW.getTime());
    createItem(db, newItem({ title: 'SZW-item', responsible: [{ code: 'SSZW', ministry: 'SZW' }], deadline: null }), 'import', NOW.getTime());
    closeDb(db);
    const all = JSON.parse((await run(['list', '--json'], dbPath)).out) as Record<string, unknown>[];
    expect(all).toHaveLength(2);
    expect(all[0]).toEqual({
      id: a.id,
      kind: 'motie',
      title: a.title,
      text: a.text,
      submitters: ['Mutluer'],
      responsible: ['SOCW'],
      ministries: ['OCW'],
      kamerstuk: '34843-79',
      reference: null,
      status: 'open',
      partly: false,
      statusText: null,
      deadline: '2023-10-31',
      earliest: '2023-03-01',
      deadlineText: 'vóór het debat over de begroting van OCW',
      basis: 'estimate',
      soft: false,
      deadlineMoves: 0,
      deadlineOriginal: null,
      recurrence: null,
      linkedTo: null,
      cs: false,
      owner: null,
      onHoldUntil: null,
      doneBy: null,
      doneAt: null,
      closingReference: null,
      kamerTermijn: null,
      kabinetsappreciatie: null,
    });
    const socw = JSON.parse((await run(['list', '--code', 'socw', '--json'], dbPath)).out) as { id: number }[];
    expect(socw.map((i) => i.id)).toEqual([a.id]);
    const szw = JSON.parse((await run(['list', '--code', 'SZW', '--json'], dbPath)).out) as { title: string }[];
    expect(szw.map((i) => i.title)).toEqual(['SZW-item']);
    const human = await run(['list'], dbPath);
    expect(human.out).toContain('vóór het debat over de begroting van OCW → 31 oktober 2023 (geschat)');
    expect(human.out).toContain('geen termijn');
    expect(human.out).toContain('2 items.');
  });

  it('marks done and reopens with the author in the audit trail; a second "afgerond" changes nothing', async () => {
    const db = openDb(dbPath);
    const item = createItem(db, newItem(), 'import', NOW.getTime());
    closeDb(db);
    expect(await run(['afgerond', String(item.id), '--door', 'Fatima'], dbPath)).toMatchObject({ code: 0, out: `#${item.id} is gemarkeerd als afgerond.` });
    const before = dumpDb(openDb(dbPath));
    expect(await run(['afgerond', String(item.id)], dbPath)).toMatchObject({ code: 1, err: `#${item.id} was al afgerond; er is niets veranderd.` });
    const check = openDb(dbPath);
    expect(dumpDb(check)).toBe(before);
    expect(listAudit(check, item.id).at(-1)).toMatchObject({ actor: 'cli:Fatima', field: 'status', oldValue: 'open', newValue: 'done' });
    closeDb(check);
    expect(await run(['heropen', String(item.id)], dbPath)).toMatchObject({ code: 0 });
    const show = JSON.parse((await run(['show', String(item.id), '--json'], dbPath)).out) as { status: string; audit: { actor: string }[] };
    expect(show.status).toBe('open');
    expect(show.audit.map((a) => a.actor)).toEqual(['import', 'cli:Fatima', 'cli']);
  });

  it('says in Dutch that the database stayed locked by another process, changes nothing, and works once the lock is gone', async () => {
    const db = openDb(dbPath);
    const item = createItem(db, newItem(), 'import', NOW.getTime());
    closeDb(db);
    const before = dumpDb(openDb(dbPath));
    const other = new Database(dbPath);
    try {
      other.exec('BEGIN IMMEDIATE'); // as an import or the bot holds it: past the CLI's busy timeout
      expect(await run(['afgerond', String(item.id)], dbPath)).toEqual({
        code: 1,
        out: '',
        err: 'De database bleef bezet door een ander proces (een import of de bot). Probeer het zo opnieuw.',
      });
      other.exec('ROLLBACK');
    } finally {
      other.close();
    }
    const check = openDb(dbPath);
    expect(dumpDb(check)).toBe(before);
    closeDb(check);
    expect(await run(['afgerond', String(item.id)], dbPath)).toMatchObject({ code: 0, out: `#${item.id} is gemarkeerd als afgerond.` });
  });

  it('names no back-up as what keeps the database locked: a back-up reads a snapshot, which holds up no change, and is made while another process writes', async () => {
    const db = openDb(dbPath);
    const item = createItem(db, newItem(), 'import', NOW.getTime());
    closeDb(db);
    const reader = new Database(dbPath, { readonly: true });
    try {
      // What a step of SQLite's backup API holds on the database: a read transaction (WAL).
      reader.exec('BEGIN');
      reader.prepare('SELECT count(*) FROM items').get();
      expect(await run(['afgerond', String(item.id)], dbPath)).toMatchObject({ code: 0, err: '' });
      reader.exec('COMMIT');
    } finally {
      reader.close();
    }
    const writer = new Database(dbPath);
    try {
      writer.exec('BEGIN IMMEDIATE');
      expect(await run(['backup', join(dir, 'kopie.db')], dbPath)).toMatchObject({ code: 0, err: '' });
      writer.exec('ROLLBACK');
    } finally {
      writer.close();
    }
    expect(DATABASE_BUSY.cliGaveUp).not.toMatch(/back-?up/i);
    expect(DATABASE_BUSY.waiting).not.toMatch(/back-?up|reservekopie/i); // the bot's "Even geduld" names none either
  });

  it('links channels and lists the links', async () => {
    expect(await run(['kanaal', 'SOCW', 'C0123ABCD'], dbPath)).toMatchObject({ code: 0, out: 'SOCW is gekoppeld aan C0123ABCD.' });
    expect(await run(['kanaal', 'socw', 'C0123ABCD'], dbPath)).toMatchObject({ code: 0, out: 'SOCW was al gekoppeld aan C0123ABCD.' });
    expect((await run(['kanaal', '--list'], dbPath)).out).toContain('SOCW');
    expect(await run(['kanaal', 'XYZ', 'C0123ABCD'], dbPath)).toMatchObject({ code: 2 });
    expect(await run(['kanaal', 'SOCW', '#ocw'], dbPath)).toMatchObject({ code: 2 });
  });

  it('refuses to read a database that does not exist, names the path, and creates nothing', async () => {
    const missing = join(dir, 'nope3.db');
    const refusal = `De database ${missing} bestaat niet. Controleer het pad (--db of DATABASE_PATH); alleen "motie import", "motie kanaal", "motie nieuw" en "motie sync tk" maken een nieuwe database aan.`;
    for (const argv of [['show', '1'], ['list'], ['list', '--json'], ['afgerond', '1'], ['heropen', '1'], ['kanaal', '--list'], ['kanaal', '--los', 'SOCW', 'C0123ABCD'], ['herinner', '--dry-run']]) {
      expect(await run([...argv, '--db', missing], dbPath), argv.join(' ')).toEqual({ code: 2, out: '', err: refusal });
    }
    expect(existsSync(missing)).toBe(false);
    // Linking a channel creates data: it may create the database, and says so.
    expect(await run(['kanaal', 'SOCW', 'C0123ABCD', '--db', missing], dbPath)).toEqual({
      code: 0,
      out: 'SOCW is gekoppeld aan C0123ABCD.',
      err: `Nieuwe database aangemaakt: ${missing}.`,
    });
    expect(await run(['kanaal', '--list', '--db', missing], dbPath)).toMatchObject({ code: 0, err: '' });
    // So does adding an item, which the refusal names too (issue 23: it named only import, kanaal and sync tk).
    const fresh = join(dir, 'nieuw.db');
    expect(await run(['nieuw', 'De minister stuurt een brief', '--verantwoordelijk', 'SOCW', '--db', fresh], dbPath)).toMatchObject({ code: 0, err: `Nieuwe database aangemaakt: ${fresh}.` });
    expect(existsSync(fresh)).toBe(true);
  });

  it('answers bad input in Dutch with exit code 2, never a stack trace', async () => {
    closeDb(openDb(dbPath));
    expect(await run(['onzin'], dbPath)).toMatchObject({ code: 2, err: expect.stringContaining('Onbekende opdracht "onzin"') });
    expect(await run(['list', '--status', 'klaar'], dbPath)).toMatchObject({ code: 2, err: expect.stringContaining('Onbekende status') });
    expect(await run(['list', '--kleur'], dbPath)).toMatchObject({ code: 2, err: expect.stringContaining('Onbekende optie --kleur') });
    expect(await run(['show', 'abc'], dbPath)).toMatchObject({ code: 2 });
    expect(await run(['show', '999'], dbPath)).toMatchObject({ code: 1, err: 'Er is geen motie of toezegging met nummer 999.' });
  });

  it('refuses a database path that is a directory with one Dutch sentence', async () => {
    const result = await run(['list', '--db', dir], dbPath);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/DATABASE_PATH \(of --db\) .* is geen bestand\./);
  });
});
