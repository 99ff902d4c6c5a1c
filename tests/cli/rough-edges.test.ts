// Issue 16 points 6 and 9: the CLI's rough edges a first user met.
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, openDb } from '../../src/store/db.ts';
import { createItem, getItem, listAudit, listItems, markDone } from '../../src/store/items.queries.ts';
import { SAMPLE_DATE, SAMPLE_PATH } from '../import/layouts/stand-van-zaken/sample.ts';
import { runCli as runMotie } from '../../src/cli/main.ts';
import { runCli } from '../helpers/run-cli.ts';
import { dumpDb, newItem, tempDir } from '../helpers/db.ts';

const NOW = new Date('2025-09-15T07:00:00Z');

const run = (argv: string[], dbPath: string) => runCli(argv, { dbPath, now: NOW });

describe('motie: rough edges', () => {
  let dir: string;
  let dbPath: string;
  beforeEach(() => {
    dir = tempDir();
    dbPath = join(dir, 'cli.db');
    closeDb(openDb(dbPath));
  });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  it('says clearly that --json takes no value, and that --db needs one', async () => {
    const json = await run(['list', '--json=yes'], dbPath);
    expect(json.code).toBe(2);
    expect(json.err).toContain('De optie --json krijgt geen waarde: schrijf alleen --json (zonder =…).');
    const db = await run(['list', '--db'], dbPath);
    expect(db.code).toBe(2);
    expect(db.err).toContain('De optie --db heeft een waarde nodig, bijvoorbeeld --db <waarde>.');
  });

  it('refuses stray arguments instead of ignoring them', async () => {
    expect(await run(['list', 'extra'], dbPath)).toMatchObject({ code: 2, out: '', err: expect.stringContaining('motie list krijgt geen argumenten: "extra" begrijp ik niet.') });
    expect(await run(['show', '1', '2'], dbPath)).toMatchObject({ code: 2, err: expect.stringContaining('Te veel argumenten: "2" begrijp ik niet.') });
    expect(await run(['check', 'nu'], dbPath)).toMatchObject({ code: 2 });
    expect(await run(['digest', 'nu'], dbPath)).toMatchObject({ code: 2 });
  });

  it('motie --version prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) expect(await run([flag], dbPath)).toEqual({ code: 0, out: `motie ${version}`, err: '' });
  });

  it("writing to the process's own stdout, runCli adds one error listener to it however often it runs in a process", async () => {
    const before = process.stdout.listenerCount('error');
    // stdout is the process's (no `out`); the unknown command's answer goes to `err`, so nothing is printed
    for (let i = 0; i < 12; i++) expect(await runMotie(['onbekend'], { env: {}, err: () => {} })).toBe(2);
    expect(process.stdout.listenerCount('error') - before).toBeLessThanOrEqual(1);
  });

  it('motie datum exits 1 when it finds no date, also with --json', async () => {
    expect(await run(['datum', 'het gaat goed'], dbPath)).toMatchObject({ code: 1, err: 'Geen datumuitdrukking gevonden in "het gaat goed".' });
    // A typed term that already passed is no term either (../shared/checks/first-user.mjs): exit 1,
    // and it says the date lies in the past rather than that there is no date (issue 23).
    expect(await run(['datum', 'gisteren', '--ref', '2025-04-01'], dbPath)).toMatchObject({
      code: 1,
      err: 'Getypt als termijn: gisteren → op maandag 31 maart 2025. Die datum ligt 1 dag in het verleden, dus dit is geen termijn; motie termijn zet een termijn in het verleden alleen met --bevestig.',
    });
    // A lone past date in a text is a reference point; typed as a term it lies in the past, and the answer says so.
    const old = await run(['datum', '1-7-2020', '--ref', '2025-04-01'], dbPath);
    expect(old.code).toBe(0);
    expect(old.out).toContain('Getypt als termijn (motie termijn, /motie termijn, het veld Termijn): 1-7-2020 → op woensdag 1 juli 2020 — die datum ligt 4 jaar in het verleden (motie termijn vraagt dan om --bevestig)');
    expect((await run(['datum', 'gisteren', '--ref', '2025-04-01', '--json'], dbPath)).code).toBe(1);
    const json = await run(['datum', 'het gaat goed', '--json'], dbPath);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ expressions: [], primary: null });
    expect((await run(['datum', 'voor de zomer van 2026'], dbPath)).code).toBe(0);
  });

  it('list --status takes the Dutch words it prints ([afgerond]), and the JSON codes', async () => {
    const db = openDb(dbPath);
    const open = createItem(db, newItem({ title: 'Nog open' }), 'import', NOW.getTime());
    const done = createItem(db, newItem({ title: 'Al gedaan' }), 'import', NOW.getTime());
    markDone(db, done.id, 'cli', NOW.getTime());
    closeDb(db);
    const listed = await run(['list'], dbPath);
    expect(listed.out).toContain(`#${done.id} [afgerond]`);
    for (const word of ['afgerond', 'Afgerond', 'done']) {
      const r = await run(['list', '--status', word, '--json'], dbPath);
      expect(r.code, word).toBe(0);
      expect((JSON.parse(r.out) as { id: number }[]).map((i) => i.id)).toEqual([done.id]);
    }
    const r = await run(['list', '--status', 'open', '--json'], dbPath);
    expect((JSON.parse(r.out) as { id: number }[]).map((i) => i.id)).toEqual([open.id]);
    expect((await run(['list', '--status', 'vervallen'], dbPath)).code).toBe(0);
    expect(await run(['list', '--status', 'klaar'], dbPath)).toMatchObject({ code: 2, err: 'Onbekende status "klaar": kies open, afgerond, vervallen of verwijderd.' });
  });

  it('motie termijn … geen removes a term and audits it (issue 23.12; that a re-import keeps a term a person set: tests/app/import-items.test.ts › keeps decisions made in Slack)', async () => {
    const db = openDb(dbPath);
    const item = createItem(db, newItem({ deadline: { earliest: null, deadline: '2026-03-31', text: 'eind maart 2026', basis: 'explicit', soft: false, source: 'request' } }), 'import', NOW.getTime());
    closeDb(db);
    expect(await run(['termijn', String(item.id), 'geen', '--door', 'Piet'], dbPath)).toMatchObject({ code: 0, err: '' });
    const check = openDb(dbPath);
    expect(getItem(check, item.id)).toMatchObject({ deadline: null, deadlineSetBy: 'cli:Piet' });
    expect(listAudit(check, item.id).at(-1)).toMatchObject({ actor: 'cli:Piet', field: 'deadline' });
    closeDb(check);
  });

  it('motie termijn … geen: a re-import of an overview that still carries the term leaves it removed, and says so (review 4 L2)', async () => {
    const overview = join(dir, 'stand-van-zaken.txt');
    copyFileSync(SAMPLE_PATH, overview);
    expect(await run(['import', overview, '--document-date', SAMPLE_DATE], dbPath)).toMatchObject({ code: 0 });
    const db = openDb(dbPath);
    const withTerm = listItems(db, {}).find((i) => i.deadline !== null)!;
    closeDb(db);
    expect(withTerm).toBeDefined();
    expect(await run(['termijn', String(withTerm.id), 'geen', '--door', 'Piet'], dbPath)).toMatchObject({ code: 0, err: '' });
    // The same overview again, two weeks newer: its term for the item is the one Piet removed.
    const again = await run(['import', overview, '--document-date', '2025-04-15', '--json'], dbPath);
    expect(again).toMatchObject({ code: 0 });
    const check = openDb(dbPath);
    expect(getItem(check, withTerm.id)).toMatchObject({ deadline: null, deadlineSetBy: 'cli:Piet' });
    closeDb(check);
    // The import says so: the document's term is a conflict, and the person's "geen termijn" stays.
    expect((JSON.parse(again.out) as { conflicts: unknown[] }).conflicts).toContainEqual(
      expect.objectContaining({ id: withTerm.id, field: 'deadline', current: 'geen termijn', setBy: 'cli:Piet' }),
    );
  });

  it('motie termijn sets a term like /motie termijn, and refuses what it cannot read without changing anything', async () => {
    const db = openDb(dbPath);
    const item = createItem(db, newItem({ deadline: null }), 'import', NOW.getTime());
    closeDb(db);
    const set = await run(['termijn', String(item.id), 'eind', 'maart', '2026', '--door', 'Piet'], dbPath);
    expect(set).toMatchObject({ code: 0, err: '' });
    expect(set.out).toMatch(new RegExp(`^Termijn van #${item.id} aangepast: .*31 maart 2026`));
    const check = openDb(dbPath);
    expect(getItem(check, item.id)?.deadline?.deadline).toBe('2026-03-31');
    expect(listAudit(check, item.id).at(-1)?.actor).toBe('cli:Piet');
    const before = dumpDb(check);
    closeDb(check);
    expect(await run(['termijn', String(item.id), 'ooit', 'misschien'], dbPath)).toMatchObject({ code: 1 });
    expect(await run(['termijn', '999', 'eind', '2026'], dbPath)).toMatchObject({ code: 1, err: 'Er is geen motie of toezegging met nummer 999.' });
    expect(await run(['termijn', String(item.id)], dbPath)).toMatchObject({ code: 2 });
    expect(await run(['termijn', String(item.id), '1', 'maart', '2025'], dbPath)).toMatchObject({ code: 1, err: expect.stringContaining('in het verleden; toch opslaan? Zet hem toch met --bevestig') });
    const after = openDb(dbPath);
    expect(dumpDb(after)).toBe(before);
    closeDb(after);
  });

  it('motie nieuw adds an item like /motie nieuw, and bad input adds nothing', async () => {
    const added = await run(['nieuw', 'Stuur de Kamer een brief over *herstelrecht*', '--verantwoordelijk', 'SOCW', '--termijn', 'eind 2026', '--soort', 'toezegging', '--json'], dbPath);
    expect(added.code).toBe(0);
    expect(JSON.parse(added.out)).toMatchObject({ kind: 'toezegging', responsible: ['SOCW'], deadline: '2026-12-31' });
    const db = openDb(dbPath);
    const before = dumpDb(db);
    closeDb(db);
    expect(await run(['nieuw', 'Zonder code'], dbPath)).toMatchObject({ code: 2, err: expect.stringContaining('Geef met --verantwoordelijk minstens één bewindspersoon') });
    expect(await run(['nieuw', 'Verkeerde code', '--verantwoordelijk', 'XYZ'], dbPath)).toMatchObject({ code: 2, err: expect.stringContaining('"XYZ" is geen bewindspersoon') });
    expect(await run(['nieuw', 'Iets', '--verantwoordelijk', 'SOCW', '--soort', 'wens'], dbPath)).toMatchObject({ code: 2 });
    expect(await run(['nieuw', 'Iets', '--verantwoordelijk', 'SOCW', '--kamerstuk', 'ergens'], dbPath)).toMatchObject({ code: 2, err: expect.stringContaining('Het Kamerstuk "ergens" herken ik niet') });
    const again = openDb(dbPath);
    expect(dumpDb(again)).toBe(before);
    closeDb(again);
    const past = await run(['termijn', String((JSON.parse(added.out) as { id: number }).id), '1', 'maart', '2025', '--bevestig'], dbPath);
    expect(past).toMatchObject({ code: 0, out: expect.stringContaining('1 maart 2025') });
  });

  it('motie nieuw takes a Kamerstuk and indieners, as the form does (issue 23.16)', async () => {
    const added = await run(['nieuw', 'verzoekt de regering iets', '--verantwoordelijk', 'SOCW', '--kamerstuk', '36222-45', '--indieners', 'Pijpelink; Bikker', '--json'], dbPath);
    expect(added.code).toBe(0);
    expect(JSON.parse(added.out)).toMatchObject({ kamerstuk: '36222-45', submitters: ['Pijpelink', 'Bikker'] });
  });

  it('every Slack subcommand that changes data exists in the CLI', async () => {
    const help = (await run(['help'], dbPath)).out;
    // /motie kanaal, termijn, afgerond, nieuw (and heropen through "Ongedaan maken").
    for (const name of ['kanaal', 'termijn', 'afgerond', 'heropen', 'nieuw']) expect(help).toContain(`motie ${name} `);
  });
});
