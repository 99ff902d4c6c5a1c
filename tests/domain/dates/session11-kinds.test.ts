// Issue 25, session 11: the kinds the eighth held-out round (letters, toezeggingen, EK commission notes) missed
// (docs/DATES-RULES.md "Session 11"). Every rule has a positive beside a negative that shares its words.
import { describe, expect, it } from 'vitest';
import { datesOfText } from '../../../src/domain/dates/pick-deadline.ts';
import { primaryOf, reasonOf } from './read-primary.ts';

describe('a colon inside a parenthesis ends no clause', () => {
  it('"(hierna: 7e VGR)" leaves the perfect after it in the clause of the date: a report of what was sent', () => {
    const sent = 'Op 22 juni heb ik uw Kamer de voortgangsrapportage (hierna: VGR) toegestuurd.';
    expect(primaryOf(sent, '2021-06-29')).toBeNull();
    expect(reasonOf(sent, '2021-06-29', 'Op 22 juni')).toBe('past-tense');
  });
  it('the same words as a promise keep the day; a colon outside a parenthesis still ends the clause', () => {
    expect(primaryOf('Op 22 juni stuur ik uw Kamer de voortgangsrapportage (hierna: VGR).', '2021-06-10')).toEqual({ text: 'Op 22 juni', deadline: '2021-06-22' });
    expect(primaryOf('Ik heb uw Kamer de stukken toegestuurd: de voortgangsrapportage volgt op 22 juni.', '2021-06-10')).toEqual({ text: 'op 22 juni', deadline: '2021-06-22' });
  });
});

describe('"de eerste / tweede helft van <maand>" is that half of the month (the table row with a month, as "begin / medio / eind april")', () => {
  it('in, voor and without a year', () => {
    expect(primaryOf('Via deze brief laat ik U weten dat ik Uw Kamer de informatie in de tweede helft van oktober 2013 zal toesturen.', '2013-09-25'))
      .toEqual({ text: 'in de tweede helft van oktober 2013', deadline: '2013-10-31' });
    expect(primaryOf('Ik zal uw Kamer de informatie in de eerste helft van oktober toesturen.', '2013-09-25')).toEqual({ text: 'in de eerste helft van oktober', deadline: '2013-10-15' });
    expect(primaryOf('Ik zal uw Kamer de informatie voor de tweede helft van oktober toesturen.', '2013-09-25')).toEqual({ text: 'voor de tweede helft van oktober', deadline: '2013-10-15' });
  });
  it('"de tweede helft van 2014" stays the half year', () => {
    expect(primaryOf('Ik zal uw Kamer de informatie in de tweede helft van 2014 toesturen.', '2013-09-25')).toEqual({ text: 'in de tweede helft van 2014', deadline: '2014-12-31' });
  });
});

describe('a relative clause that ends in a perfect tells what has happened, also a day without a year', () => {
  it('"ouders die zich voor 15 februari gemeld hebben" (written in June) is no term', () => {
    const text = 'De BAK wil reflecteren op de regeling voor ouders die zich voor 15 februari gemeld hebben.';
    expect(primaryOf(text, '2021-06-29')).toBeNull();
    expect(reasonOf(text, '2021-06-29', 'voor 15 februari')).toBe('past-tense');
  });
  it('the same term for the government to meet is kept', () => {
    expect(primaryOf('De BAK stuurt uw Kamer voor 15 februari een advies over ouders die zich gemeld hebben.', '2021-01-10'))
      .toEqual({ text: 'voor 15 februari', deadline: '2021-02-15' });
  });
});

describe('a deadline that has run out ("met het verstrijken van de deadline 1 mei") is a reference point', () => {
  it('run out: no term', () => {
    expect(primaryOf('Met het verstrijken van de deadline 1 mei wil de BAK reflecteren op het proces.', '2021-06-29')).toBeNull();
  });
  it('a new deadline is the term', () => {
    expect(primaryOf('- toezegging T02881 als openstaand te blijven beschouwen met als nieuwe deadline 1 mei;', '2021-04-10')).toEqual({ text: '1 mei', deadline: '2021-05-01' });
  });
});

describe('a Kamer meeting that "staat … gepland" on a day is the Kamer\'s agenda', () => {
  it('no term', () => {
    const text = 'Op 7 september staat het volgende commissiedebat Belastingdienst gepland en graag ga ik dan met uw Kamer in gesprek.';
    expect(primaryOf(text, '2022-09-02')).toBeNull();
    expect(reasonOf(text, '2022-09-02', 'Op 7 september')).toBe('kamer-procedure');
  });
  it('a letter before that meeting keeps its day', () => {
    expect(primaryOf('Voor het commissiedebat Belastingdienst van 7 september ontvangt uw Kamer de stand-van-zakenbrief.', '2022-09-02'))
      .toEqual({ text: 'Voor het commissiedebat Belastingdienst van 7 september', deadline: '2022-09-07' });
  });
});

describe('a letter describing itself ("met deze B-brief", "deze brief kan uw Kamer gebruiken") names no new term', () => {
  it('no term', () => {
    expect(primaryOf('Met het oog op het algemeen overleg Materieel van 25 juni is de Kamer met deze B-brief op de hoogte van de stand van zaken.', '2020-06-14')).toBeNull();
    expect(primaryOf('Deze brief kan uw Kamer gebruiken bij de voorbereiding op de behandeling van de begroting van BZK op 3 november 2014.', '2014-10-27')).toBeNull();
  });
  it('a letter still to come keeps its term', () => {
    expect(primaryOf('Met het oog op het algemeen overleg Materieel van 25 juni ontvangt de Kamer voor 20 juni de B-brief.', '2020-06-14')).toEqual({ text: 'voor 20 juni', deadline: '2020-06-20' });
    expect(primaryOf('Uw Kamer ontvangt de brief over de begroting van BZK voor 3 november 2014.', '2014-10-27')).toEqual({ text: 'voor 3 november 2014', deadline: '2014-11-03' });
  });
});

describe('cases of a kind handled right before a short term ("dat overheden rekeningen betalen binnen 30 dagen") are each case', () => {
  it('each case: no term', () => {
    const text = 'De fractie vroeg of ik wil bevorderen dat overheden rekeningen betalen binnen 30 dagen.';
    expect(primaryOf(text, '2018-03-01')).toBeNull();
    expect(reasonOf(text, '2018-03-01', 'binnen 30 dagen')).toBe('each-case');
  });
  it('a definite set to clear once keeps its term', () => {
    expect(primaryOf('De fractie vroeg of ik wil bevorderen dat de overheid de openstaande rekeningen betaalt binnen 30 dagen.', '2018-03-01'))
      .toEqual({ text: 'binnen 30 dagen', deadline: '2018-03-31' });
  });
});

describe('in an informing clause a date in a relative clause on a long topic is that topic\'s', () => {
  it('"informeer ik u over de opzet van een evaluatie van het Programma … (PAW) die in 2022 zal worden uitgevoerd"', () => {
    expect(primaryOf('Ik informeer u over de opzet van een onafhankelijke evaluatie van het Programma Aardgasvrije Wijken (PAW) die in 2022 zal worden uitgevoerd.', '2021-12-15')).toBeNull();
  });
  it('a topic that is ready by then keeps its term', () => {
    expect(primaryOf('Ik informeer u over de uitkomsten van een onafhankelijke evaluatie van het Programma Aardgasvrije Wijken (PAW) die in het voorjaar van 2022 gereed is.', '2021-12-15'))
      .toEqual({ text: 'in het voorjaar van 2022', deadline: '2022-06-30' });
  });
});

describe('a sweep of every table row in fifteen letter and toezegging positions: "bij u terugkomen" and "de Kamer verneemt" inform', () => {
  it('a letter\'s "bij u terugkomen" (u: the Kamer) delivers, "bij de gemeenten terugkomen" does not', () => {
    expect(primaryOf('Met de uitwerking wil ik vervolgens in 2025 bij u terugkomen.', '2024-03-13')).toEqual({ text: 'in 2025', deadline: '2025-12-31' });
    expect(primaryOf('Met de uitwerking wil ik vervolgens in 2025 bij de gemeenten terugkomen.', '2024-03-13')).toBeNull();
  });
  it('"De Kamer verneemt graag bij de Najaarsnota …" asks for information by that moment; a choice made at it is no term', () => {
    expect(primaryOf('De Kamer verneemt graag bij de Najaarsnota een prognose.', '2024-03-13')).toEqual({ text: 'bij de Najaarsnota', deadline: '2024-12-01' });
    expect(primaryOf('De minister maakt graag bij de Najaarsnota een prognose.', '2024-03-13')).toBeNull();
  });
});

describe('an expectation ("de verwachting uitgesproken dat …") is about the future, like "verwacht"', () => {
  it('the expected term stays, the perfect of the main clause notwithstanding', () => {
    expect(primaryOf('Eerder heb ik de verwachting uitgesproken dat de Kamer de A-brief uiterlijk in april tegemoet kan zien.', '2016-03-17'))
      .toEqual({ text: 'uiterlijk in april', deadline: '2016-04-30' });
  });
  it('a report of what was sent stays a report', () => {
    expect(primaryOf('Eerder heb ik de Kamer de A-brief in maart toegestuurd.', '2016-04-17')).toBeNull();
  });
});

describe('development batch 9 (letters): a weekday before a date without a year that fits a recent year, and not the next, makes it that past day', () => {
  it('"Op maandag 23 januari vond de Raad plaats" (written 31 January 2023) is 2023\'s, a past day', () => {
    expect(primaryOf('Op maandag 23 januari vond de Raad Buitenlandse Zaken plaats.', '2023-01-31')).toBeNull();
  });
  it('a term keeps the first occurrence; a weekday that fits no recent year is a slip', () => {
    expect(primaryOf('Ik stuur uw Kamer de brief uiterlijk dinsdag 23 januari.', '2024-01-10')).toEqual({ text: 'uiterlijk dinsdag 23 januari', deadline: '2024-01-23' });
    expect(primaryOf('Ik stuur uw Kamer de brief uiterlijk woensdag 3 september.', '2024-03-13')).toEqual({ text: 'uiterlijk woensdag 3 september', deadline: '2024-09-03' });
  });
});

describe('development batch 9: a request of the Kamer told afterwards keeps its term; so does "zet zich in om"', () => {
  it('"Uw Kamer heeft verzocht … zo spoedig mogelijk in te dienen" is a term; a report of what was done is not', () => {
    expect(primaryOf('Uw Kamer heeft verzocht het wetsvoorstel zo spoedig mogelijk in te dienen.', '2020-06-23')).toEqual({ text: 'zo spoedig mogelijk', deadline: '2020-09-23' });
    expect(primaryOf('Uw Kamer heeft het wetsvoorstel zo spoedig mogelijk behandeld.', '2020-06-23')).toBeNull();
  });
  it('"verzocht uw Kamer mij om … voor 1 december … te sturen" is the request itself, not a purpose', () => {
    expect(primaryOf('Op 6 november verzocht uw Kamer mij om het winningsplan voor 1 december naar de Kamer te sturen.', '2014-11-07'))
      .toEqual({ text: 'voor 1 december', deadline: '2014-12-01' });
    expect(primaryOf('De gemeente vroeg een subsidie aan om het winningsplan voor 1 december te bespreken.', '2014-11-07')).toBeNull();
  });
  it('"Het kabinet zet zich in om … zo spoedig mogelijk aan uw Kamer aan te bieden" asks for what follows "om"', () => {
    expect(primaryOf('Het kabinet zet zich in om het wetsvoorstel zo spoedig mogelijk aan uw Kamer aan te bieden.', '2020-06-23')).toEqual({ text: 'zo spoedig mogelijk', deadline: '2020-09-23' });
    expect(primaryOf('Het kabinet heeft een fonds ingesteld om het wetsvoorstel zo spoedig mogelijk aan te vullen.', '2020-06-23')).toBeNull();
  });
});

describe('a sweep of every table row in twelve Eerste Kamer toezegging positions', () => {
  it('"naar aanleiding van vragen en opmerkingen van de leden …" is the occasion of the promise, not others asked to act', () => {
    expect(primaryOf('De minister zegt de Kamer, naar aanleiding van vragen en opmerkingen van de leden Schouwenaar (VVD) en Kuiper (ChristenUnie), toe jaarlijks een voorstel te doen.', '2024-03-13'))
      .toEqual({ text: 'jaarlijks', deadline: '2025-12-31' });
    expect(primaryOf('De minister zegt toe scholen te vragen jaarlijks een voorstel te doen.', '2024-03-13')).toBeNull();
  });
  it('"zegt de Kamer toe dat hij in 2025 terugkomt op …" informs; a past return to a topic does not', () => {
    expect(primaryOf('De staatssecretaris zegt de Kamer toe dat hij in 2025 terugkomt op de uitkomsten van de pilot.', '2024-03-13')).toEqual({ text: 'in 2025', deadline: '2025-12-31' });
    expect(primaryOf('Het lid zegt dat de staatssecretaris in 2023 terugkwam op de uitkomsten van de pilot.', '2024-03-13')).toBeNull();
  });
  it('"dat de Kamer bij de begroting voor 2025 de monitor zal ontvangen" delivers at that moment; others receiving it do not', () => {
    expect(primaryOf('De minister zegt toe dat de Kamer bij de begroting voor 2025 de monitor zal ontvangen.', '2024-03-13')).toEqual({ text: 'bij de begroting voor 2025', deadline: '2024-09-17' });
    expect(primaryOf('De minister zegt toe dat de gemeenten bij de begroting voor 2025 de monitor zullen ontvangen.', '2024-03-13')).toBeNull();
  });
});

describe('a sweep of every table row in twelve positions of the Tweede Kamer toezegging register', () => {
  it('"De minister komt in 2025 terug op de vraag van het lid …" answers the Kamer; a speaker returning to a question now does not', () => {
    expect(primaryOf('De minister komt in 2025 terug op de vraag van het lid Van der Plas over de mestregels.', '2024-03-13')).toEqual({ text: 'in 2025', deadline: '2025-12-31' });
    expect(primaryOf('Ik kom nog even terug op de vraag van het lid Bikker over de regels uit 2023.', '2024-03-13')).toBeNull();
  });
  it('"de Kamer in 2025 een technische briefing te geven" informs; a briefing the Kamer had is a fact', () => {
    expect(primaryOf('De minister zegt toe de Kamer in 2025 een vertrouwelijke technische briefing te geven.', '2024-03-13')).toEqual({ text: 'in 2025', deadline: '2025-12-31' });
    expect(primaryOf('De Kamer heeft in 2023 een technische briefing gehad over de exportbeperkingen.', '2024-03-13')).toBeNull();
  });
  it('"bericht de Kamer hierover in 2025" informs; "het bericht van de Kamer" is a noun', () => {
    expect(primaryOf('De minister neemt de suggestie mee en bericht de Kamer hierover in 2025.', '2024-03-13')).toEqual({ text: 'in 2025', deadline: '2025-12-31' });
    expect(primaryOf('Het bericht van de Kamer over de regeling in 2023 was helder.', '2024-03-13')).toBeNull();
  });
});

describe('a soft term right before the act is that act\'s ("het onmiddellijk sluiten van recidiverende slachthuizen")', () => {
  it('the subject asks to close them at once', () => {
    expect(primaryOf('Motie van het lid Graus over het onmiddellijk sluiten van recidiverende slachthuizen', '2020-02-13')).toEqual({ text: 'onmiddellijk', deadline: '2020-03-13' });
  });
  it('a measure that closes or starts by a date, and a participle right after the date, stay the measure\'s', () => {
    expect(primaryOf('verzoekt de regering ervoor te zorgen dat het loket per 1 januari sluit,', '2024-03-13')).toBeNull();
    expect(primaryOf('verzoekt de regering de eind dit jaar in werking tredende verordening uit te stellen,', '2024-03-13')).toBeNull();
  });
});

describe('"in <maand> <jaar>" right after a noun outside an informing clause is that thing\'s time, as "in <jaar>" was', () => {
  it('"gebruikmaking van de tender in januari 2010" names when the tender is', () => {
    expect(primaryOf('Motie Peters over gebruikmaking van de tender in januari 2010 door fondsen voor creatieve ondernemers', '2009-11-11')).toBeNull();
  });
  it('an act right after it, or a term word before the event, keeps the term', () => {
    expect(primaryOf('verzoekt de regering de regeling in januari 2025 aan te passen,', '2024-10-23')).toEqual({ text: 'in januari 2025', deadline: '2025-01-31' });
    expect(primaryOf('verzoekt de regering voorafgaand aan het IPKO in juni 2025 met een reactie te komen,', '2024-10-23')).toEqual({ text: 'in juni 2025', deadline: '2025-06-30' });
  });
});

describe('a negated term is not the term: "niet in april maar zo snel mogelijk daarna" (the other term is)', () => {
  it('"niet <term> maar <term>": the second one is the deadline', () => {
    const letter = 'Een gevolg hiervan kan zijn dat de A-brief niet in april maar zo snel mogelijk daarna aan uw Kamer zal worden aangeboden.';
    expect(primaryOf(letter, '2016-03-17')).toEqual({ text: 'zo snel mogelijk', deadline: '2016-06-17' });
    expect(reasonOf(letter, '2016-03-17', 'in april')).toBe('negated');
    expect(primaryOf('Verzoekt de regering de Kamer niet in 2025 maar pas in 2026 te informeren.', '2025-02-10')).toEqual({ text: 'in 2026', deadline: '2026-12-31' });
    expect(primaryOf('Ik zal de Kamer niet in april informeren, maar in mei.', '2025-02-10')).toEqual({ text: 'in mei', deadline: '2025-05-31' });
    expect(primaryOf('Ik zal uw Kamer niet voor de zomer, maar in het najaar informeren.', '2025-02-10')).toEqual({ text: 'in het najaar', deadline: '2025-12-18' });
  });
  it('the same words without "niet" keep the first term; a negated term alone is none', () => {
    expect(primaryOf('Een gevolg hiervan kan zijn dat de A-brief in april aan uw Kamer zal worden aangeboden.', '2016-03-17')).toEqual({ text: 'in april', deadline: '2016-04-30' });
    expect(primaryOf('De A-brief wordt niet in april aan uw Kamer aangeboden.', '2016-03-17')).toBeNull();
    expect(primaryOf('Ik informeer uw Kamer niet in 2025.', '2025-02-10')).toBeNull();
  });
  it('"niet later dan" is a bound (uiterlijk), "niet alleen … maar ook" and "al dan niet" negate nothing', () => {
    expect(primaryOf('Ik informeer uw Kamer niet later dan 1 juni.', '2025-02-10')).toEqual({ text: 'niet later dan 1 juni', deadline: '2025-06-01' });
    expect(primaryOf('Ik informeer uw Kamer niet alleen in april maar ook in oktober.', '2025-02-10')).toEqual({ text: 'in april', deadline: '2025-04-30' });
    expect(primaryOf('Ik informeer uw Kamer of het plan al dan niet in 2025 ingaat uiterlijk in april.', '2025-02-10')?.text).toBe('uiterlijk in april');
  });
  it('"niet eerder dan 1 maart" is a lower bound, no deadline', () => {
    const text = 'Verzoekt de regering de Kamer niet eerder dan 1 maart te informeren.';
    expect(primaryOf(text, '2025-02-10')).toBeNull();
    expect(datesOfText(text, '2025-02-10').expressions[0]?.earliest).toBe('2025-03-01');
  });
});

describe('"het eerste / tweede / derde trimester van <jaar>" is four months (to 30 April, 31 August, 31 December)', () => {
  it('in, voor, with "van dit jaar" or a bare year', () => {
    expect(primaryOf('Verzoekt de regering de Kamer in het eerste trimester van 2018 te informeren.', '2017-11-01')).toEqual({ text: 'in het eerste trimester van 2018', deadline: '2018-04-30' });
    expect(primaryOf('Ik informeer uw Kamer in het tweede trimester van 2018.', '2017-11-01')).toEqual({ text: 'in het tweede trimester van 2018', deadline: '2018-08-31' });
    expect(primaryOf('Ik informeer uw Kamer in het derde trimester 2018.', '2017-11-01')).toEqual({ text: 'in het derde trimester 2018', deadline: '2018-12-31' });
    expect(primaryOf('Ik informeer uw Kamer voor het derde trimester van dit jaar.', '2018-02-01')).toEqual({ text: 'voor het derde trimester van dit jaar', deadline: '2018-08-31' });
  });
  it('a trimester without a year (a pregnancy\'s) is no date; the quarter beside it stays a quarter', () => {
    expect(datesOfText('Vrouwen in het derde trimester van de zwangerschap krijgen voorrang.', '2018-02-01').expressions).toEqual([]);
    expect(primaryOf('Ik informeer uw Kamer in het derde kwartaal van 2018.', '2017-11-01')).toEqual({ text: 'in het derde kwartaal van 2018', deadline: '2018-09-30' });
  });
});

describe('answering at a budget moment is informing: "De beantwoording zal plaatshebben bij de Miljoenennota"', () => {
  it('the answering (or "de vragen … te beantwoorden") at a budget moment is the term', () => {
    expect(primaryOf('De beantwoording zal plaatshebben bij de Miljoenennota.', '2025-02-10')).toEqual({ text: 'bij de Miljoenennota', deadline: '2025-09-16' });
    expect(primaryOf('verzoekt de regering bij de Voorjaarsnota de vragen te beantwoorden,', '2025-02-10')).toEqual({ text: 'bij de Voorjaarsnota', deadline: '2025-06-01' });
  });
  it('an answering named after a preposition, a policy choice, and an answering that took place stay no term', () => {
    const occasion = 'verzoekt de regering bij de Miljoenennota rekening te houden met de beantwoording door gemeenten,';
    expect(primaryOf(occasion, '2025-02-10')).toBeNull();
    expect(reasonOf(occasion, '2025-02-10', 'bij de Miljoenennota')).toBe('budget-occasion');
    expect(primaryOf('verzoekt de regering bij de Voorjaarsnota vast te houden aan de afspraak,', '2025-02-10')).toBeNull();
    expect(primaryOf('De beantwoording heeft plaatsgehad bij de Miljoenennota.', '2025-02-10')).toBeNull();
    expect(primaryOf('Het overleg heeft plaatsgevonden in april.', '2025-02-10')).toBeNull();
    expect(primaryOf('Ik zal uw Kamer informeren zodra de evaluatie in april is afgerond.', '2025-02-10')).toEqual({ text: 'in april', deadline: '2025-04-30' });
  });
});
