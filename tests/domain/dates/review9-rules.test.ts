// Review of session 9's date rules (r9-review): the each-case rule (041d0e8, bf93652) took the term of one-time acts
// about a class of cases. Each case here a positive (one act keeps its term) beside the rule's own negative.
import { describe, expect, it } from 'vitest';
import { primaryOf } from './read-primary.ts';

describe('a one-time act about a class of cases keeps its term; handling each case does not (each-case)', () => {
  it('changing, studying or delivering once keeps the term, also for "de procedure voor asielzoekers" or "bij alle …"', () => {
    const ref = '2025-03-01';
    expect(primaryOf('verzoekt de regering de procedure voor asielzoekers zo snel mogelijk aan te passen en de Kamer hierover te informeren,', ref)).toEqual({ text: 'zo snel mogelijk', deadline: '2025-06-01' });
    expect(primaryOf('verzoekt de regering de behandeling van aanvragen zo snel mogelijk te verbeteren,', ref)).toEqual({ text: 'zo snel mogelijk', deadline: '2025-06-01' });
    expect(primaryOf('verzoekt de regering de afhandeling van schadeclaims binnen drie weken te evalueren,', ref)).toEqual({ text: 'binnen drie weken', deadline: '2025-03-22' });
    expect(primaryOf('verzoekt de regering bij alle gemeenten binnen twee weken een uitvraag te doen,', ref)).toEqual({ text: 'binnen twee weken', deadline: '2025-03-15' });
    expect(primaryOf('verzoekt de regering bij alle ministeries zo spoedig mogelijk te inventariseren hoeveel externen er werken,', ref)).toEqual({ text: 'zo spoedig mogelijk', deadline: '2025-06-01' });
    expect(primaryOf('verzoekt de regering zo snel mogelijk met een voorstel te komen indien de evaluatie daartoe aanleiding geeft,', ref)).toEqual({ text: 'zo snel mogelijk', deadline: '2025-06-01' });
  });
  it('handling each case of a class stays a norm, no term (the rule\'s own cases)', () => {
    expect(primaryOf('verzoekt de regering om bij alle aanvragen bij het Rijk binnen één week contact op te nemen met de aanvragers', '2025-05-27')).toBeNull();
    expect(primaryOf('verzoekt de Minister de asielprocedure voor asielzoekers uit veilige landen met meer prioriteit en zo snel mogelijk te behandelen', '2025-02-13')).toBeNull();
    expect(primaryOf('verzoekt de regering om het onderhoud onmiddellijk te staken indien daar aanwijzingen van zijn', '2024-07-26')).toBeNull();
    expect(primaryOf('verzoekt de regering erop toe te zien dat gemeenten binnen acht weken op aanvragen beslissen', '2025-03-12')).toBeNull();
  });
});

describe('the gate before MEMBERS_PLAN reads the same opening as the rule (799bd5f: it read the first 40 characters only)', () => {
  it('a members\' request to plan their own meeting is none, also after a run of bullets or blanks', () => {
    const request = 'Verzoek van de leden Van Strien en Wuite om een gesprek in te plannen met de opstellers van het onderzoek, na afloop van de technische briefing op 27 juni 2023 om 17.30 uur en in aanloop naar het commissiedebat op 28 juni 2023.';
    expect(primaryOf(request, '2023-05-31')).toBeNull();
    expect(primaryOf(`*  *  *  *  *  *  *  *  *  *  ${request}`, '2023-05-31')).toBeNull();
  });
});

describe('an event with its own day: a term word before it makes that day the term (e1a92e9 read every such day as the event\'s)', () => {
  it('"voor de (doden)herdenking op 4 mei de Kamer te informeren" is 4 May; "de herdenking op 4 mei beter te beschermen" none', () => {
    expect(primaryOf('verzoekt de regering voor de dodenherdenking op 4 mei de Kamer te informeren over de beveiliging,', '2025-03-01')).toEqual({ text: 'op 4 mei', deadline: '2025-05-04' });
    expect(primaryOf('verzoekt de regering voor de herdenking op 4 mei de Kamer te informeren', '2025-03-01')).toEqual({ text: 'op 4 mei', deadline: '2025-05-04' });
    expect(primaryOf('verzoekt de regering de herdenking op 4 mei beter te beschermen tegen ordeverstoringen', '2025-01-22')).toBeNull();
    expect(primaryOf('verzoekt de regering te zorgen voor de beveiliging van de dodenherdenking op 4 mei', '2025-03-01')).toBeNull();
  });
});

describe('a promise to discuss with the Kamer keeps its term; a letter\'s outline of a later debate does not (e1a92e9)', () => {
  it('"zegt toe voor de zomer met de Kamer in gesprek te gaan", "zal na het zomerreces met uw Kamer … bespreken": terms', () => {
    expect(primaryOf('De minister zegt toe voor de zomer met de Kamer in gesprek te gaan over de resultaten.', '2025-03-01')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
    expect(primaryOf('Ik zal na het zomerreces met uw Kamer de resultaten van de evaluatie bespreken.', '2025-03-01')).toEqual({ text: 'na het zomerreces', deadline: '2025-12-18' });
    expect(primaryOf('De staatssecretaris zegt toe voor 1 juli met de Kamer van gedachten te wisselen over de uitkomsten.', '2025-03-01')).toEqual({ text: 'voor 1 juli', deadline: '2025-07-01' });
  });
  it('"bespreek ik graag met uw Kamer", "ga graag … met uw Kamer in gesprek": none (the rule\'s own cases)', () => {
    expect(primaryOf('In het commissiedebat na het zomerreces bespreek ik graag met uw Kamer de voortgang.', '2025-03-12')).toBeNull();
    expect(primaryOf('Ik ga graag na de zomer met uw Kamer in gesprek over de uitkomsten.', '2025-03-12')).toBeNull();
  });
});

describe('a backlog of cases to clear once keeps its term (8dbb7ab: cases of a kind before a short term)', () => {
  it('"alle openstaande aanvragen binnen twee weken af te handelen" is a term, as "de openstaande aanvragen …"; "een proef met beoordelingen binnen een dag" none', () => {
    expect(primaryOf('verzoekt de regering alle openstaande aanvragen binnen twee weken af te handelen,', '2025-03-01')).toEqual({ text: 'binnen twee weken', deadline: '2025-03-15' });
    expect(primaryOf('verzoekt de regering nog openstaande klachten binnen twee weken te beantwoorden,', '2025-03-01')).toEqual({ text: 'binnen twee weken', deadline: '2025-03-15' });
    expect(primaryOf('verzoekt de regering de openstaande aanvragen binnen een week af te handelen,', '2025-03-01')).toEqual({ text: 'binnen een week', deadline: '2025-03-08' });
    expect(primaryOf('verzoekt de regering een proef met beoordelingen binnen een dag te starten,', '2025-03-01')).toBeNull();
  });
});

describe('"snel te <verb>" is a term only as the act asked (cc25176)', () => {
  it('"snel te bereiken zijn", "snel te woord worden gestaan", "snel te werk gaan": none; "snel uit te keren", "snel te komen met": terms', () => {
    const ref = '2025-03-01';
    expect(primaryOf('verzoekt de regering in kaart te brengen hoe gemeenten snel te bereiken zijn,', ref)).toBeNull();
    expect(primaryOf('verzoekt de regering in kaart te brengen welke locaties snel te realiseren zijn,', ref)).toBeNull();
    expect(primaryOf('verzoekt de regering om te zorgen dat slachtoffers snel te woord worden gestaan,', ref)).toBeNull();
    expect(primaryOf('verzoekt de regering de regels zodanig aan te passen dat bedrijven snel te werk kunnen gaan,', ref)).toBeNull();
    expect(primaryOf('verzoekt de regering de subsidie snel uit te keren aan gedupeerden,', ref)).toEqual({ text: 'snel', deadline: '2025-06-01' });
    expect(primaryOf('verzoekt de regering snel te komen met een plan,', ref)).toEqual({ text: 'snel', deadline: '2025-06-01' });
  });
});

describe('money for a budget is no budget moment (1baced5 read every "voor de begroting" as Prinsjesdag)', () => {
  it('"extra middelen vrij te maken voor de begroting van Defensie": none; "voor de begroting een plan te presenteren": Prinsjesdag', () => {
    const ref = '2025-03-01';
    expect(primaryOf('verzoekt de regering extra middelen vrij te maken voor de begroting van Defensie,', ref)).toBeNull();
    expect(primaryOf('verzoekt de regering de tekorten voor de begroting van OCW in kaart te brengen,', ref)).toBeNull();
    expect(primaryOf('verzoekt de regering voor de begroting een plan te presenteren,', ref)).toEqual({ text: 'voor de begroting', deadline: '2025-09-16' });
    expect(primaryOf('verzoekt de regering om met een voorstel te komen voor de SZW-begroting waarin het minimumjeugdloon wordt verhoogd,', ref)).toEqual({ text: 'voor de SZW-begroting', deadline: '2025-09-16' });
  });
});

describe('"het einde van het (kalender)jaar 2026" is the end of 2026, not of the reference year', () => {
  it('takes the year written after "het jaar" / "het kalenderjaar"; without one, the reference year', () => {
    const ref = '2025-03-01';
    expect(primaryOf('verzoekt de regering de Kamer voor het einde van het kalenderjaar 2026 te informeren,', ref)).toEqual({ text: 'voor het einde van het kalenderjaar 2026', deadline: '2026-12-31' });
    expect(primaryOf('verzoekt de regering de Kamer voor het einde van het jaar 2026 te informeren,', ref)).toEqual({ text: 'voor het einde van het jaar 2026', deadline: '2026-12-31' });
    expect(primaryOf('verzoekt de regering de Kamer voor het einde van het jaar te informeren,', ref)).toEqual({ text: 'voor het einde van het jaar', deadline: '2025-12-31' });
  });
});
