import { describe, expect, it } from 'vitest';
import { buildSearchQuery, foldSearchText, inflections } from '../../src/domain/search-query.ts';

describe('buildSearchQuery', () => {
  it.each([
    ['34843-79', '34843', '79'],
    ['34843, nr. 79', '34843', '79'],
    ['34843,nr.79', '34843', '79'],
    ['34843 nr 79', '34843', '79'],
    ['34 843-79', '34843', '79'],
    ['34 843 – 79', '34843', '79'],
    ['34843 79', '34843', '79'],
    ['Kamerstukken II 2022/23, 34843, nr. 79', '34843', '79'],
    ['kamerstuk 34843-79', '34843', '79'],
    ['Kamerstukken I 2022-2023, 34843, nr. 079', '34843', '79'],
    ['kst-34843-79', '34843', '79'],
    ['36200-VIII, nr. 156', '36200-VIII', '156'],
    ['36200 viii-156', '36200-VIII', '156'],
    ['Kamerstukken II 2021/22, 35925-VIII, nr. 124.', '35925-VIII', '124'],
  ])('reads the Kamerstuk in "%s" as %s-%s', (typed, dossier, number) => {
    const q = buildSearchQuery(typed);
    expect(q).toMatchObject({ ok: true, kamerstuk: { dossier, number }, words: [] });
    if (q.ok) expect(q.match).toContain(`kamerstuk : "[${dossier}-${number}]"`);
  });

  it.each([
    ['22112/31544', '22112/31544', ''],
    ['22.112 / 31.544', '22112/31544', ''],
    ['22112/31544-CK', '22112/31544', 'CK'],
    ['22.112 / 31.544, CK', '22112/31544', 'CK'],
    ['Kamerstukken I 2008/09, 22 112 / 31 544, CK', '22112/31544', 'CK'],
    ['34.122', '34122', ''],
    ['Kamerstukken I 2012/13, 33.268, F', '33268', 'F'],
  ])('reads the Eerste Kamer Kamerstuk in "%s" as %s %s', (typed, dossier, number) => {
    const q = buildSearchQuery(typed);
    expect(q).toMatchObject({ ok: true, kamerstuk: { dossier, number }, words: [] });
    if (q.ok) expect(q.match).toContain(number ? `kamerstuk : "[${dossier}-${number}]"` : `kamerstuk : "[${dossier}-"`);
  });

  it.each([
    ['herstelrecht', ['herstelrecht']],
    ['Herstelrecht   grensoverschrijdend', ['Herstelrecht', 'grensoverschrijdend']],
    ['“uit het keurslijf”', ['uit', 'het', 'keurslijf']],
    ['motie 2024', ['motie', '2024']],
    ['Q1 2025', ['2025']],
  ])('reads "%s" as words, no Kamerstuk', (typed, words) => {
    expect(buildSearchQuery(typed)).toMatchObject({ ok: true, kamerstuk: null, words });
  });

  it('keeps other words next to a Kamerstuk, and quotes every term so nothing is query syntax', () => {
    const q = buildSearchQuery('herstelrecht 34843-79');
    expect(q).toMatchObject({ ok: true, words: ['herstelrecht'], kamerstuk: { dossier: '34843', number: '79' } });
    const hostile = buildSearchQuery('a" OR title : "x NEAR(');
    expect(hostile.ok && hostile.match).toBe('"title" AND "NEAR("');
  });

  it('refuses what the index cannot look up: nothing of three characters', () => {
    expect(buildSearchQuery('ab')).toEqual({ ok: false, code: 'SEARCH_TOO_SHORT' });
    expect(buildSearchQuery('  ')).toEqual({ ok: false, code: 'SEARCH_TOO_SHORT' });
    expect(buildSearchQuery('a b c')).toEqual({ ok: false, code: 'SEARCH_TOO_SHORT' });
  });

  it('folds ligatures, typographic quotes and dashes as people type them', () => {
    expect(foldSearchText('Bĳ ‘Ben je oké?’ – 34 843')).toBe("Bij 'Ben je oké?' - 34 843");
  });
});

describe('inflections: the other number or inflection of a Dutch word', () => {
  it.each([
    ['vertrouwenspersoon', ['vertrouwenspersone']],
    ['vertrouwenspersonen', ['vertrouwenspersoon']],
    ['seksueel', ['seksuele']],
    ['seksuele', ['seksueel']],
    ['brieven', ['brief']],
    ['rapporten', ['rapport']],
    ['kamers', ['kamer']],
    ['middelen', ['middel']],
    ['boeken', ['boek']],
    ['bedden', ['bed']],
    ['onderwijs', []],
    ['kinderopvang', []],
    ['zorg', []],
    ['36410-VIII', []],
  ])('%s → %j', (word, expected) => {
    expect(inflections(word)).toEqual(expected);
  });

  it('puts the word and its other form side by side in the query; a word without one stays as typed', () => {
    const q = buildSearchQuery('vertrouwenspersoon jeugdzorg');
    expect(q.ok && q.match).toBe('("vertrouwenspersoon" OR "vertrouwenspersone") AND "jeugdzorg"');
  });
});
