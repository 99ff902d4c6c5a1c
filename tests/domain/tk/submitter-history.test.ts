// The submitters an Onderwerp names and their moties of the recorded months (submitter-history.json), read by the router
// as a triage candidate (route-motie.ts, session 10).
import { describe, expect, it } from 'vitest';
import history from '../../../src/domain/tk/submitter-history.json' with { type: 'json' };
import { submitterKey, submitterProfilesOf, submittersOf } from '../../../src/domain/tk/submitter-history.ts';

describe('submittersOf: the members a real Onderwerp names', () => {
  it.each([
    { onderwerp: 'Motie van het lid El Abassi over prioriteit geven aan de betaalbaarheid van treinkaartjes ', names: ['El Abassi'] },
    { onderwerp: 'Motie van de leden Van Baarle en Kostić over het instituut van de Nationaal Coördinator tegen Discriminatie en Racisme voortzetten', names: ['Van Baarle', 'Kostić'] },
    { onderwerp: 'Motie van het lid Dijk c.s. over een uitgebreidere reactie op de aanbeveling van de PEFD', names: ['Dijk'] },
    { onderwerp: 'Motie van het lid Dassen c.s. . over het Europees defensiefonds', names: ['Dassen'] },
    { onderwerp: 'Gewijzigde motie van de leden Paternotte en Van der Werf over zich duidelijk uitspreken tegen ongewenste inmenging (t.v.v. 21501-02-3022)', names: ['Paternotte', 'Van der Werf'] },
    { onderwerp: 'Nader gewijzigde motie van het lid Stultiens c.s. over de kabinetsreactie voor 1 juli 2025 aanvullen', names: ['Stultiens'] },
    { onderwerp: 'Motie van de leden Diederik van Dijk, Flach en Stoffer over het gezin', names: ['Diederik van Dijk', 'Flach', 'Stoffer'] },
    // No "over": no submitters read (the Onderwerp is not the usual form).
    { onderwerp: 'Motie van het lid Kostic een brede maatschappelijke kosten-batenanalyse', names: [] },
    { onderwerp: null, names: [] },
  ])('$onderwerp', ({ onderwerp, names }) => {
    expect(submittersOf(onderwerp)).toEqual(names);
  });

  it('looks names up without accents and case', () => {
    expect(submitterKey('Kostić')).toBe('kostic');
    expect(submitterKey(' Van  der Plas ')).toBe('van der plas');
  });
});

describe('submitter-history.json: built from the recorded months (tests/fixtures/tk/build-submitter-history.ts)', () => {
  it('holds the thirteen recorded months and one row per member, keyed as submitterKey folds a name', () => {
    expect(history.months).toHaveLength(13);
    const members = Object.keys(history.members);
    expect(members.length).toBeGreaterThan(100);
    for (const name of members) expect(submitterKey(name)).toBe(name);
  });

  it('sums a member over the months and leaves one month out when asked', () => {
    const onderwerp = 'Motie van het lid Aukje de Vries over de toezichtskosten';
    const [all] = submitterProfilesOf(onderwerp);
    const months = (history.members as Record<string, Record<string, Record<string, number>>>)['aukje de vries'] ?? {};
    const [someMonth, counts] = Object.entries(months)[0] ?? ['', {}];
    const [without] = submitterProfilesOf(onderwerp, someMonth);
    const total = (p: { counts: Readonly<Record<string, number>> } | undefined) => Object.values(p?.counts ?? {}).reduce((s, n) => s + n, 0);
    expect(all?.name).toBe('Aukje de Vries');
    expect(total(all) - total(without)).toBe(Object.values(counts).reduce((s, n) => s + n, 0));
    expect(total(all)).toBeGreaterThan(total(without));
    // A name the table does not know has no profile.
    expect(submitterProfilesOf('Motie van het lid Onbekend over iets')).toEqual([]);
  });
});
