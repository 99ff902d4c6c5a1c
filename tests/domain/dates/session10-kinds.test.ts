// Issue 25, session 10: the kinds the seventh held-out round missed (docs/DATES-RULES.md "Session 10"). Every rule has a
// positive beside a negative that shares its words.
import { describe, expect, it } from 'vitest';
import { primaryOf, reasonOf } from './read-primary.ts';

describe('"de behandeling van de komende / volgende begroting" is the begrotingsbehandeling, as "de komende begrotingsbehandeling"', () => {
  it('bounds the act before it', () => {
    expect(primaryOf('verzoekt de regering de Kamer hierover voorafgaande aan de plenaire behandeling van de komende OCW-begroting te informeren,', '2024-06-19'))
      .toEqual({ text: 'voorafgaande aan de plenaire behandeling van de komende OCW-begroting', deadline: '2024-10-31' });
    expect(primaryOf('verzoekt de regering de Kamer te informeren voor de behandeling van de aankomende begroting van Defensie,', '2025-05-22'))
      .toEqual({ text: 'voor de behandeling van de aankomende begroting van Defensie', deadline: '2025-10-31' });
  });
  it('"de komende begroting" without its debate is what the budget holds', () => {
    expect(primaryOf('verzoekt de regering in de komende begroting extra middelen op te nemen,', '2024-06-19')).toBeNull();
  });
});

describe('"per <period>" as a breakdown of numbers is no rhythm, also in a report to the Kamer', () => {
  it('"uitgesplitst per jaar, leeftijd en geslacht", "per jaar en per regio"', () => {
    const split = 'verzoekt de regering het aantal diagnoses uitgesplitst per jaar, leeftijd en geboortegeslacht aan de Kamer te rapporteren,';
    expect(primaryOf(split, '2024-02-15')).toBeNull();
    expect(reasonOf(split, '2024-02-15', 'per jaar')).toBe('rate');
    expect(primaryOf('verzoekt de regering de cijfers per jaar en per regio aan de Kamer te rapporteren,', '2024-02-15')).toBeNull();
  });
  it('"de Kamer per jaar informeren" and "per kwartaal, uiterlijk …" stay rhythms', () => {
    expect(primaryOf('verzoekt de regering de Kamer per jaar te informeren over het aantal diagnoses,', '2024-06-19')).toEqual({ text: 'per jaar', deadline: '2025-12-31' });
    expect(primaryOf('verzoekt de regering de Kamer per kwartaal, uiterlijk op de eerste dag, te informeren,', '2024-02-15')).toEqual({ text: 'per kwartaal', deadline: '2024-06-30' });
  });
});

describe('a year after a bound ("voor 2030", "sinds 2021", "tot 2028") fills in no later term of its sentence', () => {
  it('"… die voor 2030 overstappen …, en de Kamer hierover voor de zomer te informeren" is the next summer', () => {
    expect(primaryOf('verzoekt de regering te verkennen hoe huurders die voor 2030 overstappen op een warmtenet niet meer betalen, en de Kamer hierover voor de zomer te informeren,', '2024-04-10'))
      .toEqual({ text: 'voor de zomer', deadline: '2024-07-04' });
    expect(primaryOf('verzoekt de regering om vóór 2026 de regeling aan te passen en de Kamer voor de zomer te informeren,', '2024-04-10'))
      .toEqual({ text: 'voor de zomer', deadline: '2024-07-04' });
  });
  it('a year that frames the sentence still fills it in ("in 2025 … voor de zomer")', () => {
    expect(primaryOf('verzoekt de regering in 2025 te evalueren en de Kamer voor de zomer te informeren,', '2024-04-10')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
  });
});

describe('"zich (…) in te zetten / in te spannen om …" asks for what follows "om", as "alles in het werk te stellen om"', () => {
  it('the term after it bounds the government\'s own result', () => {
    expect(primaryOf('verzoekt de regering zich samen met de sector in te zetten om zo spoedig mogelijk een EU-vrijstatus voor IBR te behalen,', '2024-06-27'))
      .toEqual({ text: 'zo spoedig mogelijk', deadline: '2024-09-27' });
    expect(primaryOf('verzoekt de regering zich tot het uiterste in te spannen om een deel van de regeling nog dit jaar in te zetten,', '2025-09-09'))
      .toEqual({ text: 'dit jaar', deadline: '2025-12-31' });
  });
  it('a second "om" after it is a third party\'s purpose', () => {
    expect(primaryOf('verzoekt de regering zich in te zetten om gemeenten te stimuleren om zo spoedig mogelijk een EU-vrijstatus te behalen,', '2024-06-27')).toBeNull();
  });
});

describe('a Kamer meeting that takes place on a day: its date, the Kamer\'s business', () => {
  it('"zal een gezamenlijke commissievergadering plaatsvinden op 4 oktober"', () => {
    const text = 'Deze bespreking zal worden teruggekoppeld en tevens zal een gezamenlijke commissievergadering plaatsvinden op 4 oktober om 16.30 uur in de Tweede Kamer.';
    expect(primaryOf(text, '2016-09-13')).toBeNull();
    expect(reasonOf(text, '2016-09-13', 'op 4 oktober')).toBe('kamer-procedure');
  });
  it('the government informing the Kamer by that meeting keeps its term', () => {
    expect(primaryOf('Tevens zal de minister de Kamer vóór de commissievergadering op 4 oktober informeren.', '2016-09-13')).toEqual({ text: 'op 4 oktober', deadline: '2016-10-04' });
  });
});

describe('a past date in a relative clause told in the simple past says when that happened', () => {
  it('"landen waar Nederland dit voor de zomer van 2023 ook op toepaste" (written in 2024)', () => {
    const text = 'verzoekt de regering te waarborgen dat het principe blijvend wordt toegepast op landen waar Nederland dit voor de zomer van 2023 ook op toepaste,';
    expect(primaryOf(text, '2024-03-13')).toBeNull();
    expect(reasonOf(text, '2024-03-13', 'voor de zomer van 2023')).toBe('past-date');
  });
  it('the request\'s own past term stays (overdue), and so does a future one in such a clause', () => {
    expect(primaryOf('verzoekt de regering het principe voor de zomer van 2023 toe te passen op landen waar Nederland dit ook deed,', '2024-03-13'))
      .toEqual({ text: 'voor de zomer van 2023', deadline: '2023-07-06' });
    expect(primaryOf('verzoekt de regering het principe toe te passen op landen waar Nederland dit voor de zomer van 2024 op wil toepassen,', '2024-03-13'))
      .toEqual({ text: 'voor de zomer van 2024', deadline: '2024-07-04' });
  });
});

describe('"in <year>" right after the request\'s opening bounds the act (DATES.md row "in Y" in the request position)', () => {
  it('"verzoekt de regering (om) in 2025 een plan op te stellen"', () => {
    expect(primaryOf('verzoekt de regering om in 2025 een plan op te stellen,', '2024-12-19')).toEqual({ text: 'in 2025', deadline: '2025-12-31' });
    expect(primaryOf('verzoekt de regering in 2025 een plan op te stellen,', '2024-12-19')).toEqual({ text: 'in 2025', deadline: '2025-12-31' });
  });
  it('a level set for that year stays about the year ("in 2026 de huren te bevriezen", "in 2026 een huurbevriezing in te voeren")', () => {
    expect(primaryOf('verzoekt de regering in 2026 de huren te bevriezen,', '2024-12-19')).toBeNull();
    expect(primaryOf('verzoekt de regering om in 2026 een huurbevriezing in te voeren,', '2025-09-18')).toBeNull();
    expect(primaryOf('verzoekt de regering een plan voor de accijnzen in 2025 op te stellen,', '2024-12-19')).toBeNull();
  });
});

describe('a promise "zegt (de Kamer, naar aanleiding van …,) toe om …" is the promise itself, not a purpose', () => {
  it('its term bounds what is promised (the sweep of every row in this position found none read)', () => {
    expect(primaryOf('De minister zegt de Kamer, naar aanleiding van een vraag van het lid Jansen (SP), toe om voor 1 juli 2024 de evaluatie naar de Kamer te sturen.', '2024-03-13'))
      .toEqual({ text: 'voor 1 juli 2024', deadline: '2024-07-01' });
    expect(primaryOf('De staatssecretaris zegt de Kamer toe om zo snel mogelijk de evaluatie naar de Kamer te sturen.', '2024-03-13')).toEqual({ text: 'zo snel mogelijk', deadline: '2024-06-13' });
    expect(primaryOf('De minister zegt toe om in 2025 de regeling te evalueren.', '2024-03-13')).toEqual({ text: 'in 2025', deadline: '2025-12-31' });
  });
  it('a later "om" of a third party stays a purpose', () => {
    expect(primaryOf('De minister zegt de Kamer toe de evaluatie te sturen en gemeenten te ondersteunen om voor 1 juli 2024 een besluit te nemen.', '2024-03-13')).toBeNull();
  });
});

describe('the request\'s opening with "roept … op" or a parenthesis between commas', () => {
  it('"roept de regering op in 2025 …", "verzoekt de regering, gelet op de urgentie, in 2025 …" bound the act', () => {
    expect(primaryOf('roept de regering op in 2025 de regeling aan te passen,', '2024-03-13')).toEqual({ text: 'in 2025', deadline: '2025-12-31' });
    expect(primaryOf('verzoekt de regering, gelet op de urgentie, in 2025 met een voorstel te komen,', '2024-03-13')).toEqual({ text: 'in 2025', deadline: '2025-12-31' });
  });
  it('the year of a topic later in the request stays content', () => {
    expect(primaryOf('verzoekt de regering, gelet op de urgentie, met een voorstel te komen over de accijnzen in 2025,', '2024-03-13')).toBeNull();
  });
});

describe('"de behandeling van de Defensiebegroting (2026)": a ministry written as one word with the budget', () => {
  it('is that budget\'s debate', () => {
    expect(primaryOf('verzoekt de regering projecten vorm te geven, en daar de Kamer voor de behandeling van de Defensiebegroting 2026 over te informeren,', '2025-05-15'))
      .toEqual({ text: 'voor de behandeling van de Defensiebegroting 2026', deadline: '2025-10-31' });
  });
  it('"in de Defensiebegroting 2026" alone is what the budget holds', () => {
    expect(primaryOf('verzoekt de regering in de Defensiebegroting 2026 extra middelen op te nemen,', '2025-05-15')).toBeNull();
  });
});

describe('"onmiddellijk met / aan … te <verb>" is acting at once, as "spoedig met … te <verb>"', () => {
  it('"dit onmiddellijk aan de Kamer te sturen", "onmiddellijk met een voorstel te komen"', () => {
    expect(primaryOf('verzoekt de regering een plan op te stellen en dit onmiddellijk aan de Kamer te sturen,', '2024-03-13')).toEqual({ text: 'onmiddellijk', deadline: '2024-04-13' });
    expect(primaryOf('verzoekt de regering onmiddellijk met een voorstel te komen,', '2024-03-13')).toEqual({ text: 'onmiddellijk', deadline: '2024-04-13' });
  });
  it('"direct aan de Kamer" may mean without a detour: no term', () => {
    expect(primaryOf('verzoekt de regering een plan op te stellen en dit direct aan de Kamer te sturen,', '2024-03-13')).toBeNull();
  });
});

describe('the Kamer before "op <day>" is the one informed, not a topic with its own day', () => {
  it('"ontvangt uw Kamer op 1 juni de evaluatie", "voor te leggen aan de Kamer op Prinsjesdag"', () => {
    expect(primaryOf('Naar verwachting ontvangt uw Kamer op 1 juni de evaluatie.', '2024-03-13')).toEqual({ text: 'op 1 juni', deadline: '2024-06-01' });
    expect(primaryOf('verzoekt de regering de varianten met hun effecten voor te leggen aan de Kamer op Prinsjesdag,', '2025-06-25')).toEqual({ text: 'op Prinsjesdag', deadline: '2025-09-16' });
  });
  it('a topic noun before "op <day>" keeps that noun\'s day', () => {
    expect(primaryOf('Uw Kamer ontvangt een brief over de verstoringen op 1 juni.', '2024-03-13')).toBeNull();
  });
});

describe('"bij de Kamer terugkomen (op …)" informs the Kamer', () => {
  it('"Ik kom in 2025 bij uw Kamer terug op de uitkomsten"', () => {
    expect(primaryOf('Ik kom in 2025 bij uw Kamer terug op de uitkomsten van het onderzoek.', '2024-03-13')).toEqual({ text: 'in 2025', deadline: '2025-12-31' });
  });
  it('a speaker returning to a topic does not ("kom ik terug op de uitkomsten van het onderzoek in 2025")', () => {
    expect(primaryOf('In mijn antwoord kom ik terug op de uitkomsten van het onderzoek in 2025.', '2024-03-13')).toBeNull();
  });
});

describe('development batch 8 (later request clauses and considerations): purposes, topics and a variant', () => {
  it('after a purpose\'s own "te <verb>", a term right after " en" with a delivery to the Kamer is the request again', () => {
    expect(primaryOf('verzoekt het kabinet zo snel mogelijk een juridische weg te vinden om dit verbod tot stand te brengen en uiterlijk voor het zomerreces wetgeving hiertoe naar de Tweede Kamer te sturen,', '2024-04-18'))
      .toEqual({ text: 'uiterlijk voor het zomerreces', deadline: '2024-07-04' });
    expect(primaryOf('verzoekt het kabinet een plan te maken om de uitstoot te verminderen en voor 2030 klimaatneutraal te zijn,', '2024-04-18')).toBeNull();
  });
  it('"zo snel als mogelijk" is "zo snel mogelijk"; "zo goed als mogelijk" is no term', () => {
    expect(primaryOf('verzoekt de regering de Kamer zo snel als mogelijk te informeren,', '2024-05-16')).toEqual({ text: 'zo snel als mogelijk', deadline: '2024-08-16' });
    expect(primaryOf('verzoekt de regering de Kamer zo goed als mogelijk te informeren,', '2024-05-16')).toBeNull();
  });
  it('a preposition before "in <year> <ge-participle>" makes it when that was done ("over in 2023 geleverde prestaties")', () => {
    const text = 'verzoekt de regering een analyse te maken van de bedragen die over in 2023 geleverde prestaties uitgekeerd worden,';
    expect(primaryOf(text, '2023-12-21')).toBeNull();
    expect(reasonOf(text, '2023-12-21', 'in 2023')).toBe('past-marker');
    expect(primaryOf('verzoekt de regering om in 2024 gerichte maatregelen te nemen,', '2023-12-21')).toEqual({ text: 'in 2024', deadline: '2024-12-31' });
  });
  it('"mee te nemen / uit te werken hoe …" asks content; a term before it bounds the act', () => {
    expect(primaryOf('verzoekt de regering om bij de uitwerking van het plan van aanpak mee te nemen hoe op korte termijn een aanspreekpunt bij de politie gerealiseerd kan worden,', '2024-02-08')).toBeNull();
    expect(primaryOf('verzoekt de regering op korte termijn uit te werken hoe een aanspreekpunt bij de politie gerealiseerd kan worden,', '2024-02-08')).toEqual({ text: 'op korte termijn', deadline: '2024-05-08' });
  });
  it('a date in a relative clause on the topic of what the Kamer is told is that topic\'s', () => {
    expect(primaryOf('verzoekt de regering de Kamer te informeren over het bedrag dat in 2024 nodig zou zijn om schoolgebouwen te verbeteren,', '2024-04-18')).toBeNull();
    expect(primaryOf('verzoekt de regering de Kamer in 2024 te informeren over het bedrag dat nodig is om schoolgebouwen te verbeteren,', '2024-04-18')).toEqual({ text: 'in 2024', deadline: '2024-12-31' });
  });
});

describe('from a review of unlabelled pool decisions: a chain of rates and a present participle after the date', () => {
  it('"1 mol per hectare per jaar" is a rate; "de Kamer per jaar informeren" a rhythm', () => {
    expect(primaryOf('verzoekt de regering een rekenkundige ondergrens van 1 mol per hectare per jaar te hanteren,', '2023-12-21')).toBeNull();
    expect(primaryOf('verzoekt de regering de Kamer per jaar te informeren over de stikstofdepositie per hectare,', '2023-12-21')).toEqual({ text: 'per jaar', deadline: '2024-12-31' });
  });
  it('"de naar verwachting eind dit jaar in werking tredende verordening", "de per 1 januari geldende regels": when it applies', () => {
    const text = 'verzoekt de regering om de naar verwachting eind dit jaar in werking tredende EU-verordening aan te wenden om stappen te zetten;';
    expect(primaryOf(text, '2024-11-21')).toBeNull();
    expect(reasonOf(text, '2024-11-21', 'eind dit jaar')).toBe('measure-starts-ends');
    expect(primaryOf('verzoekt de regering de per 1 januari geldende regels te evalueren,', '2024-11-21')).toBeNull();
  });
  it('an adjective ending in -ende after a term that opens the request is no such participle', () => {
    expect(primaryOf('verzoekt de regering om op korte termijn met aanvullende maatregelen te komen,', '2025-03-06')).toEqual({ text: 'op korte termijn', deadline: '2025-06-06' });
    expect(primaryOf('verzoekt de regering met spoed de volgende maatregelen uit te werken,', '2025-03-20')).toEqual({ text: 'met spoed', deadline: '2025-06-20' });
  });
});

describe('from a review of unlabelled request clauses the reader gave no term', () => {
  it('a meeting named with more adjectives or by its abbreviation on a named day ("de aankomende Europese Raad van 3 februari", "de RBZ van 15 juli")', () => {
    expect(primaryOf('verzoekt de regering dit uit te dragen als het Nederlandse standpunt tijdens de aankomende Europese Raad van 3 februari,', '2025-01-29'))
      .toEqual({ text: 'tijdens de aankomende Europese Raad van 3 februari', deadline: '2025-02-03' });
    expect(primaryOf('verzoekt de regering tijdens de RBZ van 15 juli a.s. in Europees verband te pleiten voor een sanctiepakket,', '2025-07-03'))
      .toEqual({ text: 'tijdens de RBZ van 15 juli', deadline: '2025-07-15' });
    expect(primaryOf('verzoekt de regering te reageren op het advies van de Raad van State van 12 maart,', '2025-01-29')).toBeNull();
  });
  it('"onmiddellijk / direct <particle> te <verb>" acts at once; "direct in verband te brengen" does not', () => {
    expect(primaryOf('verzoekt de regering de Spreidingswet onmiddellijk in te trekken,', '2025-09-18')).toEqual({ text: 'onmiddellijk', deadline: '2025-10-18' });
    expect(primaryOf('verzoekt de regering de maatregelen direct in verband te brengen met de doelen,', '2025-09-18')).toBeNull();
  });
  it('after a question ("te verkennen hoe …"), "en dit <term> aan de Kamer te sturen" and ", en daarvoor … te <verb> <term>" are the request again', () => {
    expect(primaryOf('verzoekt het kabinet te verkennen hoe de verlaging kan worden opgevangen en dit binnen vier weken aan de Kamer te sturen,', '2023-12-07'))
      .toEqual({ text: 'binnen vier weken', deadline: '2024-01-04' });
    expect(primaryOf('verzoekt de regering te onderzoeken hoe de doelen beter kunnen worden bereikt, en daarvoor opties in kaart te brengen voor Prinsjesdag 2025,', '2025-04-10'))
      .toEqual({ text: 'voor Prinsjesdag 2025', deadline: '2025-09-16' });
    // The term inside the object of the new part stays that object's.
    expect(primaryOf('verzoekt de regering in Europees verband op te roepen tot het dichten van het gat, en daarbij te kijken naar het per direct confisqueren van de tegoeden,', '2025-03-26')).toBeNull();
  });
  it('"(en) hierop terug te komen bij de Voorjaarsnota" reports back to the Kamer', () => {
    expect(primaryOf('verzoekt de regering te verkennen of een budget kan worden vrijgemaakt, en hierop terug te komen bij de Voorjaarsnota,', '2024-11-28'))
      .toEqual({ text: 'bij de Voorjaarsnota', deadline: '2025-06-01' });
    expect(primaryOf('verzoekt de regering te verkennen of een budget kan worden vrijgemaakt bij de Voorjaarsnota,', '2024-11-28')).toBeNull();
  });
});

describe('"onderzoek te doen naar hoe …" asks content, as "onderzoeken hoe"', () => {
  it('a term inside the question is its content; a term before it bounds the study', () => {
    expect(primaryOf('verzoekt de Staatssecretaris onderzoek te doen naar hoe een snellere procedure zo snel mogelijk kan worden ingericht;', '2025-04-15')).toBeNull();
    expect(primaryOf('verzoekt de regering zo snel mogelijk onderzoek te doen naar hoe een procedure kan worden ingericht;', '2025-04-15')).toEqual({ text: 'zo snel mogelijk', deadline: '2025-07-15' });
  });
});

describe('"de besluitvorming in augustus / in het voorjaar" is the augustus- / voorjaarsbesluitvorming', () => {
  it('the occasion of a policy choice with bij; a moment to inform by with voor', () => {
    expect(primaryOf('verzoekt de regering de dekking te betrekken bij de besluitvorming in augustus;', '2025-06-25')).toBeNull();
    expect(primaryOf('verzoekt de regering de Kamer voor de besluitvorming in augustus te informeren over de opties,', '2025-06-25'))
      .toEqual({ text: 'voor de besluitvorming in augustus', deadline: '2025-07-31' });
  });
  it('"de besluitvorming in augustus 2025 af te ronden" stays the month', () => {
    expect(primaryOf('verzoekt de regering de besluitvorming in augustus 2025 af te ronden,', '2025-06-25')).toEqual({ text: 'in augustus 2025', deadline: '2025-08-31' });
  });
});
