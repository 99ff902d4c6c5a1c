// motie overzicht: the stand van zaken out in four formats, and back in without changes.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsvText } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importCommand } from '../../../src/cli/commands/import.ts';
import { runCli } from '../../../src/cli/main.ts';
import type { CliIo, CliRun, ParsedArgs } from '../../../src/cli/types.ts';
import { closeDb, openDb } from '../../../src/store/db.ts';
import { listItems, markDone, updateItem } from '../../../src/store/items.queries.ts';
import { SAMPLE_PATH } from '../../import/layouts/stand-van-zaken/sample.ts';
import { dumpDb, tempDir } from '../../helpers/db.ts';
import { overzichtCli } from '../../../src/verbs/overzicht/cli.ts';

const NOW = new Date('2025-04-02T08:00:00Z');
const overzichtCommand = { run: overzichtCli };

async function run(command: { run: CliRun }, positional: string[], flags: Record<string, string | boolean>, dbPath: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), now: () => NOW, env: {}, dbPath };
  const args: ParsedArgs = { positional, flags };
  const code = await command.run(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A temporary folder with a database that holds the sample overview, imported as `motie import` does. */
async function sampleDatabase(): Promise<{ dir: string; dbPath: string }> {
  const dir = tempDir();
  const dbPath = join(dir, 'cli.db');
  const sample = join(dir, 'stand-van-zaken.txt');
  copyFileSync(SAMPLE_PATH, sample);
  expect((await run(importCommand, [sample], { 'document-date': '2025-04-01' }, dbPath)).code).toBe(0);
  return { dir, dbPath };
}

describe('motie overzicht', () => {
  let dir: string;
  let dbPath: string;
  beforeEach(async () => {
    ({ dir, dbPath } = await sampleDatabase());
  });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  const reimport = async (file: string, flags: Record<string, string | boolean> = { 'document-date': '2025-04-01' }) => {
    const result = await run(importCommand, [file], { ...flags, json: true, 'dry-run': true }, dbPath);
    return JSON.parse(result.out) as { created: number; updated: number; unchanged: number; conflicts: unknown[] };
  };

  it.each([['open', 9], ['alles', 14]] as const)('md (--status %s) re-imports through the text reader with 0 created and 0 updated', async (status, count) => {
    const file = join(dir, 'overzicht.md');
    const result = await run(overzichtCommand, [], { format: 'md', status, out: file }, dbPath);
    expect(result.code).toBe(0);
    expect(await reimport(file)).toMatchObject({ created: 0, updated: 0, unchanged: count, conflicts: [] });
    // Without --document-date too: the export adds no date that would move the document date.
    expect(await reimport(file, {})).toMatchObject({ created: 0, updated: 0, unchanged: count });
  });

  it('md has the sample\'s structure: moties then toezeggingen, request, status, codes with the stand van zaken, footnote with the Kamerstuk', async () => {
    const file = join(dir, 'overzicht.md');
    await run(overzichtCommand, [], { status: 'alles', out: file }, dbPath);
    const text = readFileSync(file, 'utf8');
    expect(text.indexOf('\nMoties\n')).toBeLessThan(text.indexOf('\nToezeggingen\n'));
    expect(text).toContain('Motie van het lid Mutluer; De Tweede Kamer verzoekt de regering na te gaan hoe herstelrecht');
    expect(text).toMatch(/over de begroting van OCW\.(\d+)\n\nStatus: open\n\nTermijn: vóór het debat over de begroting van OCW \(uiterlijk 31 oktober 2023\)\n\nSOCW Herstelrechtvoorzieningen kunnen[^\n]+\n\n\1 Kamerstukken II 2022\/23, 34843, nr\. 79\.\n/);
    expect(text).toContain('Motie van de leden Werner en Van der Laan; De Tweede Kamer verzoekt');
    expect(text).toContain('MOCW en SOCW De minister van OCW en zijn voorganger');
    expect(text).toContain('Status: afgerond');
    // Not "Stand van zaken: open", and no ISO date in the Dutch text (issue 23, cosmetic).
    expect(text).not.toMatch(/Stand van zaken: |\(uiterlijk \d{4}-/);
  });

  it('a change made in Slack comes out in the overview and goes back in as unchanged', async () => {
    const db = openDb(dbPath);
    const item = listItems(db).find((i) => i.kamerstuk?.number === '84')!;
    updateItem(db, item.id, { statusText: 'De uitkomsten worden nog besproken met de sector.' }, 'UBOB', NOW.getTime());
    markDone(db, listItems(db).find((i) => i.kamerstuk?.number === '16')!.id, 'UBOB', NOW.getTime());
    closeDb(db);
    const file = join(dir, 'overzicht.md');
    await run(overzichtCommand, [], { status: 'alles', out: file }, dbPath);
    expect(readFileSync(file, 'utf8')).toContain('SSZW De uitkomsten worden nog besproken met de sector.');
    // The item marked done in Slack whose text does not say so: a conflict is reported, nothing changes.
    expect(await reimport(file)).toMatchObject({ created: 0, updated: 0 });
  });

  it('--code narrows to codes and ministries; an item that is linked to one above keeps it', async () => {
    const file = join(dir, 'svws.md');
    const result = await run(overzichtCommand, [], { code: 'SVWS', out: file }, dbPath);
    expect(result.out).toContain('2 moties en 0 toezeggingen');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('Deze motie wordt geïntegreerd met bovenstaande motie opgepakt.');
    expect(text).not.toContain('SOCW');
    expect(await reimport(file)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const both = await runCli(['overzicht', '--code', 'SVWS', '--code', 'MJenV', '--format', 'md', '--out', join(dir, 'two.md'), '--json', '--db', dbPath], { out: () => {}, err: () => {}, now: () => NOW, env: {} });
    expect(both).toBe(0);
    expect(readFileSync(join(dir, 'two.md'), 'utf8')).toContain('MJenV Voorafgaand aan deze motie');
  });

  it('reads the words /motie overzicht reads: codes and `alles` as words, `afgerond` as a status (the CLI knew only flags)', async () => {
    const flags = await run(overzichtCommand, [], { code: 'SVWS', status: 'alles', format: 'md', out: join(dir, 'flags.md') }, dbPath);
    const words = await run(overzichtCommand, ['SVWS', 'alles'], { format: 'md', out: join(dir, 'words.md') }, dbPath);
    expect(words).toMatchObject({ code: 0, err: '' });
    expect(words.out).toContain('2 moties en 0 toezeggingen');
    expect(readFileSync(join(dir, 'words.md'), 'utf8')).toBe(readFileSync(join(dir, 'flags.md'), 'utf8'));
    expect(flags.code).toBe(0);
    const done = await run(overzichtCommand, [], { status: 'afgerond', format: 'md', out: join(dir, 'done.md') }, dbPath);
    expect(done).toMatchObject({ code: 0, err: '' });
    expect(readFileSync(join(dir, 'done.md'), 'utf8')).toContain('Status: afgerond');
    expect(await run(overzichtCommand, ['onzin'], { out: join(dir, 'x.md') }, dbPath)).toMatchObject({ code: 2, err: expect.stringContaining('Onverwacht argument "onzin"') });
  });

  it('`afgerond` exports the done items only, as `motie list --status afgerond` lists them (review 4 L6: it exported the open ones too)', async () => {
    const db = openDb(dbPath);
    const all = listItems(db, {});
    markDone(db, all[0]!.id, 'cli:Piet', NOW.getTime());
    const done = listItems(db, { status: 'done' });
    closeDb(db);
    expect(done.length).toBeGreaterThan(0);
    expect(done.length).toBeLessThan(all.length);
    const byFlag = await run(overzichtCommand, [], { status: 'afgerond', format: 'md', out: join(dir, 'flag.md'), json: true }, dbPath);
    expect(byFlag).toMatchObject({ code: 0, err: '' });
    const counts = JSON.parse(byFlag.out) as { moties: number; toezeggingen: number };
    expect(counts.moties + counts.toezeggingen).toBe(done.length);
    const text = readFileSync(join(dir, 'flag.md'), 'utf8');
    expect(text).toContain('Status: afgerond');
    expect(text).not.toContain('Status: open');
    const byWord = await run(overzichtCommand, ['afgerond'], { format: 'md', out: join(dir, 'word.md') }, dbPath);
    expect(byWord.code).toBe(0);
    expect(readFileSync(join(dir, 'word.md'), 'utf8')).toBe(text);
  });

  it('docx: a Word document with the same lines the text export has', async () => {
    const file = join(dir, 'overzicht.docx');
    expect((await run(overzichtCommand, [], { out: file, status: 'alles' }, dbPath)).code).toBe(0);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const lines = value.split('\n').filter((l) => l.trim() !== '');
    const md = readFileSync(await (async () => {
      const f = join(dir, 'same.md');
      await run(overzichtCommand, [], { out: f, status: 'alles' }, dbPath);
      return f;
    })(), 'utf8').split('\n').filter((l) => l.trim() !== '');
    expect(lines).toEqual(md);
  });

  it('xlsx: one sheet, the header names the import knows, one row per item with the whole Kamerstuk', async () => {
    const file = join(dir, 'overzicht.xlsx');
    expect((await run(overzichtCommand, [], { out: file, status: 'alles' }, dbPath)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(file)).buffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header).toEqual(['Soort', 'Omschrijving', 'Indiener', 'Kamerstuk', 'Bewindspersoon', 'Status', 'Stand van zaken', 'Termijn', 'Deadline', 'Kabinetsappreciatie', 'Kamertermijn']);
    expect(sheet.rowCount).toBe(15);
    const herstel = (sheet.getRow(5).values as string[]).slice(1);
    expect(herstel).toEqual([
      'Motie',
      expect.stringMatching(/^Motie van het lid Mutluer; De Tweede Kamer verzoekt de regering na te gaan hoe herstelrecht/),
      'Mutluer',
      'Kamerstukken II 2022/23, 34843, nr. 79',
      'SOCW',
      'open',
      expect.stringMatching(/^Herstelrechtvoorzieningen/),
      // Its term, read from the request text, goes out too (issue 23): the words and their date.
      'vóór het debat over de begroting van OCW',
      '2023-10-31',
      // Not a motie from the Tweede Kamer sync: no kabinetsappreciatie, no Kamer's termijn.
      '',
      '',
    ]);
    expect((sheet.getRow(15).values as string[])[1]).toBe('Toezegging');
  });

  it('csv: Dutch Excel dialect — UTF-8 with a byte-order mark, ";" and CRLF, one record per row (a line break only inside the quoted stand van zaken)', async () => {
    const file = join(dir, 'overzicht.csv');
    expect((await run(overzichtCommand, [], { out: file, status: 'alles' }, dbPath)).code).toBe(0);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(15);
    // A stand van zaken of several paragraphs keeps them inside its quoted cell (as Excel writes Alt+Enter); no other cell breaks.
    const records: string[][] = parseCsvText(text, { delimiter: ';' });
    expect(records).toHaveLength(15);
    expect(records.every((record) => record.length === 11 && record.every((cell, i) => i === 6 || !cell.includes('\n')))).toBe(true);
    expect(records.some((record) => record[6]?.includes('\n\n'))).toBe(true);
    expect(lines[0]).toBe('Soort;Omschrijving;Indiener;Kamerstuk;Bewindspersoon;Status;Stand van zaken;Termijn;Deadline;Kabinetsappreciatie;Kamertermijn');
    expect(lines[1]).toMatch(/^Motie;"Motie van het lid Van der Laan c\.s\.; De Tweede Kamer/);
    expect(text).toContain('geïnformeerd'); // UTF-8, not mangled
  });

  it('refuses bad input in Dutch and writes nothing', async () => {
    const db = openDb(dbPath);
    const dbBefore = dumpDb(db);
    closeDb(db);
    const before = readdirSync(dir);
    expect(await run(overzichtCommand, [], {}, dbPath)).toMatchObject({ code: 2, err: expect.stringContaining('--out') });
    expect(await run(overzichtCommand, [], { out: join(dir, 'x.pdf'), format: 'pdf' }, dbPath)).toMatchObject({ code: 2, err: expect.stringContaining('Onbekend formaat "pdf"') });
    expect(await run(overzichtCommand, [], { out: join(dir, 'x.md'), status: 'dicht' }, dbPath)).toMatchObject({ code: 2, err: expect.stringContaining('Onbekende status "dicht"') });
    expect(await run(overzichtCommand, [], { out: join(dir, 'x.md'), code: 'XYZ' }, dbPath)).toMatchObject({ code: 1, err: expect.stringContaining('"XYZ" is geen bewindspersoon') });
    expect(await run(overzichtCommand, [], { out: join(dir, 'x.md'), code: 'MFin' }, dbPath)).toMatchObject({ code: 1, err: expect.stringContaining('geen bestand gemaakt') });
    expect(await run(overzichtCommand, [], { out: join(dir, 'nope', 'x.md') }, dbPath)).toMatchObject({ code: 1, err: expect.stringContaining('kan niet worden geschreven') });
    expect(readdirSync(dir)).toEqual(before);
    expect(existsSync(join(dir, 'x.md'))).toBe(false);
    const after = openDb(dbPath);
    expect(dumpDb(after)).toBe(dbBefore);
    closeDb(after);
  });
});

describe('motie overzicht --out: what it may replace (issue 22.1)', () => {
  let dir: string;
  let dbPath: string;
  let dbBefore: string;
  beforeEach(async () => {
    ({ dir, dbPath } = await sampleDatabase());
    const db = openDb(dbPath);
    dbBefore = dumpDb(db);
    closeDb(db);
  });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  const exportTo = (out: string, flags: Record<string, string | boolean> = {}) => run(overzichtCommand, [], { format: 'md', out, ...flags }, dbPath);
  const databaseIntact = () => {
    const db = openDb(dbPath);
    try {
      expect(dumpDb(db)).toBe(dbBefore);
    } finally {
      closeDb(db);
    }
  };
  const temporaryFiles = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

  it('never replaces an existing file without --overschrijf; with it, the file is replaced whole', async () => {
    const file = join(dir, 'overzicht.md');
    writeFileSync(file, 'mijn eigen aantekeningen\n');
    const refused = await exportTo(file);
    expect(refused).toMatchObject({ code: 1, out: '' });
    expect(refused.err).toBe(`${file} bestaat al; er is niets geschreven. Kies een andere naam, of geef --overschrijf om dat bestand te vervangen.`);
    expect(readFileSync(file, 'utf8')).toBe('mijn eigen aantekeningen\n');

    const lines: string[] = [];
    const code = await runCli(['overzicht', '--format', 'md', '--out', file, '--overschrijf', '--db', dbPath], { out: (l) => lines.push(l), err: (l) => lines.push(l), now: () => NOW, env: {} });
    expect(code).toBe(0);
    expect(lines.join('\n')).toContain(`Overzicht geschreven naar ${file} (md)`);
    expect(readFileSync(file, 'utf8')).toContain('Stand van zaken moties en toezeggingen');
    expect(temporaryFiles()).toEqual([]);
    databaseIntact();
  });

  it.each([
    ['the database itself', (d: string, db: string) => db],
    ['the database spelled with . and ..', (d: string) => join(d, 'sub', '..', '.', 'cli.db')],
    ['a symbolic link to the database', (d: string, db: string) => { const link = join(d, 'link.md'); symlinkSync(db, link); return link; }],
    ['a hard link to the database', (d: string, db: string) => { const link = join(d, 'hard.md'); linkSync(db, link); return link; }],
    ['the database through a linked directory', (d: string) => { symlinkSync(d, join(d, 'elders')); return join(d, 'elders', 'cli.db'); }],
    ['its -wal file', (d: string, db: string) => `${db}-wal`],
    ['its -shm file', (d: string, db: string) => `${db}-shm`],
    ['its -wal file through a linked directory', (d: string) => { symlinkSync(d, join(d, 'elders')); return join(d, 'elders', 'cli.db-wal'); }],
  ])('never writes over %s, not even with --overschrijf', async (_case, target) => {
    const out = target(dir, dbPath);
    for (const flags of [{}, { overschrijf: true }] as Record<string, boolean>[]) {
      const refused = await exportTo(out, flags);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('is de database van motiebot (of een bestand dat erbij hoort); die wordt nooit door een overzicht vervangen. Er is niets geschreven.');
    }
    expect(temporaryFiles()).toEqual([]);
    databaseIntact();
  });

  it.each([
    ['a FIFO', (d: string) => { const fifo = join(d, 'pijp.md'); execFileSync('mkfifo', [fifo]); return { path: fifo, still: () => lstatSync(fifo).isFIFO() }; }],
    ['a directory', (d: string) => { const sub = join(d, 'map.md'); mkdirSync(sub); return { path: sub, still: () => lstatSync(sub).isDirectory() }; }],
    ['a symbolic link to a file', (d: string) => {
      const victim = join(d, 'ander.txt');
      writeFileSync(victim, 'van iemand anders\n');
      const link = join(d, 'link.md');
      symlinkSync(victim, link);
      return { path: link, still: () => lstatSync(link).isSymbolicLink() && readFileSync(victim, 'utf8') === 'van iemand anders\n' };
    }],
  ])('never replaces %s, not even with --overschrijf', async (_case, make) => {
    const { path, still } = make(dir);
    for (const flags of [{}, { overschrijf: true }] as Record<string, boolean>[]) {
      const refused = await exportTo(path, flags);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('is geen gewoon bestand');
      expect(still()).toBe(true);
    }
    expect(temporaryFiles()).toEqual([]);
  });

  it('never follows a symbolic link planted at the old predictable temporary name', async () => {
    const file = join(dir, 'overzicht.md');
    const victim = join(dir, 'slachtoffer.txt');
    writeFileSync(victim, 'onaangetast\n');
    const planted = join(dir, `.overzicht.md.${process.pid}.tmp`);
    symlinkSync(victim, planted);
    expect((await exportTo(file)).code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('onaangetast\n');
    expect(readFileSync(file, 'utf8')).toContain('Stand van zaken moties en toezeggingen');
    expect(lstatSync(file).isFile()).toBe(true);
    // Only the planted link is left beside the export; the export's own temporary file is gone.
    expect(temporaryFiles()).toEqual([`.overzicht.md.${process.pid}.tmp`]);
  });

  it('a new file is readable by its owner only (0600); an overwritten file keeps its permissions', async () => {
    const file = join(dir, 'nieuw.md');
    expect((await exportTo(file)).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const shared = join(dir, 'gedeeld.md');
    writeFileSync(shared, 'oud\n');
    chmodSync(shared, 0o640);
    expect((await exportTo(shared, { overschrijf: true })).code).toBe(0);
    expect(statSync(shared).mode & 0o777).toBe(0o640);
    expect(readFileSync(shared, 'utf8')).toContain('Stand van zaken');
  });
});

describe('motie overzicht --rappel EK', () => {
  let dir: string;
  let dbPath: string;
  beforeEach(async () => {
    dir = tempDir();
    dbPath = join(dir, 'cli.db');
    const rappel = join(dir, 'rappel-bzk.txt');
    copyFileSync(new URL('../../fixtures/layouts/ek-register/ek-rappel-bzk-2025.txt', import.meta.url), rappel);
    expect((await run(importCommand, [rappel], { 'document-date': '2025-07-02' }, dbPath)).code).toBe(0);
  });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  it.each(['docx', 'xlsx'])('writes the draft answer as %s, which re-imports with 0 created and 0 updated', async (format) => {
    const file = join(dir, `rappel.${format}`);
    const result = await run(overzichtCommand, [], { rappel: 'EK', out: file }, dbPath);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('2 toezeggingen');
    const again = await run(importCommand, [file], { 'document-date': '2025-07-02', json: true, 'dry-run': true }, dbPath);
    expect(JSON.parse(again.out)).toMatchObject({ created: 0, updated: 0, unchanged: 2, conflicts: [] });
  });

  it.each([
    [{ rappel: 'TK' }, 'Onbekend rappel "TK"'],
    [{ rappel: 'EK', format: 'csv' }, 'docx (Word) of xlsx (Excel), niet als "csv"'],
  ])('refuses %o in Dutch and writes nothing', async (flags, message) => {
    const file = join(dir, 'rappel.out');
    const result = await run(overzichtCommand, [], { ...flags, out: file }, dbPath);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(existsSync(file)).toBe(false);
  });
});
