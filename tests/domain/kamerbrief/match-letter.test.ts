import { describe, expect, it } from 'vitest';
import { matchLetter } from '../../../src/domain/kamerbrief/match-letter.ts';
import { readCitations } from '../../../src/domain/kamerbrief/read-citations.ts';
import type { Letter, MatchItem } from '../../../src/domain/kamerbrief/types.ts';
import { loadPairs, pairStats } from './letter-pairs.ts';

const letter = (onderwerp: string, extra: Partial<Letter> = {}): Letter => ({
  id: 'd1', documentNummer: '2025D41001', soort: 'Brief regering', onderwerp, titel: null, datum: '2025-06-01', dossier: null, volgnummer: null, zaakNummers: [], actors: [], ...extra,
});
const motie = (id: number, title: string, kamerstuk: string | null, extra: Partial<MatchItem> = {}): MatchItem => {
  const dash = kamerstuk ? kamerstuk.lastIndexOf('-') : -1;
  return {
    id, kind: 'motie', title, text: '', submitters: [], reference: null, since: null, registerLetters: [],
    kamerstuk: kamerstuk ? { dossier: kamerstuk.slice(0, dash), number: kamerstuk.slice(dash + 1) } : null,
    ...extra,
  };
};
const toezegging = (id: number, title: string, text: string, extra: Partial<MatchItem> = {}): MatchItem => ({
  id, kind: 'toezegging', title, text, submitters: [], reference: null, since: null, registerLetters: [], kamerstuk: null, ...extra,
});

describe('readCitations', () => {
  it.each([
    { text: 'Reactie op de motie (Kamerstuk 32849-274)', kamerstukken: ['32849-274'] },
    { text: 'Uitvoering van de motie (Kamerstuk 34 843, nr. 82)', kamerstukken: ['34843-82'] },
    { text: 'zie Kamerstuk 32849, nr. 274', kamerstukken: ['32849-274'] },
    { text: 'Kamerstukken II 2022/23, 34843, nr. 079', kamerstukken: ['34843-79'] },
    { text: 'Opvolging (Kamerstuk 36600-XVII-74)', kamerstukken: ['36600-XVII-74'] },
    { text: 'Uitstel (Kamerstuk 21501-02-3120)', kamerstukken: ['21501-02-3120'] },
    { text: 'twee moties (Kamerstuk 33576-436 en Kamerstuk 33576-437)', kamerstukken: ['33576-436', '33576-437'] },
    { text: 'twee moties (Kamerstuk 36672-5 en 6)', kamerstukken: ['36672-5', '36672-6'] },
    { text: 'moties (Kamerstuk 31839, nrs. 1012 en 1013)', kamerstukken: ['31839-1012', '31839-1013'] },
    { text: 'Kamerstuk 35510 nr. 21', kamerstukken: ['35510-21'] },
    { text: 'eenmalig 5,6 miljoen euro in 2024-2025', kamerstukken: [] },
    { text: 'Stand van zaken op 11 februari 2025', kamerstukken: [] },
  ])('$text', ({ text, kamerstukken }) => {
    expect(readCitations(text).kamerstukken).toEqual(kamerstukken);
  });

  it('reads bare dossiers, zaak and TZ numbers', () => {
    expect(readCitations('Appreciatie nieuwe moties (Kamerstuk 36546) over 2025Z01234 en tz202412-116')).toEqual({
      kamerstukken: [], dossiers: ['36546'], numbers: ['2025Z01234', 'TZ202412-116'],
    });
  });
});

describe('matchLetter', () => {
  const werf = motie(1, 'Motie van het lid Van der Werf over een periodieke check-up van minderjarigen', '36222-33', { since: '2023-03-01' });
  const westerveld = motie(2, 'Motie van het lid Westerveld over vertrouwenspersonen in de gehandicaptensector', '34843-82');
  const bikker = motie(3, 'Motie van de leden Bikker en Van der Werf over zedenwetgeving in Caribisch Nederland', '36222-29');

  it.each([
    { case: 'cites the Kamerstuk with a dash', subject: 'Reactie op de motie van het lid Van der Werf over een periodieke check-up van minderjarigen (Kamerstuk 36222-33)', want: [[1, 'zeker']] },
    { case: 'cites the Kamerstuk with nr.', subject: 'Uitvoering van de motie van het lid Westerveld over vertrouwenspersonen (Kamerstuk 34 843, nr. 82)', want: [[2, 'zeker']] },
    { case: 'a verzamelbrief without evidence', subject: 'Verzamelbrief gehandicaptenbeleid voorjaar 2025', want: [] },
    { case: 'another Kamerstuk in the same dossier', subject: 'Reactie op de motie van het lid Bikker over de zedenwetgeving in Caribisch Nederland (Kamerstuk 36222-99)', want: [] },
    { case: 'two moties in one letter', subject: 'Uitvoering van twee moties (Kamerstuk 36222-33 en Kamerstuk 34843-82)', want: [[1, 'zeker'], [2, 'zeker']] },
    { case: 'indieners and subject, no Kamerstuk', subject: 'Uitvoering van de motie van de leden Bikker en Van der Werf over de zedenwetgeving in Caribisch Nederland', want: [[3, 'waarschijnlijk']] },
    { case: 'an appreciatie is advice before the vote', subject: 'Appreciatie van de motie van het lid Van der Werf over een periodieke check-up van minderjarigen (Kamerstuk 36222-33)', want: [] },
    { case: 'another dossier without other evidence', subject: 'Appreciatie nieuwe moties Wetsvoorstel verbetering beschikbaarheid jeugdzorg (Kamerstuk 36546)', want: [] },
  ])('$case', ({ subject, want }) => {
    const got = matchLetter(letter(subject), [werf, westerveld, bikker]).map((m) => [m.itemId, m.strength]);
    expect(got).toEqual(want);
  });

  it('gives the reason: the Kamerstuk it cites', () => {
    expect(matchLetter(letter('Reactie op de motie (Kamerstuk 36222-33)'), [werf])[0]?.reasons).toEqual([{ code: 'KB_CITES_KAMERSTUK', kamerstuk: '36222-33' }]);
  });

  it('does not propose a letter from before the item existed', () => {
    expect(matchLetter(letter('Reactie op de motie (Kamerstuk 36222-33)', { datum: '2023-02-01' }), [werf])).toEqual([]);
  });

  it('reads only letters of soort Brief regering', () => {
    expect(matchLetter(letter('Motie (Kamerstuk 36222-33)', { soort: 'Motie' }), [werf])).toEqual([]);
  });

  it('finds the zaak number in the subject or the Document’s zaak references', () => {
    const item = motie(7, 'Motie van het lid Kostic over de wolf', null, { reference: '2025Z04072' });
    expect(matchLetter(letter('Uitvoering motie 2025Z04072'), [item])[0]).toEqual({ itemId: 7, strength: 'zeker', reasons: [{ code: 'KB_CITES_NUMBER', nummer: '2025Z04072' }] });
    expect(matchLetter(letter('Brief over de wolf', { zaakNummers: ['2025Z04072'] }), [item])[0]?.strength).toBe('zeker');
  });

  describe('toezeggingen', () => {
    const made = toezegging(
      10,
      'Toezegging commissiedebat Vreemdelingen- en Asielbeleid',
      'De minister zegt toe de Kamer te informeren over de veiligheidsmaatregelen voor Yezidi’s in asielzoekerscentra (commissiedebat Vreemdelingen- en Asielbeleid, 12 maart 2025).',
      { reference: 'TZ202503-077', since: '2025-03-12' },
    );
    const other = toezegging(11, 'Toezegging commissiedebat Gehandicaptenbeleid', 'De minister stuurt voor de zomer een brief over vervoer (commissiedebat Gehandicaptenbeleid, 12 maart 2025).');

    it('the register’s own link is certain', () => {
      const registered = toezegging(12, 'Toezegging over vervoer', 'tekst', { registerLetters: ['2025D21406'] });
      expect(matchLetter(letter('Brief over vervoer', { documentNummer: '2025D21406' }), [registered])).toEqual([
        { itemId: 12, strength: 'zeker', reasons: [{ code: 'KB_REGISTER_LINK', documentNummer: '2025D21406' }] },
      ]);
    });

    it('by debate name and date (real subject 2025D17838)', () => {
      const subject = 'Toezegging, gedaan tijdens het commissiedebat Vreemdelingen- en Asielbeleid van 12 maart 2025, over de veiligheidsmaatregelen voor Yezidi’s in asielzoekerscentra';
      expect(matchLetter(letter(subject), [made, other]).map((m) => [m.itemId, m.strength])).toEqual([[10, 'waarschijnlijk']]);
    });

    it('by its TZ number', () => {
      expect(matchLetter(letter('Toezegging TZ202503-077 over Yezidi’s'), [made])[0]?.strength).toBe('zeker');
    });

    it('by debate name and date when the subject is spaced out, and without backtracking on long runs of spaces', { timeout: 5_000 }, () => {
      const subject = 'Toezegging, gedaan tijdens het   commissiedebat\n  Vreemdelingen- en Asielbeleid    van\t12 maart 2025, over de veiligheidsmaatregelen voor Yezidi’s in asielzoekerscentra';
      expect(matchLetter(letter(subject), [made, other]).map((m) => [m.itemId, m.strength])).toEqual([[10, 'waarschijnlijk']]);
      // Before: cubic in the run of spaces (300 spaces took 2 s), so this did not end within the timeout.
      const hostile = `Toezegging gedaan tijdens het commissiedebat ${' '.repeat(20_000)}x`;
      expect(matchLetter(letter(hostile), [made, other])).toEqual([]);
    });

    it('not a debate of another date and name', () => {
      const subject = 'Toezegging gedaan tijdens het commissiedebat Discriminatie, racisme en mensenrechten van 29 januari 2025, over voortgang discriminatie en racisme';
      expect(matchLetter(letter(subject), [made, other])).toEqual([]);
    });
  });
});

describe('accuracy on real letters (tests/fixtures/kamerbrief)', () => {
  const outcomes = loadPairs();
  const stats = pairStats(outcomes);

  it('has at least 100 labelled pairs, half of them non-matches', () => {
    expect(stats.pairs).toBeGreaterThanOrEqual(100);
    expect(stats.pairs - stats.fulfilling).toBeGreaterThanOrEqual(stats.pairs / 2);
  });

  it('zeker and waarschijnlijk are right ≥ 95 %, and ≥ 80 % of fulfilling letters are found', () => {
    const wrong = outcomes.filter((o) => (o.strength === 'zeker' || o.strength === 'waarschijnlijk') && !o.fulfils);
    const missed = outcomes.filter((o) => o.fulfils && o.strength === null);
    console.log(
      [
        `kamerbrief matcher on ${stats.pairs} labelled pairs (${stats.fulfilling} fulfilling):`,
        ...(['zeker', 'waarschijnlijk', 'mogelijk'] as const).map((s) => `  ${s}: ${stats.proposed[s].made} proposed, ${stats.proposed[s].right} right`),
        `  precision zeker+waarschijnlijk ${(stats.precisionSure * 100).toFixed(1)} %; recall any ${(stats.recallAny * 100).toFixed(1)} %, zeker+waarschijnlijk ${(stats.recallSure * 100).toFixed(1)} %`,
        ...wrong.map((o) => `  wrong: ${o.letter.documentNummer ?? ''} → ${o.item.title.slice(0, 60)}`),
        ...missed.map((o) => `  missed: ${o.letter.documentNummer ?? ''} ${o.letter.onderwerp.slice(0, 60)}`),
      ].join('\n'),
    );
    expect(stats.precisionSure).toBeGreaterThanOrEqual(0.95);
    expect(stats.recallAny).toBeGreaterThanOrEqual(0.8);
  });

  it('every letter against every item of the fixture: zeker and waarschijnlijk outside the labelled fulfilling pairs stay under 5 %', () => {
    const letters = [...new Map(outcomes.map((o) => [o.letter.id, o.letter])).values()];
    const items = [...new Map(outcomes.map((o) => [o.item.id, o.item])).values()];
    const fulfilling = new Set(outcomes.filter((o) => o.fulfils).map((o) => `${o.letter.id}|${String(o.item.id)}`));
    const sure = letters.flatMap((l) => matchLetter(l, items).filter((m) => m.strength !== 'mogelijk').map((m) => `${l.id}|${String(m.itemId)}`));
    const outside = sure.filter((k) => !fulfilling.has(k));
    console.log(`kamerbrief matcher, ${letters.length} letters × ${items.length} items: ${sure.length} zeker/waarschijnlijk proposals, ${outside.length} outside the labelled fulfilling pairs`);
    expect(sure.length).toBeGreaterThan(0);
    expect(outside.length / sure.length).toBeLessThan(0.05);
  });
});
