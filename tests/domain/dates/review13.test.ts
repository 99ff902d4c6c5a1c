// Review 13 (session 13): overreaches of the session's date rules found by fresh sentences in the five genres (status
// text, letter, toezegging, motie request, consideration). Each case failed on the commit before its fix; the
// sentences are written here, not taken from a held-out round or a fixture.
import { describe, expect, it } from 'vitest';
import { datesOfText } from '../../../src/domain/dates/pick-deadline.ts';
import { weekdayMismatch } from '../../../src/domain/dates/weekday-check.ts';
import { primaryOf } from './read-primary.ts';

describe('"zodra <event> … dan <soft term>" (dbb0843 PENDING_EVENT) waits for the event only when the clause does not inform the Kamer', () => {
  it('informing the Kamer "dan zo snel mogelijk" keeps its term, as without "dan" (session 7)', () => {
    expect(primaryOf('Zodra het rapport gereed is, informeer ik uw Kamer dan zo snel mogelijk.', '2025-03-13')).toEqual({ text: 'zo snel mogelijk', deadline: '2025-06-13' });
    expect(primaryOf('Zodra het rapport gereed is, zal ik uw Kamer dan ook zo spoedig mogelijk informeren.', '2025-03-13')).toEqual({ text: 'zo spoedig mogelijk', deadline: '2025-06-13' });
    expect(primaryOf('De minister zegt toe dat, zodra het advies er is, hij de Kamer dan zo snel mogelijk zal informeren.', '2025-03-13')?.text).toBe('zo snel mogelijk');
    expect(primaryOf('verzoekt de regering, zodra de evaluatie gereed is, de Kamer dan zo snel mogelijk te informeren,', '2025-03-13')?.text).toBe('zo snel mogelijk');
    expect(primaryOf('Zodra die de Eerste Kamer hebben bereikt, zal dan zo snel mogelijk een brief worden gestuurd.', '2025-03-13')?.text).toBe('zo snel mogelijk');
  });
  it('a measure that waits for the event still has none', () => {
    expect(primaryOf('verzoekt de regering, zodra de salderingsregeling is afgebouwd, dan ook per direct te stoppen met de subsidie,', '2025-03-13')).toBeNull();
    expect(primaryOf('Zodra de wet is aangenomen, start de uitvoering dan per direct.', '2025-03-13')).toBeNull();
  });
});

describe('"een <report or meeting> per jaar" (dbb0843 COUNT_WORDS): "een" is the article there, a yearly act keeps its rhythm', () => {
  it('the article: a rhythm', () => {
    expect(primaryOf('verzoekt de regering een evaluatie per jaar uit te voeren,', '2025-03-13')?.text).toBe('per jaar');
    expect(primaryOf('verzoekt de regering een voortgangsoverleg per kwartaal met de sector te organiseren,', '2025-03-13')?.text).toBe('per kwartaal');
    expect(primaryOf('De minister zegt toe een monitor per jaar te publiceren.', '2025-03-13')?.text).toBe('per jaar');
    expect(primaryOf('Het kabinet publiceert een rapport per jaar over de voortgang van de woningbouw.', '2025-03-13')?.text).toBe('per jaar');
  });
  it('an amount given ("een tegemoetkoming per maand") stays a rate', () => {
    expect(primaryOf('verzoekt de regering een tegemoetkoming per maand te betalen aan de studenten,', '2025-03-13')).toBeNull();
    expect(primaryOf('verzoekt de regering ten minste een inspectiebezoek per jaar af te leggen bij elke instelling,', '2025-03-13')).toBeNull();
  });
  it('the numeral, written "één" or "eén": a count', () => {
    expect(primaryOf('verzoekt de regering één controle per jaar te vergoeden,', '2025-03-13')).toBeNull();
    expect(primaryOf('verzoekt de regering eén controle per jaar te vergoeden,', '2025-03-13')).toBeNull();
    expect(primaryOf('verzoekt de regering één periodieke controle per jaar te vergoeden,', '2025-03-13')).toBeNull();
    expect(primaryOf('verzoekt de regering één evaluatie per jaar te laten uitvoeren,', '2025-03-13')).toBeNull();
  });
});

describe('a plural subject that "must" (dbb0843 OBLIGED_PLURAL) is a third party only when it acts, not when it must be ready, available, sent or somewhere', () => {
  it('the government\'s own deliverables and officials keep the term', () => {
    expect(primaryOf('De uitkomsten moeten voor 1 juli beschikbaar komen, waarna ik uw Kamer informeer.', '2025-03-13')?.text).toBe('voor 1 juli');
    expect(primaryOf('De wetsvoorstellen moeten voor 1 juli bij de Raad van State liggen.', '2025-03-13')?.text).toBe('voor 1 juli');
    expect(primaryOf('De plannen moeten voor 1 juli gereed.', '2025-03-13')?.text).toBe('voor 1 juli');
    expect(primaryOf('De brieven moeten voor de zomer verstuurd.', '2025-03-13')?.text).toBe('voor de zomer');
    expect(primaryOf('Ambtenaren moeten voor 1 juli de stukken aanleveren.', '2025-03-13')?.text).toBe('voor 1 juli');
    expect(primaryOf('De beleidsmakers moeten voor de zomer met een voorstel komen.', '2025-03-13')?.text).toBe('voor de zomer');
  });
  it('a third party that must act still has its own term', () => {
    expect(primaryOf('Scholen moeten uiterlijk 1 augustus een veiligheidsplan hebben.', '2025-03-13')).toBeNull();
    expect(primaryOf('Alle zorgaanbieders dienen uiterlijk 1 juli hun gegevens aan te leveren.', '2025-03-13')).toBeNull();
    expect(primaryOf('Samenwerkingsverbanden moeten hier voor 1 februari een plan indienen.', '2025-03-13')).toBeNull();
    expect(primaryOf('Scholen moeten uiterlijk 1 augustus hun plan hebben ingediend.', '2025-03-13')).toBeNull();
  });
});

describe('"Het is van belang dat … zo snel mogelijk" (dbb0843 IMPORTANCE) asks nothing, unless the clause promises it', () => {
  it('a promise in the same clause keeps the soft term', () => {
    expect(primaryOf('De minister vindt het van groot belang dat de regeling zo snel mogelijk wordt aangepast en zegt toe dit te doen.', '2025-03-13')?.text).toBe('zo snel mogelijk');
    expect(primaryOf('Ik acht het noodzakelijk dat de regeling zo snel mogelijk wordt aangepast en zal daartoe een wetsvoorstel indienen.', '2025-03-13')?.text).toBe('zo snel mogelijk');
  });
  it('what matters alone is no term', () => {
    expect(primaryOf('Het is van groot belang dat statushouders zo snel mogelijk worden gehuisvest.', '2025-03-13')).toBeNull();
    expect(primaryOf('Het kabinet vindt het van belang dat gemeenten zo snel mogelijk duidelijkheid krijgen.', '2025-03-13')).toBeNull();
  });
});

describe('"direct in <noun> te <verb>" (dbb0843 vagueAt) is acting soon, not what can be done at once or who qualifies', () => {
  it('"is … te <verb>" and "… te <verb> is": what can be done, no term', () => {
    expect(primaryOf('De subsidie is direct in mindering te brengen op de belastingaanslag.', '2025-03-13')).toBeNull();
    expect(primaryOf('verzoekt de regering ervoor te zorgen dat de vergoeding direct in mindering te brengen is op de eigen bijdrage,', '2025-03-13')).toBeNull();
    expect(primaryOf('verzoekt de regering het mogelijk te maken voor ondernemers om direct in aanmerking te komen voor de regeling,', '2025-03-13')).toBeNull();
  });
  it('the act asked keeps its term', () => {
    expect(primaryOf('verzoekt de regering de kosten direct in mindering te brengen op de heffing,', '2025-03-13')).toEqual({ text: 'direct', deadline: '2025-04-13' });
    expect(primaryOf('Ik ben voornemens direct in overleg te treden met de VNG.', '2025-03-13')).toEqual({ text: 'direct', deadline: '2025-04-13' });
  });
});

describe('the weekday written before a date (9fc01f0 weekdayMismatch) is compared with the day it stands before', () => {
  const slipOf = (text: string) => {
    const e = datesOfText(text, '2025-03-13').expressions[0];
    return e ? weekdayMismatch(e) : undefined;
  };
  it('"na vrijdag 6 juni" names the 6th (a Friday), not the 7th its term starts on; a range or week its first day', () => {
    expect(slipOf('De brief volgt na vrijdag 6 juni 2025.')).toBeNull();
    expect(slipOf('De consultatie loopt van maandag 2 juni tot en met vrijdag 6 juni 2025.')).toBeNull();
    expect(slipOf('De brief volgt in de week van maandag 2 juni 2025.')).toBeNull();
  });
  it('a weekday that does not fit that day is still noticed', () => {
    expect(slipOf('De brief volgt na zaterdag 6 juni 2025.')).toEqual({ written: 'zaterdag', actual: 'vrijdag', date: '2025-06-06' });
    expect(slipOf('De consultatie loopt van dinsdag 2 juni tot en met vrijdag 6 juni 2025.')).toEqual({ written: 'dinsdag', actual: 'maandag', date: '2025-06-02' });
  });
});

describe('a second verb after "en" that informs in the present has its own tense (pre-existing, found in review 13)', () => {
  it('"heeft … gestart en informeert de Kamer voor de zomer": the informing is still to come', () => {
    expect(primaryOf('De minister heeft een onderzoek gestart en informeert de Kamer voor de zomer.', '2025-03-13')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
    expect(primaryOf('Ik heb een onderzoek gestart en informeer uw Kamer zo snel mogelijk over de uitkomsten.', '2025-03-13')?.text).toBe('zo snel mogelijk');
    expect(primaryOf('Ik heb de regeling aangepast en stuur u in het najaar de evaluatie.', '2025-03-13')?.text).toBe('in het najaar');
  });
  it('a participle after "en" shares the perfect, and a past verb stays past', () => {
    expect(primaryOf('De minister heeft een onderzoek gestart en de Kamer voor de zomer geïnformeerd.', '2025-03-13')).toBeNull();
    expect(primaryOf('De minister heeft een onderzoek gestart en informeerde de Kamer voor de zomer.', '2025-10-20')).toBeNull();
  });
});

describe('"roept / draagt … op om" (5bad30d REQUEST_BEFORE_OM) opens the request only when the government is called on', () => {
  it('the government calling on a third party: the term is theirs, no government term', () => {
    expect(primaryOf('De minister draagt de NZa op om voor 1 juli een advies uit te brengen.', '2025-03-13')).toBeNull();
    expect(primaryOf('De staatssecretaris roept werkgevers op om zo snel mogelijk de regeling toe te passen.', '2025-03-13')).toBeNull();
  });
  it('the Kamer calling on the government keeps the request\'s term', () => {
    expect(primaryOf('roept de regering op om voor 1 juli een plan naar de Kamer te sturen,', '2025-03-13')?.text).toBe('voor 1 juli');
    expect(primaryOf('roept het kabinet op om voor de zomer de Kamer te informeren,', '2025-03-13')?.text).toBe('voor de zomer');
    expect(primaryOf('roept het voltallige kabinet op om voor de zomer een brief aan de Kamer te sturen,', '2025-03-13')?.text).toBe('voor de zomer');
    expect(primaryOf('roept de demissionair Minister-President op om bij de Europese top van 17 en 18 april aan te dringen op een akkoord,', '2025-03-13')?.text).toBe('bij de Europese top van 17 en 18 april');
  });
});

describe('a term after an open question (7143f96 QUESTION_OPEN_BEFORE) closed by "en" belongs to the next act', () => {
  it('"te onderzoeken of … en dit voor de zomer af te ronden": the term of finishing it', () => {
    expect(primaryOf('verzoekt de regering te onderzoeken of de regeling kan worden verlengd en dit onderzoek voor de zomer af te ronden,', '2025-03-13')?.text).toBe('voor de zomer');
    expect(primaryOf('verzoekt de regering te onderzoeken of er draagvlak is en daarover voor de zomer uitsluitsel te geven,', '2025-03-13')?.text).toBe('voor de zomer');
    expect(primaryOf('verzoekt de regering te onderzoeken of de subsidie kan worden verhoogd en dit voor de Voorjaarsnota te regelen,', '2025-03-13')?.text).toBe('voor de Voorjaarsnota');
  });
  it('a term inside the question stays what is asked', () => {
    expect(primaryOf('verzoekt de regering te onderzoeken of zij binnen negen maanden gereed kunnen zijn om te produceren,', '2025-03-13')).toBeNull();
    expect(primaryOf('verzoekt de regering te onderzoeken of de sector en de gemeenten binnen negen maanden gereed kunnen zijn om te produceren,', '2025-03-13')).toBeNull();
  });
});

describe('"is … doorgevoerd" with a term (eef2e2c PARTICIPLE "doorge") is a state still to come, as "afgerond" (review 11)', () => {
  it('a status text keeps its term', () => {
    expect(primaryOf('De aanpassing is voor de zomer doorgevoerd.', '2025-03-13')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
    expect(primaryOf('De systeemaanpassing is eind 2025 doorgevoerd, waarna de Kamer wordt geïnformeerd.', '2025-03-13')?.text).toBe('eind 2025');
  });
  it('the other separable participles still make a perfect', () => {
    expect(primaryOf('De sterktegegevens zijn binnengekomen op 15 februari.', '2025-03-13')).toBeNull();
  });
});
