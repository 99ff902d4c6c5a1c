import { describe, expect, it } from 'vitest';
import { deriveToezeggingMinistry, ministryOfBegroting, ministryOfCommittee, ministryOfDepartment } from '../../../src/domain/tk/derive-ministry.ts';

describe('deriveToezeggingMinistry', () => {
  it.each([
    { functie: 'Minister van Onderwijs, Cultuur en Wetenschap', ministerie: null, code: 'MOCW', rule: 'functie' },
    { functie: 'minister van Onderwijs, Cultuur en Wetenschap', ministerie: 'Volksgezondheid, Welzijn en Sport', code: 'MOCW', rule: 'functie' },
    { functie: 'Staatssecretaris van Onderwijs, Cultuur en Wetenschap', ministerie: null, code: 'SOCW', rule: 'functie' },
    { functie: 'Minister van Landbouw, Visserij, Voedselzekerheid en Natuur', ministerie: null, code: 'MLVVN', rule: 'functie' },
    { functie: 'Minister van Economische Zaken en Klimaat', ministerie: null, code: 'MEZK', rule: 'functie' },
    { functie: 'Minister van Economische Zaken', ministerie: null, code: 'MEZ', rule: 'functie' },
    { functie: 'Staatssecretaris van Financiën - Fiscaliteit en Belastingdienst', ministerie: null, code: 'SFin', rule: 'functie' },
    { functie: 'Minister van Justitie en Veiligheid', ministerie: null, code: 'MJenV', rule: 'functie' },
    { functie: 'Minister-president', ministerie: 'Algemene Zaken', code: 'MAZ', rule: 'functie' },
    { functie: 'Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking', ministerie: 'Buitenlandse Zaken', code: 'MBZ', rule: 'ministerie' },
    { functie: 'Minister voor Primair en Voortgezet Onderwijs', ministerie: 'Ministerie van Onderwijs, Cultuur en Wetenschap', code: 'MOCW', rule: 'ministerie' },
    { functie: 'Staatssecretaris voor Jeugd, Preventie en Sport', ministerie: 'VWS', code: 'SVWS', rule: 'ministerie' },
    { functie: null, ministerie: 'Sociale Zaken en Werkgelegenheid', code: 'MSZW', rule: 'ministerie' },
  ])('$functie / $ministerie → $code ($rule)', ({ functie, ministerie, code, rule }) => {
    const d = deriveToezeggingMinistry(functie, ministerie);
    expect(d?.responsible.map((r) => r.code)).toEqual([code]);
    expect(d?.rule).toBe(rule);
    expect(d?.explanation).toContain(rule === 'functie' ? functie! : ministerie!);
  });

  it.each([
    { functie: 'Minister voor Klimaat', ministerie: null },
    { functie: 'Minister van Zaken die niet bestaan', ministerie: 'Ministerie van Onbekende Zaken' },
    { functie: 'Burgemeester van Amsterdam', ministerie: null },
    { functie: null, ministerie: null },
  ])('$functie / $ministerie → nothing (never a guess)', ({ functie, ministerie }) => {
    expect(deriveToezeggingMinistry(functie, ministerie)).toBeNull();
  });

  it('does not read a department from a longer name that only starts with it', () => {
    expect(ministryOfDepartment('Defensiematerieel')).toBeNull();
    expect(ministryOfDepartment('Defensie')).toBe('Def');
  });
});

describe('ministryOfBegroting', () => {
  it.each([
    ['36200-VIII', 'OCW'],
    ['36 600 VIII', 'OCW'],
    ['36600-XVI', 'VWS'],
    ['36410-IXB', 'Fin'],
    ['36600-XV', 'SZW'],
  ])('%s → %s', (dossier, ministry) => { expect(ministryOfBegroting(dossier)).toBe(ministry); });

  it.each(['36222', '29398-1190', '36600-XXX'])('%s → no ministry', (dossier) => { expect(ministryOfBegroting(dossier)).toBeNull(); });
});

describe('ministryOfCommittee', () => {
  it.each([
    ['vaste commissie voor Justitie en Veiligheid', 'JenV'],
    ['vaste commissie voor Landbouw, Visserij, Voedselzekerheid en Natuur', 'LVVN'],
    ['vaste commissie voor Buitenlandse Handel en Ontwikkelingshulp', 'BHO'],
    ['vaste commissie voor Koninkrijksrelaties', 'BZK'],
    ['vaste commissie voor Economische Zaken en Klimaat (2017-2024)', 'EZK'],
    ['commissie voor Sociale Zaken en Werkgelegenheid', 'SZW'],
  ])('%s → %s', (name, ministry) => { expect(ministryOfCommittee(name)).toBe(ministry); });

  it.each(['vaste commissie voor Europese Zaken', 'vaste commissie voor Digitale Zaken', 'commissie voor de Rijksuitgaven', 'TK', 'delegatie naar de NAVO-Assemblee'])('%s → no ministry (several or none)', (name) => {
    expect(ministryOfCommittee(name)).toBeNull();
  });
});
