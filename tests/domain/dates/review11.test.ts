// Review 11 (r11-review, session 11): edges of the session-11 date rules (docs/DATES-RULES.md "Session 11") that fresh
// letter, toezegging and motie sentences found wrong. Each positive stands beside the negative of the rule it bounds.
import { describe, expect, it } from 'vitest';
import { datesOfText } from '../../../src/domain/dates/pick-deadline.ts';
import { primaryOf } from './read-primary.ts';

describe('a perfect at the end of a clause with a date without a year (PERFECT_END)', () => {
  it('is a state still to be reached after "ervoor zorgen dat" / "het streven is dat": the term stays', () => {
    expect(primaryOf('verzoekt de regering ervoor te zorgen dat alle scholen voor 1 september zijn aangesloten,', '2025-03-13'))
      .toEqual({ text: 'voor 1 september', deadline: '2025-09-01' });
    expect(primaryOf('verzoekt de regering ervoor te zorgen dat de Kamer voor de zomer is geïnformeerd,', '2025-03-13'))
      .toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
    expect(primaryOf('Ik zal ervoor zorgen dat de regeling voor 1 juli is aangepast.', '2025-03-13'))
      .toEqual({ text: 'voor 1 juli', deadline: '2025-07-01' });
    expect(primaryOf('Het streven is dat de nieuwe systemen voor de zomer zijn geïmplementeerd.', '2025-03-13'))
      .toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
    expect(primaryOf('verzoekt de regering ervoor te zorgen dat de wet voor 1 januari is ingevoerd,', '2025-03-13'))
      .toEqual({ text: 'voor 1 januari', deadline: '2026-01-01' });
  });
  it('"gereed" is no participle: "de maatregelen die voor de zomer gereed zijn" keeps its term', () => {
    expect(primaryOf('Ik informeer uw Kamer over de voortgang van het actieplan en de maatregelen die voor de zomer gereed zijn.', '2025-03-13'))
      .toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
  });
  it('a day whose nearer occurrence has passed, in a relative clause ending in a perfect, is what happened', () => {
    expect(primaryOf('De BAK wil reflecteren op de regeling voor ouders die zich voor 15 februari gemeld hebben.', '2021-06-29')).toBeNull();
    expect(primaryOf('Voor ouders die zich voor 15 februari hebben gemeld, geldt de oude regeling.', '2025-06-13')).toBeNull();
  });
});

describe('a term after "verzocht" is what was asked only in the request itself (3ec9da6)', () => {
  it('"Zoals verzocht heb ik … op 3 maart … gestuurd" and a report in a relative clause stay what happened', () => {
    expect(primaryOf('Zoals verzocht heb ik de evaluatie op 3 maart aan uw Kamer gestuurd.', '2025-04-10')).toBeNull();
    expect(primaryOf('Uw Kamer heeft verzocht om een reactie, die ik u op 3 maart heb gestuurd.', '2025-04-10')).toBeNull();
    expect(primaryOf('De Raad van State heeft, zoals verzocht, op 3 juni advies uitgebracht.', '2025-06-10')).toBeNull();
  });
  it('the request told afterwards keeps its term', () => {
    expect(primaryOf('Uw Kamer heeft mij verzocht de brief voor 1 mei te sturen.', '2025-04-10')).toEqual({ text: 'voor 1 mei', deadline: '2025-05-01' });
    expect(primaryOf('De commissie heeft verzocht om een reactie voor 1 mei.', '2025-04-10')).toEqual({ text: 'voor 1 mei', deadline: '2025-05-01' });
  });
});

describe('a relative clause on the delivery, not on the topic, after "informeren over" (TOPIC_RELATIVE_BEFORE, 29a31cf)', () => {
  it('"… in een brief die uw Kamer voor de zomer ontvangt" keeps the term, however long the topic', () => {
    expect(primaryOf('Ik informeer uw Kamer over de uitkomsten van het overleg met de provincies in een brief die uw Kamer voor de zomer ontvangt.', '2025-03-13'))
      .toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
    expect(primaryOf('De minister zegt toe de Kamer te informeren over de voortgang van de invoering van de nieuwe regels in een brief die de Kamer voor 1 juli ontvangt.', '2025-03-13'))
      .toEqual({ text: 'voor 1 juli', deadline: '2025-07-01' });
    expect(primaryOf('Ik informeer uw Kamer over de voortgang van het programma en de evaluatie via een voortgangsbrief die u in het najaar ontvangt.', '2025-03-13'))
      .toEqual({ text: 'in het najaar', deadline: '2025-12-18' });
  });
  it('a relative clause on a long topic stays the topic\'s', () => {
    expect(primaryOf('Ik informeer uw Kamer over de maatregelen van het kabinet en de regeling die in 2026 ingaat.', '2025-03-13')).toBeNull();
  });
});

describe('cases handled right before a short term (CASES_HANDLED_BEFORE, 29a31cf)', () => {
  it('a definite set behind an adjective or a number is one act with its term', () => {
    expect(primaryOf('Ik zal de gestelde vragen beantwoorden binnen drie weken.', '2025-03-13')).toEqual({ text: 'binnen drie weken', deadline: '2025-04-03' });
    expect(primaryOf('Ik zal de schriftelijke vragen beantwoorden binnen twee weken.', '2025-03-13')).toEqual({ text: 'binnen twee weken', deadline: '2025-03-27' });
    expect(primaryOf('Het ministerie gaat de 40 ingediende bezwaren behandelen binnen zes weken.', '2025-03-13')).toEqual({ text: 'binnen zes weken', deadline: '2025-04-24' });
  });
  it('a kind without article stays each case, also behind an adjective', () => {
    expect(primaryOf('De fractie vroeg of ik wil bevorderen dat overheden kleine rekeningen betalen binnen 30 dagen.', '2018-03-01')).toBeNull();
    expect(primaryOf('De fractie vroeg of ik wil bevorderen dat de gemeente rekeningen betaalt binnen 30 dagen.', '2018-03-01')).toBeNull();
  });
});

describe('a deadline that runs out (29a31cf)', () => {
  it('"voor het verstrijken van de deadline 1 mei" is still that term', () => {
    expect(primaryOf('verzoekt de regering voor het verstrijken van de deadline 1 mei de Kamer te informeren,', '2025-03-13')).toEqual({ text: '1 mei', deadline: '2025-05-01' });
    expect(primaryOf('Ik informeer uw Kamer voor het verstrijken van de deadline 1 mei over de stand.', '2025-03-13')).toEqual({ text: '1 mei', deadline: '2025-05-01' });
  });
  it('"met het verstrijken van de deadline 1 mei" is a reference point', () => {
    expect(primaryOf('Met het verstrijken van de deadline 1 mei vervalt de aanvraag.', '2025-03-13')).toBeNull();
  });
});

describe('"deze brief kan uw Kamer …" describes this letter only when the Kamer is to use it (LETTER_SELF, 29a31cf)', () => {
  it('a letter announced ("Deze brief kan uw Kamer voor de zomer verwachten") keeps its term', () => {
    expect(primaryOf('Deze brief kan uw Kamer voor de zomer verwachten, zo heb ik toegezegd.', '2025-03-13')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
    expect(primaryOf('Deze brief kan uw Kamer verwachten voor 10 april.', '2025-03-13')).toEqual({ text: 'voor 10 april', deadline: '2025-04-10' });
  });
  it('"Deze brief kan uw Kamer betrekken bij het commissiedebat van 10 april" names no new term', () => {
    expect(primaryOf('Deze brief kan uw Kamer betrekken bij het commissiedebat van 10 april.', '2025-03-13')).toBeNull();
  });
});

describe('"verwachting" keeps a clause about the future only with what is expected (3532a17)', () => {
  it('"Conform / in lijn met / tegen de verwachting (in) heeft …" reports what happened', () => {
    expect(primaryOf('Conform de verwachting heeft het kabinet in het najaar het plan gepresenteerd.', '2025-03-13')).toBeNull();
    expect(primaryOf('In lijn met de verwachting heb ik uw Kamer op 12 juni geïnformeerd.', '2025-06-20')).toBeNull();
    expect(primaryOf('Tegen de verwachting in heeft de commissie op 1 april advies uitgebracht.', '2025-03-13')).toBeNull();
  });
  it('"de verwachting uitgesproken dat …" keeps the expected term', () => {
    expect(primaryOf('Eerder heb ik de verwachting uitgesproken dat de Kamer de brief uiterlijk in mei tegemoet kan zien.', '2025-03-13'))
      .toEqual({ text: 'uiterlijk in mei', deadline: '2025-05-31' });
  });
});

describe('a weekday before a date without a year (3ec9da6)', () => {
  it('a slip that fits an older year leaves the missing-year rule\'s pick', () => {
    expect(primaryOf('verzoekt de regering de Kamer voor maandag 1 april te informeren,', '2025-02-10')).toEqual({ text: 'voor maandag 1 april', deadline: '2025-04-01' });
    expect(primaryOf('verzoekt de regering de Kamer voor zaterdag 1 april te informeren,', '2025-02-10')).toEqual({ text: 'voor zaterdag 1 april', deadline: '2025-04-01' });
    expect(primaryOf('De Kamer ontvangt de brief op maandagochtend 18 maart.', '2025-03-13')).toEqual({ text: 'op maandagochtend 18 maart', deadline: '2025-03-18' });
  });
  it('a weekday that fits the occurrence passed within half a year makes it that day', () => {
    expect(datesOfText('Op maandag 16 december vond het overleg plaats.', '2025-01-10').expressions[0]?.deadline).toBe('2024-12-16');
    expect(primaryOf('Op maandag 23 januari vond de Raad Buitenlandse Zaken plaats.', '2023-01-31')).toBeNull();
  });
});

describe('"kom … terug op de vraag" informs only with something between (111451a)', () => {
  it('a letter answering a question now ("Dan kom ik terug op de vraag … of … in 2026 …") names no term', () => {
    expect(primaryOf('Dan kom ik terug op de vraag van het lid Bikker of de evaluatie in 2026 plaatsvindt.', '2025-03-13')).toBeNull();
  });
  it('"De minister komt in het najaar terug op de vraag …" is the term', () => {
    expect(primaryOf('De minister komt in het najaar terug op de vraag van het lid Bikker.', '2025-03-13')).toEqual({ text: 'in het najaar', deadline: '2025-12-18' });
  });
});

describe('review 11\'s own edges', () => {
  it('a report with a subject of its own in the relative clause stays the topic\'s ("de rapportage die de inspectie in juni publiceert")', () => {
    expect(primaryOf('Ik informeer uw Kamer over de rapportage die de inspectie in juni publiceert.', '2025-03-13')).toBeNull();
  });
  it('"heeft mij verzocht … uiterlijk 1 maart te sturen", written after 1 March, asked for the 1 March that has passed', () => {
    expect(primaryOf('Uw Kamer heeft mij verzocht de evaluatie uiterlijk 1 maart te sturen; dat is gebeurd.', '2025-03-13')).toBeNull();
    expect(primaryOf('Uw Kamer heeft mij verzocht de evaluatie uiterlijk 1 april te sturen.', '2025-03-13')).toEqual({ text: 'uiterlijk 1 april', deadline: '2025-04-01' });
  });
  it('"heeft mij verzocht voor de zomer … te sturen", written in October, asked for the summer that has passed', () => {
    expect(primaryOf('Uw Kamer heeft mij verzocht voor de zomer een brief te sturen over de pilot.', '2025-10-20')).toBeNull();
    expect(primaryOf('Uw Kamer heeft mij verzocht voor de zomer een brief te sturen over de pilot.', '2025-03-13')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
    expect(primaryOf('Uw Kamer heeft mij verzocht in het najaar een brief te sturen over de pilot.', '2025-10-20')).toEqual({ text: 'in het najaar', deadline: '2025-12-18' });
  });
});

describe('a completion state with a term ("is … afgerond") is still to come (b369f4d)', () => {
  it('"Het onderzoek is naar verwachting voor de zomer afgerond" keeps its term; "heeft plaatsgevonden in april" stays past', () => {
    expect(primaryOf('Het onderzoek is naar verwachting voor de zomer afgerond.', '2025-02-13')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
    expect(primaryOf('De evaluatie is eind dit jaar afgerond.', '2025-02-13')).toEqual({ text: 'eind dit jaar', deadline: '2025-12-31' });
    expect(primaryOf('Het overleg heeft plaatsgevonden in januari.', '2025-02-13')).toBeNull();
  });
});

describe('"naar verwachting" keeps a clause about the future', () => {
  it('"De regeling is naar verwachting voor de zomer bijgesteld", "Het rapport is naar verwachting in april gepubliceerd"', () => {
    expect(primaryOf('De regeling is naar verwachting voor de zomer bijgesteld.', '2025-02-13')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
    expect(primaryOf('Het rapport is naar verwachting in april gepubliceerd.', '2025-02-13')).toEqual({ text: 'in april', deadline: '2025-04-30' });
  });
  it('a report of what happened stays one', () => {
    expect(primaryOf('Conform de verwachting is het rapport in januari gepubliceerd.', '2025-02-13')).toBeNull();
  });
});
