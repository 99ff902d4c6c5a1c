// mayRecur (parse-dates.ts) lets a table row with its own term skip parseDates when its text can
// hold no recurrence: it must say true for every text in which parseDates finds one (the rule
// cases, the labelled sentence sets, the stand van zaken fixtures, and rhythms written in every
// documented way), and it must still shut out most texts, or it saves nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mayRecur, parseDates } from '../../../src/domain/dates/parse-dates.ts';
import { foldedText, tokenize } from '../../../src/domain/dates/tokens.ts';
import { RECURRING_ADJECTIVES, RECURRING_WORDS } from '../../../src/domain/dates/vocabulary.ts';
import { DEFAULT_REF, RULE_CASES } from './cases.ts';

const fixtures = new URL('../../fixtures/', import.meta.url);
const tsvSentences = ['date-sentences.tsv', 'dates-dev-set.tsv', 'dates-frozen-split.tsv', 'dates-seen-split.tsv'].flatMap((file) =>
  readFileSync(new URL(file, fixtures), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#')).map((line) => line.split('\t')[0] ?? ''));
const overviewLines = readdirSync(new URL('overviews/', fixtures)).filter((f) => f.endsWith('.txt')).flatMap((f) =>
  readFileSync(new URL(`overviews/${f}`, fixtures), 'utf8').split(/\n\s*\n/));
const RHYTHMS = [
  'jaarlijks', 'De Kamer wordt jaarlijks geïnformeerd', 'halfjaarlijks voor de zomer', 'elk jaar bij de Voorjaarsnota', 'iedere twee maanden',
  'elke drie jaar', 'om de vier jaar (eerstvolgende in 2024)', 'om het jaar', 'om de maand', 'om de zes maanden', 'twee keer per jaar',
  '4 keer per jaar', 'eenmaal per jaar', 'tweemaal per jaar', 'per kwartaal', 'ieder half jaar', 'een jaarlijkse rapportage',
  'halfjaarlijkse informatie over de stand van zaken', 'maandelijks een brief', 'vierjaarlijks', '2 maal per halfjaar',
  // Written otherwise than its tokens (issue 28: mayRecur reads a plain text's words before tokenizing it): capitals, a word
  // broken at a line end, a soft hyphen, an accent, other white space; and every recurring word of the vocabulary.
  'JAARLIJKS', 'Per Kwartaal', 'OM HET JAAR', 'om\tde\nvier jaar', 'Tweemaal per jaar', 'Een Halfjaarlijkse rapportage',
  'jaar-\nlijks', 'half-  \r\njaarlijks', 'jaar\u00ADlijks', 'élk jaar', 'ïeder kwartaal',
  'JAAR\u00ADLIJKS', 'om\u00a0het jaar', 'Maan-\n   delijks rapporteren', 'ÉLK JAAR', 'twee keer per\u2009jaar', 'Íeder\u202fkwartaal',
  'de sector-\nÉlk jaar', 'sector-\nPer kwartaal', '2025-\nper kwartaal', 'ex-\u00AD\nper kwartaal', 'Per2025 jaarlijks', 'x\u00ADper jaar',
  ...RECURRING_WORDS.map((r) => r.words.join(' ')), ...[...RECURRING_ADJECTIVES.keys()].map((adjective) => `een ${adjective} rapportage`),
];
const TEXTS = [...RULE_CASES.map((c) => c.text), ...tsvSentences, ...overviewLines, ...RHYTHMS];

describe('mayRecur', () => {
  it('is true for every text in which parseDates finds a recurrence, at two references', () => {
    let recurring = 0;
    let shut = 0;
    for (const reference of [DEFAULT_REF, '2025-10-01']) {
      for (const text of TEXTS) {
        const found = parseDates(text, { reference }).some((expression) => expression.recurrence !== null);
        const may = mayRecur(text, { reference });
        if (found) {
          recurring += 1;
          expect(may, text).toBe(true);
        }
        if (!may) shut += 1;
      }
    }
    // Not vacuous: many texts recur, and most texts are shut out.
    expect(recurring).toBeGreaterThan(2 * RHYTHMS.length - 4);
    expect(shut).toBeGreaterThan(TEXTS.length);
  });

  it('shuts out dated texts without a rhythm, and amounts that only look like one', () => {
    // "per" only as a word: not inside "personeel", "periode" or "experts", in plain text or with accents.
    for (const text of ['voor 1 juli 2025', 'Verzoekt de regering voor de zomer van 2025 de Kamer te informeren', '5 miljoen jaarlijks', 'de jaarlijkse koopkrachtberekeningen',
      'het personeel voor 1 juli 2025 uitbreiden', 'de experts in de periode tot 2026', 'de geïnformeerde experts voor 1 juli 2025']) {
      expect(parseDates(text, { reference: DEFAULT_REF }).some((expression) => expression.recurrence !== null), text).toBe(false);
      expect(mayRecur(text, { reference: DEFAULT_REF }), text).toBe(false);
    }
  });

  it('reads a text that is not plain ASCII folded as tokenize folds it: every word token is a piece of it', () => {
    // mayRecur shuts out such a text when no recurrence word is in foldedText(text): sound only if no word
    // token can be missing from it (a soft hyphen, an accent, a word broken at a line end, other white space).
    let folded = 0;
    for (const text of TEXTS) {
      const lower = foldedText(text).toLowerCase();
      if (lower !== text.toLowerCase()) folded += 1;
      // As a whole word: no ASCII letter right before or after it (RECURRENCE_WORDS reads whole words).
      const words = new Set(lower.split(/[^a-z]+/));
      for (const token of tokenize(text)) {
        if (token.kind === 'word' && /^[a-z]+$/.test(token.text)) expect(words.has(token.text), `${token.text} in ${JSON.stringify(text)}`).toBe(true);
      }
    }
    expect(folded).toBeGreaterThan(40);
    expect(foldedText('Vóór de zomer ge\u00ADïnformeerd, jaar-\n  lijks')).toBe('Voor de zomer geinformeerd, jaarlijks');
    expect(foldedText('sector-\nÉlk jaar')).toBe('sector-\nelk jaar');
  });

  it('refuses a malformed reference date as parseDates does', () => {
    expect(() => mayRecur('jaarlijks', { reference: '2025-13-01' })).toThrow(RangeError);
    expect(() => mayRecur('geen datum', { reference: 'gisteren' })).toThrow(RangeError);
  });
});
