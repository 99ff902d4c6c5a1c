// Review of session 8's date rules (r8-review): two new rules each took terms the government is asked to meet.
// Each case here a positive (the government's own act keeps its term) beside the rule's own negative.
import { describe, expect, it } from 'vitest';
import { primaryOf } from './read-primary.ts';

describe('the government asked to invite others acts itself; the Kamer inviting is the Kamer\'s business', () => {
  it('the government asked to invite others keeps its term', () => {
    expect(primaryOf('verzoekt de regering om vóór 1 juni 2025 de gemeenten uit te nodigen voor een gesprek over de uitvoering,', '2025-01-15')).toEqual({ text: 'vóór 1 juni 2025', deadline: '2025-06-01' });
    expect(primaryOf('verzoekt de regering de sector uit te nodigen voor overleg en voor 1 juli 2025 met een plan te komen,', '2025-01-15')).toEqual({ text: 'voor 1 juli 2025', deadline: '2025-07-01' });
    expect(primaryOf('verzoekt de regering de burgemeesters uit te nodigen bij een overleg vóór 1 juni 2025,', '2025-01-15')).toEqual({ text: 'vóór 1 juni 2025', deadline: '2025-06-01' });
  });
  it('the minister or staatssecretaris invited to the Kamer\'s debate: no term', () => {
    expect(primaryOf('Verzoek van het lid Kostic (PvdD) om de minister van LVVN uit te nodigen voor het commissiedebat Water op woensdag 19 februari 2025.', '2025-01-21')).toBeNull();
    expect(primaryOf('Verzoek de staatssecretaris van Financiën uit te nodigen voor het debat over de Woontop op 12 maart 2025', '2025-02-11')).toBeNull();
  });
  it('anyone the Kamer invites to its own meeting: no term (a development row)', () => {
    expect(primaryOf('Voorstel van het lid Inge van Dijk (CDA) tot het uitnodigen van Nina Olson, voormalig hoofd van de Taxpayer Advocate Service, voor een gesprek met de commissie op donderdag 6 maart 2025', '2025-02-17')).toBeNull();
  });
});

describe('"niet alleen … maar ook" right after an expression negates nothing', () => {
  it('keeps the term of "voor 1 juli niet alleen … maar ook …"', () => {
    expect(primaryOf('verzoekt de regering voor 1 juli 2025 niet alleen een plan op te stellen maar ook de financiering te regelen,', '2025-01-15')).toEqual({ text: 'voor 1 juli 2025', deadline: '2025-07-01' });
    expect(primaryOf('verzoekt de regering binnen drie maanden niet enkel een plan maar ook een begroting op te stellen,', '2025-01-15')).toEqual({ text: 'binnen drie maanden', deadline: '2025-04-15' });
  });
  it('a real negation right after the expression is still a standstill, no term', () => {
    expect(primaryOf('verzoekt de regering om in 2025 geen extra eisen te stellen,', '2025-01-15')).toBeNull();
    expect(primaryOf('verzoekt de regering voor 1 juli 2025 niet over te gaan tot sluiting van de kazerne,', '2025-01-15')).toBeNull();
  });
});
