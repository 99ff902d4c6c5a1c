// Normalisation and tokenisation of text for the date grammar. Normalised text is lower case,
// without accents, with every whitespace run as one space and hyphenated line breaks joined
// ("begro-\nting" -> "begroting"); every normalised character maps back to its original offset.

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Normalised text of the token. */
  text: string;
  /** Numeric value for `num` tokens, NaN otherwise. */
  value: number;
  /** Number of digits for `num` tokens. */
  digits: number;
  /** Offsets in the ORIGINAL input, end exclusive. */
  start: number;
  end: number;
  /** Whether whitespace separates this token from the previous one. */
  spaceBefore: boolean;
}

const ACCENTS: Record<string, string> = {
  'á': 'a', 'à': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a',
  'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
  'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i',
  'ó': 'o', 'ò': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o',
  'ú': 'u', 'ù': 'u', 'û': 'u', 'ü': 'u',
  'ç': 'c', 'ñ': 'n', 'ý': 'y', 'ÿ': 'y',
  'Á': 'a', 'À': 'a', 'Â': 'a', 'Ä': 'a', 'É': 'e', 'È': 'e', 'Ê': 'e', 'Ë': 'e',
  'Í': 'i', 'Ì': 'i', 'Î': 'i', 'Ï': 'i', 'Ó': 'o', 'Ò': 'o', 'Ô': 'o', 'Ö': 'o',
  'Ú': 'u', 'Ù': 'u', 'Û': 'u', 'Ü': 'u', 'Ç': 'c', 'Ñ': 'n',
  '\u2013': '-', '\u2014': '-', '\u2010': '-', '\u2011': '-', '\u2212': '-',
  '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"',
};

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x2007;
}

const NON_ASCII_LETTER = /\p{L}/u;

function isLetterAt(input: string, i: number): boolean {
  const code = input.charCodeAt(i);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true;
  return code >= 0xc0 && NON_ASCII_LETTER.test(input[i] as string);
}

/** A letter outside ASCII as a word's text holds it: its accent folded, lower case, one character. */
function foldedLetter(ch: string): string {
  return ACCENTS[ch] ?? ch.toLowerCase().charAt(0);
}

function isLowerStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff);
}

/**
 * Tokenises `input`. Hyphenated line breaks between letters are joined when the next line
 * starts with a lower-case letter; soft hyphens are dropped.
 */
export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  const n = input.length;
  let i = 0;
  let spaceBefore = true;
  // The whole input lower-cased, once, at its first capital; null when lower-casing changed its length (then each
  // capitalised word is lower-cased on its own).
  let lowered: string | null | undefined;
  while (i < n) {
    const code = input.charCodeAt(i);
    if (isSpace(code) || code === 0xad) {
      spaceBefore = true;
      i++;
      continue;
    }
    if (code >= 48 && code <= 57) {
      let j = i + 1;
      while (j < n) {
        const c = input.charCodeAt(j);
        if (c < 48 || c > 57) break;
        j++;
      }
      const text = input.slice(i, j);
      tokens.push({ kind: 'num', text, value: Number(text), digits: j - i, start: i, end: j, spaceBefore });
      spaceBefore = false;
      i = j;
      continue;
    }
    if (isLetterAt(input, i)) {
      // Fast path: a run of ASCII letters ended by anything but a letter, a soft hyphen or a hyphen.
      let j = i;
      let upper = false;
      while (j < n) {
        const c = input.charCodeAt(j);
        if (c >= 97 && c <= 122) j++;
        else if (c >= 65 && c <= 90) {
          upper = true;
          j++;
        } else break;
      }
      const stop = j < n ? input.charCodeAt(j) : -1;
      if (stop !== 0xad && stop !== 45 && !(stop >= 0xc0 && isLetterAt(input, j))) {
        let text: string;
        if (upper) {
          if (lowered === undefined) {
            const whole = input.toLowerCase();
            lowered = whole.length === n ? whole : null;
          }
          text = lowered === null ? input.slice(i, j).toLowerCase() : lowered.slice(i, j);
        } else text = input.slice(i, j);
        tokens.push({ kind: 'word', text, value: NaN, digits: 0, start: i, end: j, spaceBefore });
        spaceBefore = false;
        i = j;
        continue;
      }
      let text = '';
      j = i;
      while (j < n) {
        const c = input.charCodeAt(j);
        if (c === 0xad) {
          j++;
          continue;
        }
        if (isLetterAt(input, j)) {
          const ch = input[j] as string;
          if (c <= 122) text += c <= 90 ? String.fromCharCode(c + 32) : ch;
          else text += foldedLetter(ch);
          j++;
          continue;
        }
        // Hyphenated line break inside a word: "-" + optional spaces + newline + spaces + lower case.
        if (c === 45 && text.length > 0) {
          let k = j + 1;
          let newline = false;
          while (k < n) {
            const s = input.charCodeAt(k);
            if (s === 10 || s === 13) newline = true;
            else if (s !== 32 && s !== 9) break;
            k++;
          }
          if (newline && k < n && isLowerStart(input.charCodeAt(k))) {
            j = k;
            continue;
          }
        }
        break;
      }
      tokens.push({ kind: 'word', text, value: NaN, digits: 0, start: i, end: j, spaceBefore });
      spaceBefore = false;
      i = j;
      continue;
    }
    const ch = input[i] as string;
    // (ACCENTS holds no character below 0x80.)
    const text = code < 0x80 ? ch : (ACCENTS[ch] ?? ch);
    tokens.push({ kind: 'punct', text, value: NaN, digits: 0, start: i, end: i + 1, spaceBefore });
    spaceBefore = false;
    i++;
  }
  return tokens;
}

/**
 * A hyphen, then white space holding a line break, then a lower-case letter: where tokenize joins a
 * word broken at a line end (when a letter is before the hyphen; with none, only a hyphen is lost).
 */
const HYPHEN_BREAK = /-[ \t]*[\n\r][ \t\n\r]*(?=[a-z\u00df-\u00ff])/g;

/**
 * The text with every letter outside ASCII written as tokenize writes it in a word's text (accents
 * folded, lower case), soft hyphens dropped and a word broken at a line end joined as tokenize joins
 * it. ASCII is kept as it is (a case-insensitive test reads its capitals). Every word token's text is
 * a piece of it, in any case, with no ASCII letter right before or after it: a test that finds none
 * of some whole words in it knows no token is one of them, without tokenizing (mayRecur).
 */
export function foldedText(text: string): string {
  // Joined first, on the letters as written: tokenize decides by the letter after the break (a capital
  // with an accent is not joined, though it folds to a lower-case one).
  const input = text.replace(HYPHEN_BREAK, '');
  let out = '';
  let from = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code < 0x80) continue;
    out += input.slice(from, i);
    from = i + 1;
    if (code === 0xad) continue;
    const ch = input[i] as string;
    out += isLetterAt(input, i) ? foldedLetter(ch) : ch;
  }
  out += input.slice(from);
  return out;
}
