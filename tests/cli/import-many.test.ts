// `motie import a b c`: several files in one command, in one transaction (all or nothing), each
// planned against the database as the files before it left it: the same as importing them one by
// one, in that order.
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import.ts';
import type { CliIo, ParsedArgs } from '../../src/cli/types.ts';
import { closeDb, openDb } from '../../src/store/db.ts';
import { SAMPLE_PATH } from '../import/layouts/stand-van-zaken/sample.ts';
import { dumpDb, tableCounts, tempDir } from '../helpers/db.ts';

const NOW = new Date('2025-04-02T08:00:00Z');
const LATER_PATH = new URL('../fixtures/overviews/stand-van-zaken-nap-2025-later.txt', import.meta.url);

async function run(positional: string[], flags: Record<string, string | boolean>, dbPath: string, onErr?: (line: string) => void) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => {
      err.push(l);
      onErr?.(l);
    },
    now: () => NOW,
    env: {},
    dbPath,
  };
  const args: ParsedArgs = { positional, flags };
  const code = await importCommand.run(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function dump(path: string): string {
  const db = openDb(path);
  try {
    return dumpDb(db);
  } finally {
    closeDb(db);
  }
}

describe('motie import of several files', () => {
  let dir: string;
  let dbPath: string;
  /** The sample, and a later overview of it: it creates one item and updates three that the sample created. */
  let first: string;
  let later: string;
  let broken: string;
  beforeEach(() => {
    dir = tempDir();
    dbPath = join(dir, 'cli.db');
    first = join(dir, 'eerste.txt');
    later = join(dir, 'later.txt');
    broken = join(dir, 'kapot.txt');
    copyFileSync(SAMPLE_PATH, first);
    copyFileSync(LATER_PATH, later);
    // An item without a responsible minister: an error, so nothing of the document may be imported.
    writeFileSync(broken, readFileSync(SAMPLE_PATH, 'utf8').replace('SOCW Vanwege een doelmatige', 'Vanwege een doelmatige'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports them as importing them one by one in that order would: items, audit, and each file its own report', async () => {
    const together = await run([first, later], {}, dbPath);
    expect(together.code).toBe(0);

    const oneByOne = join(dir, 'one-by-one.db');
    const one = await run([first], {}, oneByOne);
    const two = await run([later], {}, oneByOne);
    expect([one.code, two.code]).toEqual([0, 0]);
    // The same clock: the same instants, ids and audit rows.
    expect(dump(dbPath)).toBe(dump(oneByOne));
    // The later file updated what the first created (and kept what it may not overwrite).
    expect(two.out).toContain('Geïmporteerd: 1 nieuw, 3 bijgewerkt, 11 ongewijzigd, 2 conflicten.');
    expect(together.out).toBe(
      [`Bestand 1 van 2: ${first}`, one.out, '', `Bestand 2 van 2: ${later}`, two.out, '', '2 bestanden samen geïmporteerd: 15 nieuw, 3 bijgewerkt, 11 ongewijzigd, 2 conflicten.'].join('\n'),
    );
    expect(together.err).toBe(`Nieuwe database aangemaakt: ${dbPath}.`);
  });

  it('applies --document-date to every file', async () => {
    const result = await run([first, later], { 'document-date': '2025-04-15' }, dbPath);
    expect(result.code).toBe(0);
    expect(result.out.match(/^Documentdatum: 15 april 2025\.$/gm)).toHaveLength(2);
  });

  it('writes nothing of any file when a later one has errors, and names it with its place', async () => {
    await run([first], {}, dbPath);
    const before = dump(dbPath);
    const result = await run([later, broken], {}, dbPath);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain(`Bestand 2 van 2: ${broken}\nEr is niets geïmporteerd: het overzicht bevat een fout waardoor items onbetrouwbaar zijn.`);
    expect(result.err).toContain('  regel 17: Bij de motie op regel 17 staat geen verantwoordelijke bewindspersoon');
    expect(result.err.endsWith('Geen van de 2 bestanden is geïmporteerd: ze worden alleen samen geïmporteerd, of niet.')).toBe(true);
    expect(dump(dbPath)).toBe(before);
  });

  it.each([
    ['no overview', 'Een boodschappenlijst\n\nmelk, brood, kaas\n'],
    ['unreadable', Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 0, 0])],
  ])('writes nothing of any file when a later one is %s', async (_what, content) => {
    await run([first], {}, dbPath);
    const before = dump(dbPath);
    const bad = join(dir, 'derde.txt');
    writeFileSync(bad, content);
    const result = await run([later, first, bad], {}, dbPath);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err.startsWith(`Bestand 3 van 3: ${bad}\n`)).toBe(true);
    expect(result.err.endsWith('\nGeen van de 3 bestanden is geïmporteerd: ze worden alleen samen geïmporteerd, of niet.')).toBe(true);
    expect(dump(dbPath)).toBe(before);
  });

  it('writes nothing when a later file is gone by the time it is read', async () => {
    // The files are checked before the first is read; the second disappears after that (when the
    // new database is announced, before the first file is written).
    const result = await run([first, later], {}, dbPath, (line) => {
      if (line.startsWith('Nieuwe database')) rmSync(later);
    });
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      [`Nieuwe database aangemaakt: ${dbPath}.`, `Bestand 2 van 2: ${later}`, `Het bestand ${later} bestaat niet.`, 'Geen van de 2 bestanden is geïmporteerd: ze worden alleen samen geïmporteerd, of niet.'].join('\n'),
    );
    const db = openDb(dbPath);
    expect(tableCounts(db)).toMatchObject({ items: 0, audit_log: 0, responsibilities: 0 });
    closeDb(db);
  });

  it('rolls everything back when a write fails in the middle', async () => {
    const db = openDb(dbPath);
    // A write of the second file fails (as a full disk would): its audit rows are refused.
    db.$client.exec(`CREATE TRIGGER refuse_later BEFORE INSERT ON audit_log WHEN NEW.context LIKE '%later.txt%' BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    closeDb(db);
    const before = dump(dbPath);
    const err: string[] = [];
    // The first file creates its 14 items; the second fails writing.
    await expect(run([first, later], {}, dbPath, (line) => err.push(line))).rejects.toThrow('disk full');
    expect(err.join('\n')).toBe(`Bestand 2 van 2: ${later}\nGeen van de 2 bestanden is geïmporteerd: ze worden alleen samen geïmporteerd, of niet.`);
    expect(dump(dbPath)).toBe(before);
    const after = openDb(dbPath);
    expect(tableCounts(after)).toMatchObject({ items: 0, audit_log: 0 });
    closeDb(after);
  });

  it('names no file when the commit of all of them fails, and keeps nothing', async () => {
    const db = openDb(dbPath);
    // A deferred foreign key on every new item: the writes pass, the commit at the end fails.
    db.$client.exec('CREATE TABLE parent (id INTEGER PRIMARY KEY)');
    db.$client.exec('CREATE TABLE child (parent_id INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)');
    db.$client.exec('CREATE TRIGGER orphan AFTER INSERT ON items BEGIN INSERT INTO child VALUES (NEW.id); END');
    closeDb(db);
    const before = dump(dbPath);
    const err: string[] = [];
    await expect(run([first, later], {}, dbPath, (line) => err.push(line))).rejects.toThrow(/FOREIGN KEY/);
    expect(err.join('\n')).toBe('Geen van de 2 bestanden is geïmporteerd: ze worden alleen samen geïmporteerd, of niet.');
    expect(dump(dbPath)).toBe(before);
  });

  it.each([[1], [2]])('with %i file(s) the last one\'s report is made and written after the commit: the lock is held for the writes only', async (files) => {
    const other = openDb(dbPath);
    other.$client.pragma('busy_timeout = 0');
    // Whether another connection (the bot) could write when the command wrote its last line.
    let writable: boolean | null = null;
    const io: CliIo = {
      out: () => {
        try {
          other.$client.exec('BEGIN IMMEDIATE; ROLLBACK');
          writable = true;
        } catch {
          writable = false;
        }
      },
      err: () => {},
      now: () => NOW,
      env: {},
      dbPath,
    };
    try {
      const code = await importCommand.run({ positional: [first, later].slice(0, files), flags: { json: true } }, io);
      expect(code).toBe(0);
      expect(writable).toBe(true);
    } finally {
      closeDb(other);
    }
  });

  it('refuses a file named twice before reading anything', async () => {
    const again = `${dir}/./eerste.txt`;
    // (The missing file is not even looked at: the names are refused first.)
    const result = await run([first, later, join(dir, 'weg.txt'), again], {}, dbPath);
    expect(result.code).toBe(2);
    expect(result.err.split('\n')[0]).toBe(`Het bestand ${first} staat twee keer in de opdracht (ook als ${again}); geef elk bestand één keer op. Er is niets ingelezen.`);
    expect(existsSync(dbPath)).toBe(false);
  });

  it('names every file that is not there or not a file before reading any', async () => {
    const gone = join(dir, 'weg.txt');
    const alsoGone = join(dir, 'ook-weg.txt');
    const result = await run([first, gone, dir, alsoGone], {}, dbPath);
    expect(result).toMatchObject({ code: 1, out: '' });
    expect(result.err).toBe(
      [
        `Het bestand ${gone} bestaat niet.`,
        `${dir} is een map, geen bestand.`,
        `Het bestand ${alsoGone} bestaat niet.`,
        'Er is niets geïmporteerd: 3 van de 4 bestanden zijn niet te lezen (zie hierboven). Er is nog geen bestand ingelezen.',
      ].join('\n'),
    );
    expect(existsSync(dbPath)).toBe(false);
  });

  it('--dry-run: writes nothing, and each file sees what the files before it would have done', async () => {
    await run([first], {}, dbPath);
    const before = dump(dbPath);
    const third = join(dir, 'derde.txt');
    writeFileSync(third, readFileSync(LATER_PATH, 'utf8').replace('Vanwege een doelmatige', 'Wegens een doelmatige'));
    const dry = await run([later, third], { 'dry-run': true, json: true }, dbPath);
    expect(dry.code).toBe(0);
    expect(dump(dbPath)).toBe(before);
    const real = await run([later, third], { json: true }, dbPath);
    const counts = (out: string) => (JSON.parse(out) as { files: { created: number; updated: number; unchanged: number }[] }).files.map(({ created, updated, unchanged }) => [created, updated, unchanged]);
    expect(counts(dry.out)).toEqual(counts(real.out));
    // The second saw the first's new item: not created again.
    expect(counts(real.out)[1]?.[0]).toBe(0);
  });

  it('--dry-run on a database that does not exist creates none', async () => {
    const result = await run([first, later], { 'dry-run': true }, dbPath);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Proefimport van 2 bestanden samen: 15 nieuw, 3 bijgewerkt, 11 ongewijzigd, 2 conflicten; er is niets opgeslagen.');
    expect(existsSync(dbPath)).toBe(false);
  });

  it('--json: one object with each file and the totals; one file keeps its own shape', async () => {
    const result = await run([first, later], { json: true }, dbPath);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.out) as Record<string, unknown> & { files: Record<string, unknown>[] };
    // Written a file at a time, formatted as one object.
    expect(result.out).toBe(JSON.stringify(parsed, null, 2));
    expect(Object.keys(parsed)).toEqual(['files', 'created', 'updated', 'unchanged', 'conflicts', 'dryRun']);
    expect(parsed).toMatchObject({ created: 15, updated: 3, unchanged: 11, conflicts: 2, dryRun: false });
    expect(parsed.files.map((file) => [file.file, file.created, file.updated])).toEqual([[first, 14, 0], [later, 1, 3]]);

    const alone = join(dir, 'alone.db');
    const one = await run([first], { json: true }, alone);
    const oneJson = JSON.parse(one.out) as Record<string, unknown>;
    expect(Object.keys(oneJson)).toEqual(Object.keys(parsed.files[0] ?? {}).filter((key) => key !== 'file'));
    expect({ file: first, ...oneJson }).toEqual(parsed.files[0]);
  });

  it('--json with a failing file: the files so far and the failing one with its problems, exit 1', async () => {
    const result = await run([first, broken], { json: true }, dbPath);
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.out) as { files: { file: string; created: number; problems: { severity: string }[] }[]; created: number };
    expect(parsed.files.map((file) => file.file)).toEqual([first, broken]);
    expect(parsed.files[1]?.problems.some((problem) => problem.severity === 'error')).toBe(true);
    expect(parsed.files[1]?.created).toBe(0);
    expect(dump(dbPath)).not.toContain('Vanwege een doelmatige');
  });
});
