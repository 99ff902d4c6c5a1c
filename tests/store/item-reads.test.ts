import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Item, ItemDeadline, Responsibility } from '../../src/domain/items.ts';
import type { ItemKind } from '../../src/domain/items.ts';
import { inImportMatchScope, type ImportMatchScope, type MatchCandidate } from '../../src/import/plan/plan-import.ts';
import { codeSpellings, createItem, getItem, getItemsById, listItems, listMatchCandidates, type NewItem } from '../../src/store/items.queries.ts';
import { newItem, openTempDb, type TempDb } from '../helpers/db.ts';

const NOW = Date.UTC(2025, 3, 2, 9, 0);
/** The codes of the generated items as matching compares them (lower case; '' for an item without one). */
const CODE_KEYS = ['socw', 'mocw', 'mjenv', 'kocw', ''];
const everyCode = { any: new Set(CODE_KEYS), withoutKamerstuk: new Set<string>() };
const ALL: ImportMatchScope = { textCodes: new Map([['motie', everyCode], ['toezegging', everyCode]]), kamerstukKeys: new Set(), references: new Set() };
const NONE: ImportMatchScope = { textCodes: new Map(), kamerstukKeys: new Set(), references: new Set() };
/** What matching reads of an item, as getItem reads it. */
const candidateOf = (item: Item): MatchCandidate => ({
  id: item.id,
  kind: item.kind,
  text: item.text,
  kamerstuk: item.kamerstuk,
  reference: item.reference,
  sourcePosition: item.sourcePosition,
  responsible: item.responsible.map((r) => ({ code: r.code })),
});

const deadline = fc.option(
  fc.record<ItemDeadline>({
    earliest: fc.constantFrom(null, '2025-01-01'),
    deadline: fc.constantFrom(null, '2025-06-30', '2025-12-31'),
    text: fc.constantFrom('voor de zomer', 'eind 2025'),
    basis: fc.constantFrom('explicit', 'rule', 'estimate'),
    soft: fc.boolean(),
    source: fc.constantFrom('request', 'status', 'person'),
  }),
);
// Codes in several cases, and one lower() does not fold (the Kelvin sign folds to "k" in JS).
const responsible = fc.array(
  fc.constantFrom<Responsibility>(
    { code: 'SOCW', ministry: 'OCW' },
    { code: 'socw', ministry: 'OCW' },
    { code: 'MOCW', ministry: 'OCW' },
    { code: 'MJenV', ministry: 'JenV' },
    { code: '\u212AOCW', ministry: 'OCW' },
  ),
  { maxLength: 3 },
);
// Keys in several cases, empty, and with characters lower() does not fold (the Kelvin sign folds
// to "k" in JS): an import matches them case-insensitively as toLowerCase does.
const DOSSIERS = ['36410', '36200-VIII', '36200-viii', '36200-\u212A', '36200-K', ''];
const NUMBERS = ['12', '13', 'CK', 'ck', ''];
const REFERENCES = ['T01237', 't01237', 'TZ-\u00C91', 'tz-\u00E91', 'T\u212A1', 'tk1'];
const kamerstuk = fc.option(
  fc.record({ dossier: fc.constantFrom(...DOSSIERS), number: fc.constantFrom(...NUMBERS), vergaderjaar: fc.constantFrom(null, '2023/24') }),
);
const codeSet = fc.subarray(CODE_KEYS).map((codes) => new Set(codes));
const scope = fc.record<ImportMatchScope>({
  textCodes: fc
    .subarray<ItemKind>(['motie', 'toezegging'])
    .chain((kinds) => fc.tuple(...kinds.map((kind) => fc.record({ any: codeSet, withoutKamerstuk: codeSet }).map((codes) => [kind, codes] as const))))
    .map((entries) => new Map(entries)),
  kamerstukKeys: fc.subarray(DOSSIERS.flatMap((d) => NUMBERS.map((n) => `${d}-${n}`.toLowerCase()))).map((keys) => new Set(keys)),
  references: fc.subarray(REFERENCES.map((r) => r.toLowerCase())).map((refs) => new Set(refs)),
});
const newItems = fc.array(
  fc.record({
    kind: fc.constantFrom('motie' as const, 'toezegging' as const),
    text: fc.constantFrom('verzoekt de regering iets te doen', 'De minister stuurt een brief.'),
    cs: fc.boolean(),
    status: fc.constantFrom('open' as const, 'done' as const),
    statusText: fc.option(fc.constantFrom('Loopt.', 'Afgerond.')),
    deadline,
    recurrence: fc.option(fc.constant('P1Y')),
    kamerstuk,
    reference: fc.option(fc.constantFrom(...REFERENCES)),
    responsible,
    doneAt: fc.option(fc.constant(NOW - 86_400_000)),
    sourcePosition: fc.option(fc.nat(20)),
  }),
  { minLength: 1, maxLength: 6 },
);
// The bulk reads of the import and the Tweede Kamer sync read with other queries than listItems
// and getItem (one narrow query to choose, one JSON list of ids for any number of items): they
// must give the same items.
describe('bulk item reads', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
  });
  afterEach(() => {
    t.cleanup();
  });

  it('listMatchCandidates reads what listItems reads of the items in the scope (as far as matching reads them), in its order; getItemsById what getItem reads', () => {
    fc.assert(
      fc.property(newItems, fc.constantFrom('import', 'U1'), scope, (inputs, actor, scope) => {
        t.db.$client.exec('DELETE FROM audit_log; DELETE FROM responsibilities; DELETE FROM items;');
        const items: NewItem[] = inputs.map((input, i) => ({ ...newItem(), ...input, title: `Item ${i}`, submitters: ['Jansen'] }));
        const created = items.map((item) => createItem(t.db, item, actor, NOW, { document: 'x.txt', position: 1 }));
        expect(listMatchCandidates(t.db, ALL)).toEqual(listItems(t.db).map(candidateOf));
        expect(listMatchCandidates(t.db, NONE)).toEqual([]);
        expect(listMatchCandidates(t.db, scope)).toEqual(listItems(t.db).filter((item) => inImportMatchScope(scope, item)).map(candidateOf));
        const ids = created.map((item) => item.id);
        expect([...getItemsById(t.db, [...ids, 999]).values()].sort((x, y) => x.id - y.id)).toEqual(ids.map((id) => getItem(t.db, id)));
      }),
      { numRuns: 60 },
    );
  });

  it("listMatchCandidates finds the scope's items by index: no query reads every item (issue 28, 100k)", () => {
    for (let i = 0; i < 20; i++) {
      createItem(t.db, { ...newItem(), kamerstuk: i % 3 === 0 ? null : { dossier: '36410', number: String(i), vergaderjaar: null }, reference: `T${i}` }, 'import', NOW);
    }
    const sources: string[] = [];
    const prepare = t.db.$client.prepare.bind(t.db.$client);
    t.db.$client.prepare = ((source: string) => {
      sources.push(source);
      return prepare(source);
    });
    const read = listMatchCandidates(t.db, {
      // The moties without a Kamerstuk of SOCW (by text: an incoming one has a Kamerstuk), the Kamerstukken and the register number.
      textCodes: new Map([['motie', { any: new Set<string>(), withoutKamerstuk: new Set(['socw']) }], ['toezegging', { any: new Set(['socw', '']), withoutKamerstuk: new Set<string>() }]]),
      kamerstukKeys: new Set(['36410-1', '36410-2']),
      references: new Set(['t5']),
    });
    expect(read.map((item) => item.kamerstuk?.number ?? item.reference).sort()).toEqual(['1', '2', '5', 'T0', 'T12', 'T15', 'T18', 'T3', 'T6', 'T9'].sort());
    const itemQueries = sources.filter((source) => /FROM\s+"items"/.test(source));
    expect(itemQueries.length).toBeGreaterThan(0);
    for (const source of itemQueries) {
      const plan = (prepare(`EXPLAIN QUERY PLAN ${source}`).all(...Array.from({ length: (source.match(/\?\d?/g) ?? []).length }, () => '[]')) as { detail: string }[]).map((row) => row.detail);
      // A search by key, or the partial index of the items without a Kamerstuk: never a scan of the table.
      expect(plan.filter((detail) => /^SCAN items\b/.test(detail) && !detail.includes('items_import_scope_idx'))).toEqual([]);
    }
  });
});

// listMatchCandidates finds the items of a code by its spellings in the code index: every stored code
// whose toLowerCase() is the code key must be among them.
describe('codeSpellings', () => {
  const isAscii = (s: string) => Array.from(s).every((c) => c.charCodeAt(0) < 128);
  it('the Kelvin sign is the one code point outside ASCII whose toLowerCase() is plain ASCII', () => {
    const intoAscii: number[] = [];
    for (let cp = 128; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (isAscii(String.fromCodePoint(cp).toLowerCase())) intoAscii.push(cp);
    }
    expect(intoAscii).toEqual([0x212a]);
  });

  it('gives exactly the strings of up to four characters whose toLowerCase() is the key', () => {
    const alphabet = ['a', 'A', 'k', 'K', '\u212A', 'z', 'Z', '0', '-', ' ', '\u0130', 'i', 'I', '\u00E9', '\u00C9'];
    const strings = [''];
    for (let length = 1; length <= 4; length++) for (const s of strings.filter((t) => t.length === length - 1)) for (const c of alphabet) strings.push(s + c);
    const keys = new Set(strings.map((s) => s.toLowerCase()));
    for (const key of keys) {
      const spellings = codeSpellings(key);
      if (!isAscii(key)) {
        expect(spellings).toBeNull();
        continue;
      }
      const expected = strings.filter((s) => s.toLowerCase() === key).sort();
      // Every spelling lowers to the key, and every string of the alphabet that does is a spelling.
      expect(spellings?.every((s) => s.toLowerCase() === key)).toBe(true);
      expect([...new Set(spellings)].filter((s) => Array.from(s).length <= 4 && Array.from(s).every((c) => alphabet.includes(c))).sort()).toEqual(expected);
    }
  });

  it('gives up (null) beyond 4096 spellings: the store then compares lower() in a scan', () => {
    expect(codeSpellings('abcdefghijkl')).toBeNull();
    expect(codeSpellings('mocw')).toHaveLength(16);
    expect(codeSpellings('minbzk')).toHaveLength(96);
  });
});
