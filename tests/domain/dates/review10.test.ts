// Review 10 (r10-review, session 10): edges of the session-10 date rules (docs/DATES-RULES.md "Session 10") that fresh
// sentences found wrong. Each positive stands beside the negative of the rule it bounds, sharing its words.
import { describe, expect, it } from 'vitest';
import { primaryOf } from './read-primary.ts';

describe('a date in a relative clause on the topic of what the Kamer is told', () => {
  it('is the topic\'s when it says something of the topic ("het bedrag dat in 2024 nodig zou zijn")', () => {
    expect(primaryOf('Ik zal uw Kamer informeren over het bedrag dat in 2025 nodig zou zijn.', '2024-03-13')).toBeNull();
  });
  it('is the term when it says when the topic is ready ("de evaluatie die in het voorjaar van 2025 gereed is")', () => {
    expect(primaryOf('Ik zal uw Kamer informeren over de evaluatie die in het voorjaar van 2025 gereed is.', '2024-03-13'))
      .toEqual({ text: 'in het voorjaar van 2025', deadline: '2025-06-30' });
    expect(primaryOf('Uw Kamer ontvangt een brief over de resultaten die begin 2026 beschikbaar komen.', '2024-03-13'))
      .toEqual({ text: 'begin 2026', deadline: '2026-03-31' });
  });
  it('is the term when a term word bounds it ("het onderzoek dat voor de zomer wordt afgerond", "die uiterlijk 1 oktober klaar moeten zijn")', () => {
    expect(primaryOf('De Kamer wordt geïnformeerd over het onderzoek dat voor de zomer wordt afgerond.', '2024-03-13'))
      .toEqual({ text: 'voor de zomer', deadline: '2024-07-04' });
    expect(primaryOf('verzoekt de regering de Kamer te informeren over de plannen die uiterlijk 1 oktober klaar moeten zijn,', '2024-03-13'))
      .toEqual({ text: 'uiterlijk 1 oktober', deadline: '2024-10-01' });
  });
});

describe('a term in that relative clause with a subject of its own is that subject\'s', () => {
  it('"over de plannen die gemeenten voor 1 oktober moeten indienen": someone else\'s deadline', () => {
    expect(primaryOf('Ik informeer uw Kamer over de plannen die gemeenten voor 1 oktober moeten indienen.', '2024-05-02')).toBeNull();
    expect(primaryOf('Ik informeer uw Kamer over de plannen die de provincies begin 2025 gereed moeten hebben.', '2024-05-02')).toBeNull();
  });
  it('the government\'s own ("die het kabinet voor 1 oktober indient") stays the term', () => {
    expect(primaryOf('Ik informeer uw Kamer over de plannen die het kabinet voor 1 oktober indient.', '2024-05-02')).toEqual({ text: 'voor 1 oktober', deadline: '2024-10-01' });
  });
});

describe('a year after a start bound outside a relative clause ("Vanaf 2026 …", "over vanaf 2026 …") frames it', () => {
  it('fills in a later yearless term', () => {
    expect(primaryOf('Vanaf 2026 informeer ik uw Kamer jaarlijks in het voorjaar over de voortgang.', '2024-10-01'))
      .toEqual({ text: 'jaarlijks in het voorjaar', deadline: '2026-06-30' });
    expect(primaryOf('Per 2026 ontvangt uw Kamer in het voorjaar een rapportage over de nieuwe regeling.', '2024-10-01'))
      .toEqual({ text: 'in het voorjaar', deadline: '2026-06-30' });
    expect(primaryOf('Motie van het lid Jansen over vanaf 2026 jaarlijks in het voorjaar rapporteren', '2024-03-13')?.deadline).toBe('2026-06-30');
  });
  it('inside the sentence it is a limit and does not ("die per 2027 overstappen, en de Kamer voor de zomer …")', () => {
    expect(primaryOf('verzoekt de regering te verkennen hoe huurders die per 2027 overstappen worden ontzien, en de Kamer hierover voor de zomer te informeren,', '2024-04-10'))
      .toEqual({ text: 'voor de zomer', deadline: '2024-07-04' });
  });
});

describe('"per <period>" right after the Kamer is the rhythm of informing it, not a breakdown', () => {
  it('"de Kamer per kwartaal, schriftelijk en openbaar, te informeren", "de Kamer per kwartaal en per regio"', () => {
    expect(primaryOf('verzoekt de regering de Kamer per kwartaal, schriftelijk en openbaar, te informeren over de voortgang,', '2024-03-13'))
      .toEqual({ text: 'per kwartaal', deadline: '2024-06-30' });
    expect(primaryOf('verzoekt de regering de Kamer per kwartaal en per regio te informeren over de wachttijden,', '2024-03-13'))
      .toEqual({ text: 'per kwartaal', deadline: '2024-06-30' });
  });
  it('the figures broken down stay a breakdown ("de cijfers per jaar, regio en sector aan de Kamer te sturen")', () => {
    expect(primaryOf('verzoekt de regering de cijfers per jaar, regio en sector aan de Kamer te sturen,', '2024-03-13')).toBeNull();
  });
});

describe('"in <year>" after a promise\'s "zegt … toe" bounds an act only when one follows ("te <verb>")', () => {
  it('"zegt de gemeenten extra geld toe in 2026": the year of the money', () => {
    expect(primaryOf('De minister zegt de gemeenten extra geld toe in 2026.', '2024-03-13')).toBeNull();
  });
  it('"zegt toe in 2026 de regeling te evalueren": the promised act', () => {
    expect(primaryOf('De minister zegt toe in 2026 de regeling te evalueren.', '2024-03-13')).toEqual({ text: 'in 2026', deadline: '2026-12-31' });
  });
});

describe('after a purpose\'s own "te <verb>", a term after " en" is the request again only when it delivers to the Kamer', () => {
  it('a delivery to someone else stays in the purpose ("… en voor 1 juli hun plannen naar de inspectie te sturen")', () => {
    expect(primaryOf('verzoekt de regering scholen te ondersteunen om lerarentekorten op te vangen en voor 1 juli hun plannen naar de inspectie te sturen,', '2024-03-13')).toBeNull();
  });
  it('a delivery to the Kamer is the request ("… en voor 1 juli de plannen naar de Kamer te sturen")', () => {
    expect(primaryOf('verzoekt de regering scholen te ondersteunen om lerarentekorten op te vangen en voor 1 juli de plannen naar de Kamer te sturen,', '2024-03-13'))
      .toEqual({ text: 'voor 1 juli', deadline: '2024-07-01' });
  });
});

describe('a present participle after the date describing a report to the Kamer: the date is when the Kamer is told', () => {
  it('"in de voor de zomer verschijnende voortgangsbrief", "de in het najaar verschijnende rapportage"', () => {
    expect(primaryOf('Ik informeer uw Kamer in de voor de zomer verschijnende voortgangsbrief over de uitkomsten.', '2024-03-13'))
      .toEqual({ text: 'voor de zomer', deadline: '2024-07-04' });
    expect(primaryOf('De Kamer ontvangt de in het najaar verschijnende rapportage over de wachttijden.', '2024-03-13'))
      .toEqual({ text: 'in het najaar', deadline: '2024-12-19' });
  });
  it('a rule that takes effect stays when it applies ("de eind dit jaar in werking tredende verordening")', () => {
    expect(primaryOf('Ik informeer uw Kamer over de eind dit jaar in werking tredende verordening.', '2024-03-13')).toBeNull();
  });
});

describe('a Kamer meeting that takes place on a day, after a term word, bounds the act', () => {
  it('"voordat het rondetafelgesprek plaatsvindt op 10 april"', () => {
    expect(primaryOf('Ik stuur uw Kamer de evaluatie voordat het rondetafelgesprek plaatsvindt op 10 april.', '2024-03-13'))
      .toEqual({ text: 'op 10 april', deadline: '2024-04-10' });
  });
  it('without one it is the Kamer\'s business ("Het rondetafelgesprek vindt plaats … plaatsvindt op 10 april")', () => {
    expect(primaryOf('Het rondetafelgesprek met de sector zal plaatsvinden op 10 april.', '2024-03-13')).toBeNull();
  });
});

describe('"X van de Kamer op <day>": the Kamer owns a topic with its own day, it is not the one informed', () => {
  it('"de brief van de Kamer op 2 februari", "het besluit van de Kamer op 12 maart" are reference points', () => {
    expect(primaryOf('verzoekt de regering de brief van de Kamer op 2 februari te beantwoorden,', '2024-03-13')).toBeNull();
    expect(primaryOf('verzoekt de regering het besluit van de Kamer op 12 maart uit te voeren,', '2024-03-13')).toBeNull();
  });
  it('"voor te leggen aan de Kamer op 1 oktober": the Kamer is informed on that day', () => {
    expect(primaryOf('verzoekt de regering de varianten voor te leggen aan de Kamer op 1 oktober,', '2024-03-13')).toEqual({ text: 'op 1 oktober', deadline: '2024-10-01' });
  });
});

describe('"direct" before a particle verb: acting at once, unless the particle names a path or recipient (a manner)', () => {
  it('"direct bij te dragen aan", "direct door te berekenen aan", "direct aan te spreken op": no term', () => {
    expect(primaryOf('verzoekt de regering direct bij te dragen aan de wederopbouw van Oekraïne,', '2024-03-13')).toBeNull();
    expect(primaryOf('verzoekt de regering energiebedrijven te verbieden de kosten direct door te berekenen aan consumenten,', '2024-03-13')).toBeNull();
    expect(primaryOf('verzoekt de regering de gemeenten direct aan te spreken op hun verantwoordelijkheid,', '2024-03-13')).toBeNull();
  });
  it('"direct in te grijpen", "onmiddellijk aan te passen": acting at once (R + 1 month)', () => {
    expect(primaryOf('verzoekt de regering direct in te grijpen,', '2024-03-13')).toEqual({ text: 'direct', deadline: '2024-04-13' });
    expect(primaryOf('verzoekt de regering de regeling onmiddellijk aan te passen,', '2024-03-13')).toEqual({ text: 'onmiddellijk', deadline: '2024-04-13' });
  });
});

describe('after a question asked ("onderzoek uit te voeren naar hoe …"), " en dit <noun> <term> te <verb>" is the request again', () => {
  it('"… en dit onderzoek voor de zomer af te ronden": the government\'s own act, bounded', () => {
    expect(primaryOf('verzoekt de regering een onderzoek uit te voeren naar hoe de regeling werkt en dit onderzoek voor de zomer af te ronden,', '2024-03-13'))
      .toEqual({ text: 'voor de zomer', deadline: '2024-07-04' });
    expect(primaryOf('verzoekt de regering te verkennen hoe de zorg kan worden verbeterd en deze verkenning voor de zomer af te ronden,', '2024-03-13'))
      .toEqual({ text: 'voor de zomer', deadline: '2024-07-04' });
  });
  it('a term inside the question stays its content ("naar hoe de wachtlijsten voor 1 juli kunnen worden weggewerkt")', () => {
    expect(primaryOf('verzoekt de regering onderzoek te doen naar hoe de wachtlijsten voor 1 juli kunnen worden weggewerkt,', '2024-03-13')).toBeNull();
    expect(primaryOf('verzoekt de regering te onderzoeken hoe de wachtlijsten en dit tekort voor 1 juli kunnen worden weggewerkt,', '2024-03-13')).toBeNull();
  });
});

describe('"de besluitvorming in het voorjaar / in augustus over <topic>" is that topic\'s, not the budget\'s', () => {
  it('"voor de besluitvorming in het voorjaar over de nieuwe stikstofregels" is by the end of spring (written in March)', () => {
    expect(primaryOf('verzoekt de regering de Kamer te informeren voor de besluitvorming in het voorjaar over de nieuwe stikstofregels,', '2025-03-13'))
      .toEqual({ text: 'in het voorjaar', deadline: '2025-06-30' });
  });
  it('without a topic it stays the budget\'s voorjaarsbesluitvorming', () => {
    expect(primaryOf('verzoekt de regering de Kamer voor de besluitvorming in het voorjaar te informeren,', '2025-01-10'))
      .toEqual({ text: 'voor de besluitvorming in het voorjaar', deadline: '2025-02-28' });
  });
});
