// Issue 22.8: an imported text is cut to what an item may hold (as an edit is refused past it),
// with a warning naming the row and the field; the rest of the document imports as usual.
import { afterEach, describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/import/document/read-source.ts';
import { applyImport, readImport } from '../../src/app/index.ts';
import { ITEM_LIMITS } from '../../src/domain/item-limits.ts';
import { listItems } from '../../src/store/items.queries.ts';
import { importProblemNl } from '../../src/texts/import.nl.ts';
import { appContext } from './context.ts';

const HEADER = 'Nr;Soort;Onderwerp;Omschrijving;Indiener;Kamerstuk;Bewindspersoon;Status;Stand van zaken;Termijn';
const ROW_1 = '1;Motie;Herstelrecht;Verzoekt de regering een plan voor herstelrecht naar de Kamer te sturen;Mutluer;34843-79;SOCW;Open;Brief in voorbereiding.;eind maart 2026';

let ctx: ReturnType<typeof appContext> | null = null;
afterEach(() => {
  ctx?.t.cleanup();
  ctx = null;
});

describe('imported texts within the item limits (issue 22.8)', () => {
  it('a 2 MB request and a 50,000-character stand van zaken are cut to 10,000 characters with a warning naming the row', async () => {
    ctx = appContext();
    const long = `Verzoekt de regering voor 1 juni 2026 de Kamer te informeren. ${'Zeer lange toelichting. '.repeat(90_000)}`;
    const status = 'Onderzoek loopt. '.repeat(3_000);
    const csv = `${HEADER}\n${ROW_1}\n2;Motie;Lang;${long};Werner;36200-VIII-123;MOCW;Open;${status};\n`;
    const source = await decodeSource(new TextEncoder().encode(csv), '.csv');
    if (!source.ok) throw new Error(source.code);
    const read = readImport(ctx, source.document, { documentDate: '2025-09-01' });
    if (!read.ok) throw new Error(`refused: ${read.code}`);
    const cut = read.parsed.problems.flatMap((p) => (p.code === 'LAYOUT_TEXT_CUT_OFF' ? [p] : []));
    expect(cut.map((p) => [p.severity, p.line, p.field])).toEqual([
      ['warning', 3, 'text'],
      ['warning', 3, 'statusText'],
    ]);
    expect(importProblemNl(cut[0]!)).toMatch(/^De tekst van de motie op regel 3 is [\d.]+ tekens lang; alleen de eerste 10\.000 tekens zijn opgenomen\.$/);
    applyImport(ctx, read.parsed, { sourceName: 'lang.csv' });
    const items = listItems(ctx.db, {});
    expect(items).toHaveLength(2);
    const longItem = items.find((i) => i.title === 'Lang')!;
    expect(longItem.text.length).toBeLessThanOrEqual(ITEM_LIMITS.text);
    expect(long.startsWith(longItem.text)).toBe(true);
    expect(longItem.statusText!.length).toBeLessThanOrEqual(ITEM_LIMITS.statusText);
    // The term at the start of the request is still read.
    expect(longItem.deadline).toMatchObject({ deadline: '2026-06-01' });
    const stored = ctx.db.$client.prepare('SELECT max(length(text)) AS n FROM items').get() as { n: number };
    expect(stored.n).toBeLessThanOrEqual(ITEM_LIMITS.text);
  });
});
