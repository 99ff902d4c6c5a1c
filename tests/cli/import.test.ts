import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import.ts';
import { listCommand } from '../../src/cli/commands/items.ts';
import type { CliIo, ParsedArgs } from '../../src/cli/types.ts';
import { closeDb, openDb } from '../../src/store/db.ts';
import { listItems, markDone } from '../../src/store/items.queries.ts';
import { makePdf } from '../import/document/make-pdf.ts';
import { SAMPLE_PATH } from '../import/layouts/stand-van-zaken/sample.ts';
import { dumpDb, tempDir } from '../helpers/db.ts';
import { ITEM_JSON_KEYS } from '../helpers/item-json-keys.ts';

const NOW = new Date('2025-04-02T08:00:00Z');
const LATER_PATH = new URL('../fixtures/overviews/stand-van-zaken-nap-2025-later.txt', import.meta.url);

async function run(
  command: typeof importCommand,
  positional: string[],
  flags: Record<string, string | boolean>,
  dbPath: string,
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), now: () => NOW, env: {}, dbPath };
  const args: ParsedArgs = { positional, flags };
  const code = await command.run(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('motie import of a small document', () => {
  // The full collection before the writes (issue 28) is for documents of thousands of items; a small
  // import, and every in-process test of this command, does not pay for it.
  it('forces no garbage collection', async () => {
    const dir = tempDir();
    try {
      const sample = join(dir, 'stand-van-zaken.txt');
      copyFileSync(SAMPLE_PATH, sample);
      const forced: PerformanceEntry[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const { detail } = entry as PerformanceEntry & { detail?: { flags?: number } | null };
          if ((detail?.flags ?? 0) & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) forced.push(entry);
        }
      });
      observer.observe({ entryTypes: ['gc'] });
      const result = await run(importCommand, [sample], { 'document-date': '2025-04-01' }, join(dir, 'cli.db'));
      // gc entries arrive after the collection, in a later turn
      await new Promise((resolve) => setTimeout(resolve, 50));
      observer.disconnect();
      expect(result.code).toBe(0);
      expect(forced).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('motie import', () => {
  let dir: string;
  let dbPath: string;
  let sample: string;
  beforeEach(() => {
    dir = tempDir();
    dbPath = join(dir, 'cli.db');
    sample = join(dir, 'stand-van-zaken.txt');
    copyFileSync(SAMPLE_PATH, sample);
  });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  it('imports the sample into a fresh database; motie list shows the 14 items with their deadlines', async () => {
    const result = await run(importCommand, [sample], { 'document-date': '2025-04-01' }, dbPath);
    // Import creates data, so it may create the database, and says so.
    expect(result).toMatchObject({ code: 0, err: `Nieuwe database aangemaakt: ${dbPath}.` });
    expect(result.out).toContain('Documentdatum: 1 april 2025.');
    expect(result.out).toContain('Geïmporteerd: 14 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 conflicten.');
    expect(result.out).toContain('Let op, regel 237: Voetnoot 15 noemt vergaderjaar "202/25"; gelezen als 2024/25.');

    const list = await run(listCommand, [], {}, dbPath);
    expect(list.code).toBe(0);
    expect(list.out).toContain('14 items.');
    expect(list.out).toContain('voor de zomer van 2025 → 3 juli 2025');
    expect(list.out).toContain('in het najaar van 2023 → 21 december 2023');
    expect(list.out).toContain('eind 2025 → 31 december 2025');
    expect(list.out.match(/termijn: geen termijn/g)).toHaveLength(5);

    const again = await run(importCommand, [sample], { 'document-date': '2025-04-01', json: true }, dbPath);
    const json = JSON.parse(again.out) as Record<string, unknown>;
    expect(json).toMatchObject({ created: 0, updated: 0, unchanged: 14, conflicts: [] });
  });

  it('a dry run on a database that does not exist compares with an empty one and creates no file', async () => {
    const result = await run(importCommand, [sample], { 'document-date': '2025-04-01', 'dry-run': true }, dbPath);
    expect(result.code).toBe(0);
    expect(result.err).toBe(`De database ${dbPath} bestaat nog niet: de proef vergelijkt met een lege database en maakt geen bestand aan.`);
    expect(result.out).toContain('Proefimport: 14 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 conflicten; er is niets opgeslagen.');
    expect(existsSync(dbPath)).toBe(false);
  });

  it('prints the JSON contract', async () => {
    const result = await run(importCommand, [sample], { 'document-date': '2025-04-01', json: true }, dbPath);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as { items: Record<string, unknown>[]; problems: unknown[] } & Record<string, unknown>;
    expect(json).toMatchObject({ created: 14, updated: 0, unchanged: 0, conflicts: [], documentDate: '2025-04-01', documentDateInferred: false, dryRun: false });
    expect(json.problems).toContainEqual({
      line: 181,
      code: 'OVERVIEW_ITEM_NO_KAMERSTUK',
      severity: 'warning',
      message: 'Bij de motie op regel 181 staat geen voetnoot met een Kamerstuk; de motie wordt zonder Kamerstuknummer opgenomen.',
    });
    expect(json.items).toHaveLength(14);
    expect(Object.keys(json.items[0]!).sort()).toEqual(ITEM_JSON_KEYS);
    expect(json.items[4]).toMatchObject({ kamerstuk: '34843-80', responsible: ['MOCW', 'SOCW'], ministries: ['OCW'], status: 'done' });
    expect(json.items[9]).toMatchObject({ kamerstuk: null, linkedTo: json.items[8]!.id, deadline: '2025-07-03', deadlineText: 'voor de zomer van 2025' });
    expect(json.items[12]).toMatchObject({ kind: 'toezegging', responsible: ['SOCW', 'MJenV'], ministries: ['OCW', 'JenV'], submitters: [] });
  });

  it('infers the document date when none is given, and says so', async () => {
    const result = await run(importCommand, [sample], {}, dbPath);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      'Documentdatum 1 april 2025 is afgeleid uit het document: de nieuwste datum in het verleden die het noemt is 31 maart 2025 ("in Q1 2025", regel 124). Klopt dat niet, geef dan --document-date op.',
    );
  });

  it('shows with --dry-run exactly what would change, and writes nothing', async () => {
    await run(importCommand, [sample], { 'document-date': '2025-04-01' }, dbPath);
    const db = openDb(dbPath);
    const before = dumpDb(db);
    closeDb(db);
    const dry = await run(importCommand, [LATER_PATH.pathname], { 'document-date': '2025-04-15', 'dry-run': true }, dbPath);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Proefimport (--dry-run): dit zou er veranderen.');
    expect(dry.out).toMatch(/\+ nieuw {6}#15 Motie Tielen: De aanpak van online seksueel geweld te versterken/);
    expect(dry.out).toMatch(/~ bijgewerkt #4 Motie Mutluer: .*\n\s+status: open → afgerond; stand van zaken bijgewerkt\n/);
    expect(dry.out).toContain('Proefimport: 1 nieuw, 3 bijgewerkt, 11 ongewijzigd, 0 conflicten; er is niets opgeslagen.');
    const after = openDb(dbPath);
    expect(dumpDb(after)).toBe(before);
    closeDb(after);

    const real = await run(importCommand, [LATER_PATH.pathname], { 'document-date': '2025-04-15', json: true }, dbPath);
    expect(JSON.parse(real.out)).toMatchObject({ created: 1, updated: 3, unchanged: 11 });
  });

  it('reports a decision made in Slack as a conflict and keeps it', async () => {
    await run(importCommand, [sample], { 'document-date': '2025-04-01' }, dbPath);
    const db = openDb(dbPath);
    const westerveld = listItems(db).find((item) => item.submitters[0] === 'Westerveld')!;
    markDone(db, westerveld.id, 'U0SLACK1', NOW.getTime());
    closeDb(db);
    const result = await run(importCommand, [LATER_PATH.pathname], { 'document-date': '2025-04-15' }, dbPath);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      `! conflict   De motie #${westerveld.id} staat op afgerond (gezet door Slack-gebruiker U0SLACK1); het overzicht zegt open. De status blijft afgerond.`,
    );
    const check = openDb(dbPath);
    expect(listItems(check).find((item) => item.id === westerveld.id)?.status).toBe('done');
    closeDb(check);
  });

  it('imports a PDF of the sample', async () => {
    const pdf = join(dir, 'stand-van-zaken.pdf');
    writeFileSync(pdf, await makePdf(readFileSync(SAMPLE_PATH, 'utf8'), { table: true }));
    const result = await run(importCommand, [pdf], { 'document-date': '2025-04-01', json: true }, dbPath);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as { created: number; items: { kamerstuk: string | null; deadline: string | null }[] };
    expect(json.created).toBe(14);
    // the text file of the same document then changes nothing
    const text = await run(importCommand, [sample], { 'document-date': '2025-04-01', json: true }, dbPath);
    expect(JSON.parse(text.out)).toMatchObject({ created: 0, updated: 0, unchanged: 14 });
  });

  it.each([
    ['an empty file', '', 'Het bestand is leeg: er staat geen tekst in.'],
    ['a letter', 'Geachte voorzitter,\n\nHierbij stuur ik u de brief over de motie.\n\nHoogachtend,\nDe minister\n', 'Dit bestand lijkt geen overzicht van moties en toezeggingen in een vorm die de bot kent. Er is niets geïmporteerd.\nDe bot leest deze vormen:\n  - stand-van-zakenlijst:'],
    ['a binary file', Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0xfe, 0x00, 0x00, 0x10]), 'Dit bestand is geen tekst, PDF, Word- of Excel-bestand; importeer een overzicht in een van die vormen.'],
  ])('refuses %s with a Dutch message, exit code 1, and writes nothing', async (_name, content, message) => {
    const file = join(dir, 'input.bin');
    writeFileSync(file, content);
    const result = await run(importCommand, [file], { 'document-date': '2025-04-01' }, dbPath);
    expect(result).toMatchObject({ code: 1, out: '' });
    expect(result.err.startsWith(message)).toBe(true);
    expect(existsSync(dbPath)).toBe(false);
  });

  it('imports nothing from a document with errors and prints them with line numbers', async () => {
    const broken = readFileSync(SAMPLE_PATH, 'utf8').replace('SOCW Vanwege een doelmatige', 'Vanwege een doelmatige');
    const file = join(dir, 'kapot.txt');
    writeFileSync(file, broken);
    const result = await run(importCommand, [file], { 'document-date': '2025-04-01' }, dbPath);
    expect(result.code).toBe(1);
    expect(result.err).toContain('Er is niets geïmporteerd: het overzicht bevat een fout waardoor items onbetrouwbaar zijn.');
    expect(result.err).toContain('  regel 17: Bij de motie op regel 17 staat geen verantwoordelijke bewindspersoon');
    const db = openDb(dbPath);
    expect(listItems(db)).toEqual([]);
    closeDb(db);
  });

  it.each([['1-4-2025'], ['01/04/2025'], ['1 april 2025'], ['2025-04-01']])('reads --document-date %s as a Dutch date, like every date flag', async (typed) => {
    const dry = await run(importCommand, [sample], { 'document-date': typed, 'dry-run': true, json: true }, dbPath);
    expect(dry.code).toBe(0);
    expect((JSON.parse(dry.out) as { documentDate: string }).documentDate).toBe('2025-04-01');
  });

  it('explains usage mistakes with exit code 2', async () => {
    expect(await run(importCommand, [], {}, dbPath)).toMatchObject({ code: 2, err: expect.stringContaining('Geef een of meer bestanden op.') });
    expect(await run(importCommand, [sample], { 'document-date': '31-2-2025' }, dbPath)).toMatchObject({
      code: 2,
      err: 'De documentdatum "31-2-2025" is geen geldige datum; schrijf bijvoorbeeld 1-4-2025, "1 april 2025" of 2025-04-01.',
    });
    expect(await run(importCommand, [join(dir, 'weg.txt')], {}, dbPath)).toMatchObject({
      code: 1,
      err: `Het bestand ${join(dir, 'weg.txt')} bestaat niet.`,
    });
  });

  describe('a large import', () => {
    /** An overview in the sample's layout with `count` motie rows, each with its footnote. */
    function overview(count: number): string {
      let text = 'Status Verantwoordelijk Stand van zaken\n\nMoties\n\n';
      const notes: string[] = [];
      for (let i = 1; i <= count; i++) {
        text += `Motie van het lid Mutluer; De Tweede Kamer verzoekt de regering onderzoek ${i} uit te voeren en de Kamer voor de zomer van 2025 te informeren.${i}\n\n`;
        text += `SOCW Het onderzoek ${i} loopt.\n\n`;
        notes.push(`${i} Kamerstukken II 2023/24, 36410, nr. ${i}.`);
      }
      return `${text}${notes.join('\n')}\n`;
    }

    it('shows the first 20 changes and says how many more there are; --alles shows every one', async () => {
      const file = join(dir, 'groot.txt');
      writeFileSync(file, overview(27));
      const first = await run(importCommand, [file], { 'document-date': '2025-04-01', 'dry-run': true }, dbPath);
      expect(first.code).toBe(0);
      expect(first.out.match(/^\+ nieuw/gm)).toHaveLength(20);
      expect(first.out).toContain('… en nog 7 wijzigingen (motie import --alles toont ze allemaal; --json geeft alles als JSON).');
      expect(first.out).toContain('Proefimport: 27 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 conflicten; er is niets opgeslagen.');

      const all = await run(importCommand, [file], { 'document-date': '2025-04-01', alles: true }, dbPath);
      expect(all.out.match(/^\+ nieuw/gm)).toHaveLength(27);
      expect(all.out).not.toContain('… en nog');
      expect(all.out).toContain('Geïmporteerd: 27 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 conflicten.');
    });

    it('keeps a short import whole', async () => {
      const file = join(dir, 'klein.txt');
      writeFileSync(file, overview(20));
      const result = await run(importCommand, [file], { 'document-date': '2025-04-01' }, dbPath);
      expect(result.out.match(/^\+ nieuw/gm)).toHaveLength(20);
      expect(result.out).not.toContain('… en nog');
    });
  });
});
