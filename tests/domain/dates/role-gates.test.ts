// Issue 28, session 14: roleOf reads less of each sentence for the same answers. Each gate (a needle every match of an
// expression holds, gate-needles.test.ts) is shown here with a text it lets through, where its rule decides the role, and
// one it stops, where the expression itself would not match either (the ungated reading is the same); the shared
// sentence start and the "om" search without a joined string are shown on the texts where their edges matter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datesOfText, pickDeadline } from '../../../src/domain/dates/pick-deadline.ts';
import { CHARWISE, lastWordsOfNormalised, ROLE_GATES, wordsOfNormalised } from '../../../src/domain/dates/roles.ts';

const REF = '2025-03-01';
const roles = (text: string) => datesOfText(text, REF).expressions.map((e) => `${e.text}: ${e.role}/${e.reason}`);

/** The gated expression of ROLE_GATES by name: what the rule would scan without its gate. */
function gate(name: string) {
  const found = ROLE_GATES.find((g) => g.name === name);
  if (!found) throw new Error(`no gate ${name}`);
  return found;
}

/** Whether the gate lets `text` through (one of its needles in it) and whether its expression matches `text`. */
function gated(name: string, text: string): { passes: boolean; matches: boolean } {
  const { expression, needles } = gate(name);
  const re = new RegExp(expression.source, expression.flags.replace(/[gy]/g, ''));
  return { passes: needles.some((needle) => text.includes(needle)), matches: re.test(text) };
}

describe('the gates before costly expressions of roleOf (issue 28, session 14)', () => {
  it.each([
    // [gate, text read, the part the rule scans (normalised), role with the gate open, text it stops, its part, role]
    [
      'RELATIVE_SELF_SUBJECT',
      'Het bestuur heeft de evaluatie die het bureau zelf heeft opgesteld en binnenkort openbaar zal maken.',
      'het bestuur heeft de evaluatie die het bureau zelf heeft opgesteld en',
      'binnenkort: content/others-act',
      'Het bestuur heeft de evaluatie die het bureau heeft opgesteld en binnenkort openbaar zal maken.',
      'het bestuur heeft de evaluatie die het bureau heeft opgesteld en',
      'binnenkort: deadline/term',
    ],
    [
      'CITED_MOTIE',
      'De regering voert de motie van het lid Jansen over binnen zes weken een brief sturen uit.',
      'de regering voert de motie van het lid jansen over',
      'binnen zes weken: content/cited-motie',
      'De regering voert het plan van het lid Jansen over binnen zes weken een brief sturen uit.',
      'de regering voert het plan van het lid jansen over',
      'binnen zes weken: deadline/term',
    ],
    [
      'REPORTED_THAT',
      'De minister heeft aangekondigd dat de Kamer in april 2026 een brief ontvangt.',
      'de minister heeft aangekondigd dat de kamer ',
      'in april 2026: deadline/term',
      'De minister heeft de Kamer in april 2026 een brief gestuurd.',
      'de minister heeft de kamer ',
      'in april 2026: reference/past-tense',
    ],
    [
      'CLOSED_RELATIVE',
      'verzoekt de regering de systematiek, waarbij het budget is gekoppeld aan het bni, voor de begrotingsbehandeling te herstellen',
      'verzoekt de regering de systematiek, waarbij het budget is gekoppeld aan het bni, voor de begrotingsbehandeling te herstellen',
      'voor de begrotingsbehandeling: deadline/term',
      'het budget is gekoppeld aan het bni voor de begrotingsbehandeling',
      'het budget is gekoppeld aan het bni voor de begrotingsbehandeling',
      'voor de begrotingsbehandeling: reference/past-tense',
    ],
  ])('%s', (name, open, openPart, openRole, stopped, stoppedPart, stoppedRole) => {
    expect(gated(name, openPart)).toEqual({ passes: true, matches: true });
    expect(roles(open)).toEqual([openRole]);
    // Stopped: no needle, and the expression finds nothing in that part either, so the rule reads as it did ungated.
    expect(gated(name, stoppedPart)).toEqual({ passes: false, matches: false });
    expect(roles(stopped)).toEqual([stoppedRole]);
  });

  it('an informing clause is not asked whose relative clause it is (the informing test comes first, the answer is the same)', () => {
    // Outside an informing clause a relative clause with its own subject makes the term that subject's ...
    expect(roles('Het plan bevat maatregelen die gemeenten voor 1 juli uitvoeren.')).toEqual(['voor 1 juli: content/others-act']);
    expect(roles('Het plan bevat maatregelen die we voor 1 juli nemen.')).toEqual(['voor 1 juli: content/others-act']);
    // ... inside one it stays the term, as before.
    expect(roles('De minister stuurt de Kamer een brief met de maatregelen die gemeenten voor 1 juli uitvoeren.')).toEqual(['voor 1 juli: deadline/term']);
    expect(roles('De minister stuurt de Kamer de lijst van maatregelen die we voor 1 juli nemen.')).toEqual(['voor 1 juli: deadline/term']);
  });
});

describe('one sentence start for the roles and the voice (issue 28, session 14)', () => {
  it('the voice reads its sentence from a semicolon right before the date\'s sentence, not past it', () => {
    // (The voice's scan begins at the stop the roles found: the semicolon itself must be read, or the Kamer's request
    // before it would be taken for the minister's.)
    expect(roles('Verzoekt het presidium een debat te plannen over de evaluatie en de verslagen van de werkgroep; de minister stuurt de Kamer voor 1 juli een brief.'))
      .toEqual(['voor 1 juli: deadline/term']);
  });

  it('the voice reads past a colon, the roles do not', () => {
    expect(roles('Verzoekt het presidium het volgende over de evaluatie en de verslagen van de werkgroep: de minister stuurt de Kamer voor 1 juli een brief.'))
      .toEqual(['voor 1 juli: content/kamer-request']);
  });
});

describe('the purpose "om" found without a joined string (issue 28, session 14)', () => {
  it.each([
    // "om" right before the date: the last " om " of the sentence plus a space.
    ['De regering maakt een noodplan om voor de winter de bevolking te ondersteunen.', ['voor de winter: content/purpose']],
    // "om" inside the sentence.
    ['verzoekt de regering een plan te maken om jaarlijks de kosten te beperken', ['jaarlijks: content/purpose']],
    // A list of what is asked, each with its own "om": the first "om" before the last.
    ['verzoekt de regering om een plan te maken, om de kosten te beperken en om jaarlijks een overzicht te sturen', ['jaarlijks: deadline/term']],
    // No "om" at all.
    ['verzoekt de regering een plan te maken en jaarlijks een overzicht te sturen', ['jaarlijks: deadline/term']],
  ])('%j', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});

describe('a text whose characters normalise one by one is normalised once, then sliced (issue 28, session 14)', () => {
  /** roles.ts normalise: accents dropped (NFD, marks U+0300-U+036F removed), lower case. */
  const normalise = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const admitted: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const ch = String.fromCharCode(code);
    if (CHARWISE.test(ch)) admitted.push(ch);
  }

  it('admits Latin letters and punctuation, not combining marks, Greek or surrogates', () => {
    expect(admitted).toHaveLength(0x250 + 0x70 + 1);
    for (const ch of ['\u0301', 'Σ', '\ud83d', 'İ'.normalize('NFD')]) expect(CHARWISE.test(ch)).toBe(false);
    for (const ch of ['é', 'ë', 'ï', '«', '»', '’', '–', '€', 'İ']) expect(CHARWISE.test(ch)).toBe(true);
  });

  it('every admitted character normalises to one character, and a text of them character by character', () => {
    for (const ch of admitted) expect(normalise(ch)).toHaveLength(1);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...admitted), { maxLength: 12 }), (chars) => normalise(chars.join('')) === chars.map(normalise).join('')),
      { seed: 14, numRuns: 3000 },
    );
  });

  it.each([
    ['De minister informeert de Kamer vóór 1 juli over de financiële gevolgen.', ['vóór 1 juli: deadline/term']],
    ['De coördinator stuurt de brief niet in april maar in mei.', ['in april: content/negated', 'in mei: deadline/term']],
    ['Het rapport «Voor de zomer klaar» verschijnt in maart 2026.', ['Voor de zomer: content/quoted', 'in maart 2026: deadline/term']],
    ['Na de Kamerbrief van 3 maart 2025 over de één-loketaanpak volgt vóór de zomer een evaluatie.', ['3 maart 2025: reference/date-of', 'vóór de zomer: deadline/term']],
    ['De regering – zo blijkt uit de brief van 12 januari 2025 – informeert de Kamer vóór 1 juli.', ['12 januari 2025: reference/date-of', 'vóór 1 juli: deadline/term']],
    ['verzoekt de regering de Kamer «voor de zomer» te informeren over de financiële gevolgen', ['voor de zomer: deadline/term']],
    ['De minister zegt toe de Kamer jaarlijks (in februari en in juli) te informeren over de coördinatie.', ['jaarlijks: deadline/term', 'in februari: content/rhythm-detail', 'in juli: content/rhythm-detail']],
  ])('%j', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});

describe('whether a clause commits, and whether it is a consideration, read when a rule asks (issue 28, session 14)', () => {
  const fromStatus = (status: string) =>
    pickDeadline({ request: 'verzoekt de regering de Kamer voor 1 januari 2027 te informeren', requestReference: REF, status, statusReference: REF })?.text;

  it('a status date in a clause that commits replaces the request\'s term; one in a clause that does not, does not', () => {
    expect(fromStatus('De uitkomsten worden eind 2025 verwacht.')).toBe('eind 2025');
    expect(fromStatus('De pilot start eind 2025.')).toBe('voor 1 januari 2027');
  });

  it('a year in a clause that commits is its term (the purpose and measure-year rules ask), in one that does not it is not', () => {
    expect(roles('De regering zal een plan maken om de accijnzen in 2026 te verhogen.')).toEqual(['in 2026: deadline/term']);
    expect(roles('De regering maakt een plan om de accijnzen in 2026 te verhogen.')).toEqual(['in 2026: content/purpose']);
    expect(roles('Het kabinet verwacht de regeling in 2026 aan te passen.')).toEqual(['in 2026: deadline/term']);
    expect(roles('De regering wil de accijnzen in 2026 verhogen.')).toEqual(['in 2026: content/measure-year']);
  });

  it('a consideration states a fact, also in its clause after ", en" (the clause before it opened it), the request after its semicolon a term', () => {
    expect(roles('constaterende dat de brief in 2026 komt; verzoekt de regering in 2026 de Kamer te informeren'))
      .toEqual(['in 2026: reference/consideration', 'in 2026: deadline/term']);
    expect(roles('constaterende dat de regeling werkt, en dat de brief in 2026 komt; verzoekt de regering in 2026 de Kamer te informeren'))
      .toEqual(['in 2026: reference/consideration', 'in 2026: deadline/term']);
  });
});

describe('the last words before a date, read from the end of the text (issue 28, session 14)', () => {
  const tail = (words: readonly string[]) => ({ any: words.length > 0, last3: words.slice(-3) });

  it('gives the same last three words as reading the whole text, and words exactly when it has any', () => {
    // Letters, digits, dots (a word may hold them: "d.d.", "t.o.v.", "1.2"), spaces and characters no word holds.
    const text = fc.array(fc.constantFrom(...'ab1.. .  ,-é('.split('')), { maxLength: 80 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, (t) => JSON.stringify(tail(lastWordsOfNormalised(t))) === JSON.stringify(tail(wordsOfNormalised(t)))), { seed: 14, numRuns: 5000 });
  });

  it.each([
    ['de aanpak van grensoverschrijdend gedrag en de kamer ', ['en', 'de', 'kamer']],
    ['het rapport van de commissie d.d. ', ['de', 'commissie', 'd.d.']],
    ['gedrag t.o.v. 2024 en ', ['t.o.v.', '2024', 'en']],
    ['t.o.v. ', ['t.o.v.']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(lastWordsOfNormalised(text).slice(-3)).toEqual(expected);
  });
});
