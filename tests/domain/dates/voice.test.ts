// Issue 25, session 7: the clause-level reading (who is asked or acts, mood, tense) decides whether a date can be
// the government's informing term. Each case has a positive beside a negative sharing the same words.
import { describe, expect, it } from 'vitest';
import { primaryOf, reasonOf } from './read-primary.ts';
import { sentenceStartOf, tenseOf, voiceOf } from '../../../src/domain/dates/voice.ts';

describe('voiceOf: who is asked or acts, and in which mood', () => {
  it.each([
    ['verzoekt de regering de kamer', '', { speaker: 'government', mood: 'request' }],
    ['de minister van defensie verzoeken de kamer', '', { speaker: 'government', mood: 'request' }],
    ['verzoekt het presidium', '', { speaker: 'kamer', mood: 'request' }],
    ['ik stel voor, toestemming te verlenen tot het houden van een notaoverleg: ', '', { speaker: 'chair', mood: 'proposal' }],
    ['ik stel voor de minister te verzoeken de kamer', 'te informeren', { speaker: 'government', mood: 'request' }],
    ['spreekt uit dat', 'een enquete moet komen', { speaker: 'unknown', mood: 'opinion' }],
    ['zodra die de eerste kamer hebben bereikt, zal', 'een debat worden ingepland.', { speaker: 'kamer', mood: 'statement' }],
    ['zodra die de eerste kamer hebben bereikt, zal', 'een brief worden gestuurd.', { speaker: 'unknown', mood: 'statement' }],
    ['het kabinet stuurt de kamer', 'een brief.', { speaker: 'government', mood: 'statement' }],
  ] as const)('%s … %s', (sentence, after, voice) => {
    expect(voiceOf(sentence, '', after)).toEqual(voice);
  });

  it('reads the chair\'s "stel voor" also when its "voor" opens the date', () => {
    expect(voiceOf('ik stel', 'voor dinsdag 19 november', ' a.s. ook te stemmen over')).toEqual({ speaker: 'chair', mood: 'proposal' });
    expect(voiceOf('ik stel', 'voor dinsdag 19 november', ' de kamer een brief te sturen over')).toEqual({ speaker: 'unknown', mood: 'statement' });
  });
});

describe('tenseOf: a clause told afterwards', () => {
  it.each([
    ['deze was nog niet gereed om voor 16 juni toe te sturen', 'past'],
    ['waarin deze brief is aangekondigd in het tweede kwartaal van 2021', 'past'],
    ['de minister heeft de kamer geinformeerd', 'past'],
    ['deze is nog niet gereed en wordt voor 16 juni toegestuurd', 'present'],
    ['waarin is aangekondigd de brief in het tweede kwartaal van 2021 te sturen', 'present'],
    ['de minister heeft toegezegd de kamer te informeren', 'present'],
    ['het plan was om de kamer voor de zomer te informeren', 'present'],
    ['als de brief niet gereed was, informeert de minister de kamer', 'present'],
  ] as const)('%s: %s', (clause, tense) => {
    expect(tenseOf(clause)).toBe(tense);
  });
});

describe('sentenceStartOf: abbreviations keep their sentence', () => {
  it('ends a sentence only at a full stop before a capital, a digit or a line break', () => {
    expect(sentenceStartOf('Ik stel voor, het houden van een wetgevings- c.q. notaoverleg: op ')).toBe(0);
    expect(sentenceStartOf('Dat is gedaan. Ik stel voor ')).toBe(14);
    expect(sentenceStartOf('eerst; dan ')).toBe(6);
  });
});

describe('session 7 (h6-dates): the Kamer\'s own business and the chair\'s proposals bind no government term', () => {
  it('the chair proposing a vote or a debate, across a colon and "c.q.", is the Kamer\'s planning', () => {
    const chair = 'Ik stel voor, toestemming te verlenen tot het houden van een wetgevings- c.q. notaoverleg met stenografisch verslag: op maandag 14 september van 11.00 uur tot 19.00 uur van de vaste commissie voor Infrastructuur over het wetsvoorstel.';
    expect(primaryOf(chair, '2015-07-02')).toBeNull();
    expect(reasonOf(chair, '2015-07-02', 'op maandag 14 september')).toBe('kamer-procedure');
    expect(primaryOf('Ik stel voor dinsdag 19 november a.s. ook te stemmen over: de ingediende moties bij de wetgevingsoverleggen.', '2019-11-14')).toBeNull();
  });

  it('but a proposal to ask the government keeps its term', () => {
    expect(primaryOf('Ik stel voor de minister te verzoeken de Kamer voor dinsdag 19 november te informeren over de ingediende moties.', '2019-11-14'))
      .toEqual({ text: 'voor dinsdag 19 november', deadline: '2019-11-19' });
    expect(primaryOf('De minister stuurt de wetgevings- c.q. notabrief op maandag 14 september aan de Kamer.', '2015-07-02'))
      .toEqual({ text: 'op maandag 14 september', deadline: '2015-09-14' });
  });

  it('a debate the Kamer will plan is its own business; a letter that will be sent is a term', () => {
    expect(primaryOf('Zodra die de Eerste Kamer hebben bereikt, zal zo snel mogelijk een debat worden ingepland.', '2021-03-29')).toBeNull();
    expect(primaryOf('Zodra die de Eerste Kamer hebben bereikt, zal zo snel mogelijk een brief worden gestuurd.', '2021-03-29'))
      .toEqual({ text: 'zo snel mogelijk', deadline: '2021-06-29' });
  });
});

describe('session 7 (h6-dates): tense, a letter looking back', () => {
  it('a simple past tells what did not happen; a promise in the present is a term', () => {
    expect(primaryOf('Het kabinet werkt aan een voortgangsbrief, maar deze was nog niet gereed om voor 16 juni toe te sturen.', '2021-06-22')).toBeNull();
    expect(primaryOf('Het kabinet werkt aan een voortgangsbrief en zal deze voor 16 juli toesturen.', '2021-06-22'))
      .toEqual({ text: 'voor 16 juli', deadline: '2021-07-16' });
  });

  it('a letter announced earlier is this letter; a letter announced to be sent is a term', () => {
    expect(primaryOf('Dit naar aanleiding van de Planningsbrief 2021, waarin deze brief is aangekondigd in het tweede kwartaal van 2021.', '2021-06-22')).toBeNull();
    expect(primaryOf('In de Planningsbrief 2021 is aangekondigd de Kamer in het tweede kwartaal van 2021 een brief te sturen.', '2021-06-22'))
      .toEqual({ text: 'in het tweede kwartaal van 2021', deadline: '2021-06-30' });
  });

  it('a request to the government read after its term is overdue; a report of it is past', () => {
    const request = 'De motie van het lid X; Verzoekt de regering de Tweede Kamer in het eerste kwartaal van 2023 te informeren over de vorderingen.';
    expect(primaryOf(request, '2023-09-19')).toEqual({ text: 'in het eerste kwartaal van 2023', deadline: '2023-03-31' });
    expect(primaryOf('De regering heeft de Tweede Kamer in het eerste kwartaal van 2023 geïnformeerd over de vorderingen.', '2023-09-19')).toBeNull();
    // a bare month after a noun stays that noun's date
    expect(primaryOf('De staatssecretaris zal worden verzocht de Kamer een kabinetsreactie te doen toekomen op de afsprakenlijst IPKO september 2025.', '2025-10-01')).toBeNull();
  });
});

describe('session 7 (h6-dates): an event\'s own days in a noun phrase', () => {
  it('the days of an event the sentence looks forward to are the event\'s; a letter before it has a term', () => {
    expect(primaryOf('Het kabinet ziet uit naar de Algemene Politieke Beschouwingen op 17 en 18 september 2024 waar het kabinet met uw Kamer van gedachten wisselt.', '2024-09-12')).toBeNull();
    expect(primaryOf('Het kabinet ziet uit naar de Algemene Politieke Beschouwingen op 17 september 2024.', '2024-09-12')).toBeNull();
    expect(primaryOf('Het kabinet stuurt de Kamer de brief op 17 september 2024.', '2024-09-12'))
      .toEqual({ text: 'op 17 september 2024', deadline: '2024-09-17' });
  });
});

describe('session 7 (h6-dates): a promise holds its term; a third party\'s planning is not the government\'s', () => {
  it('a past period inside a promise\'s infinitive is overdue; the same period as a fact is not a term', () => {
    expect(primaryOf('Reden voor dit verzoek was de in december gedane toezegging in uw Kamer om in 2013 een programma te ontwikkelen en in maart een eerste opzet naar uw Kamer te sturen.', '2013-04-03'))
      .toEqual({ text: 'in maart', deadline: '2013-03-31' });
    expect(primaryOf('Reden voor dit verzoek was dat in maart een eerste opzet naar uw Kamer is gestuurd.', '2013-04-03')).toBeNull();
    expect(voiceOf('de toezegging om', 'in maart', ' een opzet te sturen')).toEqual({ speaker: 'government', mood: 'promise' });
  });

  it('RIVM or a research commission as the subject: their term; the government or the Kamer named: a term', () => {
    expect(primaryOf('Volgens de huidige planning ronden RIVM en TNO de rapportage daarover in het voorjaar af.', '2010-02-17')).toBeNull();
    expect(reasonOf('Volgens de huidige planning ronden RIVM en TNO de rapportage daarover in het voorjaar af.', '2010-02-17', 'in het voorjaar')).toBe('others-act');
    expect(primaryOf('Volgens de huidige planning ronden RIVM en TNO de rapportage in het voorjaar af en ontvangt uw Kamer deze in het voorjaar.', '2010-02-17'))
      .toEqual({ text: 'in het voorjaar', deadline: '2010-06-30' });
    expect(primaryOf('Volgens de huidige planning rondt het kabinet de rapportage daarover in het voorjaar af.', '2010-02-17'))
      .toEqual({ text: 'in het voorjaar', deadline: '2010-06-30' });
    expect(primaryOf('De voorzitter van de Commissie onderzoek fipronil heeft toegelicht dat het rapport eind voorjaar wordt opgeleverd.', '2018-06-05')).toBeNull();
    // the third party as recipient, not subject
    expect(primaryOf('Het wetsvoorstel wordt in mei 2024 voor advies aan de Raad van State gezonden.', '2024-02-01'))
      .toEqual({ text: 'in mei 2024', deadline: '2024-05-31' });
  });
});

describe('session 7 (h6-dates): a delivery the Kamer is to receive binds the moment it names', () => {
  it('"(voor het zomerreces te ontvangen) brief" is a term, also inside the Kamer\'s own plans; without it, none', () => {
    expect(primaryOf('De commissie spreekt het voornemen uit om na ontvangst van de door het kabinet toegezegde (voor het zomerreces te ontvangen) brief te bezien of een debat wenselijk is.', '2025-01-22'))
      .toEqual({ text: 'voor het zomerreces', deadline: '2025-07-03' });
    expect(primaryOf('De commissie spreekt het voornemen uit om na ontvangst van de brief te bezien of voor het zomerreces een debat wenselijk is.', '2025-01-22')).toBeNull();
  });

  it('"voorafgaand hieraan een kabinetsbrief te ontvangen" makes the debate\'s moment the letter\'s term', () => {
    expect(primaryOf('De commissie besluit om het commissiedebat Digitalisering te plannen voor het meireces 2025 en wenst voorafgaand hieraan een kabinetsbrief te ontvangen over de voortgang.', '2025-01-22'))
      .toEqual({ text: 'voor het meireces 2025', deadline: '2025-04-24' });
    expect(primaryOf('De commissie besluit om het commissiedebat Digitalisering te plannen voor het meireces 2025 en wenst daar de voortgang te bespreken.', '2025-01-22')).toBeNull();
  });
});
