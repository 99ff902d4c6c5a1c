// The grammar's gates are derived from what each core parser and matcher declares; these tests
// check that the derived gates let every documented form through and still shut out plain text.
import { describe, expect, it } from 'vitest';
import { CORE_PARSERS, CORE_START_WORDS } from '../../../src/domain/dates/grammar/cores.ts';
import { PRECHECK, parseDates } from '../../../src/domain/dates/parse-dates.ts';
import { datesOfText } from '../../../src/domain/dates/pick-deadline.ts';
import { tenseOf, voiceOf } from '../../../src/domain/dates/voice.ts';
import { DEFAULT_REF, RULE_CASES } from './cases.ts';

describe('derived gates', () => {
  it.each(RULE_CASES.map((c) => [c.text] as const))('the raw-text precheck lets %j through', (text) => {
    expect(PRECHECK.test(text)).toBe(true);
  });

  it('the precheck shuts out text without any date word', () => {
    expect(PRECHECK.test('De regering neemt de motie over en gaat in gesprek met het veld.')).toBe(false);
  });

  it('every word a core parser declares can start an expression', () => {
    for (const parser of CORE_PARSERS) for (const w of parser.firstWords) expect(CORE_START_WORDS.has(w)).toBe(true);
  });

  it('a core declared only after an article is found after "de" and "het"', () => {
    // The debate-day core declares no first words of its own, only words after an article.
    const found = parseDates('voor het commissiedebat van 9 mei 2024', { reference: DEFAULT_REF });
    expect(found.map((e) => [e.text, e.deadline])).toEqual([['voor het commissiedebat van 9 mei 2024', '2024-05-09']]);
  });
});

describe('the precheck lets the budget moments and "met spoed" through', () => {
  it.each(['bij de Slotwet', 'met spoed', 'met de grootst mogelijke spoed', 'voor de voorjaarsbesluitvorming', 'in aanloop naar de augustusbesluitvorming', 'bij het jaarverslag'])('%s', (text) => {
    expect(PRECHECK.test(text)).toBe(true);
  });
});

// Issue 28: cheap gates (a needle every match holds, a digit, the end of a sentence) before costly expressions of the
// roles and the voice. Each case below is read by the rule behind such a gate; a gate that missed one of its
// alternatives would let the text pass unread and change the answer. (The date reading of whole corpora was compared
// before and after the gates: h2's notes, issue 28.)
describe('the gates before costly expressions give the same readings (issue 28)', () => {
  const REF = '2025-03-01';
  const roles = (text: string) => datesOfText(text, REF).expressions.map((e) => `${e.text}: ${e.role}/${e.reason}`);

  it.each([
    ['de minister heeft toegezegd de kamer te informeren', 'present'],
    ['de brief is verstuurd', 'past'],
    ['deze was nog niet gereed', 'past'],
    ['de brief was klaar als dat kon', 'present'],
    ['het rapport is gepubliceerd en wordt besproken', 'present'],
    ['de planning is aangekondigd om te sturen', 'present'],
    ['het rapport is aangekondigd om te sturen', 'present'],
    ['het rapport is aangekondigd', 'past'],
  ])('the tense of %j is %s (future and promise words asked only of a clause that could be past)', (clause, tense) => {
    expect(tenseOf(clause)).toBe(tense);
  });

  it.each([
    ['ik stel voor', 'dinsdag 19 november', 'ook te stemmen', 'chair'],
    ['stel ik u voor', 'op 3 maart', 'de ingekomen stukken af te voeren', 'chair'],
    ['verzoek om de minister uit te nodigen voor het commissiedebat', 'op 19 februari', '', 'kamer'],
    ['verzoek om de minister uitnodigen voor het commissiedebat', 'op 19 februari', '', 'kamer'],
    ['de staatssecretaris wordt uitgenodigd bij het debat', 'op 19 februari', '', 'kamer'],
    ['verzoekt de regering de acm te vragen om', 'in het begin van volgend jaar', 'een advies uit te brengen', 'third'],
    ['verzoekt de regering de europese commissie op te roepen om', 'spoedig', 'een voorstel te doen', 'third'],
    ['verzoekt de regering het rivm opdracht te geven om', 'voor de zomer', 'een onderzoek te doen', 'third'],
    ['verzoekt de regering de gemeenten aan te moedigen om', 'voor 2026', 'een plan te maken', 'third'],
    ['verzoekt de regering de gemeenten aanmoedigen om', 'voor 2026', 'een plan te maken', 'third'],
    ['verzoekt de regering, die de gemeenten aanmoedigt om', 'voor 2026', 'een plan te maken', 'third'],
  ])('the voice of %j + %j: %s', (sentence, own, after, speaker) => {
    expect(voiceOf(sentence, own, after).speaker).toBe(speaker);
  });

  it.each([
    'In deze brief ga ik in op de planning voor 1 juli 2025.',
    'Hieronder beschrijf ik wat er voor 1 juli 2025 gebeurt.',
    'Hierbij informeer ik u over de stand van zaken voor 1 juli 2025.',
    'Hiermee geef ik uitvoering aan de toezegging om voor 1 juli 2025 te rapporteren.',
    'Hierna ga ik in op wat voor 1 juli 2025 gebeurt.',
    'Verderop beschrijf ik wat voor 1 juli 2025 gebeurt.',
    'Onderstaand beschrijf ik wat voor 1 juli 2025 gebeurt.',
    'In de volgende paragraaf beschrijf ik wat voor 1 juli 2025 gebeurt.',
    'In paragraaf 3 beschrijf ik wat voor 1 juli 2025 gebeurt.',
    'In het vervolg van deze brief beschrijf ik wat voor 1 juli 2025 gebeurt.',
    'Nu stuur ik u het rapport, waarover is toegezegd uw Kamer voor 1 juli 2025 te informeren.',
    'Nu bied wij uw Kamer het rapport aan, waarover is toegezegd uw Kamer voor 1 juli 2025 te informeren.',
  ])('a letter outlining itself: %j', (text) => {
    expect(roles(text)).toEqual(['voor 1 juli 2025: content/letter-outline']);
  });

  it.each([
    ['Het RIVM rapporteert jaarlijks (uiterlijk in maart) over de voortgang.', ['jaarlijks: content/others-act', 'uiterlijk in maart: content/rhythm-detail']],
    ['De regering zorgt voor een systeem, waardoor deze jaarlijks te volgen zijn.', ['jaarlijks: content/purpose']],
    ['De Kamer verzoekt de deadline van toezegging T03141 te verplaatsen naar 15 december 2025.', ['15 december 2025: deadline/term']],
    ['De Kamer besluit de termijn van toezegging T03141 te verschuiven naar 15 december 2025.', ['15 december 2025: deadline/term']],
    ['verzoekt de regering vast te houden aan het principe dat rapporten binnen twee weken openbaar worden', ['binnen twee weken: content/purpose']],
    ['verzoekt de regering vast te houden aan het principe dat binnen twee weken rapporten openbaar worden', ['binnen twee weken: content/purpose']],
  ])('%j', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});
