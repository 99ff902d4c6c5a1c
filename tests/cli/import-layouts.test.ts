// motie import for every layout: the same item fields in --dry-run --json, idempotent, all or
// nothing, Slack decisions kept; and a stray byte never garbles stored texts (issue 17.5).
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import.ts';
import type { CliIo, ParsedArgs } from '../../src/cli/types.ts';
import { closeDb, openDb } from '../../src/store/db.ts';
import { listItems, markDone } from '../../src/store/items.queries.ts';
import { makeDocx, makeTablePdf, makeXlsx } from '../import/document/make-files.ts';
import { SAMPLE_PATH } from '../import/layouts/stand-van-zaken/sample.ts';
import { dumpDb, tempDir } from '../helpers/db.ts';
import { ITEM_JSON_KEYS } from '../helpers/item-json-keys.ts';

const NOW = new Date('2025-05-01T08:00:00Z');
const fixture = (name: string) => new URL(`../fixtures/layouts/${name}`, import.meta.url);

async function run(positional: string[], flags: Record<string, string | boolean>, dbPath: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), now: () => NOW, env: {}, dbPath };
  const args: ParsedArgs = { positional, flags };
  const code = await importCommand.run(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const ITEM_KEYS = [...ITEM_JSON_KEYS];

// Word, Excel and PDF files are read in a worker thread (issue 22.5); under tsx each worker loads the readers anew, which takes seconds on a busy machine.
describe('motie import: every layout', { timeout: 90_000 }, () => {
  let dir: string;
  let dbPath: string;
  const files: Record<string, string> = {};
  beforeEach(async () => {
    dir = tempDir();
    dbPath = join(dir, 'cli.db');
    const put = (name: string, bytes: Uint8Array | string) => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    };
    files['stand-van-zaken'] = put('stand.txt', readFileSync(SAMPLE_PATH));
    files['begroting-bijlage'] = put('bijlage.txt', readFileSync(fixture('begroting-bijlage/begroting-bijlage-gemeentefonds-2024.txt')));
    files['ek-register'] = put('ek.txt', readFileSync(fixture('ek-register/ek-toezeggingen.txt')));
    files['tk-register'] = put('tk.json', readFileSync(fixture('tk-register/tk-register.json')));
    files.spreadsheet = put('team.csv', readFileSync(fixture('spreadsheet/team-utf8-bom.csv')));
    files.xlsx = put(
      'team.xlsx',
      await makeXlsx((sheet) => {
        sheet.getRow(1).values = ['Soort', 'Omschrijving', 'Termijn', 'Status'];
        sheet.getRow(2).values = ['Toezegging', 'De minister stuurt een brief over de bekostiging', new Date(Date.UTC(2025, 9, 1)), 'Openstaand'];
      }),
    );
    files.docx = put(
      'bijlage.docx',
      await makeDocx([
        {
          table: {
            caption: 'Overzicht van openstaande toezeggingen',
            rows: [['Omschrijving van de toezegging', 'Vindplaats', 'Stand van zaken'], ['De minister stuurt eind 2025 een evaluatie.', 'Kamerstukken II 2024/25, 36600 VIII, nr. 3', 'Loopt.']],
          },
        },
      ]),
    );
    files.pdf = put(
      'lijst.pdf',
      await makeTablePdf({
        title: 'Moties',
        columns: [{ header: 'Omschrijving', x: 20, width: 300 }, { header: 'Termijn', x: 340, width: 100 }, { header: 'Status', x: 460, width: 80 }],
        rows: [['Verzoekt de regering een plan te maken', 'eind 2025', 'Openstaand']],
      }),
    );
  });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  it('returns the same item fields in --dry-run --json for every layout, says which layout, and writes nothing', async () => {
    const layouts: Record<string, string> = {};
    for (const [name, path] of Object.entries(files)) {
      const result = await run([path], { 'dry-run': true, json: true }, dbPath);
      expect(result.code, `${name}: ${result.err}`).toBe(0);
      const json = JSON.parse(result.out) as { layout: { id: string }; items: Record<string, unknown>[]; created: number };
      layouts[name] = json.layout.id;
      expect(json.items.length, name).toBeGreaterThan(0);
      expect(json.created, name).toBe(json.items.length);
      for (const item of json.items) expect(Object.keys(item).sort(), name).toEqual(ITEM_KEYS);
    }
    expect(layouts).toEqual({
      'stand-van-zaken': 'stand-van-zaken',
      'begroting-bijlage': 'begroting-bijlage',
      'ek-register': 'ek-register',
      'tk-register': 'tk-register',
      spreadsheet: 'spreadsheet',
      xlsx: 'spreadsheet',
      docx: 'begroting-bijlage',
      pdf: 'spreadsheet',
    });
    expect(existsSync(dbPath)).toBe(false);
  });

  it('is idempotent for every layout: a second import changes nothing', async () => {
    for (const [name, path] of Object.entries(files)) {
      const first = await run([path], { json: true }, dbPath);
      expect(first.code, `${name}: ${first.err}`).toBe(0);
      const before = dumpAt(dbPath);
      const second = JSON.parse((await run([path], { json: true }, dbPath)).out) as { created: number; updated: number; unchanged: number };
      expect(second, name).toMatchObject({ created: 0, updated: 0 });
      expect(second.unchanged, name).toBeGreaterThan(0);
      expect(dumpAt(dbPath), name).toBe(before);
    }
  });

  it('keeps a decision made in Slack when a register says otherwise', async () => {
    expect((await run([files['tk-register']!], {}, dbPath)).code).toBe(0);
    const db = openDb(dbPath);
    const open = listItems(db).find((item) => item.reference === 'TZ202412-116')!;
    markDone(db, open.id, 'U123', NOW.getTime());
    closeDb(db);
    const again = JSON.parse((await run([files['tk-register']!], { json: true }, dbPath)).out) as { conflicts: { id: number; field: string }[] };
    expect(again.conflicts).toEqual([expect.objectContaining({ id: open.id, field: 'status' })]);
    const after = openDb(dbPath);
    expect(listItems(after).find((item) => item.id === open.id)?.status).toBe('done');
    closeDb(after);
  });

  it('maps columns with --kolommen and refuses an unmappable spreadsheet in Dutch without writing', async () => {
    const path = join(dir, 'eigen.csv');
    writeFileSync(path, 'Onderwerp;Wanneer;Kleur\nBrief over de bekostiging;eind 2025;rood\n');
    const refused = await run([path], {}, dbPath);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Gevonden kolommen: "Onderwerp", "Wanneer", "Kleur"');
    expect(existsSync(dbPath)).toBe(false);
    const mapped = await run([path], { kolommen: 'Onderwerp=text,Wanneer=deadline,Kleur=negeer', json: true, 'dry-run': true }, dbPath);
    expect(mapped.code).toBe(0);
    expect((JSON.parse(mapped.out) as { items: { deadline: string; deadlineText: string }[] }).items).toEqual([
      expect.objectContaining({ deadline: '2025-12-31', deadlineText: 'eind 2025' }),
    ]);
    expect((await run([path], { kolommen: 'Onderwerp' }, dbPath)).code).toBe(2);
  });

  it('writes nothing for an unknown layout and lists the layouts', async () => {
    expect((await run([files['tk-register']!], {}, dbPath)).code).toBe(0);
    const before = dumpAt(dbPath);
    const letter = join(dir, 'brief.txt');
    writeFileSync(letter, 'Geachte voorzitter,\n\nHierbij de brief.\n\nHoogachtend,\nDe minister\n');
    const result = await run([letter], {}, dbPath);
    expect(result.code).toBe(1);
    expect(result.err).toContain('De bot leest deze vormen:');
    expect(dumpAt(dbPath)).toBe(before);
  });
});

describe('motie import: one bad byte (issue 17.5)', () => {
  let dir: string;
  let dbPath: string;
  beforeEach(() => {
    dir = tempDir();
    dbPath = join(dir, 'cli.db');
  });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  it('reads a UTF-8 file with one invalid byte as UTF-8, names the line, and never overwrites good text', async () => {
    const good = join(dir, 'stand.txt');
    copyFileSync(SAMPLE_PATH, good);
    expect((await run([good], { 'document-date': '2025-04-01' }, dbPath)).code).toBe(0);
    const db = openDb(dbPath);
    const before = listItems(db).map((item) => [item.id, item.statusText, item.text]);
    closeDb(db);

    const bytes = readFileSync(SAMPLE_PATH);
    const at = bytes.indexOf(Buffer.from('het project ‘Mannenemancipatie'));
    const bad = join(dir, 'stand-kapot.txt');
    writeFileSync(bad, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
    const result = await run([bad], { 'document-date': '2025-04-01', json: true }, dbPath);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as { updated: number; problems: { line: number; message: string }[] };
    expect(json.problems).toContainEqual(expect.objectContaining({ line: 29, message: expect.stringContaining('Regel 29 bevat een teken dat geen geldige UTF-8 is') }));
    expect(json.updated).toBe(0);
    const after = openDb(dbPath);
    const texts = listItems(after).map((item) => [item.id, item.statusText, item.text]);
    closeDb(after);
    expect(texts).toEqual(before);
    expect(JSON.stringify(texts)).not.toMatch(/â€|Ã|\uFFFD/);
  });
});

/** Every row of the database at `path` (opened and closed again). */
function dumpAt(path: string): string {
  const db = openDb(path);
  try {
    return dumpDb(db);
  } finally {
    closeDb(db);
  }
}
