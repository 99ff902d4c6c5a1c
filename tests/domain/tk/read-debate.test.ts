import { describe, expect, it } from 'vitest';
import { debateKey, pickDebateMeetings, readDebate, resolveDebate, type DebateActivity } from '../../../src/domain/tk/read-debate.ts';

// Agendapunt onderwerpen as they occur in the recorded months (tests/fixtures/tk/real*/syncfeed/Agendapunt-1.xml).
describe('readDebate', () => {
  it.each([
    ['Moties ingediend bij het tweeminutendebat Politie', 'tweeminutendebat', 'Politie'],
    ['Moties ingediend bij het tweeminutendebat Energieraad (formeel) (CD 5/3)', 'tweeminutendebat', 'Energieraad (formeel) (CD 5/3)'],
    ['Stemming over: aangehouden motie ingediend bij het tweeminutendebat Discriminatie, racisme en mensenrechten d.d. 19 maart 2025', 'tweeminutendebat', 'Discriminatie, racisme en mensenrechten d.d. 19 maart 2025'],
    ['Moties ingediend bij het notaoverleg over het Nationaal Programma Ruimte voor Defensie', 'notaoverleg', 'het Nationaal Programma Ruimte voor Defensie'],
    ['Moties ingediend bij het debat over de wolf in Nederland', 'debat', 'de wolf in Nederland'],
    ['Moties ingediend bij het dertigledendebat over discriminatie op de woningmarkt', 'dertigledendebat', 'discriminatie op de woningmarkt'],
    ['Moties ingediend bij de Wet verbetering beschikbaarheid jeugdzorg', 'wetsvoorstel', 'Wet verbetering beschikbaarheid jeugdzorg'],
    ['moties ingediend bij de Algemene Politieke Beschouwingen', 'wetsvoorstel', 'Algemene Politieke Beschouwingen'],
  ])('%s', (onderwerp, kind, name) => {
    expect(readDebate(onderwerp)).toMatchObject({ kind, name });
  });

  it('an agendapunt that names no debate: null', () => {
    expect(readDebate('Stemmingen over het wetsvoorstel Wijziging van de Wet op het onderwijstoezicht')).toBeNull();
    expect(readDebate(null)).toBeNull();
  });

  it('the key folds case, accents, "(CD 5/3)" and "d.d. …" away, so the tweeminutendebat finds its commissiedebat', () => {
    expect(debateKey('Energieraad (formeel) (CD 5/3)')).toBe(debateKey('Energieraad (formeel)'));
    expect(debateKey('Raad Buitenlandse Zaken d.d. 17 maart 2025')).toBe('raad buitenlandse zaken');
    expect(debateKey('Opvang Oekraïne')).toBe('opvang oekraine');
    expect(debateKey('Toerisme & recreatie ')).toBe('toerisme recreatie');
  });
});

const meeting = (over: Partial<DebateActivity>): DebateActivity => ({ soort: 'Commissiedebat', datum: '2025-03-05', voortouwnaam: 'vaste commissie voor Justitie en Veiligheid', voortouwafkorting: 'J&V', ...over });

describe('pickDebateMeetings', () => {
  it('the latest committee meeting of that name on or before the day the motie was submitted', () => {
    const older = meeting({ datum: '2024-11-20', voortouwnaam: 'vaste commissie voor Defensie', voortouwafkorting: 'DEF' });
    const latest = meeting({ datum: '2025-03-05' });
    const after = meeting({ datum: '2025-04-01', voortouwnaam: 'vaste commissie voor Financiën', voortouwafkorting: 'FIN' });
    expect(pickDebateMeetings([older, after, latest], '2025-03-12')).toEqual([latest]);
  });

  it('only committee meetings count: not the plenary tweeminutendebat ("TK"), not a hoorzitting or a procedurevergadering', () => {
    const plenary = meeting({ soort: 'Plenair debat (tweeminutendebat)', voortouwnaam: 'TK', voortouwafkorting: 'TK' });
    const hearing = meeting({ soort: 'Hoorzitting' });
    const procedure = meeting({ soort: 'Procedurevergadering' });
    expect(pickDebateMeetings([plenary, hearing, procedure], '2025-03-12')).toEqual([]);
    expect(pickDebateMeetings([meeting({ soort: 'Notaoverleg' }), meeting({ soort: 'Wetgevingsoverleg' })], '2025-03-12')).toHaveLength(2);
  });
});

describe('resolveDebate', () => {
  it('reads the first agendapunt that names a debate and gives the committees of its meeting', () => {
    const byKey = new Map([['politie', [meeting({})]]]);
    expect(resolveDebate([null, 'Moties ingediend bij het tweeminutendebat Politie (CD 5/3)'], (k) => byKey.get(k) ?? [], '2025-03-12')).toEqual({
      name: 'Politie (CD 5/3)',
      committees: ['vaste commissie voor Justitie en Veiligheid'],
      bewindspersonen: [],
    });
  });

  it('gives the bewindspersonen who took part in the picked meeting, not the Kamerleden', () => {
    const byKey = new Map([['politie', [meeting({ bewindspersonen: ['minister van Justitie en Veiligheid', 'Tweede Kamerlid', 'Staatssecretaris van Justitie en Veiligheid'] }), meeting({ datum: '2024-01-10', bewindspersonen: ['minister van Defensie'] })]]]);
    expect(resolveDebate(['Moties ingediend bij het tweeminutendebat Politie'], (k) => byKey.get(k) ?? [], '2025-03-12')?.bewindspersonen).toEqual([
      'minister van Justitie en Veiligheid',
      'Staatssecretaris van Justitie en Veiligheid',
    ]);
  });

  it('a debate without a meeting of its name: the name, no committees; no agendapunt: null', () => {
    expect(resolveDebate(['Moties ingediend bij het debat over de wolf in Nederland'], () => [], '2025-03-12')).toEqual({ name: 'de wolf in Nederland', committees: [], bewindspersonen: [] });
    expect(resolveDebate([null], () => [], null)).toBeNull();
  });
});
