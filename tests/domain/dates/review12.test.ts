// Review 12 (session 12): overreaches of the session's date rules, each with a sentence written for this review (not taken
// from a fixture or a held-out round) that lost its term or gained a false one, next to the case the rule was built for.
import { describe, expect, it } from 'vitest';
import { primaryOf } from './read-primary.ts';

describe('a Kamer body as the subject still receives what the government sends (9afc129 KAMER_BODY_SUBJECT, TO_GRIFFIE)', () => {
  it('"De commissie wordt voor de zomer geïnformeerd", "… nader bericht", "… op de hoogte gesteld" keep their terms', () => {
    expect(primaryOf('De commissie wordt voor het zomerreces nader geïnformeerd.', '2025-03-13')).toEqual({ text: 'voor het zomerreces', deadline: '2025-07-03' });
    expect(primaryOf('De vaste commissie wordt naar verwachting na de zomer nader bericht over de voortgang.', '2025-03-13')).toEqual({ text: 'na de zomer', deadline: '2025-12-18' });
    expect(primaryOf('De commissie wordt voor de zomer op de hoogte gesteld van de uitkomsten.', '2025-03-13')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
    expect(primaryOf('De Kamerleden krijgen voor 1 juni een overzicht van de maatregelen.', '2025-03-13')).toEqual({ text: 'voor 1 juni', deadline: '2025-06-01' });
  });
  it('an answer sent to the griffie keeps its term', () => {
    expect(primaryOf('De beantwoording wordt voor 1 juni aan de griffie gezonden.', '2025-03-13')).toEqual({ text: 'voor 1 juni', deadline: '2025-06-01' });
    expect(primaryOf('De reactie wordt in het najaar aan de griffie toegestuurd.', '2025-03-13')).toEqual({ text: 'in het najaar', deadline: '2025-12-18' });
  });
  it('the body\'s own planning and a member\'s notice to the griffie stay no term', () => {
    expect(primaryOf('De commissie zal in april de procedure bespreken.', '2025-03-13')).toBeNull();
    expect(primaryOf('Leden die willen deelnemen, kunnen dit uiterlijk 1 april doorgeven aan de griffie.', '2025-03-13')).toBeNull();
  });
});

describe('"de Kamer de gelegenheid / mogelijkheid", "namens de Kamer" in a letter or a promise (9afc129 KAMER_OWN_SAY)', () => {
  it('a letter giving the Kamer the chance to use what it sends keeps the term of the sending', () => {
    expect(primaryOf('Om uw Kamer de gelegenheid te geven de uitkomsten te betrekken bij het debat, stuur ik u de brief voor de zomer.', '2025-03-13'))
      .toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
    expect(primaryOf('Om uw Kamer de gelegenheid te geven het advies bij de behandeling te betrekken, wordt het besluit voor 1 juni vastgesteld.', '2025-03-13'))
      .toEqual({ text: 'voor 1 juni', deadline: '2025-06-01' });
  });
  it('a promise to a member "mede namens de Kamer" keeps its term', () => {
    expect(primaryOf('De minister zegt het lid Bikker, mede namens de Kamer, toe voor de zomer een brief te sturen over de pilot.', '2025-03-13'))
      .toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
  });
  it('giving the Kamer the chance, as a motie\'s subject or a letter\'s promise, keeps the term', () => {
    expect(primaryOf('Motie van het lid X over de Kamer de gelegenheid geven zich voor 1 juni uit te spreken over het besluit', '2025-03-13')).toEqual({ text: 'voor 1 juni', deadline: '2025-06-01' });
    expect(primaryOf('Ik zal uw Kamer de gelegenheid bieden zich voor 1 juni uit te spreken.', '2025-03-13')).toEqual({ text: 'voor 1 juni', deadline: '2025-06-01' });
  });
  it('the Kamer\'s own say stays no term', () => {
    expect(primaryOf('Het ontwerp biedt de Kamer de mogelijkheid zich tot uiterlijk 1 mei uit te spreken.', '2025-03-13')).toBeNull();
    expect(primaryOf('Op 1 mei kan door of namens de Kamer te kennen worden gegeven dat zij over het ontwerp wenst te debatteren.', '2025-03-13')).toBeNull();
  });
});

describe('a meeting "georganiseerd / gegeven / gehouden" that the government promised or holds with the public (9afc129 PLANNED)', () => {
  it('keeps its term', () => {
    expect(primaryOf('Het maatschappelijk debat over de toekomst van de landbouw wordt in het najaar georganiseerd.', '2025-03-13')).toEqual({ text: 'in het najaar', deadline: '2025-12-18' });
    expect(primaryOf('Voor de zomer wordt een werkbezoek georganiseerd aan de regio, zoals toegezegd.', '2025-03-13')).toEqual({ text: 'Voor de zomer', deadline: '2025-07-03' });
  });
  it('the Kamer\'s own hearing or briefing stays no term', () => {
    expect(primaryOf('Over het wetsvoorstel wordt op 3 april een technische briefing gegeven.', '2025-03-13')).toBeNull();
  });
});

describe('a group other than the government in the passive (9afc129 THIRD_SUBJECT "een werkgroep / kwartiermaker")', () => {
  it('"Een kwartiermaker wordt voor de zomer aangesteld": the government appoints; its term', () => {
    expect(primaryOf('Een kwartiermaker wordt voor de zomer aangesteld.', '2025-03-13')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
  });
  it('the group acting itself stays theirs', () => {
    expect(primaryOf('Een kwartiermaker brengt voor de zomer advies uit over de inrichting.', '2025-03-13')).toBeNull();
  });
});

describe('a relative clause with its own subject ends in its verb (ec3c2e4 RELATIVE_OTHER_SUBJECT)', () => {
  it('a date after the relative\'s verb bounds the request or the promise', () => {
    expect(primaryOf('verzoekt de regering de subsidieregeling die de gemeenten ondersteunt voor de zomer te evalueren,', '2025-03-13'))
      .toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
    expect(primaryOf('De minister zegt toe de knelpunten die de gemeenten ervaren voor de zomer te inventariseren.', '2025-03-13'))
      .toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
    expect(primaryOf('Ik zal de maatregelen die de sector raken voor de zomer in kaart brengen.', '2025-03-13'))
      .toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
  });
  it('a date inside the relative, before its verb, stays theirs', () => {
    expect(primaryOf('verzoekt de regering een plan op te stellen voor de aanvragen die de gemeenten nog voor 1 oktober moeten indienen,', '2025-03-13')).toBeNull();
  });
});

describe('money spent in a year is the budget year only when the year bounds the spending (9afc129 SPENT_MONEY)', () => {
  it('an act about the spending keeps its year as the term', () => {
    expect(primaryOf('verzoekt de regering in 2026 te evalueren of de middelen doelmatig zijn besteed,', '2025-03-13')).toEqual({ text: 'in 2026', deadline: '2026-12-31' });
    expect(primaryOf('Ik zal in 2026 onderzoeken hoe de gemeenten het budget besteden.', '2025-03-13')).toEqual({ text: 'in 2026', deadline: '2026-12-31' });
  });
  it('the year the money is (not) spent in stays the budget year', () => {
    expect(primaryOf('Het ministerie zal in 2026 de extra onderhoudsmiddelen nog niet volledig kunnen uitgeven.', '2025-03-13')).toBeNull();
  });
});

describe('"voornemens" / "van plan" keep a letter\'s term only as what someone is (9afc129 LETTER_PROMISE)', () => {
  it('the noun in the letter\'s outline is no term', () => {
    expect(primaryOf('In deze brief ga ik in op mijn voornemens voor de zomer.', '2025-03-13')).toBeNull();
    expect(primaryOf('In deze brief beschrijft de minister zijn voornemens voor 2026.', '2025-03-13')).toBeNull();
    expect(primaryOf('In deze brief beschrijf ik de uitwerking van plan B, dat in 2026 start.', '2025-03-13')).toBeNull();
  });
  it('someone who intends keeps the term', () => {
    expect(primaryOf('In deze brief meld ik dat ik voornemens ben voor de zomer een wetsvoorstel in te dienen.', '2025-03-13')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
    expect(primaryOf('In deze brief schrijven wij dat wij voornemens zijn in 2026 de regeling aan te passen.', '2025-03-13')).toEqual({ text: 'in 2026', deadline: '2026-12-31' });
  });
});

describe('"over <enkele / N> weken / maanden" before a noun it measures is "about", not a term (04eb043)', () => {
  it('a length of delay or leave is the content', () => {
    expect(primaryOf('De minister informeert de Kamer over enkele maanden achterstand in de verwerking.', '2025-03-13')).toBeNull();
    expect(primaryOf('verzoekt de regering met de sector te spreken over enkele maanden uitstel van de invoering,', '2025-03-13')).toBeNull();
    expect(primaryOf('verzoekt de regering met werkgevers te spreken over zes weken extra verlof voor vaders,', '2025-03-13')).toBeNull();
  });
  it('the time from now keeps its term', () => {
    expect(primaryOf('De minister informeert de Kamer over enkele maanden over de voortgang.', '2025-03-13')).toEqual({ text: 'over enkele maanden', deadline: '2025-09-13' });
    expect(primaryOf('De uitvoerder verwacht over een paar weken meer duidelijkheid.', '2025-03-13')?.text).toBe('over een paar weken');
    expect(primaryOf('De Kamer wordt over drie maanden geïnformeerd.', '2025-03-13')).toEqual({ text: 'over drie maanden', deadline: '2025-06-30' });
  });
});

describe('"ligt vóór / na <date>" with a place or a state is where a document will be, not where a period lies (ec3c2e4 POSITION_VERBS)', () => {
  it('keeps its term', () => {
    expect(primaryOf('Het advies ligt voor 1 juli bij de minister.', '2025-03-13')).toEqual({ text: 'voor 1 juli', deadline: '2025-07-01' });
    expect(primaryOf('Het rapport ligt na de zomer klaar.', '2025-03-13')).toEqual({ text: 'na de zomer', deadline: '2025-12-18' });
  });
  it('a period lying before or after a date is still no term', () => {
    expect(primaryOf('De minister meldt dat de referentieperiode zal liggen vóór 1 januari 2026.', '2025-03-13')).toBeNull();
  });
});

describe('a rhythm before a nominalised act that publishes or measures keeps its term (dadf6f4 "het jaarlijks <act>en")', () => {
  it('"het jaarlijks publiceren van de cijfers", "het jaarlijks evalueren van de maatregel"', () => {
    expect(primaryOf('Motie van het lid X over het jaarlijks publiceren van de voortgang van de woningbouw', '2025-03-13')?.text).toBe('jaarlijks');
    expect(primaryOf('verzoekt de regering te zorgen voor het jaarlijks publiceren van de cijfers over wachttijden,', '2025-03-13')?.text).toBe('jaarlijks');
    expect(primaryOf('verzoekt de regering het jaarlijks evalueren van de maatregel wettelijk te verankeren,', '2025-03-13')?.text).toBe('jaarlijks');
  });
  it('the rhythm of another activity stays no term', () => {
    expect(primaryOf('Motie van het lid X over het jaarlijks bezoeken van eenzame ouderen', '2025-03-13')).toBeNull();
  });
});

describe('a letter reporting an expectation keeps its term only for delivering something (04eb043 LETTER_PROMISE "verwacht … te")', () => {
  it('an outline with "verwacht" and a later "te" is no term', () => {
    expect(primaryOf('In deze brief ga ik in op wat ik van de scholen verwacht en hoe zij in 2026 te werk gaan.', '2025-03-13')).toBeNull();
  });
  it('an expectation to inform or to come with a proposal keeps its term', () => {
    expect(primaryOf('In deze brief schrijf ik dat ik verwacht de Kamer voor de zomer nader te informeren.', '2025-03-13')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
    expect(primaryOf('In deze brief schrijf ik dat ik verwacht in 2026 met een wetsvoorstel te komen.', '2025-03-13')).toEqual({ text: 'in 2026', deadline: '2026-12-31' });
  });
});

describe('"aanstaande" near a trimester is a pregnancy only before a parent (f44bd03 PREGNANCY)', () => {
  it('"het aanstaande besluit in het tweede trimester van 2026" keeps its term', () => {
    expect(primaryOf('verzoekt de regering het aanstaande besluit in het tweede trimester van 2026 te nemen,', '2025-03-13')).toEqual({ text: 'in het tweede trimester van 2026', deadline: '2026-08-31' });
  });
  it('"aanstaande moeders in het derde trimester van 2025" stays the pregnancy\'s', () => {
    expect(primaryOf('Aanstaande moeders in het derde trimester van 2025 krijgen voorrang.', '2025-03-13')).toBeNull();
  });
});

describe('"die het X zelf …" ends at its verb, and a "te <verb>" after the date is the main clause\'s (ec3c2e4 RELATIVE_SELF_SUBJECT)', () => {
  it('the promise\'s term after the relative clause counts', () => {
    expect(primaryOf('De minister zegt toe de evaluatie die het RIVM zelf uitvoert voor de zomer naar de Kamer te sturen.', '2025-03-13')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
    expect(primaryOf('verzoekt de regering de plannen die de gemeenten zelf hebben opgesteld en voor 1 juli aan de Kamer te sturen,', '2025-03-13')).toEqual({ text: 'voor 1 juli', deadline: '2025-07-01' });
  });
  it('a term inside the relative clause stays theirs', () => {
    expect(primaryOf('Ik betrek de evaluatie die het bureau zelf nog voor de zomer opstelt bij het beleid.', '2025-03-13')).toBeNull();
  });
});

describe('the Kamer\'s rapporteurs as the subject are a Kamer body (9afc129 KAMER_BODY_SUBJECT; DELIVERED\'s "rapport" matched "rapporteurs")', () => {
  it('their own planning is no government term', () => {
    expect(primaryOf('De rapporteurs brengen voor de zomer verslag uit aan de commissie.', '2025-03-13')).toBeNull();
  });
  it('a report reaching the commissie keeps its term', () => {
    expect(primaryOf('De commissie ontvangt voor de zomer het rapport van de minister.', '2025-03-13')).toEqual({ text: 'voor de zomer', deadline: '2025-07-03' });
  });
});
