import { describe, expect, it } from 'vitest';
import { mapToezegging, readRegisterStatus } from '../../../src/domain/tk/map-toezegging.ts';
import type { ToezeggingRecord } from '../../../src/domain/tk/types.ts';

function record(overrides: Partial<ToezeggingRecord> = {}): ToezeggingRecord {
  return {
    id: '3f1c2a10-0000-4000-8000-000000000001',
    deleted: false,
    bijgewerkt: '2025-05-01T12:00:00',
    nummer: 'TZ202503-101',
    tekst: 'De minister stuurt de Kamer voor de zomer van 2025 een brief over de voortgang van de aanpak van lerarentekorten.',
    functie: 'Minister van Onderwijs, Cultuur en Wetenschap',
    ministerie: 'Onderwijs, Cultuur en Wetenschap',
    status: 'Openstaand',
    aanmaakdatum: '2025-03-12',
    activiteitId: null,
    activiteitNummer: '2025A01101',
    datumNakoming: null,
    kamerbriefNakoming: [],
    naam: 'Minister',
    ...overrides,
  };
}

describe('readRegisterStatus', () => {
  it.each([
    ['Openstaand', 'open'],
    ['', 'open'],
    [null, 'open'],
    ['Afgedaan', 'done'],
    ['Voldaan', 'done'],
    ['afgedaan', 'done'],
    ['Deels Afgedaan', 'partly'],
    ['Deels  voldaan', 'partly'],
    ['Vervallen', 'lapsed'],
    ['In behandeling', 'unknown'],
  ] as const)('%s → %s', (raw, status) => { expect(readRegisterStatus(raw)).toBe(status); });
});

describe('mapToezegging', () => {
  it('reads reference, text, code, status and the term from the text against aanmaakdatum', () => {
    const { draft, notes } = mapToezegging(record());
    expect(draft).toMatchObject({
      kind: 'toezegging',
      reference: 'TZ202503-101',
      status: 'open',
      registerStatus: 'open',
      statusText: null,
      referenceDate: '2025-03-12',
      referenceFrom: 'aanmaakdatum',
    });
    expect(draft.ministry?.responsible).toEqual([{ code: 'MOCW', ministry: 'OCW' }]);
    expect(draft.deadline).toMatchObject({ text: 'voor de zomer van 2025', deadline: '2025-07-03', source: 'request' });
    expect(draft.title.startsWith('De minister stuurt de Kamer')).toBe(true);
    expect(notes).toEqual([]);
  });

  it('reads a relative term against the activiteit date when it is known, not aanmaakdatum', () => {
    const text = 'De minister informeert de Kamer voor de zomer over de uitkomsten.';
    // Written in September 2024: "voor de zomer" is summer 2025. Created (aanmaakdatum) in January 2025 it would be the same;
    // a debate in May 2024 means summer 2024.
    const fromDebate = mapToezegging(record({ tekst: text, aanmaakdatum: '2024-09-20' }), { activiteitDate: '2024-05-15' }).draft;
    expect(fromDebate.referenceFrom).toBe('activiteit');
    expect(fromDebate.deadline?.deadline?.startsWith('2024-07')).toBe(true);
    const fromCreation = mapToezegging(record({ tekst: text, aanmaakdatum: '2024-09-20' })).draft;
    expect(fromCreation.deadline?.deadline?.startsWith('2025-07')).toBe(true);
  });

  it('Afgedaan with repeated kamerbriefNakoming: done, with every letter and the date in the status text', () => {
    const { draft } = mapToezegging(record({ status: 'Afgedaan', kamerbriefNakoming: ['36600-VIII-12', '36600-VIII-14', '36600-VIII-12'], datumNakoming: '2025-04-20' }));
    expect(draft.status).toBe('done');
    expect(draft.fulfilment).toEqual({ kamerbrieven: ['36600-VIII-12', '36600-VIII-14'], date: '2025-04-20' });
    expect(draft.statusText).toBe('Afgedaan volgens het toezeggingenregister, Kamerbrieven 36600-VIII-12, 36600-VIII-14 (2025-04-20)');
  });

  it('Deels Afgedaan stays open, partly; Vervallen lapses', () => {
    expect(mapToezegging(record({ status: 'Deels Afgedaan' })).draft).toMatchObject({ status: 'open', registerStatus: 'partly' });
    expect(mapToezegging(record({ status: 'Vervallen' })).draft).toMatchObject({ status: 'lapsed', statusText: 'Vervallen volgens het toezeggingenregister' });
  });

  it('an unknown status stays open and is reported', () => {
    const { draft, notes } = mapToezegging(record({ status: 'In onderzoek' }));
    expect(draft.status).toBe('open');
    expect(notes).toContainEqual({ code: 'TK_STATUS_UNKNOWN', entityId: draft.entityId, value: 'In onderzoek' });
  });

  it('an unmapped title gives no ministry and a note, never a guess', () => {
    const { draft, notes } = mapToezegging(record({ functie: 'Minister voor Klimaat', ministerie: null }));
    expect(draft.ministry).toBeNull();
    expect(notes.map((n) => n.code)).toContain('TK_MINISTRY_UNMAPPED');
  });

  it('a text without a term gives no deadline; a record without any date reads nothing relative', () => {
    expect(mapToezegging(record({ tekst: 'De minister zegt een vertrouwelijke technische briefing toe.' })).draft.deadline).toBeNull();
    const { draft, notes } = mapToezegging(record({ aanmaakdatum: null }));
    expect(draft.deadline).toBeNull();
    expect(notes.map((n) => n.code)).toContain('TK_NO_REFERENCE_DATE');
  });
});
