import { describe, expect, it } from 'vitest';
import { defaultCalendar, mergeCalendars } from '../../../src/domain/dates/calendar.ts';
import { datesOfText, pickDeadline, referenceFromVergaderjaar, tryReferenceFromVergaderjaar } from '../../../src/domain/dates/pick-deadline.ts';
import { loadDevSet } from './dev-set.ts';

const R = '2023-03-01';

describe('pickDeadline: rule 1, the informing clause', () => {
  it('prefers the expression in the clause with an informing verb or object', () => {
    const request = 'In maart 2024 starten we de pilot; uw Kamer ontvangt in het najaar van 2024 een brief over de resultaten.';
    expect(pickDeadline({ request, requestReference: R })).toMatchObject({ text: 'in het najaar van 2024', deadline: '2024-12-19', source: 'request' });
  });

  it('recognises informing words across forms (geïnformeerd, sturen, rapportage, delen met de Kamer)', () => {
    const cases: [string, string][] = [
      ['In 2024 start de pilot. De Kamer wordt voor de zomer van 2025 geïnformeerd.', 'voor de zomer van 2025'],
      ['In 2024 start de pilot. Ik zal de resultaten eind 2025 met uw Kamer delen.', 'eind 2025'],
      ['In 2024 start de pilot. De eindrapportage volgt in het voorjaar van 2026.', 'in het voorjaar van 2026'],
      ['In 2024 start de pilot. De minister stuurt medio 2025 een brief.', 'medio 2025'],
    ];
    for (const [request, text] of cases) expect(pickDeadline({ request, requestReference: R })?.text).toBe(text);
  });

  it('without an informing clause, the expression bounding the requested action counts', () => {
    const request = 'verzoekt de regering uiterlijk 31 december 2022 de regeling af te ronden';
    expect(pickDeadline({ request, requestReference: '2022-03-01' })).toMatchObject({ text: 'uiterlijk 31 december 2022', deadline: '2022-12-31' });
  });
});

describe('pickDeadline: rule 2, several expressions bound the same promise', () => {
  it('"dit najaar … vóór het debat over de begroting van OCW" written in 2022/23: the earliest', () => {
    const request =
      'verzoekt de regering na te gaan hoe herstelrecht kan worden meegenomen en de Kamer dit najaar te informeren over de voortgang vóór het debat over de begroting van OCW';
    const chosen = pickDeadline({ request, requestReference: referenceFromVergaderjaar('2022/23') });
    expect(chosen).toMatchObject({ text: 'vóór het debat over de begroting van OCW', earliest: '2023-03-01', deadline: '2023-10-31', basis: 'estimate' });
  });

  it('with the OCW debate in the calendar, its date wins when it is earlier than the najaar', () => {
    const calendar = mergeCalendars(defaultCalendar, { recesses: [], events: [], budgetDebates: [{ ministry: 'OCW', year: 2023, date: '2023-11-08' }] });
    const request = 'de Kamer dit najaar te informeren over de voortgang vóór het debat over de begroting van OCW';
    expect(pickDeadline({ request, requestReference: R, calendar })).toMatchObject({ deadline: '2023-11-08', basis: 'calendar' });
  });

  it('"zo spoedig mogelijk, maar uiterlijk 1 juli 2023": the hard term, although the vague one is earlier', () => {
    const chosen = pickDeadline({ request: 'De Kamer wordt zo spoedig mogelijk, maar uiterlijk 1 juli 2023 geïnformeerd.', requestReference: R });
    expect(chosen).toMatchObject({ text: 'uiterlijk 1 juli 2023', deadline: '2023-07-01', soft: false });
  });

  it('a soft term counts when nothing harder bounds the promise', () => {
    const chosen = pickDeadline({ request: 'De Kamer wordt zo spoedig mogelijk geïnformeerd.', requestReference: R });
    expect(chosen).toMatchObject({ text: 'zo spoedig mogelijk', deadline: '2023-06-01', soft: true, basis: 'estimate' });
  });

  it('two informing terms in one sentence: the earliest', () => {
    const request = 'Ik stuur uw Kamer voor de zomer van 2024 een tussenrapportage en uiterlijk eind 2024 de eindrapportage.';
    expect(pickDeadline({ request, requestReference: R })).toMatchObject({ text: 'voor de zomer van 2024', deadline: '2024-07-04' });
  });
});

describe('pickDeadline: rule 3, request and status', () => {
  const request = 'De Tweede Kamer verzoekt de regering de Kamer voor de zomer van 2024 te informeren.';

  it('a future expression in the status text replaces the request term', () => {
    const chosen = pickDeadline({
      request,
      requestReference: R,
      status: 'De Kamer wordt voor de zomer van 2025 geïnformeerd over de voortgang.',
      statusReference: '2025-04-15',
    });
    expect(chosen).toMatchObject({ text: 'voor de zomer van 2025', deadline: '2025-07-03', earliest: '2025-04-15', source: 'status' });
  });

  it('status expressions before the document date are skipped', () => {
    const chosen = pickDeadline({
      request,
      requestReference: R,
      status: 'In Q1 2025 zijn de toetsen uitgevoerd. Op 20 maart 2024 is de rapportage verstuurd.',
      statusReference: '2025-04-15',
    });
    expect(chosen).toMatchObject({ text: 'voor de zomer van 2024', deadline: '2024-07-04', source: 'request' });
  });

  it('a single text keeps its past terms (the item is then overdue)', () => {
    const chosen = pickDeadline({ request: 'De Kamer ontvangt uiterlijk 1 juli 2023 de rapportage.', requestReference: '2025-01-10' });
    expect(chosen).toMatchObject({ deadline: '2023-07-01', source: 'request' });
  });

  it('without a status reference, the status text is read against the request reference', () => {
    const chosen = pickDeadline({ request, requestReference: R, status: 'De Kamer wordt eind 2023 geïnformeerd.', statusReference: null });
    expect(chosen).toMatchObject({ text: 'eind 2023', deadline: '2023-12-31', source: 'status' });
  });

  it('an empty status text leaves the request term', () => {
    expect(pickDeadline({ request, requestReference: R, status: '   ', statusReference: '2025-04-15' })?.source).toBe('request');
  });
});

describe('pickDeadline: rule 4, until and from are never the deadline', () => {
  it('ignores tot and per/vanaf', () => {
    expect(pickDeadline({ request: 'De pilot loopt tot april 2027 en de regeling geldt per 1 januari 2025.', requestReference: R })).toBeNull();
  });

  it('takes another expression next to a milestone', () => {
    const chosen = pickDeadline({ request: 'De pilot loopt tot april 2027; de Kamer ontvangt eind 2026 een evaluatie.', requestReference: R });
    expect(chosen).toMatchObject({ text: 'eind 2026', deadline: '2026-12-31' });
  });
});

describe('pickDeadline: rule 5, nothing qualifies', () => {
  it.each([
    'Hiermee is invulling gegeven aan de motie.',
    'Binnen drie maanden na inwerkingtreding wordt de regeling geëvalueerd.',
    'Na 1 juli 2025 wordt de regeling geëvalueerd.',
    'De regeling kost jaarlijks 25 miljoen euro.',
    '',
  ])('%s → null', (request) => {
    expect(pickDeadline({ request, requestReference: R })).toBeNull();
  });
});

describe('referenceFromVergaderjaar', () => {
  it.each([
    ['2022/23', '2023-03-01'],
    ['2023-24', '2024-03-01'],
    ['2023/2024', '2024-03-01'],
    ['2023–24', '2024-03-01'],
    ['Kamerstukken II 2021/22', '2022-03-01'],
    ['202/25', '2025-03-01'],
    ['1999/00', '2000-03-01'],
  ])('%s → %s', (vj, expected) => {
    expect(referenceFromVergaderjaar(vj)).toBe(expected);
    expect(tryReferenceFromVergaderjaar(vj)).toBe(expected);
  });

  it('returns null (try) or throws (plain) when there is no vergaderjaar', () => {
    expect(tryReferenceFromVergaderjaar('onbekend')).toBeNull();
    expect(() => referenceFromVergaderjaar('onbekend')).toThrow(RangeError);
  });
});

describe('pickDeadline reads roles only as far as it needs them (issue 28: import speed)', () => {
  // pickDeadline works out the role of an expression only when it could still be the choice;
  // datesOfText reads every role and then chooses. On every labelled real text both choose alike.
  it('chooses what reading every role chooses, on the development set and both frozen splits', () => {
    const rows = (['dates-dev-set.tsv', 'dates-frozen-split.tsv', 'dates-seen-split.tsv'] as const).flatMap((fixture) => loadDevSet(fixture));
    expect(rows.length).toBeGreaterThan(1000);
    let chosen = 0;
    for (const row of rows) {
      const { primary } = datesOfText(row.text, row.reference);
      const expected = primary === null ? null : (({ role: _role, reason: _reason, informing: _informing, ...plain }) => ({ ...plain, source: 'request' }))(primary);
      expect(pickDeadline({ request: row.text, requestReference: row.reference }), row.text).toStrictEqual(expected);
      if (expected) chosen += 1;
    }
    expect(chosen).toBeGreaterThan(300);
  });
});

describe('a request to the Kamer\'s own organs binds no government term (read once per text for speed)', () => {
  it('"verzoekt het presidium … voor 1 juli" is no deadline; the same request to the regering is, written with accents or a griffier alike', () => {
    const toPresidium = 'De Kamer, gehoord de beraadslaging, verzoekt het presidium voor 1 juli 2026 een voorstel te doen.';
    const toRegering = 'De Kamer, gehoord de beraadslaging, verzoekt de regering voor 1 juli 2026 een voorstel te doen.';
    const toGriffier = 'De Kámer verzoekt de griffier voor 1 juli 2026 een overzicht te maken.';
    expect(datesOfText(toPresidium, '2026-02-01').expressions.map((e) => e.reason)).toEqual(['kamer-request']);
    expect(pickDeadline({ request: toPresidium, requestReference: '2026-02-01' })).toBeNull();
    expect(pickDeadline({ request: toGriffier, requestReference: '2026-02-01' })).toBeNull();
    expect(pickDeadline({ request: toRegering, requestReference: '2026-02-01' })).toMatchObject({ text: 'voor 1 juli 2026' });
  });

  // The text-wide shortcut reads the organs' names after folding case and accents, as the rule
  // itself does: a capital or an accent on the organ's own name must not turn the request into a term.
  it.each([
    'De Kamer, gehoord de beraadslaging, verzoekt het Presidium voor 1 juli 2026 een voorstel te doen.',
    'De Kamer verzoekt de Griffier voor 1 juli 2026 een overzicht te maken.',
    'De Kamer verzoekt de Kamervoorzitter voor 1 juli 2026 een brief te sturen.',
    'De Kamer verzoekt de vóórzitter voor 1 juli 2026 een brief te sturen.',
  ])('"%s" binds no government term', (text) => {
    expect(datesOfText(text, '2026-02-01').expressions.map((e) => e.reason)).toEqual(['kamer-request']);
    expect(pickDeadline({ request: text, requestReference: '2026-02-01' })).toBeNull();
  });
});

describe('datesOfText: what a clause says, read from the clauses before it (issue 28: only where an expression stands)', () => {
  const read = (text: string) => datesOfText(text, '2024-06-01').expressions.map((e) => [e.text, e.informing, e.role, e.reason]);

  it('an elliptic clause after ", en" informs when the clause before it does, also after an earlier clause', () => {
    expect(read('Na het zomerreces ontvangt u een brief, en uiterlijk 1 maart de evaluatie.')).toEqual([
      ['Na het zomerreces', true, 'deadline', 'term'],
      ['uiterlijk 1 maart', true, 'deadline', 'term'],
    ]);
    expect(read('De regeling is gestart; na het zomerreces ontvangt u een brief, en uiterlijk 1 maart de evaluatie.')[1]).toEqual(['uiterlijk 1 maart', true, 'deadline', 'term']);
    expect(read('Het onderzoek loopt nog, en uiterlijk 1 maart de evaluatie.')).toEqual([['uiterlijk 1 maart', false, 'deadline', 'term']]);
  });

  it('a consideration runs on over the clauses after it until a semicolon, and stops there', () => {
    expect(read('constaterende dat de regeling, die in 2023 is gestart, en de evaluatie, waarbij de sector betrokken is, in 2024 klaar zijn; verzoekt de regering de Kamer voor 1 mei 2025 te informeren.')).toEqual([
      ['in 2023', false, 'reference', 'consideration'],
      ['in 2024', false, 'reference', 'consideration'],
      ['voor 1 mei 2025', true, 'deadline', 'term'],
    ]);
  });
});
