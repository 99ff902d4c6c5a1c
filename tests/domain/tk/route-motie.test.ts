import { describe, expect, it } from 'vitest';
import { canonicalMinistry } from '../../../src/domain/codes.ts';
import vocabulary from '../../../src/domain/tk/policy-vocabulary.json' with { type: 'json' };
import { readDictum } from '../../../src/domain/tk/read-dictum.ts';
import { routeMotie, scoreVocabulary, type MotieEvidence } from '../../../src/domain/tk/route-motie.ts';
import { triageReasonNl } from '../../../src/texts/tk.nl.ts';

const none: MotieEvidence = { dossierKey: null, dossierTitle: null, onderwerp: null, text: null, bewindspersonen: [], letters: [], committees: [] };
const ev = (e: Partial<MotieEvidence>): MotieEvidence => ({ ...none, ...e });
const ministry = (e: Partial<MotieEvidence>) => routeMotie(ev(e)).derivation?.responsible[0]?.ministry ?? null;
const rule = (e: Partial<MotieEvidence>) => routeMotie(ev(e)).derivation?.rule ?? null;

describe('routeMotie: each rule, in order of evidence', () => {
  it.each([
    { name: 'begroting chapter', e: { dossierKey: '36600-VIII', onderwerp: 'Motie van het lid X over politie' }, ministry: 'OCW', rule: 'begroting' },
    { name: 'bewindspersoon of the kabinetsappreciatie', e: { bewindspersonen: [{ functie: 'minister van Infrastructuur en Waterstaat', source: 'kabinetsappreciatie' as const }], onderwerp: 'Motie over politie' }, ministry: 'IenW', rule: 'bewindspersoon' },
    { name: 'bewindspersoon who answered in the debate', e: { bewindspersonen: [{ functie: 'Staatssecretaris van Financiën - Fiscaliteit', source: 'debat' as const }] }, ministry: 'Fin', rule: 'bewindspersoon' },
    { name: 'the bewindspersoon the dictum addresses', e: { text: 'De Kamer,\nconstaterende dat …;\nverzoekt de minister van Defensie om de Kamer te informeren,\nen gaat over tot de orde van de dag.' }, ministry: 'Def', rule: 'bewindspersoon' },
    { name: 'earlier letters in the dossier', e: { letters: ['VWS', 'VWS', 'OCW', 'VWS'], dossierTitle: 'Politie' }, ministry: 'VWS', rule: 'brieven' },
    { name: 'a voortouwcommissie that names a department', e: { committees: ['vaste commissie voor Sociale Zaken en Werkgelegenheid'] }, ministry: 'SZW', rule: 'voortouwcommissie' },
    { name: 'the committee of the debate the motie was submitted in', e: { debate: { name: 'Politie', committees: ['vaste commissie voor Justitie en Veiligheid'] }, dossierTitle: 'Gehandicaptenbeleid' }, ministry: 'JenV', rule: 'debatcommissie' },
    { name: '"Ministerie van" in the dossier title', e: { dossierTitle: 'Jaarverslag en slotwet Ministerie van Defensie 2024' }, ministry: 'Def', rule: 'dossiertitel' },
    { name: 'the policy words of the dossier title', e: { dossierTitle: 'Primair Onderwijs', onderwerp: 'Motie van het lid X over de doorstroomtoets hervormen' }, ministry: 'OCW', rule: 'dossiertitel' },
    { name: 'the policy words of the subject', e: { dossierTitle: 'Nota over de toestand van ’s Rijks Financiën', onderwerp: 'Motie van het lid X over de Spreidingswet intrekken' }, ministry: 'AenM', rule: 'vocabulaire' },
  ])('$name', ({ e, ministry: m, rule: r }) => {
    expect(ministry(e)).toBe(m);
    expect(rule(e)).toBe(r);
  });

  it('the first rule decides; an agreeing later rule is named with it, a disagreeing one is not', () => {
    const route = routeMotie(ev({ dossierKey: '36600-XVI', dossierTitle: 'Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid, Welzijn en Sport (XVI) voor het jaar 2025', onderwerp: 'Motie over een onderzoek', committees: ['vaste commissie voor Justitie en Veiligheid'] }));
    expect(route.derivation?.explanation).toBe('begroting (begrotingsdossier 36600-XVI) en dossiertitel ("Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid, Welzijn en Sport (XVI) voor het jaar 2025")');
  });

  it('bewindspersonen of two ministries decide nothing by themselves', () => {
    const route = routeMotie(ev({ bewindspersonen: [{ functie: 'minister van Defensie', source: 'debat' }, { functie: 'minister van Buitenlandse Zaken', source: 'debat' }] }));
    expect(route.derivation).toBeNull();
    expect(route.candidates).toEqual(expect.arrayContaining(['Def', 'BZ']));
  });

  it('letters of mixed ministries decide nothing', () => {
    expect(ministry({ letters: ['VWS', 'OCW'] })).toBeNull();
  });

  it('the dossier title gives way when the motie\'s own words clearly name another ministry', () => {
    expect(ministry({ dossierTitle: 'Slachtofferbeleid', onderwerp: 'Motie over de Z-route uit de Wet inburgering schrappen en de integratie versterken' })).toBe('SZW');
  });

  it('the dossier title counts only when the motie\'s own words name no other ministry: one word of another is enough to refuse it', () => {
    // "Politie" would say JenV; the motie speaks of childcare (SZW's since session 9; it was OCW's by mistake) only: its own word decides.
    expect(routeMotie(ev({ dossierTitle: 'Politie', onderwerp: 'Motie over de kinderopvang van agenten' })).derivation).toMatchObject({ rule: 'vocabulaire', responsible: [{ ministry: 'SZW' }] });
    // Words of both: the title's ministry is among them, so the title stands.
    expect(rule({ dossierTitle: 'Politie', onderwerp: 'Motie over de kinderopvang en de politie' })).toBe('dossiertitel');
    // Words of two other ministries, neither decisive: a person decides, with all three as candidates.
    const route = routeMotie(ev({ dossierTitle: 'Politie', onderwerp: 'Motie over de kinderopvang en de zorg' }));
    expect(route.derivation).toBeNull();
    expect(route.candidates).toEqual(expect.arrayContaining(['JenV', 'SZW', 'VWS']));
  });

  it('the debate\'s committee gives way when the motie\'s own words clearly name another ministry; the words then decide only with another rule beside them', () => {
    const debate = { name: 'Auto', committees: ['vaste commissie voor Infrastructuur en Waterstaat'] };
    expect(ministry({ debate, dossierTitle: 'Vreemdelingenbeleid', onderwerp: 'Motie over het vervoer van asielzoekers naar het azc' })).toBe('AenM');
    expect(ministry({ debate, onderwerp: 'Motie over het vervoer van asielzoekers' })).toBe('IenW');
  });

  it('a debate whose committee follows several ministries, or whose meetings were two committees\' , decides nothing', () => {
    expect(ministry({ debate: { name: 'Raad Algemene Zaken', committees: ['vaste commissie voor Europese Zaken'] } })).toBeNull();
    expect(ministry({ debate: { name: 'Overheid en samenleving', committees: ['vaste commissie voor Digitale Zaken'] } })).toBeNull();
    // The committee names no ministry; the debate's own subject still may (rule debatnaam).
    expect(rule({ debate: { name: 'Digitale overheid', committees: ['vaste commissie voor Digitale Zaken'] } })).toBe('debatnaam');
    expect(ministry({ debate: { name: 'X', committees: ['vaste commissie voor Defensie', 'vaste commissie voor Buitenlandse Zaken'] } })).toBeNull();
    expect(ministry({ debate: { name: 'X', committees: [] } })).toBeNull();
  });

  it('a committee follows more than its ministry: a debate named for another ministry\'s subject decides nothing unless the motie\'s words name the committee\'s ministry', () => {
    const housing = ['vaste commissie voor Volkshuisvesting en Ruimtelijke Ordening'];
    const disputed = routeMotie(ev({ debate: { name: 'Rijksvastgoed en renovatie Binnenhof', committees: housing }, onderwerp: 'Motie over de Grafelijke Zalen zo toegankelijk mogelijk maken' }));
    expect(disputed.derivation).toBeNull();
    expect(disputed.candidates).toEqual(['VRO', 'BZK']);
    // The motie's words name the committee's ministry: the committee decides.
    expect(ministry({ debate: { name: 'Rijksvastgoed en renovatie Binnenhof', committees: housing }, onderwerp: 'Motie over woningbouw op rijksgrond' })).toBe('VRO');
    // A debate name without another ministry's words, or with the committee's own: the committee decides.
    expect(rule({ debate: { name: 'Bouwen en wonen', committees: housing }, onderwerp: 'Motie over de Grafelijke Zalen' })).toBe('debatcommissie');
    expect(rule({ debate: { name: 'Woningbouw en rijksvastgoed', committees: housing }, onderwerp: 'Motie over de Grafelijke Zalen' })).toBe('debatcommissie');
  });

  it('the debate\'s own subject decides when it names one ministry and the motie\'s words name no other (a plenary debate without a committee meeting)', () => {
    const coMed = { name: 'het faillissement van de commerciële huisartsenketen Co-Med en private equity in de zorg', committees: [] };
    const route = routeMotie(ev({ debate: coMed, onderwerp: 'Motie over een overname- en fusiestop in de zorg voor private-equitybedrijven' }));
    expect(route.derivation).toMatchObject({ rule: 'debatnaam', responsible: [{ ministry: 'VWS' }] });
    expect(route.derivation?.explanation).toBe('onderwerp van het debat ("het faillissement van de commerciële huisartsenketen Co-Med en private equity in de zorg" (huisarts, zorg))');
    // The motie's words name another ministry: the name decides nothing (here the words do).
    expect(rule({ debate: coMed, onderwerp: 'Motie over de belastingdienst en de btw' })).toBe('vocabulaire');
    // A debate name of two ministries decides nothing.
    expect(ministry({ debate: { name: 'Politie en onderwijs', committees: [] } })).toBeNull();
    // Only ambiguous words in the name: nothing.
    expect(ministry({ debate: { name: 'Fraude', committees: [] } })).toBeNull();
  });

  it('a debate name that disputes its committee decides instead of it when the motie\'s words agree with the name', () => {
    const justice = ['vaste commissie voor Justitie en Veiligheid'];
    // "Opvang asielzoekers" held by the justice committee, a motie on the COA: the name's ministry (AenM).
    expect(routeMotie(ev({ debate: { name: 'Opvang van asielzoekers', committees: justice }, onderwerp: 'Motie over de financiering van het COA' })).derivation).toMatchObject({ rule: 'debatnaam', responsible: [{ ministry: 'AenM' }] });
    // Words that do not name the name's ministry: still triage (the committee is disputed).
    expect(ministry({ debate: { name: 'Opvang van asielzoekers', committees: justice }, onderwerp: 'Motie over een onderzoek' })).toBeNull();
  });

  it('neutral forms keep a ministry\'s shorter word out ("politiek*" is not "politie*"); EU council configurations of BHO and national security are data', () => {
    expect([...scoreVocabulary('Algemene Politieke Beschouwingen').keys()]).toEqual([]);
    expect([...scoreVocabulary('politieagenten op straat').keys()]).toEqual(['JenV']);
    expect([...scoreVocabulary('Raad Buitenlandse Zaken Handel').keys()]).toEqual(['BHO']);
    expect([...scoreVocabulary('Raad Buitenlandse Zaken Ontwikkeling op 26 mei').keys()]).toEqual(['BHO']);
    expect([...scoreVocabulary('Raad Buitenlandse Zaken').keys()]).toEqual(['BZ']);
    expect([...scoreVocabulary('Nationale veiligheid').keys()]).toEqual(['JenV']);
  });

  it('policy words that several ministries use (ambiguousWords) count, but never decide alone', () => {
    const fraud = routeMotie(ev({ onderwerp: 'Motie over met behulp van contracten meer grip krijgen en fraude voorkomen' }));
    expect(fraud.derivation).toBeNull();
    expect(fraud.candidates).toEqual(['JenV']);
    // One unambiguous word decides; an ambiguous word next to an unambiguous one of the same ministry agrees.
    expect(ministry({ onderwerp: 'Motie over meer politie op straat' })).toBe('JenV');
    expect(routeMotie(ev({ onderwerp: 'Motie over fraude en politie' })).derivation?.explanation).toBe('beleidswoorden (fraude, politie)');
    // An ambiguous word still agrees with a structural rule.
    expect(ministry({ debate: { name: 'Fraudebeleid', committees: ['vaste commissie voor Justitie en Veiligheid'] }, onderwerp: 'Motie over fraude' })).toBe('JenV');
  });

  it('one policy word against another decides nothing: triage with both as candidates', () => {
    const route = routeMotie(ev({ onderwerp: 'Motie over innovatie bij de vlootvernieuwing van de Rijksrederij' }));
    expect(route.derivation).toBeNull();
    expect(route.candidates).toEqual(expect.arrayContaining(['EZ', 'IenW']));
  });

  it('a dictum that asks the government nothing (a statement about the Kamer) goes to triage', () => {
    const text = 'De Kamer,\noverwegende dat …;\nspreekt uit dat een groep Kamerleden de stukken over de politie inziet,\nen gaat over tot de orde van de dag.';
    expect(routeMotie(ev({ text, onderwerp: 'Motie over politie' })).derivation).toBeNull();
  });

  it('nothing known: triage without candidates', () => {
    expect(routeMotie(none)).toEqual({
      derivation: null,
      candidates: [],
      reason: { code: 'TRIAGE_NO_EVIDENCE', evidence: [], missing: ['bewindspersoon', 'debat', 'dossier', 'tekst'] },
    });
  });
});

describe('routeMotie: a triaged motie says why (issue 24)', () => {
  const reason = (e: Partial<MotieEvidence>) => routeMotie(ev(e)).reason;
  const housing = ['vaste commissie voor Volkshuisvesting en Ruimtelijke Ordening'];

  it.each([
    { why: 'words of two ministries', e: { onderwerp: 'Motie over innovatie bij de vlootvernieuwing van de Rijksrederij' }, code: 'TRIAGE_WORDS_SPLIT' },
    { why: 'only an ambiguous word', e: { onderwerp: 'Motie over fraude voorkomen' }, code: 'TRIAGE_WORDS_AMBIGUOUS' },
    { why: 'a title contradicted by the words', e: { dossierTitle: 'Politie', onderwerp: 'Motie over de kinderopvang en de zorg' }, code: 'TRIAGE_TITLE_CONTRADICTED' },
    { why: 'a debate named for another subject', e: { debate: { name: 'Rijksvastgoed en renovatie Binnenhof', committees: housing }, onderwerp: 'Motie over de Grafelijke Zalen' }, code: 'TRIAGE_DEBATE_DISPUTED' },
    { why: 'ministers of two ministries', e: { bewindspersonen: [{ functie: 'minister van Defensie', source: 'debat' as const }, { functie: 'minister van Buitenlandse Zaken', source: 'debat' as const }] }, code: 'TRIAGE_PEOPLE_SPLIT' },
    { why: 'a statement', e: { onderwerp: 'Motie over politie', text: 'De Kamer,\nspreekt uit dat een groep Kamerleden de stukken over de politie inziet,\nen gaat over tot de orde van de dag.' }, code: 'TRIAGE_NOT_TO_GOVERNMENT' },
    { why: 'nothing at all', e: { onderwerp: 'Motie over een onderzoek' }, code: 'TRIAGE_NO_EVIDENCE' },
  ])('$why → $code', ({ e, code }) => {
    expect(routeMotie(ev(e)).derivation).toBeNull();
    expect(reason(e)?.code).toBe(code);
  });

  it('lists the evidence per ministry and the evidence the records lacked', () => {
    expect(reason({ debate: { name: 'Rijksvastgoed en renovatie Binnenhof', committees: housing }, onderwerp: 'Motie over de Grafelijke Zalen', dossierKey: '36410', dossierTitle: 'Bouwen en wonen' })).toEqual({
      code: 'TRIAGE_DEBATE_DISPUTED',
      evidence: [
        { kind: 'debate', name: 'Rijksvastgoed en renovatie Binnenhof', committee: housing[0], ministry: 'VRO' },
        { kind: 'debateName', name: 'Rijksvastgoed en renovatie Binnenhof', ministries: ['BZK'] },
        { kind: 'title', title: 'Bouwen en wonen', ministries: ['VRO'] },
      ],
      missing: ['bewindspersoon', 'tekst'],
    });
  });

  it('a motie a rule decided has no reason', () => {
    expect(reason({ onderwerp: 'Motie over meer politie op straat' })).toBeNull();
  });
});

describe('scoreVocabulary', () => {
  it('matches whole words, a starred word also as the start of a longer one, case and accents aside', () => {
    expect(scoreVocabulary('De POLITIEACADEMIE en de Wet inburgering').get('JenV')).toEqual(['politieacademie']);
    expect(scoreVocabulary('ervoor te zorgen dat').size).toBe(0);
    expect(scoreVocabulary('Israël').get('BZ')).toEqual(['israel']);
  });

  it('where words overlap the longer counts ("waterstof" is energy, not water)', () => {
    expect([...scoreVocabulary('groene waterstof').keys()]).toEqual(['KGG']);
  });
});

describe('routeMotie: session 5 (tuned on September, March, May and June 2025)', () => {
  const K = (dictum: string) => `De Kamer,\nconstaterende dat …;\n${dictum},\nen gaat over tot de orde van de dag.`;
  it('a debate\'s own name does not route a dictum that asks the government nothing', () => {
    const debate = { name: 'Hybride dreigingen en maatschappelijke weerbaarheid', committees: [] };
    const statement = routeMotie(ev({ debate, text: K('spreekt uit dat de Kamer zich politiek niet gebonden acht aan geheime doelstellingen') }));
    expect(statement.derivation).toBeNull();
    expect(statement.reason?.code).toBe('TRIAGE_NOT_TO_GOVERNMENT');
    expect(rule({ debate, text: K('verzoekt de regering de weerbaarheid van de samenleving te vergroten') })).toBe('debatnaam');
  });
  it('common words are no policy words: "weg te nemen" is no road, "sanctiemechanisme" no foreign sanction, "sociaal-economische" no economy', () => {
    expect(ministry({ text: K('verzoekt de regering belemmeringen weg te nemen') })).toBeNull();
    expect(scoreVocabulary('een sanctiemechanisme in de wet').get('BZ')).toBeUndefined();
    expect(scoreVocabulary('de sociaal-economische verschillen').get('EZ')).toBeUndefined();
    expect(scoreVocabulary('een sanctiepakket tegen Rusland').get('BZ')).toEqual(['sanctiepakket', 'rusland']);
  });
  it('gemeenten alone decide nothing (every ministry works with them)', () => {
    expect(ministry({ onderwerp: 'Motie over gemeenten een plan laten maken' })).toBeNull();
  });
  it.each([
    { title: 'Regels omtrent productie, transport en levering van warmte (Wet collectieve warmte)', m: 'KGG' },
    { title: 'Initiatiefnota van de leden Bromet en Van Campen over “De wijsheid in pacht”', m: 'LVVN' },
    { title: 'Deelnemingenbeleid Rijksoverheid', m: 'Fin' },
    { title: 'Financieel Jaarverslag van het Rijk 2024', m: 'Fin' },
    { title: 'Bestrijding internationaal terrorisme', m: 'Def' },
  ])('the vocabulary names the ministry of "$title"', ({ title, m }) => {
    expect(ministry({ dossierTitle: title, onderwerp: 'Motie over een onderzoek' })).toBe(m);
  });
});

describe('routeMotie: session 6 (tuned on September, March, May, June and April 2025)', () => {
  const K = (dictum: string) => `De Kamer,\nconstaterende dat …;\n${dictum},\nen gaat over tot de orde van de dag.`;
  it('a dictum addressed to the Kamer\'s own organs routes nowhere, not even by its begroting or its debate\'s committee', () => {
    const begroting = { dossierKey: '36600-VIII', onderwerp: 'Motie van het lid X over commissievergaderingen in de regio' };
    for (const dictum of ['verzoekt het presidium om commissievergaderingen in de regio te laten plaatsvinden', 'verzoekt de griffie een overzicht te maken', 'verzoekt de Kamervoorzitter de afbeeldingen te verwijderen']) {
      const route = routeMotie(ev({ ...begroting, text: K(dictum) }));
      expect(route.derivation).toBeNull();
      expect(route.reason?.code).toBe('TRIAGE_NOT_TO_GOVERNMENT');
    }
    expect(routeMotie(ev({ debate: { name: 'Regio', committees: ['vaste commissie voor Binnenlandse Zaken'] }, text: K('verzoekt het presidium om een voorstel te maken') })).reason?.code).toBe('TRIAGE_NOT_TO_GOVERNMENT');
    // The government is asked, the Kamer is only to be informed: the begroting decides.
    expect(ministry({ ...begroting, text: K('verzoekt de regering de vergaderingen te steunen en de Kamer hierover te informeren') })).toBe('OCW');
    // The presidium and the government both asked: not the Kamer's alone.
    expect(ministry({ ...begroting, text: K('verzoekt het presidium en de regering om een voorstel te maken') })).toBe('OCW');
  });
  it('words several ministries use do not keep a dossier title another ministry\'s specific words contradict', () => {
    // "industrie" (EZ, ambiguous) beside "CO2-heffing" (KGG): the title "Industriebeleid" no longer decides.
    expect(ministry({ dossierTitle: 'Industriebeleid', onderwerp: 'Motie van de leden X en Y over geen CO2-heffing voor de industrie' })).not.toBe('EZ');
    // Only ambiguous words against the title ("gemeenten"): the title decides.
    expect(ministry({ dossierTitle: 'Primair Onderwijs', onderwerp: 'Motie van het lid X over gemeenten betrekken bij de doorstroomtoets' })).toBe('OCW');
  });
  it('a programme\'s "spoor 2" is no railway, criminal sanctions are justice, 112 is justice', () => {
    expect(scoreVocabulary('verzoekt de regering in spoor 2 een voorstel uit te werken').get('IenW')).toBeUndefined();
    expect(scoreVocabulary('het spoor tussen Zwolle en Groningen').get('IenW')).toEqual(['spoor']);
    expect(scoreVocabulary('voorwaardelijke sancties opleggen bij de OM-strafbeschikking').get('JenV')).toEqual(['voorwaardelijke sanctie', 'strafbeschikking']);
    expect(scoreVocabulary('voorwaardelijke sancties opleggen').get('BZ')).toBeUndefined();
    expect(scoreVocabulary('het contact opnemen met 112').get('JenV')).toEqual(['112']);
  });
  it('"Russisch" and "nabestaanden" are evidence, never decisive alone (a Russian drone, a war\'s survivors)', () => {
    expect(ministry({ text: K('verzoekt de regering Russische drones sneller te detecteren') })).toBeNull();
    expect(ministry({ text: K('verzoekt de regering de nabestaanden te betrekken bij de projecten') })).toBeNull();
    expect(ministry({ text: K('verzoekt de regering nieuwe sancties tegen Rusland en Russische oligarchen te steunen') })).toBe('BZ');
  });
});

describe('policy-vocabulary.json', () => {
  it('every ministry is a known ministry and every word belongs to one ministry', () => {
    const seen = new Map<string, string>();
    for (const [m, words] of Object.entries(vocabulary.words as Record<string, string[]>)) {
      expect(canonicalMinistry(m), m).toBe(m);
      for (const w of words) {
        const key = w.replace(/\*$/, '').toLowerCase();
        expect(seen.get(key), `${w} in ${m} and ${seen.get(key) ?? ''}`).toBeUndefined();
        seen.set(key, m);
      }
    }
    for (const w of vocabulary.ambiguousWords) expect(seen.has(w.replace(/\*$/, '').toLowerCase()), w).toBe(true);
    // A neutral form is no ministry's word.
    for (const w of vocabulary.neutralWords) expect(seen.has(w.replace(/\*$/, '').toLowerCase()), w).toBe(false);
  });
});

describe('readDictum', () => {
  it('takes the dictum without the considerations and the closing formula', () => {
    expect(readDictum('De Kamer,\ngehoord de beraadslaging,\nconstaterende dat de regering iets doet;\nverzoekt de regering de Kamer te informeren,\nen gaat over tot de orde van de dag.\nNaam')).toBe('verzoekt de regering de Kamer te informeren');
  });
  it('null without a dictum', () => {
    expect(readDictum('De Kamer,\nconstaterende dat …')).toBeNull();
    expect(readDictum(null)).toBeNull();
  });
});

describe('routeMotie: session 7 (abstention chosen by leave-one-month-out over seven months)', () => {
  const K = (dictum: string) => `De Kamer,\nconstaterende dat …;\n${dictum},\nen gaat over tot de orde van de dag.`;
  const suppletoir = {
    dossierKey: '36725-XVI',
    dossierTitle: 'Wijziging van de begrotingsstaten van het Ministerie van Volksgezondheid, Welzijn en Sport (XVI) voor het jaar 2025 (wijziging samenhangende met de Voorjaarsnota)',
  };
  const vaststelling = { dossierKey: '36600-XVI', dossierTitle: 'Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid, Welzijn en Sport (XVI) voor het jaar 2025' };
  const jaarverslag = { dossierKey: '36740-XVI', dossierTitle: 'Jaarverslag en slotwet Ministerie van Volksgezondheid, Welzijn en Sport 2024' };
  const navo = K('verzoekt de regering de NAVO-norm voor de defensie-uitgaven niet te laten prevaleren boven de wens van de Kamer');

  it('a suppletoire begroting or jaarverslag decides nothing alone against the motie\'s own words: triage, the chapter\'s ministry a candidate', () => {
    for (const dossier of [suppletoir, jaarverslag]) {
      const route = routeMotie(ev({ ...dossier, onderwerp: 'Motie van het lid X over geheime NAVO-doelstellingen', text: navo }));
      expect(route.derivation).toBeNull();
      expect(route.reason?.code).toBe('TRIAGE_BEGROTING_CONTRADICTED');
      expect(route.candidates).toEqual(expect.arrayContaining(['VWS', 'Def']));
    }
  });

  it('the chapter still decides when the words agree with it, name no ministry, or another rule agrees; a regular begroting always decides', () => {
    expect(ministry({ ...suppletoir, text: K('verzoekt de regering de wachtlijsten in de zorg terug te dringen') })).toBe('VWS');
    expect(ministry({ ...suppletoir, text: K('verzoekt de regering hierover voor de zomer een brief te sturen') })).toBe('VWS');
    // Words of both the chapter's ministry and another: not a contradiction.
    expect(ministry({ ...suppletoir, text: K('verzoekt de regering de zorg voor veteranen en de NAVO-norm te bespreken') })).toBe('VWS');
    // A bewindspersoon of the chapter's ministry agrees: the chapter is not alone.
    expect(ministry({ ...suppletoir, text: navo, bewindspersonen: [{ functie: 'minister van Volksgezondheid, Welzijn en Sport', source: 'kabinetsappreciatie' }] })).toBe('VWS');
    // A begroting that is only its own ministry's budget keeps deciding (unchanged).
    expect(ministry({ ...vaststelling, onderwerp: 'Motie van het lid X over geheime NAVO-doelstellingen', text: navo })).toBe('VWS');
  });

  it('a dictum that asks the government nothing is not routed by the chapter of a catch-all dossier, but still by a regular begroting', () => {
    const statement = K('spreekt uit dat de Kamer de uitvoerbaarheid van wetgeving nadrukkelijker meeweegt');
    const route = routeMotie(ev({ ...jaarverslag, text: statement }));
    expect(route.derivation).toBeNull();
    expect(route.reason?.code).toBe('TRIAGE_NOT_TO_GOVERNMENT');
    expect(ministry({ ...vaststelling, text: statement })).toBe('VWS');
  });
});

describe('routeMotie: session 8 (abstention chosen by leave-one-month-out over nine months; facts corrected)', () => {
  const auto = { name: 'Auto', committees: ['vaste commissie voor Infrastructuur en Waterstaat'] };

  it('the motie\'s words against the debate\'s committee, with nothing else on either side: triage with both as candidates', () => {
    for (const onderwerp of ['Motie over het vervoer van asielzoekers naar het azc', 'Motie over de accijns en de btw op brandstof']) {
      const route = routeMotie(ev({ debate: auto, onderwerp }));
      expect(route.derivation).toBeNull();
      expect(route.reason?.code).toBe('TRIAGE_WORDS_AGAINST_DEBATE');
      expect(route.candidates).toContain('IenW');
      expect(route.candidates).toHaveLength(2);
    }
    // The rule is named where a person reads why (motie triage, motie show, App Home).
    const reason = routeMotie(ev({ debate: auto, onderwerp: 'Motie over het vervoer van asielzoekers naar het azc' })).reason;
    expect(reason && triageReasonNl(reason)).toMatch(
      /^Waarom triage: de woorden van de motie wijzen naar een ander ministerie dan de commissie die het debat hield, en geen andere aanwijzing steunt die woorden\. Aanwijzingen: commissie van het debat "Auto" \(vaste commissie voor Infrastructuur en Waterstaat\) → IenW; .*beleidswoorden "asielzoeker", "azc" → AenM\./,
    );
  });

  it('the words still decide against the committee when another rule agrees with them; the committee decides when the words name its ministry too', () => {
    // The dossier title agrees with the words (asylum): the words' ministry.
    expect(routeMotie(ev({ debate: auto, dossierTitle: 'Vreemdelingenbeleid', onderwerp: 'Motie over het vervoer van asielzoekers naar het azc' })).derivation).toMatchObject({ responsible: [{ ministry: 'AenM' }] });
    // A bewindspersoon of the words' ministry agrees.
    expect(ministry({ debate: auto, onderwerp: 'Motie over het vervoer van asielzoekers naar het azc', bewindspersonen: [{ functie: 'minister van Asiel en Migratie', source: 'kabinetsappreciatie' }] })).toBe('AenM');
    // Words of the committee's ministry among them: no contradiction, the committee decides.
    expect(rule({ debate: auto, onderwerp: 'Motie over het vervoer van asielzoekers' })).toBe('debatcommissie');
    // Without a debate the words decide as before.
    expect(rule({ onderwerp: 'Motie over het vervoer van asielzoekers naar het azc' })).toBe('vocabulaire');
  });

  it('begroting chapter I (De Koning) is the Minister-President\'s', () => {
    expect(routeMotie(ev({ dossierKey: '36600-I', dossierTitle: 'Vaststelling van de begrotingsstaat van de Koning (I) voor het jaar 2025' })).derivation).toMatchObject({ rule: 'begroting', responsible: [{ ministry: 'AZ' }] });
  });

  it('"toeslagen" is Financiën\'s (Dienst Toeslagen, the herstel); a named allowance keeps its own ministry', () => {
    expect([...scoreVocabulary('de toeslagenaffaire en de hersteloperatie').keys()]).toEqual(['Fin']);
    expect([...scoreVocabulary('Toeslagen').keys()]).toEqual(['Fin']);
    expect([...scoreVocabulary('de kinderopvangtoeslag').keys()]).toEqual(['SZW']);
  });

  it('"kunst*" is the arts: kunstmatige bevruchting, kunstmest, kunststof and kunstgras are not', () => {
    for (const text of ['kunstmatige bevruchting', 'kunstmest', 'kunststof in het milieu', 'kunstgrasvelden']) expect(scoreVocabulary(text).has('OCW'), text).toBe(false);
    expect([...scoreVocabulary('kunst en cultuur').keys()]).toEqual(['OCW']);
    expect([...scoreVocabulary('kunstmatige intelligentie').keys()]).toEqual(['BZK']);
  });
});

describe('routeMotie: session 8, h1c (the dossier\'s debates of other months, chosen by leave-one-month-out over eleven months)', () => {
  const plain = { dossierKey: '21501-32', dossierTitle: null, onderwerp: 'Motie van het lid X over een onderzoek' };

  it('decides when nothing else found anything and one ministry held at least two and more than two thirds of the dossier\'s debates', () => {
    const route = routeMotie(ev({ ...plain, dossierHistory: { LVVN: 4, LNV: 1 } }));
    expect(route.derivation).toMatchObject({ rule: 'dossierhistorie', responsible: [{ ministry: 'LVVN' }] });
    expect(route.derivation?.explanation).toBe('debatten over dit dossier in eerdere maanden (4 van 5 moties in dit dossier kwamen uit een debat van een commissie van LVVN)');
    expect(ministry({ ...plain, dossierHistory: { LVVN: 5, OCW: 2 } })).toBe('LVVN');
    expect(ministry({ ...plain, dossierHistory: { LVVN: 2 } })).toBe('LVVN');
  });

  it('decides nothing on too little or mixed history: one motie, or two thirds and no more', () => {
    expect(routeMotie(ev({ ...plain, dossierHistory: { LVVN: 1 } })).derivation).toBeNull();
    expect(routeMotie(ev({ ...plain, dossierHistory: { LVVN: 4, OCW: 2 } })).derivation).toBeNull();
    expect(routeMotie(ev({ ...plain, dossierHistory: { LVVN: 3, OCW: 3 } })).derivation).toBeNull();
    expect(routeMotie(ev({ ...plain, dossierHistory: null })).derivation).toBeNull();
    expect(routeMotie(ev({ ...plain, dossierHistory: {} })).derivation).toBeNull();
  });

  it('agrees or abstains: the motie\'s own specific words or its bewindspersonen naming only other ministries stop it', () => {
    // Words of two ministries, neither decisive: the history decides only when it is one of them.
    const split = { ...plain, onderwerp: 'Motie van het lid X over de kinderopvang en de politie' };
    expect(routeMotie(ev({ ...split })).derivation).toBeNull();
    expect(routeMotie(ev({ ...split, dossierHistory: { LVVN: 6 } })).derivation).toBeNull();
    expect(routeMotie(ev({ ...split, dossierHistory: { JenV: 6 } })).derivation).toMatchObject({ rule: 'dossierhistorie', responsible: [{ ministry: 'JenV' }] });
    // Words several ministries use do not stop it.
    expect(rule({ ...plain, onderwerp: 'Motie van het lid X over de zorg', dossierHistory: { LVVN: 6 } })).toBe('dossierhistorie');
    // Bewindspersonen of two other ministries: no; one of them is the history's: yes.
    const people = [{ functie: 'minister van Defensie', source: 'debat' as const }, { functie: 'minister van Buitenlandse Zaken', source: 'debat' as const }];
    expect(routeMotie(ev({ ...plain, bewindspersonen: people, dossierHistory: { LVVN: 6 } })).derivation).toBeNull();
    expect(ministry({ ...plain, bewindspersonen: people, dossierHistory: { BZ: 6 } })).toBe('BZ');
  });

  it('never overrules other evidence: any rule that found a ministry decides, the history only agrees', () => {
    expect(routeMotie(ev({ ...plain, debate: { name: 'Onderwijs', committees: ['vaste commissie voor Onderwijs, Cultuur en Wetenschap'] }, dossierHistory: { LVVN: 9 } })).derivation).toMatchObject({ rule: 'debatcommissie', responsible: [{ ministry: 'OCW' }] });
    expect(routeMotie(ev({ ...plain, onderwerp: 'Motie van het lid X over de Spreidingswet intrekken', dossierHistory: { LVVN: 9 } })).derivation).toMatchObject({ rule: 'vocabulaire', responsible: [{ ministry: 'AenM' }] });
    expect(rule({ ...plain, dossierTitle: 'Jaarverslag en slotwet Ministerie van Defensie 2024', dossierHistory: { LVVN: 9 } })).toBe('dossiertitel');
  });

  it('a dictum that asks the government nothing goes to a person, history or not', () => {
    const route = routeMotie(ev({ ...plain, text: 'De Kamer,\nspreekt uit dat de boeren gehoord moeten worden,\nen gaat over tot de orde van de dag.', dossierHistory: { LVVN: 9 } }));
    expect(route.derivation).toBeNull();
    expect(route.reason?.code).toBe('TRIAGE_NOT_TO_GOVERNMENT');
  });
});

describe('routeMotie: session 9 (the wrong routes of twelve months, read by the rule that decided and the kind of error)', () => {
  it('an Onderwerp addressed to the Kamer itself goes to triage, also without the motie\'s text', () => {
    const debate = { name: 'Regio\'s en grensoverschrijdende samenwerking', committees: ['vaste commissie voor Binnenlandse Zaken'] };
    for (const onderwerp of [
      'Motie van het lid X over het Presidium verzoeken te verkennen of de Kamer zelf een juridische toets kan uitvoeren',
      'Motie van het lid X over uitspreken dat de Kamer zich politiek niet gebonden acht aan geheime NAVO-doelstellingen',
      'Motie van de leden X en Y over commissievergaderingen over regionale onderwerpen minimaal twee keer per jaar in de regio laten plaatsvinden',
      'Motie van de leden X en Y over vergaderingen van de Tweede Kamer minimaal twee keer per jaar in de regio',
      'Motie van het lid X over per direct de dienstauto met chauffeur voor de Griffier schrappen',
    ]) {
      const route = routeMotie(ev({ onderwerp, debate, dossierKey: '36600-VII', dossierTitle: 'Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (VII) voor het jaar 2025' }));
      expect(route.derivation, onderwerp).toBeNull();
      expect(route.reason?.code, onderwerp).toBe('TRIAGE_SUBJECT_TO_KAMER');
    }
  });

  it('the Kamer named in an Onderwerp that asks the government, or a dictum that asks the government, still routes', () => {
    const debate = { name: 'Politie', committees: ['vaste commissie voor Justitie en Veiligheid'] };
    // "de Kamer informeren" is a request to the government; "griffierechten" is a court fee, not the Kamer's griffie.
    expect(ministry({ debate, onderwerp: 'Motie van het lid X over de Kamer informeren over de voortgang van de politieacademie' })).toBe('JenV');
    expect(ministry({ debate, onderwerp: 'Motie van het lid X over een wetsvoorstel voor nieuwe griffierechtcategorieën' })).toBe('JenV');
    expect(ministry({ debate, onderwerp: 'Motie van het lid X over uitspreken dat de Kamer het kabinet oproept de politie te versterken' })).toBe('JenV');
    // A statement on the Kamer's own debate that also asks the government something: the dictum decides.
    const text = 'De Kamer,\nspreekt uit dat de Kamer haar verantwoordelijkheid neemt om het debat met respect te voeren;\nverzoekt de regering in overleg te treden met gemeenschapsleiders,\nen gaat over tot de orde van de dag.';
    expect(ministry({ debate, onderwerp: 'Motie van het lid X over uitspreken dat de Kamer haar verantwoordelijkheid neemt', text })).toBe('JenV');
    expect(routeMotie(ev({ debate, onderwerp: 'Motie van het lid X over uitspreken dat de Kamer haar verantwoordelijkheid neemt' })).reason?.code).toBe('TRIAGE_SUBJECT_TO_KAMER');
  });

  it('wrong facts of the vocabulary corrected: childcare is SZW\'s, traffic fines JenV\'s, the circular economy IenW\'s', () => {
    expect([...scoreVocabulary('de regeldruk in de kinderopvang').keys()]).toEqual(['SZW']);
    expect([...scoreVocabulary('de aanmaningskosten bij verkeersboetes').keys()]).toEqual(['JenV']);
    expect([...scoreVocabulary('de verkeersveiligheid op provinciale wegen').keys()]).toEqual(['IenW']);
    expect([...scoreVocabulary('de circulaire hefboom').keys()]).toEqual(['IenW']);
    expect([...scoreVocabulary('de circulaire economie').keys()]).toEqual(['IenW']);
    expect([...scoreVocabulary('de economie').keys()]).toEqual(['EZ']);
  });

  it('a verb or a compound is not the ministry\'s word: "te wegen", "wegen of", a migration background', () => {
    expect(scoreVocabulary('nadrukkelijk wegen of de begrotingsfondsen worden uitgezonderd').size).toBe(0);
    expect(scoreVocabulary('de belangen zorgvuldig af te wegen').size).toBe(0);
    expect(scoreVocabulary('jongeren met een migratieachtergrond').size).toBe(0);
    expect([...scoreVocabulary('het onderhoud van wegen en bruggen').keys()]).toEqual(['IenW']);
    expect([...scoreVocabulary('de migratie naar Europa beperken').keys()]).toEqual(['AenM']);
  });

  it('words two ministries use count but do not decide alone: "rechtsstaat" (BZK, and JenV\'s carrier dossier), "CBS"', () => {
    // The JenV dossier "Rechtsstaat en Rechtsorde" holds moties on police, fines and crime: its title decides nothing, the
    // dossier's debates of other months do.
    expect(routeMotie(ev({ dossierKey: '29279', dossierTitle: 'Rechtsstaat en Rechtsorde', onderwerp: 'Motie van het lid X over het beloningsgeld voor tips verhogen' })).derivation).toBeNull();
    expect(routeMotie(ev({ dossierKey: '29279', dossierTitle: 'Rechtsstaat en Rechtsorde', onderwerp: 'Motie van het lid X over het beloningsgeld voor tips verhogen', dossierHistory: { JenV: 42 } })).derivation).toMatchObject({ rule: 'dossierhistorie', responsible: [{ ministry: 'JenV' }] });
    expect(routeMotie(ev({ onderwerp: 'Motie van het lid X over overheidsinstanties stimuleren CBS-data te gebruiken' })).derivation).toBeNull();
    // With a word of its own ministry beside it, each still counts.
    expect(ministry({ onderwerp: 'Motie van het lid X over de democratische rechtsstaat en de Grondwet' })).toBe('BZK');
    expect(ministry({ onderwerp: 'Motie van het lid X over CBS-cijfers over de economie' })).toBe('EZ');
  });

  it('without a debate, a strong one-sided history of the dossier (ten moties or more) outranks the motie\'s words when they rest on one word', () => {
    // "verkeersveiligheid" alone (IenW) in a dossier whose moties came from the justice committee's debates 42 times.
    const oneWord = { dossierKey: '29279', onderwerp: 'Motie van het lid X over de verkeersveiligheid bij evenementen' };
    expect(routeMotie(ev({ ...oneWord, dossierHistory: { JenV: 42 } })).derivation).toMatchObject({ rule: 'dossierhistorie', responsible: [{ ministry: 'JenV' }] });
    expect(routeMotie(ev({ ...oneWord, dossierHistory: { JenV: 10, BZK: 2 } })).derivation).toMatchObject({ rule: 'dossierhistorie', responsible: [{ ministry: 'JenV' }] });
    // Not strong enough (nine, or not more than two thirds), the same ministry, two words of their own, or a debate: the words decide.
    expect(ministry({ ...oneWord, dossierHistory: { JenV: 9 } })).toBe('IenW');
    expect(ministry({ ...oneWord, dossierHistory: { JenV: 12, BZK: 6 } })).toBe('IenW');
    expect(rule({ ...oneWord, dossierHistory: { IenW: 42 } })).toBe('vocabulaire');
    expect(ministry({ ...oneWord, onderwerp: 'Motie van het lid X over de verkeersveiligheid op provinciale wegen', dossierHistory: { JenV: 42 } })).toBe('IenW');
    expect(ministry({ ...oneWord, debate: { name: 'Evenementen', committees: [] }, dossierHistory: { JenV: 42 } })).toBe('IenW');
    // A bewindspersoon of another ministry than the history's: no.
    expect(routeMotie(ev({ ...oneWord, bewindspersonen: [{ functie: 'minister van Defensie', source: 'debat' }, { functie: 'minister van Infrastructuur en Waterstaat', source: 'debat' }], dossierHistory: { JenV: 42 } })).derivation?.rule).not.toBe('dossierhistorie');
  });

  it('dossier titles that are compounds of a ministry\'s word: Kansspelen, Personen- en familierecht, Persoonsgebonden Budgetten, Herziening Zorgstelsel, Toekomst mediabeleid, Bedrijfslevenbeleid, Emancipatiebeleid', () => {
    const cases: [string, string][] = [
      ['Kansspelen', 'JenV'],
      ['Personen- en familierecht', 'JenV'],
      ['Persoonsgebonden Budgetten', 'VWS'],
      ['Herziening Zorgstelsel', 'VWS'],
      ['Toekomst mediabeleid', 'OCW'],
      ['Bedrijfslevenbeleid', 'EZ'],
      ['Emancipatiebeleid', 'OCW'],
    ];
    for (const [dossierTitle, expected] of cases) {
      expect(routeMotie(ev({ dossierTitle, onderwerp: 'Motie van het lid X over een onderzoek' })).derivation, dossierTitle).toMatchObject({ rule: 'dossiertitel', responsible: [{ ministry: expected }] });
    }
    // The pgb as the motie's own word, and a word that only starts like one of them.
    expect(ministry({ onderwerp: 'Motie van het lid X over toereikende tarieven voor het pgb in het sociaal domein' })).toBe('VWS');
    expect(scoreVocabulary('de mediation bij echtscheidingen').has('OCW')).toBe(false);
  });
});

describe('routeMotie: the submitters as a triage candidate (session 10)', () => {
  // Words of two ministries, neither decisive: triage with EZ and IenW as candidates.
  const split = { onderwerp: 'Motie van het lid X over innovatie bij de vlootvernieuwing van de Rijksrederij' };
  const vws = [{ name: 'Tielen', counts: { VWS: 12, SZW: 1 } }];

  it('a triaged motie whose submitters spoke mostly for one ministry gets it as a candidate, with the evidence named', () => {
    const route = routeMotie(ev({ ...split, submitters: vws }));
    expect(route.derivation).toBeNull();
    expect(route.candidates).toEqual(['IenW', 'EZ', 'VWS']);
    expect(route.reason?.evidence).toContainEqual({ kind: 'submitters', names: ['Tielen'], ministry: 'VWS', moties: 12, total: 13 });
    expect(triageReasonNl(route.reason!)).toContain('indieners Tielen: 12 van hun 13 moties in de opgenomen maanden met een begroting of debat → VWS');
  });

  it('never decides, and never changes a decided route', () => {
    expect(routeMotie(ev({ submitters: vws })).derivation).toBeNull();
    const decided = routeMotie(ev({ dossierKey: '36600-VIII', onderwerp: 'Motie van het lid X over politie', submitters: vws }));
    expect(decided.derivation?.responsible[0]?.ministry).toBe('OCW');
    expect(decided.candidates).toEqual(['OCW']);
  });

  it('adds nothing when the submitters disagree, split evenly, or spoke for the ministry less than four fifths of the time', () => {
    const candidates = (submitters: { name: string; counts: Record<string, number> }[]) => routeMotie(ev({ ...split, submitters })).candidates;
    expect(candidates([...vws, { name: 'Bikker', counts: { SZW: 9, VWS: 2 } }])).toEqual(['IenW', 'EZ']);
    expect(candidates([{ name: 'Flach', counts: { VWS: 4, LVVN: 4 } }])).toEqual(['IenW', 'EZ']);
    expect(candidates([{ name: 'Flach', counts: { VWS: 7, LVVN: 2 } }])).toEqual(['IenW', 'EZ']);
    expect(candidates([{ name: 'Flach', counts: { VWS: 1 } }])).toEqual(['IenW', 'EZ']);
    // Two submitters of the same ministry add up: 2 of 2.
    expect(candidates([{ name: 'A', counts: { VWS: 1 } }, { name: 'B', counts: { VWS: 1 } }])).toEqual(['IenW', 'EZ', 'VWS']);
  });

  it('a candidate the evidence already names is not repeated', () => {
    expect(routeMotie(ev({ ...split, submitters: [{ name: 'De Hoop', counts: { IenW: 20 } }] })).candidates).toEqual(['IenW', 'EZ']);
  });
});
