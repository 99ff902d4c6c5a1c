// Issue 25, session 13: the kinds the tenth held-out round (Kamerbrieven, Eerste Kamer toezegging-register lines, motie
// requests and considerations) missed (docs/DATES-RULES.md "Session 13"). Every rule has a positive beside a negative that
// shares its words. The sentences are written for these tests, not taken from the round.
import { describe, expect, it } from 'vitest';
import { parseTermInput } from '../../../src/domain/dates/parse-term-input.ts';
import { weekdayMismatch } from '../../../src/domain/dates/weekday-check.ts';
import { datesOfText } from '../../../src/domain/dates/pick-deadline.ts';
import { primaryOf } from './read-primary.ts';

describe('a toezegging\'s deadline moved ("de deadline te verzetten naar …") is the new term', () => {
  it('verzetten, also of several deadlines at once', () => {
    expect(primaryOf('De commissie besluit de deadline van toezegging T03141 te verzetten naar 1 juli 2026.', '2025-10-02'))
      .toEqual({ text: '1 juli 2026', deadline: '2026-07-01' });
    expect(primaryOf('Voorts besluit zij de toezeggingen T01 en T02 als openstaand te blijven aanmerken en de deadlines te verzetten naar 1 januari 2026.', '2025-10-02'))
      .toEqual({ text: '1 januari 2026', deadline: '2026-01-01' });
  });
  it('a meeting moved to a day is the Kamer\'s own planning', () => {
    expect(primaryOf('De commissie besluit het commissiedebat te verplaatsen naar 1 juli 2026.', '2025-10-02')).toBeNull();
  });
});

describe('"kunt u de brief … tegemoet zien" promises the letter', () => {
  it('also after "in verband hiermee" (not the letter itself)', () => {
    expect(primaryOf('In verband hiermee kunt u de brief in januari tegemoet zien.', '2025-12-10'))
      .toEqual({ text: 'in januari', deadline: '2026-01-31' });
  });
  it('what this letter itself sets out stays its outline', () => {
    expect(primaryOf('Hiermee geef ik inzicht in de planning van januari.', '2025-12-10')).toBeNull();
  });
});

describe('"spoedig / direct in <noun> te <verb>" is acting soon', () => {
  it('in kaart te brengen, in overleg te treden', () => {
    expect(primaryOf('verzoekt de regering spoedig in kaart te brengen welke knelpunten er zijn,', '2025-03-01'))
      .toEqual({ text: 'spoedig', deadline: '2025-06-01' });
    expect(primaryOf('verzoekt de regering direct in overleg te treden met de provincies,', '2025-03-01'))
      .toEqual({ text: 'direct', deadline: '2025-04-01' });
  });
  it('"in werking" and a plain place are no act', () => {
    expect(primaryOf('verzoekt de regering de wet spoedig in werking te laten treden,', '2025-03-01')).toBeNull();
    expect(primaryOf('verzoekt de regering de verkeersveiligheid direct in de wijk te verbeteren,', '2025-03-01')).toBeNull();
  });
});

describe('"direct als / en indirect" is a manner', () => {
  it('paired with its opposite: no term', () => {
    expect(primaryOf('De maatregel raakt zowel direct als indirect de ondernemers in de regio.', '2025-03-01')).toBeNull();
    expect(primaryOf('verzoekt de regering de kosten direct en indirect in beeld te brengen,', '2025-03-01')).toBeNull();
  });
  it('alone before an act it is a term', () => {
    expect(primaryOf('verzoekt de regering de kosten direct in beeld te brengen,', '2025-03-01')).toEqual({ text: 'direct', deadline: '2025-04-01' });
  });
});

describe('a soft term right before a stop ("per direct geen … meer te …") is the term of the stop', () => {
  it('geen … meer, niet langer', () => {
    expect(primaryOf('verzoekt het kabinet per direct geen nieuwe orders meer te plaatsen bij de industrie,', '2025-08-21'))
      .toEqual({ text: 'per direct', deadline: '2025-09-21' });
    expect(primaryOf('verzoekt de regering onmiddellijk niet langer toe te staan dat de boten uitvaren,', '2025-08-21'))
      .toEqual({ text: 'onmiddellijk', deadline: '2025-09-21' });
  });
  it('a year before a negated act is still how long the measure runs', () => {
    expect(primaryOf('verzoekt de regering in 2026 geen nieuwe vergunningen meer te verlenen,', '2025-08-21')).toBeNull();
  });
});

describe('a soft term tied by "dan" to "zodra <event>" waits for that event (no date, so no term)', () => {
  it('zodra … dan (ook) per direct', () => {
    expect(primaryOf('verzoekt de regering zodra de regeling is afgebouwd ervoor te zorgen dat er dan ook per direct wordt gestopt met de heffing,', '2024-05-23')).toBeNull();
    expect(primaryOf('verzoekt de regering zodra het rapport verschijnt dan onmiddellijk de maatregelen te nemen,', '2024-05-23')).toBeNull();
  });
  it('without "dan" the soft term stays (session 7); "zodra dat mogelijk is" is a hedge; a hard term keeps its date', () => {
    expect(primaryOf('Zodra het rapport verschijnt, stuur ik het u zo spoedig mogelijk toe.', '2024-05-23')).toEqual({ text: 'zo spoedig mogelijk', deadline: '2024-08-23' });
    expect(primaryOf('Ik zal de Kamer zodra dat mogelijk is per direct informeren.', '2024-05-23')).toEqual({ text: 'per direct', deadline: '2024-06-23' });
    expect(primaryOf('verzoekt de regering zodra de wet is aangenomen de Kamer voor 1 juli te informeren over de invoering,', '2024-05-23'))
      .toEqual({ text: 'voor 1 juli', deadline: '2024-07-01' });
  });
});

describe('what matters ("Het is van groot belang dat …") promises nothing', () => {
  it('a soft word in it is no term', () => {
    expect(primaryOf('Het is van groot belang dat statushouders zo snel mogelijk worden gehuisvest.', '2023-01-24')).toBeNull();
  });
  it('informing the Kamer keeps it; a hard bound keeps it', () => {
    expect(primaryOf('Het is van groot belang dat de Kamer zo spoedig mogelijk wordt geïnformeerd over de uitkomsten.', '2023-01-24'))
      .toEqual({ text: 'zo spoedig mogelijk', deadline: '2023-04-24' });
    expect(primaryOf('Het is van belang dat de evaluatie voor de zomer gereed is.', '2023-01-24')).toEqual({ text: 'voor de zomer', deadline: '2023-07-06' });
  });
});

describe('"de Kamerbrief van <period>" asked or promised is a letter to come', () => {
  it('in a request or a promise, a period ahead: the term', () => {
    expect(primaryOf('verzoekt de regering in de Kamerbrief van dit voorjaar voorstellen op te nemen voor het toezicht,', '2024-03-27'))
      .toEqual({ text: 'dit voorjaar', deadline: '2024-06-30' });
    expect(primaryOf('De minister zegt toe in de voortgangsbrief van dit najaar in te gaan op de knelpunten.', '2024-03-27'))
      .toEqual({ text: 'dit najaar', deadline: '2024-12-19' });
  });
  it('a letter already sent is a reference point', () => {
    expect(primaryOf('In de brief van 3 maart heb ik u geïnformeerd over de planning.', '2024-03-27')).toBeNull();
    expect(primaryOf('verzoekt de regering de maatregelen uit de Kamerbrief van 3 maart uit te voeren,', '2024-03-27')).toBeNull();
  });
});

describe('a numeral before "per jaar" counts what is given, not how often the government acts', () => {
  it('één controle per jaar is content; the other term of the request counts', () => {
    expect(primaryOf('verzoekt de regering één controle per jaar te vergoeden en zo spoedig mogelijk de tarieven te verlagen,', '2025-09-04'))
      .toEqual({ text: 'zo spoedig mogelijk', deadline: '2025-12-04' });
    expect(primaryOf('De inspectie zal drie inspecties per jaar uitvoeren bij de instellingen.', '2025-09-04')).toBeNull();
  });
  it('"twee keer per jaar" is how often: a rhythm', () => {
    expect(primaryOf('verzoekt de regering twee keer per jaar de Kamer te informeren over de controles,', '2025-09-04')?.text).toBe('twee keer per jaar');
  });
});

describe('what a report covers ("rapporteert over de periode …") is its content', () => {
  it('the period covered is no term; the moment it is sent is', () => {
    expect(primaryOf('Deze rapportage rapporteert over de periode mei tot en met augustus.', '2025-10-17')).toBeNull();
    expect(primaryOf('De Kamer wordt over de periode januari tot en met juni in het najaar geïnformeerd.', '2025-03-13'))
      .toEqual({ text: 'in het najaar', deadline: '2025-12-18' });
  });
});

describe('a report\'s title names the day of its meeting', () => {
  it('"Verslag <Raad> op / van <day>" is no term', () => {
    expect(primaryOf('Verslag Raad voor Concurrentievermogen op 12 maart te Brussel', '2018-04-05')).toBeNull();
    expect(primaryOf('Verslag van de Eurogroep van 3 mei 2025', '2025-03-13')).toBeNull();
  });
  it('a report sent on a day is delivered then', () => {
    expect(primaryOf('Verslag van de evaluatie wordt op 1 juli naar de Kamer gestuurd.', '2025-03-13')).toEqual({ text: 'op 1 juli', deadline: '2025-07-01' });
  });
});

describe('the Kamer\'s own agenda: an algemeen overleg planned, a paper put on the commission\'s agenda, an overleg taking place', () => {
  it('no term', () => {
    expect(primaryOf('Op 4 juni heeft uw Kamer een algemeen overleg gepland over de jeugdzorg.', '2019-05-28')).toBeNull();
    expect(primaryOf('Een concept voor een voorlichtingsaanvraag wordt op dinsdag 31 januari 2023 in de commissie geagendeerd.', '2023-01-17')).toBeNull();
    expect(primaryOf('Deze brief zal met u worden besproken tijdens het planningsoverleg dat zal plaatsvinden op 24 november 2025.', '2025-11-10')).toBeNull();
  });
  it('the government informing before that overleg keeps its term', () => {
    expect(primaryOf('Ik zal de Kamer voor het algemeen overleg van 4 juni informeren.', '2019-05-28')?.deadline).toBe('2019-06-04');
  });
});

describe('a plural subject other than the government that must act ("Scholen moeten … uiterlijk 1 augustus …") has its own term', () => {
  it('their term, not the government\'s', () => {
    expect(primaryOf('Samenwerkingsverbanden moeten hier voor 1 februari 2026 een gezamenlijk plan voor indienen.', '2025-12-01')).toBeNull();
    expect(primaryOf('Scholen moeten uiterlijk 1 augustus hun schoolplan publiceren.', '2025-03-13')).toBeNull();
  });
  it('the ministries, a passive ("Maatregelen moeten … worden genomen") or the Kamer informed keep it', () => {
    expect(primaryOf('De ministeries moeten voor 1 juli hun plannen aanleveren.', '2025-03-13')).toEqual({ text: 'voor 1 juli', deadline: '2025-07-01' });
    expect(primaryOf('Maatregelen moeten voor de zomer worden genomen om de wachttijden te verkorten.', '2025-03-13')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
  });
});

describe('acting at once, told afterwards ("is met onmiddellijke ingang stopgezet"), is a fact (review 12 LOW)', () => {
  it('a perfect with the participle after the soft term: no term', () => {
    expect(primaryOf('De regeling is met onmiddellijke ingang stopgezet.', '2025-03-13')).toBeNull();
    expect(primaryOf('De minister heeft de subsidie per direct stopgezet.', '2025-03-13')).toBeNull();
  });
  it('done now, expected, promised or asked keeps the soft term', () => {
    expect(primaryOf('Het onderzoek is naar verwachting per direct afgerond.', '2025-03-13')).toEqual({ text: 'per direct', deadline: '2025-04-13' });
    expect(primaryOf('De regeling wordt met onmiddellijke ingang stopgezet.', '2025-03-13')).toEqual({ text: 'met onmiddellijke ingang', deadline: '2025-04-13' });
    expect(primaryOf('De minister heeft toegezegd de subsidie per direct stop te zetten.', '2025-03-13')).toEqual({ text: 'per direct', deadline: '2025-04-13' });
  });
});

describe('a typed term whose every expression is negated ("niet in april") is none (review 12 leftover)', () => {
  it('DATE_NEGATED with the term that was negated', () => {
    expect(parseTermInput('niet in april', '2025-01-15')).toEqual({ ok: false, code: 'DATE_NEGATED', text: 'in april' });
    expect(parseTermInput('niet in april en niet in mei', '2025-01-15')).toMatchObject({ ok: false, code: 'DATE_NEGATED' });
  });
  it('an affirmed term beside it, or a bound with "niet" ("niet later dan"), is read', () => {
    expect(parseTermInput('niet in april maar in mei', '2025-01-15')).toMatchObject({ ok: true, expression: { text: 'in mei' } });
    expect(parseTermInput('niet later dan 1 mei', '2025-01-15')).toMatchObject({ ok: true, expression: { deadline: '2025-05-01' } });
  });
});

describe('a weekday that does not fit its date is noticed, the date kept (review 12 LOW)', () => {
  const slipOf = (text: string, reference: string) => {
    const e = datesOfText(text, reference).expressions[0];
    return e ? weekdayMismatch(e) : undefined;
  };
  it('"vrijdag 14 maart 2026" is a Saturday: the term stays 14 March, the slip is told', () => {
    const text = 'verzoekt de regering de Kamer vóór vrijdag 14 maart 2026 te informeren,';
    expect(primaryOf(text, '2026-01-10')).toEqual({ text: 'vóór vrijdag 14 maart 2026', deadline: '2026-03-14' });
    expect(slipOf(text, '2026-01-10')).toEqual({ written: 'vrijdag', actual: 'zaterdag', date: '2026-03-14' });
  });
  it('a fitting weekday, or none, is no slip', () => {
    expect(slipOf('verzoekt de regering de Kamer vóór vrijdag 13 maart 2026 te informeren,', '2026-01-10')).toBeNull();
    expect(slipOf('verzoekt de regering de Kamer vóór 14 maart 2026 te informeren,', '2026-01-10')).toBeNull();
  });
});

describe('development batch 15 (motie requests): "roept … op om …" opens the request; an act after a closed purpose keeps its term', () => {
  it('"roept de regering op om <term> …" is the request\'s own "om", not a purpose', () => {
    expect(primaryOf('roept de regering op om bij de Europese Raad van 27 en 28 juni aanstaande in te zetten op de-escalatie,', '2024-06-25'))
      .toEqual({ text: 'bij de Europese Raad van 27 en 28 juni', deadline: '2024-06-27' });
    expect(primaryOf('roept het kabinet op om per direct alle contacten te bevriezen,', '2024-11-21')).toEqual({ text: 'per direct', deadline: '2024-12-21' });
  });
  it('a purpose inside the request stays a purpose', () => {
    expect(primaryOf('roept de regering op om een plan te maken om de wachttijden voor de zomer te halveren,', '2024-06-25')).toBeNull();
  });
  it('"om X terug te dringen nog vóór het zomerreces in kaart te brengen": the term is the later act\'s', () => {
    expect(primaryOf('verzoekt de regering om alle maatregelen om de afhankelijkheid terug te dringen nog vóór het zomerreces in kaart te brengen,', '2025-03-19'))
      .toEqual({ text: 'vóór het zomerreces', deadline: '2025-07-03' });
    expect(primaryOf('verzoekt de regering een noodplan te maken om de bevolking te ondersteunen in de winter,', '2025-03-19')).toBeNull();
  });
  it('"de maatregelen die we dit jaar nog kunnen nemen": the year says which measures', () => {
    expect(primaryOf('verzoekt de regering de maatregelen die we dit jaar nog kunnen nemen in kaart te brengen,', '2025-03-19')).toBeNull();
    expect(primaryOf('verzoekt de regering de maatregelen die we kennen dit jaar nog uit te voeren,', '2025-03-19')?.text).toBe('dit jaar');
  });
});

describe('development batch 15: the fracties addressed, an agency spurred, a target year, a question asked', () => {
  it('"verzoekt de fracties binnen vier weken …" is the Kamer\'s own business', () => {
    expect(primaryOf('verzoekt de fracties binnen vier weken aan te geven welke leden zij voordragen;', '2023-12-13')).toBeNull();
    expect(primaryOf('verzoekt de regering binnen vier weken de fracties te informeren over de voordracht;', '2023-12-13')).toEqual({ text: 'binnen vier weken', deadline: '2024-01-10' });
  });
  it('"het CBR aan te sporen zo snel als mogelijk …" is the agency\'s term; the government\'s own is kept', () => {
    expect(primaryOf('verzoekt de regering om het CBR aan te sporen zo snel als mogelijk de wachttijden te verkorten,', '2025-01-14')).toBeNull();
    expect(primaryOf('verzoekt de regering zo snel als mogelijk met het CBR de wachttijden te verkorten,', '2025-01-14')).toEqual({ text: 'zo snel als mogelijk', deadline: '2025-04-14' });
  });
  it('"de gestelde doelen voor 2030" is the target\'s year', () => {
    expect(primaryOf('verzoekt de regering actiever te sturen op verduurzaming, mede in relatie tot de gestelde doelen voor 2030,', '2023-12-20')).toBeNull();
    expect(primaryOf('verzoekt de regering de doelen voor de zomer van 2024 te herzien,', '2023-12-20')).toEqual({ text: 'voor de zomer van 2024', deadline: '2024-07-04' });
  });
  it('"te onderzoeken … of zij binnen negen maanden gereed kunnen zijn": what is asked, not when', () => {
    expect(primaryOf('verzoekt de regering te onderzoeken waar de telers nu staan en of zij binnen negen maanden gereed kunnen zijn om te produceren,', '2024-02-28')).toBeNull();
    expect(primaryOf('verzoekt de regering te onderzoeken of dit kan en de Kamer binnen negen maanden te informeren,', '2024-02-28')).toEqual({ text: 'binnen negen maanden', deadline: '2024-11-28' });
  });
});

describe('development batch 16: a soft adjective paired with another quality ("volledige en onmiddellijke medewerking")', () => {
  it('one of two qualities of a noun: no term', () => {
    expect(primaryOf('verzoekt de regering op te roepen tot volledige en onmiddellijke medewerking van alle autoriteiten,', '2024-06-25')).toBeNull();
  });
  it('alone before an act noun it stays a term', () => {
    expect(primaryOf('Motie van het lid X over onmiddellijke medewerking aan het onderzoek', '2024-06-25')).toEqual({ text: 'onmiddellijke', deadline: '2024-07-25' });
    expect(primaryOf('Motie van het lid X over volledige en onmiddellijke medewerking aan het onderzoek', '2024-06-25')).toBeNull();
  });
});

describe('development batch 17 (letters): a separable participle makes a perfect ("zijn … binnengekomen op 15 februari")', () => {
  it('a fact told afterwards: no term', () => {
    expect(primaryOf('De sterktegegevens zijn in ruwe vorm binnengekomen op 15 februari, waarna zij opnieuw worden gevalideerd.', '1998-03-20')).toBeNull();
    expect(primaryOf('De evaluatie is op 3 maart afgerond.', '1998-03-20')).toBeNull();
  });
  it('the present or a promise keeps the term', () => {
    expect(primaryOf('De sterktegegevens komen op 15 april binnen, waarna ik u informeer.', '1998-03-20')).toEqual({ text: 'op 15 april', deadline: '1998-04-15' });
    expect(primaryOf('De evaluatie wordt op 3 april afgerond.', '1998-03-20')?.text).toBe('op 3 april');
  });
});
