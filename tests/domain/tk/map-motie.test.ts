import { describe, expect, it } from 'vitest';
import { mapMotie, readReplaced, type MotieBesluit, type MotieSource } from '../../../src/domain/tk/map-motie.ts';
import { readBesluitSoort } from '../../../src/domain/tk/read-besluit-soort.ts';
import { canonicalMinistry } from '../../../src/domain/codes.ts';
import { dossierHistoryOf } from '../../../src/domain/tk/dossier-history.ts';
import history from '../../../src/domain/tk/dossier-history.json' with { type: 'json' };

const base: MotieSource = {
  zaak: { id: 'z1', nummer: '2025Z16270', soort: 'Motie', onderwerp: 'Motie van het lid X over de politie versterken', titel: 'Politie', gestartOp: '2025-09-10', volgnummer: '1395', vergaderjaar: '2024-2025' },
  dossier: { nummer: '26643', toevoeging: null, titel: 'Informatie- en communicatietechnologie (ICT)' },
  actors: [],
  besluiten: [{ soort: 'Stemmen - aangenomen', bijgewerkt: '2025-09-16T14:00:00Z' }],
};
const withVotes = (...besluiten: MotieBesluit[]) => mapMotie({ ...base, besluiten });

describe('adoption: the exact BesluitSoort values (issue 24 point 6)', () => {
  it.each([
    { soort: 'Stemmen - aangenomen', adopted: true },
    { soort: 'Stemmen - zonder stemming aannemen', adopted: true },
    { soort: 'Stemmen - verworpen', adopted: false },
    { soort: 'Stemmen - niet aangenomen', adopted: false },
    { soort: 'Stemmen - aangehouden', adopted: false },
    { soort: 'Stemmen - aangehouden (al tijdens debat)', adopted: false },
    { soort: 'Stemmen - uitstellen', adopted: false },
    { soort: 'Stemmen - ingetrokken', adopted: false },
    { soort: 'Stemmen - ingetrokken (al tijdens debat)', adopted: false },
    { soort: 'Stemmen - vervallen', adopted: false },
    { soort: 'Stemmen - gestaakt', adopted: false },
    { soort: 'Stemmen - vastgesteld', adopted: false },
  ])('"$soort" → adopted $adopted, no note', ({ soort, adopted }) => {
    const mapped = withVotes({ soort, bijgewerkt: '2025-09-16T14:00:00Z' });
    expect(mapped.adopted).toBe(adopted);
    expect(mapped.notes).toEqual([]);
    expect(readBesluitSoort(soort).kind).toBe('vote');
  });

  it('an unknown vote value is reported and not taken for an adoption', () => {
    const mapped = withVotes({ soort: 'Stemmen - aangenomen met algemene stemmen', bijgewerkt: '2025-09-16T14:00:00Z' });
    expect(mapped.adopted).toBe(false);
    expect(mapped.notes).toEqual([{ code: 'TK_BESLUIT_UNKNOWN', entityId: 'z1', value: 'Stemmen - aangenomen met algemene stemmen' }]);
  });

  it('decisions that are no vote ("Behandelen [en afdoen]") neither adopt nor count as the latest vote', () => {
    expect(withVotes({ soort: 'Stemmen - aangenomen', bijgewerkt: '2025-09-16T14:00:00Z' }, { soort: 'Behandelen [en afdoen]', bijgewerkt: '2025-09-20T14:00:00Z' }).adopted).toBe(true);
    expect(readBesluitSoort('Behandelen [en afdoen]').kind).toBe('not-a-vote');
  });

  it('the latest vote counts: postponed, then adopted', () => {
    expect(withVotes({ soort: 'Stemmen - aangehouden', bijgewerkt: '2025-09-16T14:00:00Z' }, { soort: 'Stemmen - aangenomen', bijgewerkt: '2025-09-30T14:00:00Z' }).adopted).toBe(true);
    expect(withVotes({ soort: 'Stemmen - aangenomen', bijgewerkt: '2025-09-16T14:00:00Z' }, { soort: 'Stemmen - verworpen', bijgewerkt: '2025-09-30T14:00:00Z' }).adopted).toBe(false);
  });
});

describe('titles and numbers (issue 24 point 4)', () => {
  it('a gewijzigde motie (real record 2025Z16270): the request as title, the replaced Kamerstuk shown, no "nr. -1"', () => {
    const { draft } = mapMotie({
      ...base,
      zaak: { ...base.zaak, onderwerp: 'Gewijzigde motie van het lid Kathmann c.s. over het Tijdelijk Noodfonds Energie volledig digitaal toegankelijk maken (t.v.v. 26643-1388)', volgnummer: '-1' },
    });
    expect(draft.title).toBe('Het Tijdelijk Noodfonds Energie volledig digitaal toegankelijk maken');
    expect(draft.text).toBe('Gewijzigde motie van het lid Kathmann c.s. over het Tijdelijk Noodfonds Energie volledig digitaal toegankelijk maken (vervangt Kamerstuk 26643, nr. 1388)');
    expect(draft.kamerstuk).toBeNull();
  });

  it('a numbered gewijzigde motie keeps its own Kamerstuk', () => {
    const { draft } = mapMotie({ ...base, zaak: { ...base.zaak, onderwerp: 'Gewijzigde motie van het lid Kathmann c.s. over iets (t.v.v. 26643-1388)' } });
    expect(draft.kamerstuk).toEqual({ dossier: '26643', number: '1395', vergaderjaar: '2024-2025' });
  });

  it('"Nader gewijzigde motie van de leden …" is no title either', () => {
    expect(mapMotie({ ...base, zaak: { ...base.zaak, onderwerp: 'Nader gewijzigde motie van de leden A en B over de wolf beter beschermen (t.v.v. 33576-400)' } }).draft.title).toBe('De wolf beter beschermen');
  });

  it('an Onderwerp without "over": the request is taken from the dictum of the motie\'s text (text of kst-34104-439)', () => {
    const text = 'De Kamer,\ngehoord de beraadslaging,\noverwegende dat in het regeerprogramma is opgenomen dat …;\nverzoekt de regering ervoor te zorgen dat verschillende financiers van de verschillende wetten op regionaal niveau afspraken maken over een regionaal budget,\nen gaat over tot de orde van de dag.\nRikkers-Oosterkamp';
    const { draft } = mapMotie({ ...base, zaak: { ...base.zaak, onderwerp: 'Motie van het lid Rikkers-Oosterkamp' }, text });
    expect(draft.title).toMatch(/^Ervoor te zorgen dat verschillende financiers van de verschillende wetten/);
  });

  it('an Onderwerp without "over" and no text: the number and dossier, never "Motie van het lid …"', () => {
    expect(mapMotie({ ...base, zaak: { ...base.zaak, onderwerp: 'Gewijzigde motie van het lid Rikkers-Oosterkamp' } }).draft.title).toBe('Motie 2025Z16270 (Informatie- en communicatietechnologie (ICT))');
  });

  it.each([
    { onderwerp: 'x (t.v.v. 36800-IV-9)', expected: { dossier: '36800-IV', number: '9' } },
    { onderwerp: 'x t.v.v. 36800-22', expected: { dossier: '36800', number: '22' } },
    { onderwerp: 'x (t.v.v. 21501-02-3120)', expected: { dossier: '21501-02', number: '3120' } },
    { onderwerp: 'geen vervanging', expected: null },
  ])('readReplaced("$onderwerp")', ({ onderwerp, expected }) => {
    expect(readReplaced(onderwerp)).toEqual(expected);
  });
});

describe('the Kamer\'s termijn and the kabinetsappreciatie (issue 24 point 5)', () => {
  it('the Kamer\'s termijn is the deadline when the text names none (source "kamer")', () => {
    const { draft } = mapMotie({ ...base, zaak: { ...base.zaak, termijn: '2025-12-16', kabinetsappreciatie: 'Ontraden' } });
    expect(draft.deadline).toEqual({ earliest: null, deadline: '2025-12-16', text: 'termijn van de Kamer', basis: 'explicit', soft: false, source: 'kamer' });
    expect(draft).toMatchObject({ kamerTermijn: '2025-12-16', kabinetsappreciatie: 'Ontraden' });
  });

  it('a term in the text stays the deadline; the Kamer\'s termijn is kept next to it', () => {
    const { draft } = mapMotie({ ...base, zaak: { ...base.zaak, onderwerp: 'Motie van het lid X over de Kamer voor 1 november 2025 informeren over de politie', termijn: '2025-12-16' } });
    expect(draft.deadline).toMatchObject({ source: 'request' });
    expect(draft.deadline?.deadline).not.toBe('2025-12-16');
    expect(draft.kamerTermijn).toBe('2025-12-16');
  });

  it('no termijn, no appreciation: both null', () => {
    expect(mapMotie(base).draft).toMatchObject({ kamerTermijn: null, kabinetsappreciatie: null });
  });
});

describe('onlyIfAdopted: the sync does not route a motie that is not adopted (yet)', () => {
  it('routes and reads the term of an adopted motie either way; skips both for one without its vote', () => {
    expect(mapMotie(base, { onlyIfAdopted: true }).draft.ministry).not.toBeNull();
    const unvoted = { ...base, besluiten: [] };
    expect(mapMotie(unvoted).draft.ministry).not.toBeNull();
    const skipped = mapMotie(unvoted, { onlyIfAdopted: true });
    expect(skipped.adopted).toBe(false);
    expect(skipped.draft).toMatchObject({ ministry: null, candidates: [], reference: '2025Z16270' });
  });
});

describe('the dossier\'s debates of the recorded months (dossier-history.json, session 8 h1c)', () => {
  // 19637 (Vreemdelingenbeleid): its moties of the recorded months came from the asylum committee's debates only.
  const vreemdelingen: MotieSource = { ...base, zaak: { ...base.zaak, onderwerp: 'Motie van het lid X over een onderzoek', titel: null }, dossier: { nummer: '19637', toevoeging: null, titel: null } };

  it('mapMotie reads the committed table by default; a caller may pass its own history or none', () => {
    expect(mapMotie(vreemdelingen).draft.ministry).toMatchObject({ rule: 'dossierhistorie', responsible: [{ ministry: 'AenM' }] });
    expect(mapMotie({ ...vreemdelingen, dossierHistory: null }).draft.ministry).toBeNull();
    expect(mapMotie({ ...vreemdelingen, dossierHistory: { BZ: 3 } }).draft.ministry).toMatchObject({ rule: 'dossierhistorie', responsible: [{ ministry: 'BZ' }] });
    // A dossier the table does not hold: triage as before.
    expect(mapMotie({ ...vreemdelingen, dossier: { nummer: '99999', toevoeging: null, titel: null } }).draft.ministry).toBeNull();
  });

  it('dossierHistoryOf sums the months, leaves one out on request, and knows only the table\'s dossiers', () => {
    const all = dossierHistoryOf('19637');
    const without = dossierHistoryOf('19637', '2024-09');
    expect(all?.AenM).toBeGreaterThan(without?.AenM ?? Infinity);
    expect(dossierHistoryOf('99999')).toBeNull();
    expect(dossierHistoryOf(null)).toBeNull();
    // A dossier of one month only has no history without that month.
    expect(dossierHistoryOf('22054', '2024-12')).toBeNull();
    expect(dossierHistoryOf('22054')).toEqual({ BHO: 9 });
  });

  it('the table names only ministry codes the teams use and months that are recorded', () => {
    for (const [dossier, months] of Object.entries(history.dossiers as Record<string, Record<string, Record<string, number>>>)) {
      expect(dossier).toMatch(/^\d{5}(?:-[A-Z0-9]+)?$/);
      for (const [month, counts] of Object.entries(months)) {
        expect(history.months).toContain(month);
        for (const [code, n] of Object.entries(counts)) {
          expect(canonicalMinistry(code), `${dossier} ${month} ${code}`).not.toBeNull();
          expect(n).toBeGreaterThan(0);
        }
      }
    }
  });
});
