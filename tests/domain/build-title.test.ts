// buildTitle cuts a long text's title from its head (issue 28): the title must be the one the
// whole text, cleaned, gives (wholeTextTitle: the rule as it was before, cleaning every character),
// also when the head is mostly blanks or ends in a punctuation mark.
import { describe, expect, it } from 'vitest';
import { buildTitle } from '../../src/domain/build-title.ts';
import { REQUEST_OPENINGS } from '../../src/import/layouts/read/vocabulary.ts';

function wholeTextTitle(text: string): string {
  const operative = text.replace(REQUEST_OPENINGS, '').replace(/^[,;:\s]+/, '');
  const clean = (operative === '' ? text : operative).replace(/\s+/g, ' ').trim().replace(/[.;:,]$/, '');
  let title = clean;
  if (clean.length > 80) {
    const cut = clean.slice(0, 80);
    const space = cut.lastIndexOf(' ');
    title = `${(space > 40 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')} …`;
  }
  return title === '' ? 'Zonder omschrijving' : title.charAt(0).toLocaleUpperCase('nl') + title.slice(1);
}

describe('buildTitle of a long text', () => {
  const words = 'het onderzoek naar sociale veiligheid in het mbo af te ronden en de Kamer te informeren';

  it.each([
    ['a long text', `Verzoekt de regering ${words}. ${'Verder '.repeat(200)}`],
    ['blanks and line breaks', `Verzoekt   de\n\nregering\t${words} ${'x '.repeat(400)}`],
    ['a head of mostly blanks', `${' '.repeat(300)}${words}${' '.repeat(300)}.`],
    ['a title that fits after all', `${words.slice(0, 79)}.${' '.repeat(400)}`],
    ['81 characters ending in a full stop, then blanks', `${'a'.repeat(80)}.${' '.repeat(400)}`],
    ['81 characters ending in a comma, then text', `${'a'.repeat(80)},${'b'.repeat(400)}`],
    ['82 characters, then blanks', `${'a'.repeat(40)} ${'b'.repeat(41)}${' '.repeat(400)}`],
    ['82 characters ending in a semicolon, then text', `${'a'.repeat(81)};${' c'.repeat(300)}`],
    ['320 blanks, then two words', `${' '.repeat(320)}twee woorden`],
    ['a short head word, then blanks, then the rest', `${' '.repeat(300)}kort${' '.repeat(400)}en dan de rest van de tekst`],
    ['nothing but blanks', ' '.repeat(700)],
    // review6: a head that cleans to fewer than 82 characters must not be taken for the title when
    // text follows past it (a bound of max - 10 instead of max + 2 passed every case above).
    ['75 characters, blanks past the head, then the rest', `${'a b'.repeat(25)}${' '.repeat(300)}en dan de rest van de tekst`],
  ])('%s', (_, text) => {
    expect(text.length).toBeGreaterThan(320);
    expect(buildTitle(text)).toBe(wholeTextTitle(text));
  });

  it('gives the whole-text title for every length around the cut', () => {
    for (let length = 70; length < 100; length += 1) {
      for (const tail of [' '.repeat(400), `. ${'d'.repeat(400)}`, `.${' '.repeat(400)}`]) {
        const text = `${'a b'.repeat(Math.ceil(length / 3)).slice(0, length)}${tail}`;
        expect(buildTitle(text), `${length}`).toBe(wholeTextTitle(text));
      }
    }
  });
});

describe('buildTitle collapses white space only where there is some to collapse', () => {
  it('gives the whole-text title with every UTF-16 code unit, alone or doubled, in a short and in a long text', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const c = String.fromCharCode(code);
      for (const text of [`kort${c}woord`, `kort${c}${c}woord${c}`, `${'woord '.repeat(60)}a${c}${c}b${'x '.repeat(30)}`, `${'woord '.repeat(10)}a${c}b${' rest'.repeat(70)}`]) {
        const got = buildTitle(text);
        if (got !== wholeTextTitle(text)) expect(got, `U+${code.toString(16)}`).toBe(wholeTextTitle(text));
      }
    }
  });
});
