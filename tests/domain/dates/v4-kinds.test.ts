// Issue 25: each kind of miss of dates v3, with positives next to negatives that share the same words.
import { describe, expect, it } from 'vitest';
import { datesOfText } from '../../../src/domain/dates/pick-deadline.ts';

const R = '2025-01-15';
const primaryOf = (text: string, reference = R) => {
  const p = datesOfText(text, reference).primary;
  return p ? { text: p.text, deadline: p.deadline } : null;
};

describe('a term inside a motie one-line subject binds the government', () => {
  it.each([
    ['Motie van het lid X over de Kamer vóór 1 juni informeren over Y', 'vóór 1 juni', '2025-06-01'],
    ['Motie van de leden A en B over uiterlijk 1 januari 2027 een helmplicht invoeren', 'uiterlijk 1 januari 2027', '2027-01-01'],
    ['Motie van het lid C over voor het zomerreces een plan naar de Kamer sturen', 'voor het zomerreces', '2025-07-03'],
    ['Motie van het lid X over de Kamer voor 10 maart informeren bij hoeveel mensen vorderingen geëffectueerd zijn', 'voor 10 maart', '2025-03-10'],
    ['Motie van het lid X over de Kamer voor het meireces informeren over het oppervlak dat in 2050 bedekt is met windparken', 'voor het meireces', '2025-04-24'],
    ['Motie van het lid X over de regeling gereed hebben in 2025', 'in 2025', '2025-12-31'],
    ['Motie van het lid X over de injectie in Twente in 2025 evalueren', 'in 2025', '2025-12-31'],
    ['Motie van het lid X over het voor 2030 afbouwen van de verkoop', 'voor 2030', '2029-12-31'],
  ])('%s', (text, span, deadline) => {
    expect(primaryOf(text)).toEqual({ text: span, deadline });
  });

  it.each([
    // the content of the measure, a purpose, a topic or someone else's timing: no term
    'Motie van het lid X over het verlagen en niet indexeren van de accijnzen in 2025',
    'Motie van het lid X over 100% hernieuwbare energie in 2030',
    'Motie van het lid X over het bedrag voor de hulporganisaties voor 2026',
    'Motie van het lid X over een plan om de uitstoot zo snel mogelijk te verminderen',
    'Motie van het lid X over een plan zodat alle pleegkinderen vóór de zomer weten waar ze terechtkunnen',
    'Motie van het lid X over onderzoeken hoe bijlessen zo snel mogelijk gratis kunnen worden',
    'Motie van het lid X over er in de Europese Raad op aandringen dat dit zo spoedig mogelijk gebeurt',
    'Motie van het lid X over inventariseren of het leger kan helpen tijdens de volgende jaarwisseling',
    'Motie van het lid X over het verzoek ondersteunen om de publicatie tot na de zomer uit te stellen',
  ])('no term: %s', (text) => {
    expect(primaryOf(text)).toBeNull();
  });
});

describe('a weekday before the date', () => {
  it('vóór vrijdag 13 maart 2026 and uiterlijk dinsdag 3 maart are that day', () => {
    expect(primaryOf('verzoekt de regering de Kamer vóór vrijdag 13 maart 2026 te informeren')).toEqual({ text: 'vóór vrijdag 13 maart 2026', deadline: '2026-03-13' });
    expect(primaryOf('Motie van het lid X over uiterlijk dinsdag 3 maart de Kamer informeren')).toEqual({ text: 'uiterlijk dinsdag 3 maart', deadline: '2025-03-03' });
    expect(primaryOf('constaterende dat de minister op dinsdag 3 maart de Kamer informeerde;')).toBeNull();
  });
});

describe('an event with its own date is that day', () => {
  it.each([
    ['verzoekt de regering de Kamer voor het debat over jeugdzorg van 14 april aanstaande te informeren', 'voor het debat over jeugdzorg van 14 april', '2025-04-14'],
    ['De minister brengt dit in de Transportraad van 4 juni in.', 'in de Transportraad van 4 juni', '2025-06-04'],
    ['verzoekt de regering voor de Europese top van 26 juni aanstaande een brief te sturen', 'voor de Europese top van 26 juni', '2025-06-26'],
    ['Motie van de leden A en B over het oordeel melden in de Milieuraad van 18 december', 'in de Milieuraad van 18 december', '2025-12-18'],
  ])('%s', (text, span, deadline) => {
    expect(primaryOf(text)).toEqual({ text: span, deadline });
  });

  it('but "de Raad van State van 12 maart" and "de Europese Raad van 12 maart" as a fact are no term', () => {
    expect(primaryOf('verzoekt de regering het advies van de Raad van State van 12 maart 2024 te volgen')).toBeNull();
    expect(primaryOf('overwegende dat de Europese Raad van 12 maart 2024 besloot;')).toBeNull();
  });
});

describe('DATES.md rows in new positions', () => {
  it.each([
    ['De minister stuurt de Kamer uiterlijk begin 2027 een brief.', 'uiterlijk begin 2027', '2027-03-31'],
    ['Motie van het lid X over na de zomer een meldpunt openen', 'na de zomer', '2025-12-18'],
    ['Motie van het lid X over zo snel mogelijk met de provincies afspreken dat zij meebetalen', 'zo snel mogelijk', '2025-04-15'],
    ['Motie van het lid X over de subsidie onmiddellijk stopzetten', 'onmiddellijk', '2025-02-15'],
    ['Motie van het lid X over een jaarlijkse rapportage over migratie', 'jaarlijkse', '2026-12-31'],
    ['Motie van het lid X over halfjaarlijkse informatie over de stand van zaken', 'halfjaarlijkse', '2025-12-31'],
  ])('%s', (text, span, deadline) => {
    expect(primaryOf(text)).toEqual({ text: span, deadline });
  });

  it('a recurring adjective before anything but a report is no term', () => {
    expect(primaryOf('Motie van het lid X over studenten meenemen in de jaarlijkse koopkrachtberekeningen van het Nibud')).toBeNull();
  });
});

describe('still too eager in v3', () => {
  it('a budget moment as the occasion of a policy choice is no term; a report delivered at it is', () => {
    expect(primaryOf('verzoekt de regering bij de Voorjaarsnota vast te houden aan de afspraak')).toBeNull();
    expect(primaryOf('Motie van het lid X over bij de Voorjaarsnota vasthouden aan de afspraak')).toBeNull();
    expect(primaryOf('Motie van het lid X over het eigen risico afschaffen en dit verwerken in de Voorjaarsnota 2025')).toBeNull();
    expect(primaryOf('Motie van het lid X over dit voornemen betrekken bij de begroting voor 2026')).toBeNull();
    expect(primaryOf('Motie van het lid X over bij de Voorjaarsnota een overzicht van de taken aan de Kamer sturen')).toEqual({ text: 'bij de Voorjaarsnota', deadline: '2025-06-01' });
    expect(primaryOf('Motie van het lid X over een bijlage bij de begroting voor 2026 over discriminatie')).toEqual({ text: 'bij de begroting voor 2026', deadline: '2025-09-16' });
  });

  it('a rhythm that belongs to someone else is no term; the government reporting to the Kamer is', () => {
    expect(primaryOf('verzoekt de regering gemeenten maandelijks te laten rapporteren aan de provincie')).toBeNull();
    expect(primaryOf('Motie van het lid X over gemeenten maandelijks laten rapporteren aan de provincie')).toBeNull();
    expect(primaryOf('Motie van het lid X over het aantal mensen dat jaarlijks overlijdt door geweld')).toBeNull();
    expect(primaryOf('Motie van het lid X over 300.000 vliegbewegingen per jaar op Schiphol')).toBeNull();
    expect(primaryOf('Motie van het lid X over de Kamer maandelijks informeren over de provincies')).toEqual({ text: 'maandelijks', deadline: '2025-02-28' });
    expect(primaryOf('verzoekt de regering de Kamer maandelijks te laten informeren')).toEqual({ text: 'maandelijks', deadline: '2025-02-28' });
  });
});

describe('second round on the development set', () => {
  it('"iedere twee maanden" recurs every two months; "een jaarlijks terugkerend moment" and "een spoedig vertrek" are no term', () => {
    expect(primaryOf('Motie van het lid X over vanaf 1 januari 2025 iedere twee maanden aan de Kamer rapporteren over de gevolgen')).toEqual({ text: 'iedere twee maanden', deadline: '2025-04-30' });
    expect(primaryOf('Motie van het lid X over de vlag op een jaarlijks terugkerend moment in de zaal')).toBeNull();
    expect(primaryOf('Motie van het lid X over een spoedig vertrek van de president van het EOB')).toBeNull();
    expect(primaryOf('Motie van het lid X over spoedig uitvoeren van onderhoud')).toEqual({ text: 'spoedig', deadline: '2025-04-15' });
  });

  it('"laten vervallen" is the government acting, "vervalt" the measure ending', () => {
    expect(primaryOf('Motie van het lid X over de afstandsnorm voor sporters per direct laten vervallen')).toEqual({ text: 'per direct', deadline: '2025-02-15' });
    expect(primaryOf('Motie van het lid X over de regeling die per direct vervalt')).toBeNull();
  });

  it('a purpose after "om" at the end, an indirect question after "aangeven", and "voor <jaar>" after a noun', () => {
    expect(primaryOf('Motie van het lid X over een plan uitwerken om zo snel mogelijk toe te werken naar een schone industrie')).toBeNull();
    expect(primaryOf('Motie van het lid X over zo snel mogelijk een plan uitwerken voor een schone industrie')).toEqual({ text: 'zo snel mogelijk', deadline: '2025-04-15' });
    expect(primaryOf('Motie van het lid X over aangeven hoeveel woningen in 2025 beschikbaar komen')).toBeNull();
    expect(primaryOf('Motie van het lid X over de ruimte in de experimenten voor 2025 toevoegen aan die voor 2026')).toBeNull();
  });
});


describe('third round (h4-dates): a letter outlining itself, others reporting to others, acting soon', () => {
  it('a recess named in a letter\'s outline of its own contents is no term; a promise or another letter keeps it', () => {
    // the letter describes what it discusses: no request, no promise
    expect(primaryOf('In deze brief ga ik in op de afspraken die voor het zomerreces zijn gemaakt en op de planning na het zomerreces.')).toBeNull();
    expect(primaryOf('Hieronder ga ik eerst in op de stand van zaken en daarna op wat er na het zomerreces gebeurt.')).toBeNull();
    expect(primaryOf('In paragraaf 3 beschrijf ik de stappen die na de zomer volgen.')).toBeNull();
    expect(primaryOf('Met deze brief informeer ik uw Kamer, zoals toegezegd voor het zomerreces, over de voortgang.')).toBeNull();
    expect(primaryOf('In deze brief ga ik in op de gesprekken met de sector die voor het kerstreces plaatsvinden.')).toBeNull();
    // the same words with a promise, or about a later letter
    expect(primaryOf('In deze brief zeg ik toe uw Kamer voor het zomerreces te informeren over de uitkomsten.')).toEqual({ text: 'voor het zomerreces', deadline: '2025-07-03' });
    expect(primaryOf('Hierbij zeg ik toe uw Kamer voor de zomer te informeren.')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
    expect(primaryOf('In een volgende brief, voor het kerstreces, ga ik in op de vervolgstappen.')).toEqual({ text: 'voor het kerstreces', deadline: '2025-12-18' });
    expect(primaryOf('Na het zomerreces ontvangt u een brief over de planning.')).toEqual({ text: 'Na het zomerreces', deadline: '2025-12-18' });
  });

  it('a rhythm handed to others ("vragen", "verplichten", "ervoor zorgen dat") reporting to someone other than the Kamer is no term', () => {
    expect(primaryOf('verzoekt de regering gemeenten te vragen jaarlijks aan de inspectie te rapporteren,')).toBeNull();
    expect(primaryOf('verzoekt de regering scholen te verplichten elk kwartaal aan de inspectie te rapporteren over verzuim,')).toBeNull();
    expect(primaryOf('verzoekt de regering ervoor te zorgen dat provincies halfjaarlijks aan het Rijk rapporteren over de voortgang,')).toBeNull();
    // the same rhythm reaching the Kamer, or the government's own
    expect(primaryOf('verzoekt de regering de NZa te vragen jaarlijks aan de Kamer te rapporteren over de wachttijden,')).toEqual({ text: 'jaarlijks', deadline: '2026-12-31' });
    expect(primaryOf('verzoekt de regering halfjaarlijks aan de Kamer te rapporteren over de voortgang bij de provincies,')).toEqual({ text: 'halfjaarlijks', deadline: '2025-12-31' });
  });

  it('a budget moment stays the occasion of a choice, but "de Kamer laten weten" at it informs', () => {
    expect(primaryOf('verzoekt de regering bij de Voorjaarsnota te kiezen voor lastenverlichting,')).toBeNull();
    expect(primaryOf('verzoekt de regering in de Miljoenennota ruimte vrij te maken voor de jeugdzorg,')).toBeNull();
    expect(primaryOf('verzoekt de regering bij de Voorjaarsnota de Kamer te laten weten hoe de dekking wordt gevonden,')).toEqual({ text: 'bij de Voorjaarsnota', deadline: '2025-06-01' });
  });

  it('"spoedige" and "onmiddellijke" before an act in a subject are soft terms; with an article or before "werking" they are not', () => {
    expect(primaryOf('Motie van het lid X over spoedige uitvoering van de aanbevelingen in het rapport')).toEqual({ text: 'spoedige', deadline: '2025-04-15' });
    expect(primaryOf('Motie van het lid X over onmiddellijke stopzetting van de subsidie')).toEqual({ text: 'onmiddellijke', deadline: '2025-02-15' });
    expect(primaryOf('Motie van het lid X over een spoedige afhandeling van schademeldingen')).toBeNull();
    expect(primaryOf('Motie van het lid X over onmiddellijke werking van een samenlevingscontract')).toBeNull();
    expect(primaryOf('Motie van het lid X over spoedige vrede in de regio')).toBeNull();
  });

  it('"spoedig in gesprek gaan" is acting soon; "spoedig in werking" is not a term of its own', () => {
    expect(primaryOf('Motie van het lid X over spoedig in gesprek gaan met de sectoren')).toEqual({ text: 'spoedig', deadline: '2025-04-15' });
    expect(primaryOf('Motie van het lid X over de wet die spoedig in werking treedt')).toBeNull();
  });

  it('calling on others ("oproepen tot het spoedig treffen van sancties") is the content of the call', () => {
    expect(primaryOf('Motie van het lid X over bij de informele Raad oproepen tot het spoedig treffen van sancties')).toBeNull();
    expect(primaryOf('Motie van het lid X over spoedig sancties treffen')).toEqual({ text: 'spoedig', deadline: '2025-04-15' });
  });

  it('two actions joined by " en " in one clause: the one that informs gives the term', () => {
    expect(primaryOf('Motie van het lid X over in 2025 een onderzoek opstarten en de resultaten uiterlijk medio 2026 presenteren')).toEqual({ text: 'uiterlijk medio 2026', deadline: '2026-07-31' });
    expect(primaryOf('verzoekt de regering in 2025 een onderzoek op te starten en de Kamer voor de zomer van 2026 te informeren,')).toEqual({ text: 'voor de zomer van 2026', deadline: '2026-07-02' });
    // one action with two terms: the earliest
    expect(primaryOf('verzoekt de regering de Kamer in 2025 en uiterlijk medio 2026 te informeren,')).toEqual({ text: 'in 2025', deadline: '2025-12-31' });
  });

  it('an elliptic clause after ", en" without a verb of its own informs like the clause before it', () => {
    expect(primaryOf('Na het zomerreces ontvangt u een brief, en uiterlijk 1 maart 2025 de evaluatie.')).toEqual({ text: 'uiterlijk 1 maart 2025', deadline: '2025-03-01' });
    // its own verb: another action, rule 1 keeps the informing clause
    expect(primaryOf('Na het zomerreces ontvangt u een brief, en uiterlijk 1 maart 2025 start de pilot in Utrecht.')).toEqual({ text: 'Na het zomerreces', deadline: '2025-12-18' });
    expect(primaryOf('verzoekt de regering de Kamer na de zomer te informeren, en uiterlijk 1 maart 2026 de regeling in te voeren,')).toEqual({ text: 'na de zomer', deadline: '2025-12-18' });
  });
});

describe('session 3 (h6-dates): kinds found on new development texts (Handelingen, EK toezeggingen, letters)', () => {
  it('a range of counts in a duration ("over 2-3 jaar", "binnen twee à drie weken") runs to its later end', () => {
    expect(primaryOf('De Kamer wordt over 2-3 jaar geïnformeerd.')).toEqual({ text: 'over 2-3 jaar', deadline: '2028-12-31' });
    expect(primaryOf('verzoekt de regering de Kamer binnen twee à drie weken te informeren,')).toEqual({ text: 'binnen twee à drie weken', deadline: '2025-02-05' });
    expect(primaryOf('De Kamer wordt over 2 jaar geïnformeerd.')).toEqual({ text: 'over 2 jaar', deadline: '2027-12-31' });
    // the same words without a duration after them: no range
    expect(primaryOf('De Kamer wordt over 2-3 voorstellen geïnformeerd.')).toBeNull();
  });

  it('"twee keer per jaar", "vier keer per jaar", "eenmaal per jaar" are rhythms; a count of times without "per" is not', () => {
    expect(primaryOf('Ik zal u twee keer per jaar over de voortgang rapporteren.')).toEqual({ text: 'twee keer per jaar', deadline: '2025-12-31' });
    expect(primaryOf('verzoekt de regering de Kamer vier keer per jaar te informeren over de wachtlijsten,')).toEqual({ text: 'vier keer per jaar', deadline: '2025-06-30' });
    expect(primaryOf('verzoekt de regering de Kamer eenmaal per jaar te informeren over de wachtlijsten,')).toEqual({ text: 'eenmaal per jaar', deadline: '2026-12-31' });
    expect(primaryOf('Ik heb u twee keer over de voortgang gerapporteerd.')).toBeNull();
    expect(primaryOf('constaterende dat twee keer per jaar de prognose wordt vastgesteld;')).toBeNull();
  });

  it('two infinitives with "te" joined by "en" are two actions: the informing one\'s term wins', () => {
    const text = 'verzoekt de regering de regelingen binnen één jaar te evalueren in samenspraak met de cliënten en indien nodig de Kamer te informeren over vervolgstappen voor 1 juli 2026,';
    expect(primaryOf(text)).toEqual({ text: 'voor 1 juli 2026', deadline: '2026-07-01' });
    // one action with the same words: its earliest term
    expect(primaryOf('verzoekt de regering de regelingen binnen één jaar te evalueren met de cliënten en de Kamer voor 1 juli 2026,')).toEqual({ text: 'binnen één jaar', deadline: '2026-01-15' });
    // without a term in the informing action the other action's term still counts
    expect(primaryOf('verzoekt de regering de regelingen binnen één jaar te evalueren in samenspraak met de cliënten en de Kamer hierover te informeren,')).toEqual({ text: 'binnen één jaar', deadline: '2026-01-15' });
  });

  it('a letter delivering itself ("Met deze brief ontvangt de Kamer …") sets no term; a later letter it promises does', () => {
    expect(primaryOf('Met deze brief ontvangt de Tweede Kamer informatie ten behoeve van het commissiedebat op 16 april aanstaande.')).toBeNull();
    expect(primaryOf('Met deze brief ontvangt u de stukken voor het debat van 20 maart.')).toBeNull();
    expect(primaryOf('Met deze brief ontvangt u de evaluatie; de eindrapportage ontvangt u voor de zomer.')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
    expect(primaryOf('Met deze brief zeg ik toe dat de Kamer voor 16 april de evaluatie ontvangt.')).toEqual({ text: 'voor 16 april', deadline: '2025-04-16' });
  });

  it('a standing practice ("sinds 2008 laat RWS jaarlijks …") is a fact, not the government\'s rhythm towards the Kamer', () => {
    expect(primaryOf('Sinds 2008 laat Rijkswaterstaat jaarlijks een onderzoek uitvoeren naar zwerfafval.')).toBeNull();
    expect(primaryOf('Het ministerie laat jaarlijks een onderzoek uitvoeren naar zwerfafval.')).toBeNull();
    // the same rhythm promised to the Kamer
    expect(primaryOf('Sinds 2008 laat Rijkswaterstaat een onderzoek uitvoeren; ik zal uw Kamer jaarlijks over de uitkomsten informeren.')).toEqual({ text: 'jaarlijks', deadline: '2026-12-31' });
    expect(primaryOf('verzoekt de regering jaarlijks een onderzoek naar zwerfafval uit te voeren,')).toEqual({ text: 'jaarlijks', deadline: '2026-12-31' });
  });
});

describe('session 3 (h6-dates), second step: kinds from the remaining development misses', () => {
  it('"het reces in april (2020)" is the recess that starts in that month; a month without "reces" stays a month', () => {
    expect(primaryOf('verzoekt de regering, om uiterlijk voor het reces in april 2020 met een plan te komen,', '2020-01-28')).toEqual({ text: 'uiterlijk voor het reces in april 2020', deadline: '2020-04-23' });
    expect(primaryOf('verzoekt de regering de Kamer voor het reces in oktober te informeren,')).toEqual({ text: 'voor het reces in oktober', deadline: '2025-10-16' });
    expect(primaryOf('verzoekt de regering, om uiterlijk in april 2020 met een plan te komen,', '2020-01-28')).toEqual({ text: 'uiterlijk in april 2020', deadline: '2020-04-30' });
    // a month no recess starts in: no recess
    expect(primaryOf('verzoekt de regering de Kamer voor het reces in juni te informeren,')).toEqual({ text: 'in juni', deadline: '2025-06-30' });
  });

  it('a purpose "om … te <verb>" closed before a comma does not swallow the request that follows it', () => {
    expect(primaryOf('verzoekt de regering acties te ondernemen om te komen tot een nieuwe systematiek, daarbij de vormgeving uit te werken en de Kamer daarover nog dit jaar te informeren.')).toEqual({ text: 'dit jaar', deadline: '2025-12-31' });
    // the same words inside the purpose: no term
    expect(primaryOf('verzoekt de regering acties te ondernemen om nog dit jaar te komen tot een nieuwe systematiek, en daarbij de vormgeving uit te werken.')).toBeNull();
    expect(primaryOf('verzoekt de regering een plan te maken om de uitstoot zo snel mogelijk te verminderen,')).toBeNull();
  });

  it('a date inside a norm\'s "dat" clause ("het principe dat …", "de garantie dat …") is its content, until the clause\'s verb', () => {
    expect(primaryOf('verzoekt de minister uit te gaan van het principe dat rapporten binnen twee weken naar de Kamer gestuurd worden en de Kamer hier in het voorjaar nader over te informeren,')).toEqual({ text: 'in het voorjaar', deadline: '2025-06-30' });
    expect(primaryOf('Motie Verdonk over de garantie dat de missie in Uruzgan in augustus 2010 definitief beëindigd zal worden', '2009-09-17')).toBeNull();
    expect(primaryOf('verzoekt de minister uit te gaan van het principe dat rapporten binnen twee weken naar de Kamer gestuurd worden,')).toBeNull();
    // the same term outside a norm's clause binds the government
    expect(primaryOf('verzoekt de minister rapporten binnen twee weken naar de Kamer te sturen,')).toEqual({ text: 'binnen twee weken', deadline: '2025-01-29' });
  });
});

describe('session 3 (h6-dates), third step', () => {
  it('the months in a parenthesis after a rhythm belong to the rhythm; the same months without it are a term', () => {
    expect(primaryOf('Voor de Wlz ontvangt VWS tweemaal per jaar (in februari en in juli) een update van de cijfers van de NZa.')).toBeNull();
    expect(primaryOf('verzoekt de regering de Kamer tweemaal per jaar (in februari en in juli) te informeren over de cijfers,')).toEqual({ text: 'tweemaal per jaar', deadline: '2025-12-31' });
    expect(primaryOf('verzoekt de regering de Kamer in februari en in juli te informeren over de cijfers,')).toEqual({ text: 'in februari', deadline: '2025-02-28' });
  });
});

describe('session 3 (h6-dates), fourth step', () => {
  it('a letter sending now what an earlier promise named ("stuur ik u …, waarover is toegezegd … nog dit jaar") sets no new term; a promise itself does', () => {
    expect(primaryOf('Mede namens de minister stuur ik u de stand van zaken van de moties, waarover is toegezegd uw Kamer nog dit jaar te informeren.')).toBeNull();
    expect(primaryOf('Hierbij stuur ik u de evaluatie die ik heb toegezegd voor de zomer te sturen.')).toBeNull();
    // the same words as a promise: a term
    expect(primaryOf('Zoals toegezegd stuur ik u voor de zomer de evaluatie.')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
    expect(primaryOf('De minister heeft toegezegd uw Kamer nog dit jaar te informeren over de stand van zaken van de moties.')).toEqual({ text: 'dit jaar', deadline: '2025-12-31' });
  });
});

describe('session 3 (h6b-dates): kinds from the motie clauses of other moties than the frozen split', () => {
  it('a purpose ("zodat …", "onderzoeken hoe …") closed by ", en" is followed by the request again when its own "te <verb>" comes after the term', () => {
    expect(primaryOf('verzoekt de regering onderzoek te doen naar de vereisten, zodat Nederland snel kan overgaan tot invoering, en de Kamer hierover vóór de Voorjaarsnota 2026 te informeren,')).toEqual({ text: 'vóór de Voorjaarsnota 2026', deadline: '2026-06-01' });
    expect(primaryOf('verzoekt de regering te onderzoeken hoe de regeling kan worden verbeterd, en de Kamer hierover voor de zomer te informeren,')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
    // the same words with the term inside the purpose: no term
    expect(primaryOf('verzoekt de regering onderzoek te doen naar de vereisten, zodat Nederland vóór de Voorjaarsnota 2026 kan overgaan tot invoering, en de Kamer hierover te informeren,')).toBeNull();
    expect(primaryOf('verzoekt de regering onderzoek te doen naar de vereisten, zodat gemeenten, en scholen, vóór de Voorjaarsnota 2026 weten waar zij aan toe zijn,')).toBeNull();
  });

  it('"spoedig te <verb>" in a request is acting soon; "de spoedig te nemen maatregelen" and "spoedig te" without a verb are not', () => {
    expect(primaryOf('verzoekt de regering spoedig te voorzien in een modernisering van het huurrecht,')).toEqual({ text: 'spoedig', deadline: '2025-04-15' });
    // the same words as an attribute of a noun: no term
    expect(primaryOf('verzoekt de regering de spoedig te nemen maatregelen in een modernisering van het huurrecht toe te lichten,')).toBeNull();
    expect(primaryOf('verzoekt de regering een spoedig te voorzien tekort in het huurrecht op te lossen,')).toBeNull();
  });

  it('"hierbij" in a motie\'s request means "in doing so", not the letter itself; in a letter it still does', () => {
    expect(primaryOf('verzoekt de regering zo snel mogelijk te zorgen voor een aangescherpte zorgplicht en hierbij de voorstellen van de toezichthouder te volgen,')).toEqual({ text: 'zo snel mogelijk', deadline: '2025-04-15' });
    // the same words in a letter describing itself: no term
    expect(primaryOf('Hierbij informeer ik u zo snel mogelijk over een aangescherpte zorgplicht en de voorstellen van de toezichthouder.')).toBeNull();
  });

  it('"deze gelden" is money, not the verb "gelden" of a measure; "deze regels gelden" still is', () => {
    expect(primaryOf('verzoekt het kabinet voor de jaarwisseling doelstellingen te formuleren om te controleren dat deze gelden juist worden besteed;')).toEqual({ text: 'voor de jaarwisseling', deadline: '2025-12-31' });
    // the same words with the verb: the moment the rules apply, no term
    expect(primaryOf('verzoekt het kabinet te bevestigen dat deze regels voor de jaarwisseling gelden;')).toBeNull();
  });

  it('"het komende / eerstvolgende kerstreces" is the next recess, as without the word; "tijdens het komende kerstreces" stays no term', () => {
    expect(primaryOf('verzoekt het kabinet de Kamer hierover te informeren voor het komende kerstreces,', '2024-09-25')).toEqual({ text: 'voor het komende kerstreces', deadline: '2024-12-19' });
    expect(primaryOf('verzoekt het kabinet de Kamer hierover te informeren voor het eerstvolgende kerstreces,', '2024-09-25')).toEqual({ text: 'voor het eerstvolgende kerstreces', deadline: '2024-12-19' });
    // the same words as the time of the act itself: no term
    expect(primaryOf('verzoekt het kabinet tijdens het komende kerstreces de opvang open te houden,', '2024-09-25')).toBeNull();
  });
});

describe('session 4 (h6-dates): the budget cycle\'s recurring moments in the calendar', () => {
  it('the voorjaarsbesluitvorming: before it the end of February, at it the Voorjaarsnota (1 June), after it (soft) the day before the zomerreces', () => {
    expect(primaryOf('verzoekt de regering voorafgaand aan de voorjaarsbesluitvorming met een voorstel te komen,')).toEqual({ text: 'voorafgaand aan de voorjaarsbesluitvorming', deadline: '2025-02-28' });
    expect(primaryOf('verzoekt de regering ter voorbereiding op de voorjaarsbesluitvorming beleidsopties te onderzoeken,')).toEqual({ text: 'ter voorbereiding op de voorjaarsbesluitvorming', deadline: '2025-02-28' });
    expect(primaryOf('verzoekt de regering de Kamer bij de Voorjaarsbesluitvorming 2025 over de opties te informeren,')).toEqual({ text: 'bij de Voorjaarsbesluitvorming 2025', deadline: '2025-06-01' });
    expect(primaryOf('verzoekt de regering hierover na de Voorjaarsbesluitvorming terug te rapporteren aan de Kamer,')).toEqual({ text: 'na de Voorjaarsbesluitvorming', deadline: '2025-07-03' });
    expect(datesOfText('verzoekt de regering hierover na de Voorjaarsbesluitvorming terug te rapporteren aan de Kamer,', R).primary?.soft).toBe(true);
    // the same moment as the occasion of a policy choice: no term
    expect(primaryOf('verzoekt de regering bij de Voorjaarsbesluitvorming 2025 extra middelen vrij te maken voor de opties,')).toBeNull();
    expect(primaryOf('verzoekt de regering prioriteit te geven aan de gemeenten en deze bovenaan de stapel bij de voorjaarsbesluitvorming te leggen,')).toBeNull();
  });

  it('the augustusbesluitvorming: before it 31 July, at it Prinsjesdag, after it (soft) the day before the kerstreces', () => {
    expect(primaryOf('verzoekt de regering in aanloop naar de augustusbesluitvorming de opties te verkennen,')).toEqual({ text: 'in aanloop naar de augustusbesluitvorming', deadline: '2025-07-31' });
    expect(primaryOf('verzoekt de regering de Kamer bij de augustusbesluitvorming over de opties te informeren,')).toEqual({ text: 'bij de augustusbesluitvorming', deadline: '2025-09-16' });
    expect(primaryOf('verzoekt de regering de Kamer na de augustusbesluitvorming over de opties te informeren,')).toEqual({ text: 'na de augustusbesluitvorming', deadline: '2025-12-18' });
    // the same words as the occasion of a choice: no term
    expect(primaryOf('verzoekt de regering bij de augustusbesluitvorming de opties financieel te dekken,')).toBeNull();
  });

  it('"in aanloop naar / ter voorbereiding op" bounds an event or a budget moment, never a season or a recess-less topic', () => {
    expect(primaryOf('verzoekt de regering ter voorbereiding op de Voorjaarsnota een notitie naar de Kamer te sturen,')).toEqual({ text: 'ter voorbereiding op de Voorjaarsnota', deadline: '2025-06-01' });
    expect(primaryOf('verzoekt de regering in aanloop naar Prinsjesdag een notitie naar de Kamer te sturen,')).toEqual({ text: 'in aanloop naar Prinsjesdag', deadline: '2025-09-16' });
    // the same words before a season: a topic, no term
    expect(primaryOf('verzoekt de regering ter voorbereiding op de winter maatregelen te nemen,')).toBeNull();
    expect(primaryOf('verzoekt de regering in aanloop naar de zomer maatregelen te nemen,')).toBeNull();
  });

  it('the eerste / tweede suppletoire begroting go with the Voorjaarsnota / Najaarsnota', () => {
    expect(primaryOf('verzoekt de regering de Kamer bij de eerste suppletoire begroting 2025 te informeren,')).toEqual({ text: 'bij de eerste suppletoire begroting 2025', deadline: '2025-06-01' });
    expect(primaryOf('verzoekt de regering de Kamer bij de tweede suppletoire begroting te informeren,')).toEqual({ text: 'bij de tweede suppletoire begroting', deadline: '2025-12-01' });
    // the same moment as the occasion of a choice, or not numbered: no term
    expect(primaryOf('verzoekt de regering de middelen bij de tweede suppletoire begroting toe te voegen,')).toBeNull();
    expect(primaryOf('verzoekt de regering de Kamer bij de suppletoire begroting van Defensie te steunen,')).toBeNull();
  });

  it('the Slotwet and the jaarverslag of year Y go with Verantwoordingsdag of Y + 1; the ontwerpbegroting of Y with Prinsjesdag of Y − 1', () => {
    expect(primaryOf('verzoekt de regering de Kamer bij de Slotwet 2024 te informeren over de onderuitputting,')).toEqual({ text: 'bij de Slotwet 2024', deadline: '2025-05-21' });
    expect(primaryOf('verzoekt de regering de Kamer bij het jaarverslag 2024 te informeren over de onderuitputting,')).toEqual({ text: 'bij het jaarverslag 2024', deadline: '2025-05-21' });
    expect(primaryOf('verzoekt de regering voor de ontwerpbegroting 2026 een plan naar de Kamer te sturen,')).toEqual({ text: 'voor de ontwerpbegroting 2026', deadline: '2025-09-16' });
    // the same moments as the occasion of a choice, or a jaarverslag as a topic: no term
    expect(primaryOf('verzoekt de regering de onderuitputting bij de Slotwet 2024 te verwerken,')).toBeNull();
    expect(primaryOf('verzoekt de regering dit te verwerken in de ontwerpbegroting 2026,')).toBeNull();
    expect(primaryOf('verzoekt de regering de cijfers uit het jaarverslag 2024 van de inspectie te betrekken bij het beleid,')).toBeNull();
  });
});

describe('session 4 (h6-dates): kinds from the fourth draw of motie clauses', () => {
  it('"met spoed" is a soft term like "spoedig"; a request to the Kamer\'s own presidium binds no government term', () => {
    expect(primaryOf('verzoekt de regering met spoed de Raad van State om voorlichting te vragen over de verkenningsfase,')).toEqual({ text: 'met spoed', deadline: '2025-04-15' });
    // the same words asked of the presidium: no term
    expect(primaryOf('verzoekt het presidium met spoed de Raad van State om voorlichting te vragen over de verkenningsfase,')).toBeNull();
    expect(primaryOf('verzoekt het presidium de Kamer voor de zomer een voorstel voor te leggen,')).toBeNull();
  });

  it('"te hebben" is an infinitive, not a perfect tense (a dash list after "verzoekt de regering:")', () => {
    expect(primaryOf('verzoekt de regering: – voor het einde van dit jaar een uitgewerkt plan klaar te hebben; – hierover te communiceren,')).toEqual({ text: 'voor het einde van dit jaar', deadline: '2025-12-31' });
    // the same words as a report of what happened: no term
    expect(primaryOf('Voor het einde van dit jaar is een uitgewerkt plan klaar gehad; hierover is gecommuniceerd.')).toBeNull();
  });

  it('a purpose "om … te <verb>" ends at " en dit / de Kamer …", and "voorleggen aan de Kamer" informs', () => {
    expect(primaryOf('verzoekt de regering om zo snel mogelijk een plan uit te werken om de Grondbank in te zetten voor grondpolitiek en dit nog voor de Voorjaarsnota aan de Kamer voor te leggen,')).toEqual({ text: 'voor de Voorjaarsnota', deadline: '2025-06-01' });
    // the same term inside the purpose: no term
    expect(primaryOf('verzoekt de regering een plan uit te werken om de Grondbank nog voor de Voorjaarsnota in te zetten voor grondpolitiek en dit aan de Kamer voor te leggen,')).toBeNull();
  });

  it('a norm noun a few words before its "dat" ("als uitgangspunt op te nemen dat …") holds the norm\'s content', () => {
    expect(primaryOf('verzoekt de regering als uitgangspunt op te nemen dat een letselschadezaak uiterlijk binnen twee jaar moet zijn beslecht,')).toBeNull();
    // the same words with the term on the request: a term
    expect(primaryOf('verzoekt de regering uiterlijk binnen twee jaar als uitgangspunt op te nemen dat een letselschadezaak snel wordt beslecht,')).toEqual({ text: 'binnen twee jaar', deadline: '2027-01-15' });
  });

  it('"zich … in te zetten voor" is lobbying others and "voor / over hoe …" asked content, unless the request goes on', () => {
    expect(primaryOf('verzoekt de regering zich in Brussel actief in te zetten voor publicatie van de delegated act in uiterlijk januari 2027;')).toBeNull();
    expect(primaryOf('verzoekt de regering zich in Brussel actief in te zetten voor publicatie van de delegated act, en de Kamer uiterlijk januari 2027 te informeren;')).toEqual({ text: 'uiterlijk januari 2027', deadline: '2027-01-31' });
    expect(primaryOf('verzoekt het kabinet een plan van aanpak te maken voor hoe parallel plannen zo snel mogelijk de standaard wordt;')).toBeNull();
    expect(primaryOf('verzoekt het kabinet zo snel mogelijk een plan van aanpak te maken voor hoe parallel plannen de standaard wordt;')).toEqual({ text: 'zo snel mogelijk', deadline: '2025-04-15' });
  });

  it('budget moments: "bij de onderhandelingen voor de Voorjaarsnota" is the occasion; a text (not money) written "in de Miljoenennota" is delivered', () => {
    expect(primaryOf('verzoekt de regering om bij de onderhandelingen voor de Voorjaarsnota in te zetten op een ambitieus pakket klimaatmaatregelen,')).toBeNull();
    expect(primaryOf('verzoekt de regering om voor de Voorjaarsnota een ambitieus pakket klimaatmaatregelen te presenteren,')).toEqual({ text: 'voor de Voorjaarsnota', deadline: '2025-06-01' });
    expect(primaryOf('verzoekt het kabinet een bespiegeling over brede welvaart op te nemen in de Miljoenennota,')).toEqual({ text: 'in de Miljoenennota', deadline: '2025-09-16' });
    expect(primaryOf('verzoekt het kabinet deze wens uit te werken in de Miljoenennota van Prinsjesdag 2025,')).toEqual({ text: 'in de Miljoenennota', deadline: '2025-09-16' });
    // the same words with money: a policy choice, no term
    expect(primaryOf('verzoekt het kabinet extra middelen voor brede welvaart op te nemen in de Miljoenennota,')).toBeNull();
  });

  it('"vóór aanvang van het zomerreces" is the day before it, as "vóór het zomerreces"; "bij aanvang" and an offset count from its first day', () => {
    expect(primaryOf('verzoekt de regering de Europawet vóór aanvang van het zomerreces 2025 toe te sturen aan de Kamer,')).toEqual({ text: 'vóór aanvang van het zomerreces 2025', deadline: '2025-07-03' });
    expect(primaryOf('verzoekt de regering de Europawet bij aanvang van het zomerreces 2025 toe te sturen aan de Kamer,')).toEqual({ text: 'bij aanvang van het zomerreces 2025', deadline: '2025-07-04' });
    expect(primaryOf('verzoekt de regering de Europawet drie weken voor aanvang van het zomerreces 2025 toe te sturen aan de Kamer,')).toEqual({ text: 'drie weken voor aanvang van het zomerreces 2025', deadline: '2025-06-13' });
  });
});

describe('session 4 (h6-dates): kinds from the fifth draw', () => {
  it('"spoedig met … te <verb> / in gesprek" is acting soon; "een spoedig met pensioen gaan" is not', () => {
    expect(primaryOf('verzoekt de regering om spoedig met de sector in gesprek te gaan om een oplossing te vinden,')).toEqual({ text: 'spoedig', deadline: '2025-04-15' });
    expect(primaryOf('verzoekt de regering spoedig met maatregelen te komen,')).toEqual({ text: 'spoedig', deadline: '2025-04-15' });
    // the same words without an act of the government: no term
    expect(primaryOf('verzoekt de regering een spoedig met pensioen gaan van de directeur te voorkomen,')).toBeNull();
    expect(primaryOf('verzoekt de regering spoedig met de sector,')).toBeNull();
  });

  it('the Belastingplan of Y is presented on Prinsjesdag of Y − 1; as the place of a measure it is no term', () => {
    expect(primaryOf('verzoekt de regering om bij het Belastingplan 2026 het wetsvoorstel naar de Kamer te sturen,')).toEqual({ text: 'bij het Belastingplan 2026', deadline: '2025-09-16' });
    // the same moment as the occasion of a measure: no term
    expect(primaryOf('verzoekt de regering om in het Belastingplan 2026 een wettelijke basis te creëren voor een bijdrage,')).toBeNull();
  });

  it('the debate over the Voorjaarsnota is held before the zomerreces (estimate: the day before it)', () => {
    expect(primaryOf('verzoekt de regering de Kamer hierover te informeren vóór het debat over de Voorjaarsnota,')).toEqual({ text: 'vóór het debat over de Voorjaarsnota', deadline: '2025-07-03' });
    expect(primaryOf('verzoekt de regering de Kamer hierover te informeren vóór de Voorjaarsnota,')).toEqual({ text: 'vóór de Voorjaarsnota', deadline: '2025-06-01' });
    // the same words as a topic: no term
    expect(primaryOf('constaterende dat het debat over de Voorjaarsnota is uitgesteld;')).toBeNull();
  });
});

describe('session 4 (h6-dates): kinds from the sixth draw', () => {
  it('"op zeer / heel korte termijn", "op de kortst mogelijke termijn" are "op korte termijn"; "woningen per jaar" is a rate', () => {
    expect(primaryOf('verzoekt de regering om op zeer korte termijn afspraken te maken met corporaties over aantallen te splitsen woningen per jaar,')).toEqual({ text: 'op zeer korte termijn', deadline: '2025-04-15' });
    expect(primaryOf('verzoekt de regering om op de kortst mogelijke termijn afspraken te maken met corporaties,')).toEqual({ text: 'op de kortst mogelijke termijn', deadline: '2025-04-15' });
    // the same rate alone: no term; a rhythm of reports to the Kamer still is one
    expect(primaryOf('verzoekt de regering om afspraken te maken met corporaties over aantallen te splitsen woningen per jaar,')).toBeNull();
    expect(primaryOf('verzoekt de regering de Kamer de resultaten per kwartaal te rapporteren,')).toEqual({ text: 'per kwartaal', deadline: '2025-06-30' });
  });

  it('"om" opening a list item after "verzoekt de regering:" is the request, not a purpose', () => {
    expect(primaryOf('verzoekt de regering: • te onderzoeken hoe de baten het grootst zijn; • om de Kamer zo snel mogelijk over de resultaten te informeren, zodat iedere fractie kan beslissen,')).toEqual({ text: 'zo snel mogelijk', deadline: '2025-04-15' });
    // the same words as a purpose inside the item: no term
    expect(primaryOf('verzoekt de regering: • een analyse te laten uitvoeren om de baten zo snel mogelijk te vergroten,')).toBeNull();
  });
});

describe('session 4 (h6-dates): kinds from the amended moties', () => {
  it('a writing verb after a budget document delivers the text in it; money or "verwerken" does not', () => {
    expect(primaryOf('verzoekt de regering waar mogelijk in de ontwerpbegroting 2026 extra meetbare indicatoren op te nemen,')).toEqual({ text: 'in de ontwerpbegroting 2026', deadline: '2025-09-16' });
    // the same words with money: no term
    expect(primaryOf('verzoekt de regering waar mogelijk in de ontwerpbegroting 2026 extra middelen op te nemen,')).toBeNull();
  });

  it('a third party obliged to report on a rhythm, without the Kamer, is their rhythm; the Kamer named keeps it a term', () => {
    expect(primaryOf('verzoekt de regering om het Afvalfonds Verpakkingen te verplichten jaarlijks te rapporteren over de besteding van statiegeld,')).toBeNull();
    expect(primaryOf('verzoekt de regering om het Afvalfonds Verpakkingen te verplichten jaarlijks aan de Kamer te rapporteren over de besteding van statiegeld,')).toEqual({ text: 'jaarlijks', deadline: '2026-12-31' });
    expect(primaryOf('Motie van de leden A en B over de NCTV jaarlijks apart laten rapporteren over vrouwenhaat')).toEqual({ text: 'jaarlijks', deadline: '2026-12-31' });
  });

  it('"in januari" right after "op basis van de tussenevaluatie" is that evaluation\'s date, not a term', () => {
    expect(primaryOf('verzoekt de regering op basis van de tussenevaluatie in januari vóór de zomer 2025 met de Kamer te delen hoe zij dit gaat doen,', '2024-12-05')).toEqual({ text: 'vóór de zomer 2025', deadline: '2025-07-03' });
    // the same month as the request's own term
    expect(primaryOf('verzoekt de regering de tussenevaluatie in januari met de Kamer te delen,', '2024-12-05')).toEqual({ text: 'in januari', deadline: '2025-01-31' });
  });

  it('"direct afkomstig van" is manner, "direct" alone is a soft term', () => {
    expect(primaryOf('verzoekt de regering het geld dat direct afkomstig is van scholen terug te geven aan de scholen,')).toBeNull();
    expect(primaryOf('verzoekt de regering het geld direct terug te geven aan de scholen,')).toEqual({ text: 'direct', deadline: '2025-02-15' });
  });
});

describe('session 5 (h6-dates): commission decisions, letter subjects and letter sentences', () => {
  const at = (text: string, reference: string) => primaryOf(text, reference);

  it('an event named with "d.d." or after "ten behoeve van / t.b.v." is a term to that day; the same words without an event are none', () => {
    expect(at('Bewindspersonen verzoeken een planningsbrief ten behoeve van de strategische procedurevergadering d.d. 21 maart 2024 aan de Kamer te doen toekomen.', '2024-02-08')).toEqual({ text: 'ten behoeve van de strategische procedurevergadering d.d. 21 maart 2024', deadline: '2024-03-21' });
    expect(at('Aan minister LVVN - Verzoek om reactie op het commentaar van Natuur & Milieu t.b.v. commissiedebat Gewasbeschermingsmiddelen van 27 november 2024', '2024-11-20')).toEqual({ text: 't.b.v. commissiedebat Gewasbeschermingsmiddelen van 27 november 2024', deadline: '2024-11-27' });
    expect(at('Bewindspersonen verzoeken de middelen ten behoeve van de winter aan gemeenten te doen toekomen.', '2024-02-08')).toBeNull();
    expect(at('Reactie op de brief d.d. 21 maart 2024 over de procedurevergadering', '2024-02-08')).toBeNull();
  });

  it("a decision about the Kamer's own business carries no government term; a request in it does", () => {
    expect(at('Agenderen voor het commissiedebat Gasmarkt op 3 april 2024.', '2024-03-27')).toBeNull();
    expect(at('De minister verzoeken om een brief, te ontvangen voor het commissiedebat Gasmarkt op 3 april 2024.', '2024-03-27')).toEqual({ text: 'voor het commissiedebat Gasmarkt op 3 april 2024', deadline: '2024-04-03' });
    expect(at('De commissie besluit op 5 oktober 2024 inbreng te leveren voor het schriftelijk overleg over de Landbouwraad.', '2024-09-27')).toBeNull();
    expect(at('Het commissiedebat Klimaatplan wordt verplaatst naar 10 april 2025.', '2025-03-05')).toBeNull();
    expect(at('Een technische briefing organiseren op 13 maart 2025.', '2025-03-05')).toBeNull();
    // the planned day of a debate is the Kamer's; the promised note's term counts
    expect(at('De commissie besluit het commissiedebat Constitutionele toetsing, dat oorspronkelijk stond gepland op 24 september 2024, in te plannen na ontvangst van de nota die de minister heeft toegezegd voor het einde van het jaar.', '2024-09-13')).toEqual({ text: 'voor het einde van het jaar', deadline: '2024-12-31' });
  });

  it("a bare day or month right after a noun is that noun's date (a letter subject), not a term", () => {
    expect(at('Voortgang versterking VTH-stelsel april 2025', '2025-04-15')).toBeNull();
    expect(at('De Kamer wordt in april 2025 geïnformeerd over de voortgang versterking VTH-stelsel', '2025-04-15')).toEqual({ text: 'in april 2025', deadline: '2025-04-30' });
    expect(at('Verzoek om de antwoorden op vragen over tunnelsluitingen (20 februari) aan de Kamer te doen toekomen', '2025-04-10')).toBeNull();
    // (Since session 9 "het einde van volgende week" is read too: the same Friday, named first.)
    expect(at('Verzoek om de antwoorden uiterlijk aan het einde van volgende week (29 augustus) aan de Kamer te doen toekomen', '2025-08-21')).toEqual({ text: 'uiterlijk aan het einde van volgende week', deadline: '2025-08-29' });
    expect(at('Geannoteerde agenda voor de Raad Buitenlandse Zaken Ontwikkeling van 26 mei 2025', '2025-05-09')).toBeNull();
    expect(at('De geannoteerde agenda wordt de Kamer voor de Raad Buitenlandse Zaken Ontwikkeling van 26 mei 2025 toegestuurd', '2025-05-09')).toEqual({ text: 'voor de Raad Buitenlandse Zaken Ontwikkeling van 26 mei 2025', deadline: '2025-05-26' });
  });

  it("a motie named inside another text keeps its subject's term to itself", () => {
    expect(at("Uitvoering van de motie van het lid Pierik c.s. over binnen zes weken een oplossing presenteren voor de watertaxi's", '2025-03-12')).toBeNull();
    expect(at("Motie van het lid Pierik c.s. over binnen zes weken een oplossing presenteren voor de watertaxi's", '2025-03-12')).toEqual({ text: 'binnen zes weken', deadline: '2025-04-23' });
  });

  it('"om" after a promise, a planning or urging the minister is what is promised; after another noun it is a purpose', () => {
    expect(at('Ik heb toegezegd om in het derde kwartaal te kijken of dat kan worden aangescherpt.', '2018-04-05')).toEqual({ text: 'in het derde kwartaal', deadline: '2018-09-30' });
    expect(at('Het kabinet stelt een werkgroep in om in het derde kwartaal te kijken of dat kan worden aangescherpt.', '2018-04-05')).toBeNull();
    expect(at('Onze planning is nu om de opzet medio april naar de Kamer te sturen.', '2013-04-03')).toEqual({ text: 'medio april', deadline: '2013-04-20' });
    expect(at('De middelen zijn bedoeld om de opzet medio april naar de Kamer te sturen.', '2013-04-03')).toBeNull();
    expect(at('Er wordt bij de minister op aangedrongen om uiterlijk 20 september 2024 het wetsvoorstel te versturen.', '2024-09-16')).toEqual({ text: 'uiterlijk 20 september 2024', deadline: '2024-09-20' });
    expect(at('De minister wordt verzocht in Brussel erop aan te dringen om uiterlijk 20 september 2024 het voorstel te versturen.', '2024-09-16')).toBeNull();
  });

  it('what already happened is no term: "heb … gestuurd", a promise made during a past debate, "de in december gedane toezegging"', () => {
    expect(at('Ik heb u op 5 december een brief gestuurd.', '2018-04-05')).toBeNull();
    expect(at('Ik stuur u op 5 december een brief.', '2018-04-05')).toEqual({ text: 'op 5 december', deadline: '2018-12-05' });
    expect(at('Toezegging gedaan tijdens het commissiedebat Post van 9 oktober 2024, over de bezorgkwaliteit', '2024-12-19')).toBeNull();
    expect(at('De minister zal worden verzocht de Kamer te informeren, naar aanleiding van de toezegging van de minister tijdens het commissiedebat d.d. 19 september.', '2024-03-28')).toBeNull();
    expect(at('De minister zal worden verzocht de Kamer tijdens het commissiedebat d.d. 19 september te informeren.', '2024-03-28')).toEqual({ text: 'tijdens het commissiedebat d.d. 19 september', deadline: '2024-09-19' });
    expect(at('Reden voor dit verzoek was de in december gedane toezegging in uw Kamer om in maart een eerste opzet daarvan naar uw Kamer te sturen.', '2013-04-03')).toEqual({ text: 'in maart', deadline: '2014-03-31' });
  });

  it('"verzoek om een spoedige reactie" asks for a soft term; "een spoedige reactie is van belang" does not', () => {
    expect(at('Verzoek om een spoedige reactie op een nieuwsbericht over compensatie van toeslagenouders', '2025-03-26')).toEqual({ text: 'spoedige', deadline: '2025-06-26' });
    expect(at('Een spoedige reactie op een nieuwsbericht over compensatie van toeslagenouders is van belang', '2025-03-26')).toBeNull();
  });
});

describe('session 5 (h6-dates): kinds from the second draw of commission decisions and letter subjects', () => {
  const at = (text: string, reference: string) => primaryOf(text, reference);

  it('"deze week" and "volgende week" are Monday to Friday of that week; "uiterlijk vandaag" is the day itself', () => {
    expect(at('Aan bewindspersoon - Verzoek om deze week aan te geven of de conferentie een dwingende verplichting is', '2025-09-03')).toEqual({ text: 'deze week', deadline: '2025-09-05' });
    expect(at('De minister verzoeken volgende week een brief te sturen over de conferentie.', '2025-09-03')).toEqual({ text: 'volgende week', deadline: '2025-09-12' });
    expect(at('Minister voor BHO verzoeken om de Kamer uiterlijk vandaag per brief te informeren over het standpunt van het kabinet.', '2024-12-05')).toEqual({ text: 'uiterlijk vandaag', deadline: '2024-12-05' });
    // the same words as facts or as a noun phrase: no term
    expect(at('Deze week is de conferentie in Kopenhagen gehouden.', '2025-09-03')).toBeNull();
    expect(at('De volgende week van de conferentie is gewijd aan wonen.', '2025-09-03')).toBeNull();
    expect(at('Het kabinet heeft vandaag het standpunt bepaald.', '2024-12-05')).toBeNull();
  });

  it("taking part in a Kamer activity, or a debate's planned day, is the Kamer's business; a term before that debate is not", () => {
    expect(at('Verzoek om toestemming deelname aan technische briefing over Online leeftijdsverificatie op 27 mei 2025', '2025-04-08')).toBeNull();
    expect(at('Verzoek om een reactie over Online leeftijdsverificatie, te ontvangen op 27 mei 2025', '2025-04-08')).toEqual({ text: 'op 27 mei 2025', deadline: '2025-05-27' });
    expect(at('Deelname aan het Commissiedebat wapenexportbeleid op 26 november 2024', '2024-11-22')).toBeNull();
    expect(at('De minister verzoeken aan te geven of zij aanwezig kan zijn tijdens het reeds op 29 september 2025 geplande notaoverleg.', '2025-09-03')).toBeNull();
    expect(at('De staatssecretaris wordt verzocht zijn reactie tijdig voor het op 3 oktober 2024 geplande commissiedebat Tuinbouw aan de Kamer te sturen.', '2024-09-06')).toEqual({ text: 'op 3 oktober 2024', deadline: '2024-10-03' });
  });
});

describe('session 6 (h6-dates): general rules from the misses of the held-out session-5 round', () => {
  const at = (text: string, reference: string) => primaryOf(text, reference);

  it("a day right after a noun governed by over / van / aan / na is that noun's day; after a verb, or with its own term word, it is a term", () => {
    expect(at('Verzoek om een brief over de onrust op 4 mei', '2025-04-20')).toBeNull();
    expect(at('Vragen over de onrust na de wedstrijd op 2 januari in Utrecht', '2025-02-10')).toBeNull();
    expect(at('Verzoek om toestemming voor deelname aan het werkbezoek op 12 juni 2025', '2025-05-20')).toBeNull();
    expect(at('Verzoek om de Kamer zo snel mogelijk te informeren over de uitkomsten van het bestuurlijk overleg op 14 april 2025', '2025-04-10')).toMatchObject({ text: 'zo snel mogelijk' });
    // the same words asking for that day
    expect(at('Verzoek om de brief over de onrust te sturen op 4 mei', '2025-04-20')).toEqual({ text: 'op 4 mei', deadline: '2025-05-04' });
    expect(at('Verzoek om de brief over de onrust uiterlijk op 4 mei te sturen', '2025-04-20')).toEqual({ text: 'uiterlijk op 4 mei', deadline: '2025-05-04' });
    expect(at('Ten behoeve van het commissiedebat Wonen op 14 maart 2025 de minister verzoeken een brief te sturen', '2025-03-01')).toMatchObject({ deadline: '2025-03-14' });
  });

  it("a day range after a noun is that noun's dates (a meeting's agenda), not a term", () => {
    expect(at('Geannoteerde agenda Transportraad 5-6 juni 2025', '2025-05-20')).toBeNull();
    expect(at('Verzoek antwoorden schriftelijk overleg Raad Algemene Zaken 9 en 10 juli 2025', '2025-06-20')).toBeNull();
    expect(at('Verzoek om de geannoteerde agenda van de Transportraad 5-6 juni 2025 uiterlijk 28 mei 2025 te sturen', '2025-05-20')).toEqual({ text: 'uiterlijk 28 mei 2025', deadline: '2025-05-28' });
  });

  it('a past event named as the occasion is when something happened; the same event ahead is a term', () => {
    const text = 'De minister zal worden verzocht de Kamer te informeren over de stand van zaken, zoals toegezegd in het debat op 18 maart 2025.';
    expect(at(text, '2025-04-24')).toBeNull();
    expect(at('De minister zal worden verzocht de Kamer in het debat op 18 maart 2025 te informeren over de stand van zaken.', '2025-03-01')).toEqual({ text: 'in het debat op 18 maart 2025', deadline: '2025-03-18' });
  });

  it('a request not to do something before a debate is a standstill; a request to deliver before it is a term', () => {
    expect(at('De minister verzoeken om geen onomkeerbare stappen te zetten voorafgaand aan het debat over mest, dat wordt verwacht op donderdag 21 december 2023.', '2023-12-14')).toBeNull();
    expect(at('De minister verzoeken om de vragen te beantwoorden voor het debat over mest, dat wordt verwacht op donderdag 21 december 2023.', '2023-12-14')).toMatchObject({ deadline: '2023-12-21' });
  });

  it('"tweemaandelijks" is a rhythm before a report; a rhythm after "met" is how the Kamer is informed, a date after "met" a reference', () => {
    expect(at('Verzoek tweemaandelijkse brief over de voortgang van het actieprogramma', '2025-04-23')).toMatchObject({ text: 'tweemaandelijkse' });
    expect(at('De tweemaandelijkse vergadering van de raad is verplaatst.', '2025-04-23')).toBeNull();
    expect(at('Over het programma wordt uw Kamer met halfjaarlijkse voortgangsrapportages geïnformeerd.', '2024-03-12')).toMatchObject({ text: 'halfjaarlijkse' });
    expect(at('De cijfers worden vergeleken met 2018.', '2024-03-12')).toBeNull();
  });

  it('a norm ("Uitgangspunt is dat …") is content; the same words as a promise are a term', () => {
    expect(at('Uitgangspunt is dat verzoeken zo snel mogelijk worden afgehandeld.', '2015-06-01')).toBeNull();
    expect(at('Ik zal uw Kamer over de verzoeken zo snel mogelijk informeren.', '2015-06-01')).toMatchObject({ text: 'zo snel mogelijk' });
  });

  it('an opinion ("spreekt uit dat …") asks nothing: a soft word in it is no term, a hard bound or a request after it is', () => {
    expect(at('spreekt uit dat zo snel mogelijk een nieuw stelsel moet komen,', '2024-09-19')).toBeNull();
    expect(at('Motie van het lid X over uitspreken dat er zo snel mogelijk een enquête moet komen', '2024-09-19')).toBeNull();
    expect(at('Motie van het lid X over uitspreken dat de wet uiterlijk 1 juli 2025 in de Kamer wordt behandeld', '2024-09-19')).toEqual({ text: 'uiterlijk 1 juli 2025', deadline: '2025-07-01' });
    expect(at('spreekt uit dat een nieuw stelsel nodig is, en verzoekt de regering de Kamer zo snel mogelijk te informeren,', '2024-09-19')).toMatchObject({ text: 'zo snel mogelijk' });
  });

  it("the chair's proposal about the Kamer's agenda is the Kamer's business, also in the list after its colon", () => {
    expect(at('Ik stel voor toestemming te verlenen tot het houden van een wetgevingsoverleg: op maandag 3 maart 2025 van 10.00 tot 14.00 uur van de vaste commissie voor Financiën.', '2025-02-10')).toBeNull();
    expect(at('Ik stel voor dat de minister de Kamer op maandag 3 maart 2025 een brief stuurt.', '2025-02-10')).toEqual({ text: 'op maandag 3 maart 2025', deadline: '2025-03-03' });
  });
});

describe('session 6 (h6-dates): forms the development set lacked', () => {
  const at = (text: string, reference: string) => primaryOf(text, reference);

  it('"de eerste / laatste week van <maand>" is Monday to Friday of that week; "de eerste week" alone is none', () => {
    expect(at('De minister wordt verzocht de briefing te geven in de eerste week van april.', '2025-03-21')).toEqual({ text: 'in de eerste week van april', deadline: '2025-04-04' });
    expect(at('De minister wordt verzocht de brief te sturen in de laatste week van mei 2025.', '2025-03-21')).toEqual({ text: 'in de laatste week van mei 2025', deadline: '2025-05-30' });
    expect(at('De minister wordt verzocht de briefing te geven in de eerste week.', '2025-03-21')).toBeNull();
  });

  it('"voor het weekend" is the Friday of the week; "het weekend van 5 mei" and "in het weekend" without a request are not read that way', () => {
    expect(at('Verzoek om voor het weekend een appreciatie te ontvangen.', '2024-12-04')).toEqual({ text: 'voor het weekend', deadline: '2024-12-06' });
    expect(at('Het weekend van 5 mei is de herdenking.', '2024-12-04')).toBeNull();
  });

  it('"binnen een paar / enkele weken of maanden" is a soft term; "een paar maanden geleden" is none', () => {
    expect(at('Dat kan ik binnen een paar maanden per brief hier hebben liggen.', '2018-04-05')).toMatchObject({ text: 'binnen een paar maanden' });
    expect(at('De minister stuurt de Kamer binnen enkele weken een brief.', '2018-04-05')).toMatchObject({ text: 'binnen enkele weken' });
    expect(at('Een paar maanden geleden stuurde de minister een brief.', '2018-04-05')).toBeNull();
  });

  it('a school holiday after "voor" is its recess; "in de zomervakantie" is the holiday itself', () => {
    expect(at('Motie van het lid X over een plan voor veilige scholen voor de start van de herfstvakantie', '2020-09-30')).toMatchObject({ text: 'voor de start van de herfstvakantie' });
    expect(at('De minister stuurt de brief voor de zomervakantie.', '2025-03-01')).toMatchObject({ text: 'voor de zomervakantie' });
    expect(at('In de zomervakantie zijn de scholen dicht.', '2025-03-01')).toBeNull();
  });

  it('a term moved to a new day is that term, also in a Kamer decision; a debate moved to a day is not', () => {
    expect(at('De commissies besluiten de deadline van toezegging T03141 te verplaatsen naar 15 december 2021.', '2021-09-28')).toEqual({ text: '15 december 2021', deadline: '2021-12-15' });
    expect(at('De commissies besluiten het commissiedebat te verplaatsen naar 15 december 2021.', '2021-09-28')).toBeNull();
  });
});
