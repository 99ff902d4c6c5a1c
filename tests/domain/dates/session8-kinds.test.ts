// Issue 25, session 8: the kinds the held-out dicta, the new development rows (EK toezeggingen and commission decisions,
// begroting appendix status texts, motie dicta of May and September 2024) and the seen split still missed. Every rule
// has a positive beside a negative that shares its words.
import { describe, expect, it } from 'vitest';
import { primaryOf, reasonOf } from './read-primary.ts';

describe('an event with a day range is that event, on its first day', () => {
  it('reads "de JBZ-Raad van 12 en 13 december" and "de Landbouwraad van 22-23 september" as the meeting', () => {
    expect(primaryOf('verzoekt de regering de Kamer tijdig voor de JBZ-Raad van 12 en 13 december te informeren', '2024-10-09')).toEqual({ text: 'voor de JBZ-Raad van 12 en 13 december', deadline: '2024-12-12' });
    expect(primaryOf('verzoekt de regering de Kamer voor de Landbouwraad van 22-23 september te informeren', '2024-10-09')).toEqual({ text: 'voor de Landbouwraad van 22-23 september', deadline: '2025-09-22' });
  });
  it('keeps a meeting named as the topic its own day, no term', () => {
    expect(primaryOf('verzoekt de regering de Kamer te informeren over de uitkomsten van de JBZ-Raad van 12 en 13 december', '2024-10-09')).toBeNull();
  });
});

describe('"verzoekt de regering bovendien om …" is the request, not a purpose', () => {
  it('an adverb between the addressee and "om" keeps the request', () => {
    expect(primaryOf('verzoekt de regering bovendien om een voorstel voor 1 december aan de Kamer te sturen', '2024-10-09')).toEqual({ text: 'voor 1 december', deadline: '2024-12-01' });
    expect(primaryOf('verzoekt de regering een plan te maken om de wachtlijsten voor 1 december te verkorten', '2024-10-09')).toBeNull();
  });
});

describe('"Gewijzigde motie … over" is the text\'s own subject line', () => {
  it('reads its term as a motie subject; a motie named inside another text keeps its own', () => {
    expect(primaryOf('Gewijzigde motie van het lid Beckerman over voor het eind van het jaar een reactie geven op de initiatiefnota', '2024-10-22')).toEqual({ text: 'voor het eind van het jaar', deadline: '2024-12-31' });
    expect(primaryOf('Uitvoering van de gewijzigde motie van het lid Beckerman over voor het eind van het jaar een reactie geven op de initiatiefnota', '2024-10-22')).toBeNull();
  });
});

describe('a level set for a year is about that year', () => {
  it('"de huren in 2026 bevriezen" and "voor komend jaar te bevriezen" name the year the level holds', () => {
    expect(primaryOf('Motie van het lid Dijk over de huren in 2026 bevriezen', '2025-09-24')).toBeNull();
    expect(reasonOf('Motie van het lid Dijk over de huren in 2026 bevriezen', '2025-09-24', 'in 2026')).toBe('measure-year');
    expect(primaryOf('verzoekt de regering de huren voor komend jaar te bevriezen', '2024-10-24')).toBeNull();
    expect(reasonOf('verzoekt de regering de huren voor komend jaar te bevriezen', '2024-10-24', 'voor komend jaar')).toBe('for-year');
  });
  it('a bound ("uiterlijk"), another verb or an informing clause keeps the term', () => {
    expect(primaryOf('Motie van het lid Dijk over de huren uiterlijk in 2026 bevriezen', '2025-09-24')).toEqual({ text: 'uiterlijk in 2026', deadline: '2026-12-31' });
    expect(primaryOf('Motie van het lid Dijk over de regeling in 2026 evalueren', '2025-09-24')).toEqual({ text: 'in 2026', deadline: '2026-12-31' });
    expect(primaryOf('verzoekt de regering voor komend jaar een plan naar de Kamer te sturen', '2024-10-24')).toEqual({ text: 'voor komend jaar', deadline: '2024-12-31' });
  });
});

describe('the government asked to ask a third party: the term inside that ask is the third party\'s', () => {
  it('reads "de ACM te vragen om in het begin van volgend jaar …" as the ACM\'s term', () => {
    const text = 'verzoekt de regering de ACM te vragen om in het begin van volgend jaar advies uit te brengen';
    expect(primaryOf(text, '2024-10-17')).toBeNull();
    expect(reasonOf(text, '2024-10-17', 'in het begin van volgend jaar')).toBe('others-act');
  });
  it('keeps the term when the request turns back to the Kamer, or when the term comes before the ask', () => {
    expect(primaryOf('verzoekt de regering de ACM te vragen om advies uit te brengen en de Kamer in het begin van volgend jaar te informeren', '2024-10-17')).toEqual({ text: 'in het begin van volgend jaar', deadline: '2025-03-31' });
    expect(primaryOf('verzoekt de regering in het begin van volgend jaar de ACM te vragen om advies uit te brengen', '2024-10-17')).toEqual({ text: 'in het begin van volgend jaar', deadline: '2025-03-31' });
  });
});

describe('what a position says is its content', () => {
  it('"het standpunt uit te dragen dat er onmiddellijk …": the soft word is inside the position', () => {
    expect(primaryOf('verzoekt de regering het standpunt uit te dragen dat er onmiddellijk een wapenstilstand moet komen', '2024-09-26')).toBeNull();
    expect(primaryOf('verzoekt de regering onmiddellijk het standpunt uit te dragen dat er een wapenstilstand moet komen', '2024-09-26')).toEqual({ text: 'onmiddellijk', deadline: '2024-10-26' });
  });
});

describe('how long a measure runs, and what is not to happen then', () => {
  it('a span with both ends is the measure\'s period', () => {
    expect(primaryOf('verzoekt de regering in de periode december tot en met februari een tranche open te stellen', '2023-12-19')).toBeNull();
    expect(primaryOf('verzoekt de regering in februari een tranche open te stellen', '2023-12-19')).toEqual({ text: 'in februari', deadline: '2024-02-29' });
  });
  it('"niet" right after the expression makes it a standstill', () => {
    expect(primaryOf('Motie van het lid Van Raan over het in 2022 niet uitkeren van de middelen die beschikbaar waren gemaakt voor de compensatie', '2021-11-11')).toBeNull();
    expect(primaryOf('Motie van het lid Van Raan over het in 2022 uitkeren van de middelen die beschikbaar waren gemaakt voor de compensatie', '2021-11-11')).toEqual({ text: 'in 2022', deadline: '2022-12-31' });
  });
});

describe('a participle right before a past date says when that happened', () => {
  it('"de mbo-verklaring – ingevoerd in 2021 –" is no overdue term', () => {
    expect(primaryOf('verzoekt de regering de mbo-verklaring – ingevoerd in 2021 – te evalueren', '2024-05-21')).toBeNull();
    expect(primaryOf('verzoekt de regering de mbo-verklaring in 2025 te evalueren', '2024-05-21')).toEqual({ text: 'in 2025', deadline: '2025-12-31' });
  });
});

describe('a term noun names the term', () => {
  it('"met als nieuwe deadline 1 januari 2023" (a commission\'s decision on a toezegging) is the term; another noun\'s date is not', () => {
    expect(primaryOf('toezegging T02881 als “deels voldaan” te blijven beschouwen met als nieuwe deadline 1 januari 2023;', '2021-11-23')).toEqual({ text: '1 januari 2023', deadline: '2023-01-01' });
    expect(primaryOf('toezegging T02881 als “deels voldaan” te blijven beschouwen met de einddatum 1 januari 2023;', '2021-11-23')).toBeNull();
  });
});

describe('"uiterlijk" before a budget moment bounds the act', () => {
  it('"uiterlijk met Prinsjesdag" is a term; "met Prinsjesdag" alone is the occasion of a policy choice', () => {
    expect(primaryOf('Motie van het lid Podt over uiterlijk met Prinsjesdag een concrete doelstelling formuleren', '2023-06-01')).toEqual({ text: 'met Prinsjesdag', deadline: '2023-09-19' });
    expect(primaryOf('Motie van het lid Podt over met Prinsjesdag een concrete doelstelling formuleren', '2023-06-01')).toBeNull();
  });
});

describe('purposes in a motie subject', () => {
  it('"…, opdat X en de Kamer hierover voor de zomer informeren": the Kamer named after the purpose is the request again', () => {
    expect(primaryOf('Motie van de leden Eerdmans en Vermeer over regelgeving opdat houtstook beschermd wordt en de Kamer hierover voor de zomer van 2025 informeren', '2024-06-01')).toEqual({ text: 'voor de zomer van 2025', deadline: '2025-07-03' });
    expect(primaryOf('Motie van de leden Eerdmans en Vermeer over regelgeving opdat houtstook voor de zomer van 2025 beschermd wordt', '2024-06-01')).toBeNull();
  });
  it('"om … te <verb>" with the date right after its verb is still the purpose', () => {
    expect(primaryOf('Motie van het lid Van Baarle over inzetten op een noodplan om de bevolking te ondersteunen in de winter', '2024-11-01')).toBeNull();
    expect(primaryOf('verzoekt de regering om de bevolking te ondersteunen in de winter', '2024-11-01')).toEqual({ text: 'in de winter', deadline: '2025-03-20' });
  });
});

describe('second round of new development rows (motie clauses of 2023-12 … 2025-10)', () => {
  it('a verb of the measure in a clause after the term ("waarin de regeling … alleen geldt") does not make the term its start', () => {
    expect(primaryOf('verzoekt de regering om uiterlijk 1 december 2025 een wetsvoorstel voor te leggen waarin de regeling alleen geldt bij inschrijving', '2025-10-02')).toEqual({ text: 'uiterlijk 1 december 2025', deadline: '2025-12-01' });
    expect(primaryOf('verzoekt de regering ervoor te zorgen dat de regeling uiterlijk 1 december 2025 alleen geldt bij inschrijving', '2025-10-02')).toBeNull();
  });
  it('reads "op een zo kort mogelijke termijn" and "op kortst mogelijke termijn" as vague terms', () => {
    expect(primaryOf('verzoekt het kabinet dit financiële gat op een zo kort mogelijke termijn op te vullen', '2023-12-21')).toEqual({ text: 'op een zo kort mogelijke termijn', deadline: '2024-03-21' });
    expect(primaryOf('verzoekt de regering in kansrijke gebieden op kortst mogelijke termijn werk te maken van extern salderen', '2024-06-20')).toEqual({ text: 'op kortst mogelijke termijn', deadline: '2024-09-20' });
    expect(primaryOf('spreekt uit dat dit financiële gat op een zo kort mogelijke termijn moet worden opgevuld', '2023-12-21')).toBeNull();
  });
  it('a term between quotation marks is named, not used', () => {
    const text = 'verzoekt de regering met een plan te komen hoe invulling zal worden gegeven aan het «zo spoedig mogelijk»-criterium van artikel 2u';
    expect(primaryOf(text, '2024-04-17')).toBeNull();
    expect(reasonOf(text, '2024-04-17', 'zo spoedig mogelijk')).toBe('quoted');
    expect(primaryOf('verzoekt de regering zo spoedig mogelijk met een plan te komen hoe invulling zal worden gegeven aan het criterium van artikel 2u', '2024-04-17')).toEqual({ text: 'zo spoedig mogelijk', deadline: '2024-07-17' });
  });
  it('"een jaarlijks toenemend deel" is a rate; "jaarlijks een deel" a rhythm', () => {
    expect(primaryOf('verzoekt de regering om zo snel mogelijk een jaarlijks toenemend deel van het budget te oormerken', '2024-01-18')).toEqual({ text: 'zo snel mogelijk', deadline: '2024-04-18' });
    expect(reasonOf('verzoekt de regering om zo snel mogelijk een jaarlijks toenemend deel van het budget te oormerken', '2024-01-18', 'jaarlijks')).toBe('rate');
    expect(primaryOf('verzoekt de regering om jaarlijks een deel van het budget te oormerken', '2024-01-18')).toEqual({ text: 'jaarlijks', deadline: '2025-12-31' });
  });
});

describe('a review of every changed decision over 21,000 unlabelled motie clauses', () => {
  it('"uiterlijk" keeps a term before "niet"', () => {
    expect(primaryOf('verzoekt de regering om uiterlijk in 2025 niet meer te spreken van de kwestie', '2024-04-24')).toEqual({ text: 'uiterlijk in 2025', deadline: '2025-12-31' });
    expect(primaryOf('verzoekt de regering om in 2025 niet meer te spreken van de kwestie', '2024-04-24')).toBeNull();
  });
  it('a meeting on a named day is the moment to act, also after "tijdens"; refraining from something then is a standstill', () => {
    expect(primaryOf('verzoekt de Minister-President tijdens de Europese top van 27 en 28 juni zijn zorgen te uiten over de ontwikkelingen', '2024-06-25')).toEqual({ text: 'tijdens de Europese top van 27 en 28 juni', deadline: '2024-06-27' });
    expect(primaryOf('verzoekt de regering tijdens de jaarwisseling zijn zorgen te uiten over de ontwikkelingen', '2024-06-25')).toBeNull();
    expect(primaryOf('verzoekt de regering af te zien van besluitvorming over de aanschaf tijdens de ministerraad van 15 maart', '2024-03-01')).toBeNull();
  });
  it('a subordinate clause right after the expression is its own: "binnen twee jaar nadat hun relatie eindigt" names when the measure holds', () => {
    expect(primaryOf('verzoekt de regering om mogelijk te maken dat jongeren binnen twee jaar nadat hun jeugdhulprelatie eindigt, zonder indicatie een consult kunnen ontvangen', '2025-03-26')).toBeNull();
    expect(primaryOf('verzoekt de regering om binnen twee jaar een voorstel te sturen waarin de jeugdhulprelatie eindigt', '2025-03-26')).toEqual({ text: 'binnen twee jaar', deadline: '2027-03-26' });
  });
  it('"alles op alles te zetten om …" asks for what follows "om"; a plan\'s "om" is its purpose', () => {
    expect(primaryOf('verzoekt de regering om alles op alles te zetten om deze problematiek op te lossen vóór Q3 2026;', '2025-10-01')).toEqual({ text: 'vóór Q3 2026', deadline: '2026-06-30' });
    expect(primaryOf('verzoekt de regering om een plan te maken om deze problematiek op te lossen vóór Q3 2026;', '2025-10-01')).toBeNull();
  });
});

describe('third batch of new development rows (later request clauses and considerations)', () => {
  it('a parenthesis between commas before "om" leaves the request ("verzoekt de Minister, in samenwerking met …, om")', () => {
    expect(primaryOf('verzoekt de Minister, in samenwerking met andere ministeries, om uiterlijk begin 2025 te komen tot een pakket maatregelen', '2024-06-12')).toEqual({ text: 'uiterlijk begin 2025', deadline: '2025-03-31' });
    expect(primaryOf('verzoekt de Minister een plan te maken, in samenwerking met andere ministeries, om uiterlijk begin 2025 de onveiligheid te verminderen', '2024-06-12')).toBeNull();
  });
  it('"onderzoeken op welke manier …" asks how, not when', () => {
    expect(primaryOf('verzoekt de regering te onderzoeken op welke manier deze sites zo snel mogelijk uit de lucht kunnen worden gehaald', '2023-12-20')).toBeNull();
    expect(primaryOf('verzoekt de regering zo snel mogelijk te onderzoeken op welke manier deze sites uit de lucht kunnen worden gehaald', '2023-12-20')).toEqual({ text: 'zo snel mogelijk', deadline: '2024-03-20' });
  });
  it('"af te zien van …" is a standstill only up to its "en"', () => {
    expect(primaryOf('verzoekt de regering om af te zien van de bezuiniging op het stagefonds voor de begrotingsbehandeling', '2025-09-24')).toBeNull();
    expect(primaryOf('verzoekt de regering om af te zien van de bezuiniging op het stagefonds en voor de begrotingsbehandeling opties te delen om dit te dekken', '2025-09-24')?.text).toBe('voor de begrotingsbehandeling');
  });
});

describe('requests for letters (regeling van werkzaamheden)', () => {
  it('a part of a weekday may stand before the date ("uiterlijk donderdagochtend 24 oktober 2024")', () => {
    expect(primaryOf('Verzoek van het lid Maatoug alle relevante beslisnotities te ontvangen uiterlijk donderdagochtend 24 oktober 2024.', '2024-10-22')).toEqual({ text: 'uiterlijk donderdagochtend 24 oktober 2024', deadline: '2024-10-24' });
    expect(primaryOf('Verzoek van het lid Maatoug alle relevante beslisnotities te ontvangen uiterlijk 24 oktober 2024.', '2024-10-22')).toEqual({ text: 'uiterlijk 24 oktober 2024', deadline: '2024-10-24' });
  });
  it('reads "per ommegaande" as "per omgaande"', () => {
    expect(primaryOf('Verzoek om per ommegaande een reactie te ontvangen van de minister op de artikelen', '2022-11-15')).toEqual({ text: 'per ommegaande', deadline: '2022-12-15' });
  });
  it('the Kamer asked to hold or plan its own meeting is the Kamer\'s planning, unless a letter is asked with it', () => {
    expect(primaryOf('Verzoek van de leden De Hoop en Van Kent om een wetgevingsoverleg te houden over de suppletoire begrotingswet, te plannen voorafgaand aan het zomerreces.', '2025-04-22')).toBeNull();
    expect(primaryOf('Verzoek van de leden De Hoop en Van Kent om een wetgevingsoverleg te houden over de suppletoire begrotingswet en voorafgaand aan het zomerreces een kabinetsbrief te ontvangen.', '2025-04-22')?.text).toBe('voorafgaand aan het zomerreces');
  });
  it('the government asked to call on another country\'s government: the term is that government\'s', () => {
    expect(primaryOf('verzoekt de regering om de Israëlische regering op te roepen per ommegaande voldoende humanitaire hulp te bieden', '2025-03-13')).toBeNull();
    expect(primaryOf('verzoekt de regering om per ommegaande de Israëlische regering op te roepen voldoende humanitaire hulp te bieden', '2025-03-13')).toEqual({ text: 'per ommegaande', deadline: '2025-04-13' });
  });
  it('inviting the minister to the Kamer\'s meeting is the Kamer\'s business; another party\'s "verzoek van … om" stays theirs', () => {
    expect(primaryOf('Verzoek van het lid Kostic om de minister uit te nodigen voor het commissiedebat Water op woensdag 19 februari 2025.', '2025-01-21')).toBeNull();
    expect(primaryOf('Verzoek van het lid Kostic om de minister te vragen voor het commissiedebat Water op woensdag 19 februari 2025 een brief te sturen.', '2025-01-21')?.deadline).toBe('2025-02-19');
    expect(primaryOf('Motie De Krom/Roefs over het positief beoordelen van het verzoek van de gemeente Rotterdam om de strippenkaart binnenkort uit de roulatie te nemen', '2008-09-25')).toBeNull();
  });
});

describe('fifth batch of new development rows (later request clauses and opinions)', () => {
  it('"spreekt de wens uit …" is an opinion: its soft word binds nothing', () => {
    expect(primaryOf('spreekt de wens uit zo snel mogelijk een miljonairsbelasting in te voeren', '2024-02-14')).toBeNull();
    expect(primaryOf('verzoekt de regering zo snel mogelijk een miljonairsbelasting in te voeren', '2024-02-14')).toEqual({ text: 'zo snel mogelijk', deadline: '2024-05-14' });
  });
  it('a result clause ("…, waardoor …") tells a consequence, no term', () => {
    expect(primaryOf('verzoekt de regering een aanpak uit te werken waardoor dit probleem zo snel mogelijk wordt opgelost', '2024-05-29')).toBeNull();
    expect(primaryOf('verzoekt de regering zo snel mogelijk een aanpak uit te werken waardoor dit probleem wordt opgelost', '2024-05-29')).toEqual({ text: 'zo snel mogelijk', deadline: '2024-08-29' });
  });
});

describe('sixth batch of new development rows (amended moties)', () => {
  it('a request not to do something is a standstill only up to its "en" (a compound\'s "- en" does not end it)', () => {
    expect(primaryOf('verzoekt de regering om nestgelegenheden niet uit het besluit te halen en zo spoedig mogelijk de voorschriften bekend te maken', '2024-12-10')).toEqual({ text: 'zo spoedig mogelijk', deadline: '2025-03-10' });
    expect(primaryOf('verzoekt de regering geen onomkeerbare stappen te zetten voorafgaand aan het plenaire debat over het landbouw- en natuurbeleid op donderdag 21 december 2023', '2023-12-01')).toBeNull();
  });
  it('a relative clause closed by its commas before the term does not make the request past', () => {
    expect(primaryOf('verzoekt het kabinet de systematiek, waarbij het budget is gekoppeld aan 0,7% van het bni, te herstellen en voor 1 oktober een voorstel aan de Kamer voor te leggen', '2025-09-18')).toEqual({ text: 'voor 1 oktober', deadline: '2025-10-01' });
    expect(primaryOf('De minister heeft de systematiek hersteld en voor 1 oktober een voorstel aan de Kamer voorgelegd.', '2025-12-18')).toBeNull();
  });
});
