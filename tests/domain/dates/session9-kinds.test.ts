// Issue 25, session 9: the conventions settled this session (docs/DATES-RULES.md "Session 9") and the recurring kinds of
// the development misses. Every rule has a positive beside a negative that shares its words.
import { describe, expect, it } from 'vitest';
import { primaryOf, reasonOf } from './read-primary.ts';

describe('a term between quotation marks (review8 LOW-2)', () => {
  it('cites the term asked for when the quotes hold the term alone in an informing request', () => {
    expect(primaryOf('verzoekt de regering de Kamer «voor de zomer» te informeren over de uitkomsten', '2024-04-17')).toEqual({ text: 'voor de zomer', deadline: '2024-07-04' });
    expect(primaryOf('verzoekt de regering de Kamer "voor 1 juni" een brief te sturen', '2024-04-17')).toEqual({ text: 'voor 1 juni', deadline: '2024-06-01' });
  });
  it('names a criterion when the quoted term is glued to a noun, also in an informing clause', () => {
    const text = 'verzoekt de regering de Kamer te informeren hoe invulling wordt gegeven aan het «zo spoedig mogelijk»-criterium';
    expect(primaryOf(text, '2024-04-17')).toBeNull();
    expect(reasonOf(text, '2024-04-17', 'zo spoedig mogelijk')).toBe('quoted');
  });
  it('is a title or someone else\'s words when the quote holds more than the term', () => {
    const title = 'verzoekt de regering de Kamer te informeren over het rapport «Voor de zomer klaar» van de Raad';
    expect(primaryOf(title, '2024-04-17')).toBeNull();
    expect(reasonOf(title, '2024-04-17', 'Voor de zomer')).toBe('quoted');
    const words = 'verzoekt de regering een reactie te geven op de woorden van de burgemeester: "we sturen voor 1 juni een brief"';
    expect(primaryOf(words, '2024-04-17')).toBeNull();
    expect(reasonOf(words, '2024-04-17', 'voor 1 juni')).toBe('quoted');
    // The same words outside quotation marks are the term.
    expect(primaryOf('verzoekt de regering de Kamer te informeren over het rapport van de Raad voor de zomer', '2024-04-17')).toEqual({ text: 'voor de zomer', deadline: '2024-07-04' });
    expect(primaryOf('verzoekt de regering een reactie te geven op de woorden van de burgemeester en voor 1 juni een brief te sturen', '2024-04-17')).toEqual({ text: 'voor 1 juni', deadline: '2024-06-01' });
  });
  it('leaves apostrophes alone ("auto\'s", "\'s-Hertogenbosch")', () => {
    expect(primaryOf("verzoekt de regering de Kamer over de auto's voor 1 juni te informeren", '2024-04-17')).toEqual({ text: 'voor 1 juni', deadline: '2024-06-01' });
  });
});

describe('a soft or short term for how every case of a kind is handled is no deadline (the soft-manner kind)', () => {
  it('"bij alle aanvragen binnen één week": each case; "bij de aanvraag van de provincie binnen één week": one act', () => {
    const each = 'verzoekt de regering om bij alle aanvragen bij het Rijk binnen één week contact op te nemen met de aanvragers';
    expect(primaryOf(each, '2025-05-27')).toBeNull();
    expect(reasonOf(each, '2025-05-27', 'binnen één week')).toBe('each-case');
    expect(primaryOf('verzoekt de regering om bij de aanvraag van de provincie binnen één week contact op te nemen met de gedeputeerde', '2025-05-27')).toEqual({ text: 'binnen één week', deadline: '2025-06-03' });
  });
  it('"de asielprocedure voor asielzoekers … zo snel mogelijk te behandelen": each case; "de asielprocedure zo snel mogelijk aan te passen": one act', () => {
    const each = 'verzoekt de Minister de asielprocedure voor asielzoekers uit veilige landen met meer prioriteit en zo snel mogelijk te behandelen';
    expect(primaryOf(each, '2025-02-13')).toBeNull();
    expect(reasonOf(each, '2025-02-13', 'zo snel mogelijk')).toBe('each-case');
    expect(primaryOf('verzoekt de Minister de asielprocedure voor de commissie zo snel mogelijk aan te passen', '2025-02-13')).toEqual({ text: 'zo snel mogelijk', deadline: '2025-05-13' });
  });
  it('"dat ten onrechte in beslag genomen dieren onmiddellijk worden vrijgelaten": a norm; "dat de regeling onmiddellijk wordt ingetrokken": one act', () => {
    const each = 'verzoekt de regering te bewerkstelligen dat ten onrechte in beslag genomen dieren onmiddellijk worden vrijgelaten';
    expect(primaryOf(each, '2008-03-01')).toBeNull();
    expect(reasonOf(each, '2008-03-01', 'onmiddellijk')).toBe('each-case');
    expect(primaryOf('verzoekt de regering te bewerkstelligen dat de regeling onmiddellijk wordt ingetrokken', '2008-03-01')).toEqual({ text: 'onmiddellijk', deadline: '2008-04-01' });
  });
  it('keeps the term when the Kamer is informed about the cases', () => {
    expect(primaryOf('verzoekt de regering bij alle aanvragen de Kamer binnen één week te informeren', '2025-05-27')).toEqual({ text: 'binnen één week', deadline: '2025-06-03' });
  });
  it('"over spoedige afhandeling van schademeldingen" names how cases are handled; "over spoedige uitvoering van de aanbevelingen" asks an act', () => {
    expect(primaryOf('Motie van het lid X over spoedige afhandeling van schademeldingen', '2019-02-20')).toBeNull();
    expect(primaryOf('Motie van het lid X over spoedige uitvoering van de aanbevelingen in het rapport', '2016-06-27')).toEqual({ text: 'spoedige', deadline: '2016-09-27' });
  });
});

describe('a perfect tense in a "zoals / zodat / omdat" clause after the term does not make the request past', () => {
  it('"om de halfjaarlijkse rapportage te ontvangen … zoals de commissie heeft verzocht" asks for it; "heeft de halfjaarlijkse rapportage ontvangen" is past', () => {
    expect(primaryOf('Verzoek van het lid Klink om de halfjaarlijkse rapportage te ontvangen over voedselzekerheid zoals de commissie heeft verzocht in haar brief van 23 september 2022', '2023-09-27')).toEqual({ text: 'halfjaarlijkse', deadline: '2024-06-30' });
    expect(primaryOf('De commissie heeft de halfjaarlijkse rapportage over voedselzekerheid ontvangen zoals zij had verzocht', '2023-09-27')).toBeNull();
  });
});

describe('"Voorstel van de leden X om …" at a text\'s start is the proposal itself, not a purpose', () => {
  it('reads the nested ask\'s term; "een voorstel om … te verbeteren" with the term inside its purpose stays a purpose', () => {
    expect(primaryOf('Voorstel van de leden Leijten (SP) en Van der Lee (GroenLinks) om de staatssecretaris te verzoeken voorafgaand aan het wetgevingsoverleg op 22 november 2021 nadere informatie aan de Kamer te zenden', '2021-11-16')).toEqual({ text: 'voorafgaand aan het wetgevingsoverleg op 22 november 2021', deadline: '2021-11-22' });
    expect(primaryOf('verzoekt de regering een voorstel uit te werken om de dienstverlening voorafgaand aan het wetgevingsoverleg op 22 november 2021 te verbeteren', '2021-11-16')).toBeNull();
  });
});

describe('"(voor het) eind van volgende week", "begin volgende week": a part of a week', () => {
  it('reads the Friday of next week, as "volgende week" alone', () => {
    expect(primaryOf('Verzoek om een kabinetsreactie te ontvangen voor het eind van volgende week.', '2024-02-14')).toEqual({ text: 'voor het eind van volgende week', deadline: '2024-02-23' });
    expect(primaryOf('De minister verzoeken uiterlijk eind deze week een brief te sturen', '2024-02-14')).toEqual({ text: 'uiterlijk eind deze week', deadline: '2024-02-16' });
    expect(primaryOf('Verzoek om een kabinetsreactie te ontvangen volgende week.', '2024-02-14')).toEqual({ text: 'volgende week', deadline: '2024-02-23' });
  });
});

describe('the budget as a moment: "voor de begroting", "in de volgende (JenV-)begroting", "in de begroting 2026"', () => {
  it('reads Prinsjesdag before the budget year', () => {
    expect(primaryOf('verzoekt de regering voor de begroting een plan te presenteren om afgewezen schades alsnog te vergoeden', '2025-06-25')).toEqual({ text: 'voor de begroting', deadline: '2025-09-16' });
    expect(primaryOf('verzoekt de regering om in de volgende JenV-begroting te rapporteren over het afpakdoel', '2024-02-08')).toEqual({ text: 'in de volgende JenV-begroting', deadline: '2024-09-17' });
    expect(primaryOf('verzoekt de regering in de SZW-begroting 2026 het oorspronkelijke voorstel aan te passen', '2025-05-27')).toEqual({ text: 'in de SZW-begroting 2026', deadline: '2025-09-16' });
  });
  it('"in de begroting" alone is what the budget holds', () => {
    expect(primaryOf('verzoekt de regering de Kamer een toelichting te geven op de categorieën die in de begroting worden gehanteerd', '2024-02-08')).toBeNull();
  });
});

describe('"tijdig …, zodat … betrokken kan worden bij <moment>": the moment bounds the timely act', () => {
  it('reads the moment; without "tijdig" the moment is an occasion of the choice', () => {
    expect(primaryOf('verzoekt de regering de tussenevaluatie zodanig op tijd op te leveren dat deze betrokken kan worden bij de besluitvorming over de Voorjaarsnota 2025', '2024-10-17')).toEqual({ text: 'bij de besluitvorming over de Voorjaarsnota 2025', deadline: '2025-06-01' });
    expect(primaryOf('Motie van de leden Flach en Vermeer over de tussenevaluatie tijdig opleveren, zodat deze betrokken kan worden bij de besluitvorming over de Voorjaarsnota 2025', '2024-10-17')).toEqual({ text: 'bij de besluitvorming over de Voorjaarsnota 2025', deadline: '2025-06-01' });
    expect(primaryOf('verzoekt de regering bij de besluitvorming over de Voorjaarsnota 2025 vast te houden aan de afspraak', '2024-10-17')).toBeNull();
  });
});

describe('DATES.md rows in variants the table promises (every row in all its everyday variants)', () => {
  it('"onmiddellijk / direct te <verb>" acts at once; "direct te maken hebben met" is no term', () => {
    expect(primaryOf('verzoekt de regering de Kamer onmiddellijk te informeren over de uitkomsten', '2025-03-12')).toEqual({ text: 'onmiddellijk', deadline: '2025-04-12' });
    expect(primaryOf('verzoekt de regering de Kamer direct te informeren over de uitkomsten', '2025-03-12')).toEqual({ text: 'direct', deadline: '2025-04-12' });
    expect(primaryOf('verzoekt de regering te erkennen dat gemeenten direct te maken hebben met de gevolgen', '2025-03-12')).toBeNull();
  });
  it('a soft term followed by a condition is a norm for each time it holds', () => {
    const each = 'verzoekt de regering om het onderhoud onmiddellijk te staken indien daar aanwijzingen van zijn';
    expect(primaryOf(each, '2024-07-26')).toBeNull();
    expect(reasonOf(each, '2024-07-26', 'onmiddellijk')).toBe('each-case');
    expect(primaryOf('verzoekt de regering om het onderhoud onmiddellijk te staken en de Kamer te informeren', '2024-07-26')).toEqual({ text: 'onmiddellijk', deadline: '2024-08-26' });
  });
  it('"in de maand juni" is "in juni"; "de maand waarin" names no month', () => {
    expect(primaryOf('verzoekt de regering de Kamer in de maand juni te informeren', '2025-03-12')).toEqual({ text: 'in de maand juni', deadline: '2025-06-30' });
    expect(primaryOf('verzoekt de regering de Kamer te informeren over de maand waarin de regeling ingaat', '2025-03-12')).toBeNull();
  });
  it('"om het half jaar" and "om het kwartaal" are rhythms like "elk half jaar"', () => {
    expect(primaryOf('verzoekt de regering de Kamer om het half jaar te informeren', '2025-03-12')).toEqual({ text: 'om het half jaar', deadline: '2025-12-31' });
    expect(primaryOf('verzoekt de regering de Kamer om het kwartaal te informeren', '2025-03-12')).toEqual({ text: 'om het kwartaal', deadline: '2025-06-30' });
    expect(primaryOf('verzoekt de regering de Kamer elk half jaar te informeren', '2025-03-12')).toEqual({ text: 'elk half jaar', deadline: '2025-12-31' });
  });
  it('"voor het einde van het kalenderjaar" is "voor het einde van het jaar"; "de cijfers over het kalenderjaar" is a topic', () => {
    expect(primaryOf('verzoekt het kabinet scenario\'s uit te werken en hierover voor het einde van het kalenderjaar terug te koppelen', '2024-05-16')).toEqual({ text: 'voor het einde van het kalenderjaar', deadline: '2024-12-31' });
    expect(primaryOf('verzoekt het kabinet de Kamer te informeren over de cijfers over het kalenderjaar', '2024-05-16')).toBeNull();
  });
});

describe('still too eager (issue 25): the Kamer\'s own meetings, events as topics, others\' cases, a letter\'s outline', () => {
  it('a motie subject about planning a debate is the Kamer\'s business; a plan asked of the government keeps its term', () => {
    expect(primaryOf('Motie van het lid Jansen over een debat voor het zomerreces plannen', '2025-03-12')).toBeNull();
    expect(primaryOf('Motie van het lid Jansen over het plannen van een debat voor het zomerreces', '2025-03-12')).toBeNull();
    expect(primaryOf('Motie van het lid Jansen over voor het zomerreces een plan naar de Kamer sturen', '2025-03-12')).toEqual({ text: 'voor het zomerreces', deadline: '2025-07-03' });
  });
  it('"de herdenking op 4 mei" is that event\'s day; "de Kamer op 4 mei informeren" a term', () => {
    expect(primaryOf('verzoekt de regering de herdenking op 4 mei beter te beschermen tegen ordeverstoringen', '2025-01-22')).toBeNull();
    expect(reasonOf('verzoekt de regering de herdenking op 4 mei beter te beschermen tegen ordeverstoringen', '2025-01-22', 'op 4 mei')).toBe('date-of');
    expect(primaryOf('verzoekt de regering de Kamer op 4 mei te informeren over de bescherming van de herdenking', '2025-01-22')).toEqual({ text: 'op 4 mei', deadline: '2025-05-04' });
  });
  it('"dat gemeenten binnen acht weken op aanvragen beslissen" is each case; "binnen acht weken op het verzoek van de provincie" one act', () => {
    expect(primaryOf('verzoekt de regering erop toe te zien dat gemeenten binnen acht weken op aanvragen beslissen', '2025-03-12')).toBeNull();
    expect(primaryOf('verzoekt de regering binnen acht weken op het verzoek van de provincie te beslissen', '2025-03-12')).toEqual({ text: 'binnen acht weken', deadline: '2025-05-07' });
  });
  it('a letter\'s outline of what it will discuss with the Kamer is no term; informing the Kamer then is', () => {
    expect(primaryOf('In het commissiedebat na het zomerreces bespreek ik graag met uw Kamer de voortgang.', '2025-03-12')).toBeNull();
    expect(primaryOf('Ik ga graag na de zomer met uw Kamer in gesprek over de uitkomsten.', '2025-03-12')).toBeNull();
    expect(primaryOf('Na het zomerreces informeer ik uw Kamer over de voortgang.', '2025-03-12')).toEqual({ text: 'Na het zomerreces', deadline: '2025-12-18' });
    expect(primaryOf('verzoekt de regering voor de zomer met de Kamer de uitkomsten te bespreken', '2025-03-12')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
  });
});

describe('an adjectival participle right after a date says when that was done', () => {
  it('"de in december 2023 opgestelde criteria" is a reference; "voor het op 3 oktober geplande commissiedebat" keeps its term', () => {
    const text = 'verzoekt de regering geen onderhandelingen te openen indien het land niet voldoet aan de in december 2023 opgestelde criteria';
    expect(primaryOf(text, '2024-03-19')).toBeNull();
    expect(reasonOf(text, '2024-03-19', 'in december 2023')).toBe('past-marker');
    expect(primaryOf('verzoekt de regering de Kamer tijdig voor het op 3 oktober 2024 geplande commissiedebat te informeren', '2024-09-19')).toEqual({ text: 'op 3 oktober 2024', deadline: '2024-10-03' });
    expect(primaryOf('verzoekt de regering de Kamer in december 2024 de opgestelde criteria te sturen', '2024-03-19')).toEqual({ text: 'in december 2024', deadline: '2024-12-31' });
  });
});

describe('members asking their committee to plan a meeting without a bewindspersoon: the Kamer\'s own business', () => {
  it('"Verzoek van de leden X om een gesprek in te plannen … op 28 juni 2023" is none; with the minister asked it keeps its term', () => {
    expect(primaryOf('Verzoek van de leden Van Strien en Wuite om een gesprek in te plannen met de opstellers van het onderzoek, na afloop van de technische briefing op 27 juni 2023 om 17.30 uur en in aanloop naar het commissiedebat op 28 juni 2023.', '2023-05-31')).toBeNull();
    expect(primaryOf('Verzoek van het lid Van Strien om de minister te vragen voor het commissiedebat op 28 juni 2023 een brief te sturen.', '2023-05-31')).toEqual({ text: 'voor het commissiedebat op 28 juni 2023', deadline: '2023-06-28' });
  });
});

describe('a rhythm as an adjective names a periodic thing; a term only for a report to deliver', () => {
  it('"een jaarlijks pensioenoverzicht" (for citizens) is none; "een jaarlijks overzicht" and "een jaarlijks onderzoek" are terms', () => {
    expect(primaryOf('Motie van het lid Klaver over een jaarlijks pensioenoverzicht', '2011-04-27')).toBeNull();
    expect(primaryOf('Motie van het lid Klaver over een jaarlijks overzicht van de pensioenen', '2011-04-27')).toEqual({ text: 'jaarlijks', deadline: '2012-12-31' });
    expect(primaryOf('Motie van het lid Van Kent over een jaarlijks onderzoek naar de groei van het derdepijlerpensioen', '2024-06-12')).toEqual({ text: 'jaarlijks', deadline: '2025-12-31' });
  });
  it('"onderdeel uitmaken van de jaarlijkse monitoring" and "in aanvulling op de jaarlijkse rapportage" name an existing report; "de jaarlijkse monitoring voortzetten" is a term', () => {
    expect(primaryOf('Motie van het lid X over gezondheidseffecten onderdeel te doen uitmaken van de jaarlijkse monitoring', '2009-02-19')).toBeNull();
    expect(primaryOf('Ik verwacht in aanvulling op de jaarlijkse rapportage ook een tussentijdse rapportage te leveren.', '2018-12-04')).toBeNull();
    expect(primaryOf('Motie van de leden Welzijn en El Abassi over de jaarlijkse monitoring van discriminatie voortzetten', '2025-03-26')).toEqual({ text: 'jaarlijkse', deadline: '2026-12-31' });
  });
});

describe('"snel" as acting soon is "spoedig" (a soft term); as a manner it is none', () => {
  it('"dit onderzoek snel uit te voeren", "om snel te komen tot" are soft terms; "te snel", "zo snel", "snel en zorgvuldig" are not', () => {
    expect(primaryOf('verzoekt de regering dit onderzoek snel uit te voeren, zodat de Kamer stappen kan nemen', '2024-01-18')).toEqual({ text: 'snel', deadline: '2024-04-18' });
    expect(primaryOf('verzoekt de regering alles in het werk te stellen om snel te komen tot een goede vroegpensioenregeling', '2024-02-08')).toEqual({ text: 'snel', deadline: '2024-05-08' });
    expect(primaryOf('verzoekt de regering te voorkomen dat gemeenten te snel te werk gaan', '2024-02-08')).toBeNull();
    expect(primaryOf('verzoekt de regering aanvragen snel en zorgvuldig af te handelen', '2024-02-08')).toBeNull();
    expect(primaryOf('verzoekt de regering de snel te nemen maatregelen in kaart te brengen', '2024-02-08')).toBeNull();
  });
});

describe('cases of a kind right before a short term, without article, are each case', () => {
  it('"een proef met beoordelingen binnen een dag" is none; "de openstaande aanvragen binnen een week afhandelen" a term', () => {
    const text = 'Motie van de leden Kwint en Leijten over een proef met beoordelingen binnen een dag';
    expect(primaryOf(text, '2020-12-16')).toBeNull();
    expect(reasonOf(text, '2020-12-16', 'binnen een dag')).toBe('each-case');
    expect(primaryOf('verzoekt de regering de openstaande aanvragen binnen een week af te handelen', '2020-12-16')).toEqual({ text: 'binnen een week', deadline: '2020-12-23' });
  });
});
