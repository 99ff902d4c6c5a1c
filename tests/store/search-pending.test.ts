// A search reads the items not yet indexed (items_fts_pending) from their rows (search-pending.ts):
// it must find exactly what the items_fts index finds once they are indexed, for every query the
// search tests use, with diacritics, case, ligatures, combining marks and Kamerstukken; and while a
// part is indexed and a part pending.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_ACTOR } from '../../src/domain/actor.ts';
import { inTransaction } from '../../src/store/db.ts';
import { insertItem } from '../../src/store/item-writes.ts';
import { listItems, type NewItem } from '../../src/store/items.queries.ts';
import { indexPendingItems, withItemInsertsIndexedLater } from '../../src/store/search-index.ts';
import { foldLikeIndex } from '../../src/store/search-pending.ts';
import { parseStandVanZaken } from '../../src/import/layouts/stand-van-zaken/parse-stand-van-zaken.ts';
import { importItems } from '../../src/app/import-items.ts';
import { SAMPLE, SAMPLE_DATE } from '../import/layouts/stand-van-zaken/sample.ts';
import { openTempDb, type TempDb } from '../helpers/db.ts';

const NOW = Date.UTC(2025, 3, 2, 9, 0);
const VWS = [{ code: 'SVWS', ministry: 'VWS' }];

const item = (title: string, text: string, more: Partial<NewItem> = {}): NewItem => ({ kind: 'motie', title, text, submitters: [], responsible: VWS, kamerstuk: null, statusText: null, reference: null, ...more });

const CORPUS: NewItem[] = [
  item('Lerarentekort aanpakken', 'Verzoekt de regering het lerarentekort te verkleinen', { submitters: ['Mutluer'], kamerstuk: { dossier: '36410-VIII', number: '12', vergaderjaar: null }, statusText: 'Brief volgt vóór de zomer' }),
  item('Vertrouwenspersonen in de sport', 'De minister informeert de Kamer over seksuele intimidatie', { kind: 'toezegging', reference: 'TZ202401-033' }),
  item('Periodieke check-up', 'Een onderzoek naar de meerwaarde van een check-up', { submitters: ['Van der Werf'], kamerstuk: { dossier: '36222', number: '33', vergaderjaar: '2022/23' }, statusText: 'Loopt; zie 34843, nr. 79' }),
  item('Een vertrouwenspersoon per school', 'verzoekt de regering seksueel misbruik te melden'),
  item('Personeel in de zorg', 'verzoekt de regering de brieven te bundelen'),
  item('Toezending conceptversie richtlijn', 'De staatssecretaris zegt toe …', { kind: 'toezegging', kamerstuk: { dossier: '22112/31544', number: 'CK', vergaderjaar: null }, reference: 'T01237' }),
  item('Richtlijn EK', 'Eerste Kamer', { kind: 'toezegging', kamerstuk: { dossier: '34122', number: '', vergaderjaar: null }, reference: 'T02000' }),
  item('C 100%_korting', 'kortingen'),
  item('Élan vital van de ÉCOLE', 'Café-terras in Zürich; coöperatie; naïef; façade; CAFÉ'),
  item('IJsselmeer en Ĳssel', 'De Ĳsselmeerdijk en de ijssel; ﬁnanciën met een ligatuur'),
  item('Straße und STRASSE', 'ǅemal ǆ Ǆ; ΣΊΣΥΦΟΣ σίσυφος; Ωmega'),
  item('Combining a\u0301ccent', 'cafe\u0301 en e\u0301e\u0301n; x\u0000y nul'),
  item('Georgisch ᲐᲑᲒᲓ', 'Ꞔ: letters die FTS5 niet vouwt en toLowerCase wel'),
  item('Georgisch აბგდ', 'ꞔ: dezelfde letters in kleine letters'),
  item('Een 😀 emoji-motie', 'tekst met 😀😀 en 𝔘𝔫𝔦𝔠𝔬𝔡𝔢'),
  item('Kamerstuk 34843-79 zelf', 'herstelrecht', { kamerstuk: { dossier: '34843', number: '79', vergaderjaar: null } }),
];

const QUERIES = [
  // store/search-index.test.ts, store/items.queries.test.ts, audit.test.ts
  'tekort', 'LERAREN', 'seksuele', 'Mutluer', 'TZ202401', '[36410-VIII-12]', '[36222-33]', 'zomer', 'check-up', 'niets-hiervan',
  'vertrouwenspersoon', 'vertrouwenspersonen', 'seksueel', 'personen', 'brieven', 'herstel', 'onderwijs', 'kinderopvang', 'jeugdzorg',
  '22.112 / 31.544, CK', 'Kamerstukken I 2008/09, 22 112 / 31 544, CK', '22112/31544', '22.112 / 31.544', '34.122', '31.544, A',
  '100%_', '0%', "'; DROP TABLE items; --", 'a" OR title : "x NEAR(',
  '34843-79', '34843, nr. 79', 'kst-34843-79', 'herstelrecht 34843-79', '36410-VIII, nr. 12', '36222 33',
  // diacritics, case, ligatures, combining marks, other scripts
  'elan', 'ÉLAN', 'école', 'ECOLE', 'cafe', 'CAFÉ', 'café-terras', 'zurich', 'Zürich', 'cooperatie', 'coöperatie', 'naief', 'façade', 'facade',
  'ijssel', 'Ĳssel', 'ĳsselmeer', 'IJSSELMEERDIJK', 'financien', 'ﬁnanciën', 'strasse', 'straße', 'STRAẞE', 'ǆemal', 'Ǆemal', 'dzemal',
  'σίσυφος', 'ΣΊΣΥΦΟΣ', 'σισυφος', 'ωmega', 'accent', 'áccent', 'a\u0301ccent', 'cafe\u0301', 'één', 'een', 'xy nul', 'emoji', '😀😀', '😀 e', '𝔘𝔫𝔦', 'x\u0301y', 'nu\u0301l', 'ᲐᲑᲒ', 'აბგ', 'GEORGISCH ᲐᲑᲒᲓ', 'Ꞔ EN', 'ꞔ en',
];

const searchIds = (t: TempDb, query: string) => listItems(t.db, { search: query }).map((found) => found.id).sort((a, b) => a - b);

describe('searching items not yet indexed (issue 28)', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
  });
  afterEach(() => {
    t.cleanup();
  });

  it('finds what the index finds, for every query, while all, some or none of the items are pending', () => {
    inTransaction(t.db, () => { withItemInsertsIndexedLater(t.db, () => {
      for (const one of CORPUS) insertItem(t.db, one, IMPORT_ACTOR, NOW);
    }); });
    const parsed = parseStandVanZaken(SAMPLE, { documentDate: SAMPLE_DATE });
    if (!parsed.ok) throw new Error(parsed.code);
    importItems(t.db, parsed.items, { sourceDocument: 'nap-2025.txt', documentDate: SAMPLE_DATE, now: NOW });
    const pendingCount = () => t.db.$client.prepare('SELECT count(*) FROM items_fts_pending').pluck().get() as number;
    expect(pendingCount()).toBe(t.db.$client.prepare('SELECT count(*) FROM items').pluck().get());
    expect(pendingCount()).toBeGreaterThan(CORPUS.length);
    const allPending = QUERIES.map((query) => searchIds(t, query));
    expect(indexPendingItems(t.db, 9)).toBe('more');
    const somePending = QUERIES.map((query) => searchIds(t, query));
    expect(indexPendingItems(t.db, 1000)).toBe('done');
    expect(pendingCount()).toBe(0);
    const indexed = QUERIES.map((query) => searchIds(t, query));
    QUERIES.forEach((query, i) => {
      expect(allPending[i], query).toEqual(indexed[i]);
      expect(somePending[i], query).toEqual(indexed[i]);
    });
    // Not vacuous: most queries find something, and accents and case are ignored both ways.
    expect(indexed.filter((ids) => ids.length > 0).length).toBeGreaterThan(QUERIES.length * 0.7);
    const at = (query: string) => indexed[QUERIES.indexOf(query)];
    expect(at('elan')).toContain(9);
    expect(at('ÉLAN')).toEqual(at('elan'));
    expect(at('Zürich')).toEqual(at('zurich'));
    expect(at('zurich')).toContain(9);
    expect(at('ĳsselmeer')).toContain(10);
  });

  it('folds text as the index does: case and accents, a combining mark to nothing, plain ASCII by toLowerCase', () => {
    expect(foldLikeIndex('Élan CAFÉ Zürich')).toBe('elan cafe zurich');
    expect(foldLikeIndex('a\u0301b')).toBe('ab');
    expect(foldLikeIndex('ĲSSEL')).toBe('ĳssel');
    expect(foldLikeIndex('ABC-def 100%_')).toBe('abc-def 100%_');
    // Letters FTS5's older Unicode tables leave as they are, and JavaScript would lower.
    expect(foldLikeIndex('ᲐᲑ EN Ꞔ É')).toBe('ᲐᲑ en Ꞔ e');
  });
});
