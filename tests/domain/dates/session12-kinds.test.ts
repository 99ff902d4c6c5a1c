// Issue 25, session 12: the kinds the ninth held-out round (status texts of begroting appendices and Tweede Kamer Besluit
// notes, motie clauses and subjects, letters) missed (docs/DATES-RULES.md "Session 12"). Every rule has a positive beside a
// negative that shares its words. The sentences are written for these tests, not taken from the round.
import { describe, expect, it } from 'vitest';
import { parseTermInput } from '../../../src/domain/dates/parse-term-input.ts';
import { primaryOf, reasonOf } from './read-primary.ts';

describe('hedged and formal variants of the soft terms (DATES.md: every row in all its everyday variants)', () => {
  it('"zo snel als verantwoord / redelijkerwijs mogelijk" is "zo snel mogelijk"', () => {
    expect(primaryOf('Motie van het lid X over zo snel als verantwoord mogelijk de wachtlijsten wegwerken', '2024-03-01'))
      .toEqual({ text: 'zo snel als verantwoord mogelijk', deadline: '2024-06-01' });
    expect(primaryOf('verzoekt de regering de Kamer zo spoedig als redelijkerwijs mogelijk te informeren,', '2024-03-01'))
      .toEqual({ text: 'zo spoedig als redelijkerwijs mogelijk', deadline: '2024-06-01' });
  });
  it('a manner with the same words is no term', () => {
    expect(primaryOf('verzoekt de regering de wachtlijsten zo verantwoord mogelijk weg te werken,', '2024-03-01')).toBeNull();
  });
  it('"met onmiddellijke / directe ingang" is "per direct"', () => {
    expect(primaryOf('verzoekt de regering de subsidie met onmiddellijke ingang stop te zetten,', '2024-03-01'))
      .toEqual({ text: 'met onmiddellijke ingang', deadline: '2024-04-01' });
    expect(primaryOf('verzoekt de regering de subsidie met directe ingang stop te zetten,', '2024-03-01'))
      .toEqual({ text: 'met directe ingang', deadline: '2024-04-01' });
  });
  it('"met ingang van 1 januari" stays a start (relation from: no deadline)', () => {
    expect(primaryOf('verzoekt de regering de subsidie met ingang van 1 januari 2025 stop te zetten,', '2024-03-01')).toBeNull();
  });
});

describe('"met de Kamer (te kunnen) delen" informs', () => {
  it('a term before it counts, also beside a talk with the Kamer in the same sentence', () => {
    expect(primaryOf('De minister verwacht de uitkomsten voor het einde van het jaar met de Kamer te kunnen delen en gaat daarna graag met de Kamer in gesprek.', '2024-09-20'))
      .toEqual({ text: 'voor het einde van het jaar', deadline: '2024-12-31' });
  });
  it('only a talk with the Kamer is still a letter\'s outline of a debate', () => {
    expect(primaryOf('Na het zomerreces ga ik graag met de Kamer in gesprek over de uitkomsten.', '2024-05-20')).toBeNull();
  });
});

describe('a letter that reports a plan ("In deze brief meldt de minister dat hij voornemens is …") keeps its term', () => {
  it('voornemens / van plan', () => {
    expect(primaryOf('In deze brief meldt de minister dat hij voornemens is in het eerste kwartaal van 2025 een wetsvoorstel in te dienen.', '2024-09-20'))
      .toEqual({ text: 'in het eerste kwartaal van 2025', deadline: '2025-03-31' });
    expect(primaryOf('In deze brief schrijft de minister dat zij van plan is voor de zomer een wetsvoorstel in te dienen.', '2024-09-20'))
      .toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
  });
  it('the letter\'s outline of what it discusses stays no term', () => {
    const text = 'In deze brief ga ik in op het wetsvoorstel dat in het eerste kwartaal van 2025 is ingediend.';
    expect(primaryOf(text, '2025-05-20')).toBeNull();
  });
});

describe('"voor <jaar>" right after a budget document is the budget year, also in a clause that informs or commits', () => {
  it('"de (suppletoire) begroting voor 2024": the other term wins', () => {
    expect(primaryOf('Hangt samen met de nog te ontvangen tweede suppletoire begroting voor 2025, verwachte ontvangst begin december 2025.', '2025-11-20'))
      .toEqual({ text: 'begin december 2025', deadline: '2025-12-10' });
    expect(reasonOf('In de brief adviseert de commissie over de ontwerpbegrotingen voor 2026.', '2025-09-10', 'voor 2026')).toBe('for-year');
  });
  it('"voor 2026" bounding the act, or the budget carrying the delivery, stays a term', () => {
    expect(primaryOf('verzoekt de regering de Kamer voor 2026 een plan te sturen,', '2025-03-10')).toEqual({ text: 'voor 2026', deadline: '2025-12-31' });
    expect(primaryOf('verzoekt de regering als onderdeel van de begroting voor 2026 een verbeterplan aan de Kamer voor te leggen,', '2025-03-10')?.text).toBe('voor 2026');
  });
});

describe('money spent in a year: the year is the budget year', () => {
  it('"zal in 2026 de extra middelen niet kunnen besteden" is no term', () => {
    expect(primaryOf('Defensie zal in 2026 de extra investeringsmiddelen nog niet kunnen besteden;', '2025-10-01')).toBeNull();
  });
  it('the same year bounding a delivery to the Kamer is a term', () => {
    expect(primaryOf('Defensie zal in 2026 een overzicht van de bestede investeringsmiddelen aan de Kamer sturen;', '2025-10-01'))
      .toEqual({ text: 'in 2026', deadline: '2026-12-31' });
  });
});

describe('a relative clause ending in a perfect after a month range ("die in september-oktober zijn uitgebracht")', () => {
  it('reports what happened', () => {
    expect(primaryOf('De minister geeft aan dat de rapporten, die in september-oktober zijn uitgebracht, aan de Kamer worden gestuurd.', '2023-12-20')).toBeNull();
  });
  it('a range still to come stays the term', () => {
    expect(primaryOf('De minister geeft aan dat de rapporten in september-oktober aan de Kamer worden gestuurd.', '2023-12-20')?.text).toBe('in september');
  });
});

describe('the Kamer\'s own planning and say bind no government term', () => {
  it('a voorhang: the Kamer\'s wish "kan … te kennen worden gegeven uiterlijk op …"', () => {
    const text = 'De wens om over de ontwerpregeling nadere inlichtingen te ontvangen kan door of namens de Kamer te kennen worden gegeven uiterlijk op 12 maart 2025.';
    expect(primaryOf(text, '2025-02-10')).toBeNull();
    expect(reasonOf(text, '2025-02-10', 'uiterlijk op 12 maart 2025')).toBe('kamer-procedure');
    expect(primaryOf('De voorlegging biedt de Kamer de mogelijkheid zich tot uiterlijk 12 maart 2025 uit te spreken over het ontwerpbesluit.', '2025-02-10')).toBeNull();
  });
  it('the government sending the ontwerpregeling by that day keeps its term', () => {
    expect(primaryOf('De minister stuurt de Kamer de ontwerpregeling uiterlijk op 12 maart 2025.', '2025-02-10')).toEqual({ text: 'uiterlijk op 12 maart 2025', deadline: '2025-03-12' });
  });
  it('a Kamer body as the subject ("De voorbereidingsgroep zal binnenkort … bespreken", "stelt de commissie … vast")', () => {
    expect(primaryOf('De voorbereidingsgroep zal binnenkort de voortgang van het onderwerp bespreken.', '2024-07-01')).toBeNull();
    expect(primaryOf('Naar verwachting stelt de tijdelijke commissie haar advies in haar procedurevergadering op 25 september 2025 vast.', '2025-09-10')).toBeNull();
  });
  it('but not a Kamer body\'s decision on a government term, nor a request of it, nor a letter reaching it', () => {
    expect(primaryOf('De commissies besluiten de deadline van toezegging T01234 te verplaatsen naar 1 maart 2025.', '2024-11-10')?.text).toBe('1 maart 2025');
    expect(primaryOf('De commissie ontvangt voor de zomer de evaluatie van de regeling.', '2025-03-10')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
  });
  it('a briefing or debate held or given on a day, a notice to the griffie', () => {
    expect(primaryOf('Over dit wetsvoorstel wordt op 2 oktober 2024 nog een technische briefing gegeven.', '2024-09-20')).toBeNull();
    expect(primaryOf('De Algemene Financiële Beschouwingen zullen dit jaar worden gehouden in de week van 30 september 2025.', '2025-09-10')).toBeNull();
    expect(primaryOf('Indien u meer spreektijd wenst, kunt u dit uiterlijk vrijdag 26 september doorgeven aan de griffie.', '2025-09-20')).toBeNull();
  });
  it('a briefing the minister promises to give the Kamer keeps its term', () => {
    expect(primaryOf('De minister zal de Kamer voor de zomer een technische briefing geven.', '2025-03-10')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
  });
});

describe('a group other than the government as the subject ("Een ontwikkelteam van docenten levert …")', () => {
  it('their term', () => {
    expect(primaryOf('Een werkgroep van deskundigen levert voorjaar 2026 een voorstel op.', '2025-09-16')).toBeNull();
  });
  it('the minister sending it keeps the term', () => {
    expect(primaryOf('Een werkgroep levert voorjaar 2026 een voorstel op, dat de minister aan de Kamer stuurt.', '2025-09-16')?.text).toBe('voorjaar 2026');
  });
});

describe('review 11 LOWs', () => {
  it('"bericht de Kamer" informs only as a verb, not after an article (the noun)', () => {
    expect(primaryOf('De minister bericht de Kamer in 2026 over de sluiting.', '2025-03-13')).toEqual({ text: 'in 2026', deadline: '2026-12-31' });
    expect(reasonOf('Het bericht de Kamer te willen sluiten in 2026 is onjuist.', '2025-03-13', 'in 2026')).not.toBe('term');
  });
  it('"de Kamer … ontvangen" does not reach a proposal of the Kamer that others receive', () => {
    expect(primaryOf('Het voorstel van de Kamer om gemeenten in 2026 meer te laten ontvangen wordt uitgewerkt.', '2025-03-13')).toBeNull();
    expect(primaryOf('dat de Kamer bij de begroting voor 2026 de monitor zal ontvangen', '2025-03-13')?.text).toBe('bij de begroting voor 2026');
  });
  it('a trimester with its year near a pregnancy is the pregnancy\'s; in a request it is the four months', () => {
    expect(primaryOf('Zwangere vrouwen in het derde trimester van 2025 krijgen voorrang.', '2025-03-13')).toBeNull();
    expect(primaryOf('verzoekt de regering de Kamer in het derde trimester van 2025 te informeren,', '2025-03-13')).toEqual({ text: 'in het derde trimester van 2025', deadline: '2025-12-31' });
  });
  it('a weekday after a term word pins no passed year ("voor vrijdag 13 juni" written in October is next June)', () => {
    expect(primaryOf('Ik kom voor vrijdag 13 juni bij u terug.', '2025-10-20')).toEqual({ text: 'voor vrijdag 13 juni', deadline: '2026-06-13' });
    expect(primaryOf('Op vrijdag 13 juni heb ik uw Kamer de brief gestuurd.', '2025-10-20')).toBeNull();
    expect(primaryOf('Op maandag 23 januari vond de Raad plaats.', '2023-01-31')).toBeNull();
    // (A term just passed, noted within a month, is that one.)
    expect(primaryOf('De minister wordt verzocht de antwoorden uiterlijk vrijdag 15 december aan de Kamer te sturen.', '2023-12-21')).toEqual({ text: 'uiterlijk vrijdag 15 december', deadline: '2023-12-15' });
  });
});

describe('a typed term skips a negated expression ("niet in april maar in mei" is May)', () => {
  it('negated, affirmed and "al dan niet"', () => {
    const read = (t: string) => { const r = parseTermInput(t, '2026-02-01'); return r.ok ? r.expression.text : r.code; };
    expect(read('niet in april maar in mei')).toBe('in mei');
    expect(read('in april, al dan niet in mei')).toBe('in april');
    expect(read('in april of in mei')).toBe('in april');
  });
});

describe('a term inside a relative clause with a subject of its own (the named leftover of session 11)', () => {
  it('"die het bureau zelf … en binnenkort openbaar maakt", "die gemeenten voor 1 oktober moeten indienen": theirs', () => {
    expect(primaryOf('Zo kan de evaluatie die het bureau zelf heeft opgesteld en binnenkort openbaar maakt, worden meegenomen.', '2024-03-01')).toBeNull();
    expect(primaryOf('verzoekt de regering een plan op te stellen voor de aanvragen die gemeenten voor 1 oktober moeten indienen,', '2024-03-01')).toBeNull();
  });
  it('the government\'s own act after the relative has closed, "die" as the subject, and the Kamer informed keep their terms', () => {
    expect(primaryOf('Ik zal de evaluatie die het bureau zelf heeft opgesteld binnenkort aan uw Kamer sturen.', '2024-03-01')).toEqual({ text: 'binnenkort', deadline: '2024-06-01' });
    expect(primaryOf('verzoekt de regering maatregelen te nemen die de nieuwbouw per direct opschorten,', '2024-03-01')?.text).toBe('per direct');
    expect(primaryOf('verzoekt de regering een plan op te stellen dat gemeenten helpt en dit voor 1 oktober aan de Kamer te sturen,', '2024-03-01')).toEqual({ text: 'voor 1 oktober', deadline: '2024-10-01' });
  });
});

describe('a state reached on a named day that has passed, nothing about the future in the sentence', () => {
  it('"is conform eerdere toezegging vóór 1 april afgerond", written in June, reports', () => {
    expect(primaryOf('De terugbetaling is conform eerdere toezegging vóór 1 april afgerond.', '2008-06-10')).toBeNull();
  });
  it('a status still to come, or written before that day, keeps its term', () => {
    expect(primaryOf('De terugbetaling is naar verwachting vóór 1 april afgerond.', '2008-06-10')).toEqual({ text: 'vóór 1 april', deadline: '2009-04-01' });
    expect(primaryOf('De terugbetaling is conform eerdere toezegging vóór 1 april afgerond.', '2008-02-10')).toEqual({ text: 'vóór 1 april', deadline: '2008-04-01' });
    expect(primaryOf('Het onderzoek is voor de zomer afgerond.', '2025-02-13')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
  });
});

describe('"voor" meaning "for" and a position in time', () => {
  it('"die relevant kunnen zijn voor de begrotingsbehandeling" is a purpose; "de Kamer voor de begrotingsbehandeling informeren" a term', () => {
    expect(reasonOf('Wij noemen punten die relevant kunnen zijn voor de begrotingsbehandeling van OCW.', '2025-10-01', 'voor de begrotingsbehandeling van OCW')).toBe('purpose');
    expect(primaryOf('Ik zal de Kamer voor de begrotingsbehandeling van OCW informeren.', '2025-10-01')?.text).toBe('voor de begrotingsbehandeling van OCW');
  });
  it('"zal liggen vóór 1 januari 2024" says where a period lies; "vóór 1 januari 2024 vaststellen" is a term', () => {
    expect(primaryOf('verzoekt de regering toe te zeggen dat de referentieperiode zal liggen vóór 1 januari 2024,', '2023-10-01')).toBeNull();
    expect(primaryOf('verzoekt de regering de referentieperiode vóór 1 januari 2024 vast te stellen,', '2023-10-01')).toEqual({ text: 'vóór 1 januari 2024', deadline: '2024-01-01' });
  });
});

describe('development batch 10 (motie clauses and subjects, Besluit status notes)', () => {
  it('"zo snel als het kan" is "zo snel mogelijk"; "zo goed als het kan" is no term', () => {
    expect(primaryOf('Motie van de leden X en Y over het vliegveld zo snel als het kan openen', '2022-12-01')).toEqual({ text: 'zo snel als het kan', deadline: '2023-03-01' });
    expect(primaryOf('Motie van de leden X en Y over het vliegveld zo goed als het kan inpassen', '2022-12-01')).toBeNull();
  });
  it('"over enkele maanden / een paar weken" is as "binnen enkele maanden / weken"; "over twee maanden" keeps its month', () => {
    expect(primaryOf('De kabinetsvisie wordt over enkele maanden verwacht.', '2024-12-04')).toEqual({ text: 'over enkele maanden', deadline: '2025-06-04' });
    expect(primaryOf('De kabinetsvisie wordt over twee maanden verwacht.', '2024-12-04')?.deadline).toBe('2025-02-28');
  });
  it('"het laatste kwartaal (van dit jaar)" is the fourth; "het laatste kwartaal was druk" names none', () => {
    expect(primaryOf('De regeling gaat naar verwachting in het laatste kwartaal van dit jaar in consultatie.', '2025-10-01')).toEqual({ text: 'in het laatste kwartaal van dit jaar', deadline: '2025-12-31' });
    expect(primaryOf('verzoekt de regering het onderzoek voor het laatste kwartaal van 2025 aan de Kamer te sturen,', '2025-04-01')).toEqual({ text: 'voor het laatste kwartaal van 2025', deadline: '2025-09-30' });
    expect(primaryOf('Het laatste kwartaal was druk.', '2025-10-01')).toBeNull();
  });
  it('a letter reporting an expectation to inform ("dat hij verwacht de Kamer bij de Voorjaarsnota 2025 nader te informeren") keeps its term', () => {
    expect(primaryOf('De minister schrijft in deze brief dat hij verwacht de Kamer bij de Voorjaarsnota 2025 nader te informeren.', '2025-01-24')).toEqual({ text: 'bij de Voorjaarsnota 2025', deadline: '2025-06-01' });
    expect(primaryOf('In deze brief ga ik in op de uitkomsten die bij de Voorjaarsnota 2025 zijn gepubliceerd.', '2025-07-24')).toBeNull();
  });
  it('a list of what is asked, each with its own "om" ("…, en om de Kamer hierover jaarlijks te rapporteren")', () => {
    expect(primaryOf('verzoekt de regering om met werkgevers het gesprek aan te gaan over gelijke kansen, en om de Kamer hierover jaarlijks te rapporteren,', '2024-06-12'))
      .toEqual({ text: 'jaarlijks', deadline: '2025-12-31' });
    // (a purpose "om" without a request opened by one stays a purpose)
    expect(primaryOf('verzoekt de regering met werkgevers te overleggen om gelijke kansen te bevorderen, en om die kansen jaarlijks te vergroten,', '2024-06-12')).toBeNull();
  });
});

describe('status-text phrasings of a sweep over every table row (.tmp/s12/sweep-status.ts, 1,350 sentences: 18 failures before, 11 after)', () => {
  it('"de resultaten volgen in 2025" and "Afronding is voorzien in 2025" promise a delivery', () => {
    expect(primaryOf('De evaluatie loopt; de resultaten volgen in 2025.', '2024-03-13')).toEqual({ text: 'in 2025', deadline: '2025-12-31' });
    expect(primaryOf('Afronding is voorzien in april 2024.', '2024-03-13')).toEqual({ text: 'in april 2024', deadline: '2024-04-30' });
  });
  it('a measure planned for a year stays its year ("De sluiting is voorzien in 2030"), and "de ontwikkelingen in 2025 volgen" is no delivery', () => {
    expect(primaryOf('De sluiting is voorzien in 2030.', '2024-03-13')).toBeNull();
    expect(primaryOf('Wij blijven de ontwikkelingen in 2025 volgen.', '2024-03-13')).toBeNull();
  });
  it('"onmiddellijk aan / bij / met de Kamer" is at once; "direct aan de Kamer" stays a manner', () => {
    expect(primaryOf('De beleidsreactie wordt onmiddellijk aan de Kamer gezonden.', '2024-03-13')).toEqual({ text: 'onmiddellijk', deadline: '2024-04-13' });
    expect(primaryOf('Ik kom onmiddellijk bij uw Kamer terug op de uitkomsten.', '2024-03-13')?.text).toBe('onmiddellijk');
    expect(primaryOf('De beleidsreactie wordt direct aan de Kamer gezonden, niet via de commissie.', '2024-03-13')).toBeNull();
  });
});

describe('development batch 11 (motie subjects)', () => {
  it('"gelden" in a compound and a nominalised "het sluiten" are no measure that starts or ends', () => {
    expect(primaryOf('Motie van het lid X over SDE-gelden direct inzetten voor zon-op-dak', '2020-03-11')).toEqual({ text: 'direct', deadline: '2020-04-11' });
    expect(primaryOf('verzoekt de regering per direct een moratorium in te stellen op het sluiten van ziekenhuizen,', '2019-12-04')).toEqual({ text: 'per direct', deadline: '2020-01-04' });
  });
  it('a measure that applies or closes stays its content', () => {
    expect(primaryOf('verzoekt de regering te regelen dat de nieuwe normen per direct gelden,', '2019-12-04')).toBeNull();
    expect(primaryOf('Motie van het lid X over het loket dat per 1 januari sluit', '2019-12-04')).toBeNull();
  });
  it('"komend / volgend jaar" before a level verb is that year\'s level ("de rente komend jaar bevriezen")', () => {
    expect(primaryOf('Motie van de leden X en Y over de rente voor studenten komend jaar bevriezen', '2023-10-26')).toBeNull();
    expect(primaryOf('Motie van het lid X over de belasting op gas volgend jaar niet verhogen', '2023-10-05')).toBeNull();
    expect(primaryOf('verzoekt de regering volgend jaar de regeling te evalueren,', '2023-10-05')).toEqual({ text: 'volgend jaar', deadline: '2024-12-31' });
  });
  it('a rhythm before a nominalised act is that act\'s ("het jaarlijks bezoeken van ouderen"); informing it keeps its term', () => {
    expect(primaryOf('Motie van het lid X over het jaarlijks bezoeken van ouderen', '2012-10-25')).toBeNull();
    expect(primaryOf('Motie van het lid X over het jaarlijks informeren van de Kamer over de wachttijden', '2012-10-25')).toEqual({ text: 'jaarlijks', deadline: '2013-12-31' });
  });
});

describe('development batch 12 (later request clauses of moties)', () => {
  it('continuing a measure in a year is that year\'s measure ("ook in 2024 voort te zetten", "dit jaar voortzetten")', () => {
    expect(primaryOf('verzoekt de regering om het beschikbaar stellen van studiebeurzen ook in 2024 voort te zetten,', '2024-02-14')).toBeNull();
    expect(primaryOf('Motie van het lid X over de financiering van het fonds dit jaar voortzetten', '2024-02-12')).toBeNull();
  });
  it('a year bounding another act, or opening a subject, stays a term', () => {
    expect(primaryOf('verzoekt de regering om het beschikbaar stellen van studiebeurzen in 2024 te evalueren,', '2024-02-14')).toEqual({ text: 'in 2024', deadline: '2024-12-31' });
    expect(primaryOf('Motie van het lid X over in 2025 de pilot voortzetten', '2024-02-12')).toEqual({ text: 'in 2025', deadline: '2025-12-31' });
  });
  it('"er (top)prioriteit van te maken om …" opens the request, not a purpose', () => {
    expect(primaryOf('verzoekt de regering er topprioriteit van te maken om patiënten zo snel mogelijk onder te brengen in een passende instelling,', '2024-01-25'))
      .toEqual({ text: 'zo snel mogelijk', deadline: '2024-04-25' });
    expect(primaryOf('verzoekt de regering een plan te maken om patiënten zo snel mogelijk onder te brengen in een passende instelling,', '2024-01-25')).toBeNull();
  });
});

describe('development batch 13 (status sentences of Besluit notes)', () => {
  it('a statement reported in the perfect keeps the tense of what it reports ("heeft aangegeven dat de evaluatie in 2013 plaatsvindt")', () => {
    expect(primaryOf('In september 2011 heeft de Kamer een brief ontvangen waarin staat aangegeven dat de evaluatie in 2013 plaatsvindt.', '2012-09-18'))
      .toEqual({ text: 'in 2013', deadline: '2013-12-31' });
    expect(primaryOf('De minister heeft gemeld dat de brief voor de zomer naar de Kamer komt.', '2025-03-01')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
  });
  it('what was reported as done stays past', () => {
    expect(primaryOf('De minister heeft gemeld dat de brief op 3 maart naar de Kamer is gestuurd.', '2025-03-10')).toBeNull();
    expect(primaryOf('De minister heeft op 3 maart de brief naar de Kamer gestuurd.', '2025-03-10')).toBeNull();
  });
  it('a treaty voorhang: "kan door of namens een van de Kamers of door ten minste vijftien leden … te kennen worden gegeven uiterlijk op …"', () => {
    expect(primaryOf('De wens dat het verdrag aan de goedkeuring van de Staten-Generaal wordt onderworpen kan door of namens een van de Kamers of door ten minste vijftien leden van de Eerste Kamer te kennen worden gegeven uiterlijk op 10 juli 2025.', '2025-06-19')).toBeNull();
  });
});

describe('development batch 14 (motie subjects)', () => {
  it('"uiterlijk in 2020 sluiten van …" bounds the closing asked; a bare year before it stays the measure\'s', () => {
    expect(primaryOf('Motie van het lid X c.s. over uiterlijk in 2020 sluiten van de oudste kolencentrales', '2018-10-31')).toEqual({ text: 'uiterlijk in 2020', deadline: '2020-12-31' });
    expect(primaryOf('verzoekt de regering te regelen dat de oudste kolencentrales in 2030 sluiten,', '2018-10-31')).toBeNull();
  });
  it('"dit jaar afzien van de verhoging" is that year\'s measure; "dit jaar een voorstel doen" a term', () => {
    expect(primaryOf('Motie van de leden X en Y over dit jaar afzien van de voorgestelde verhoging van de verkeersboetes', '2022-11-15')).toBeNull();
    expect(primaryOf('verzoekt de regering dit jaar een voorstel te doen over de verkeersboetes,', '2022-03-15')).toEqual({ text: 'dit jaar', deadline: '2022-12-31' });
  });
});
