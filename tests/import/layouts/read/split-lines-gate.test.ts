// splitLines skips its eight replacements when one scan finds none of the characters they change,
// joinLines tests the end of the line it added last instead of the text joined so far,
// and findFootnoteMarkers / addFootnoteMarkers / stripFootnoteMarkers find the markers by digit runs and hand-written
// checks instead of the marker's regular expression (issue 28): both must give exactly what the
// full versions give.
import { describe, expect, it } from 'vitest';
import { addFootnoteMarkers, cleanText, findFootnoteMarkers, joinLines, linesOf, splitLines, stripFootnoteMarkers } from '../../../../src/import/layouts/read/normalise-text.ts';

/** splitLines as it was before the gate: every replacement on every text. */
function fullSplitLines(text: string): { no: number; raw: string; text: string }[] {
  const cleaned = cleanText(text);
  return cleaned.split('\n').map((line, index) => {
    const raw = line.trimEnd();
    return { no: index + 1, raw, text: raw.trim() };
  });
}

const ALPHABET = ['a', ' ', '\n', '\r', '\f', '\t', '\uFEFF', '\u00A0', '\u200B', '\u0000'];

function* strings(length: number): Generator<string> {
  if (length === 0) {
    yield '';
    return;
  }
  for (const rest of strings(length - 1)) for (const c of ALPHABET) yield rest + c;
}

describe('splitLines', () => {
  it('gives what the full clean-up gives for every character of the BMP, at the start, inside and at the end', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const c = String.fromCharCode(code);
      for (const text of [`${c}a b`, `a${c}b`, `a b${c}`]) {
        const got = splitLines(text);
        const want = fullSplitLines(text);
        if (JSON.stringify(got) !== JSON.stringify(want)) expect(got, `U+${code.toString(16)} in ${JSON.stringify(text)}`).toEqual(want);
      }
    }
  });

  it('gives what the full clean-up gives for every string of up to four of the characters that matter', () => {
    let checked = 0;
    for (let length = 0; length <= 4; length += 1) {
      for (const text of strings(length)) {
        expect(splitLines(text), JSON.stringify(text)).toEqual(fullSplitLines(text));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});

// linesOf copies the runs of lines without a character outside Latin-1 through UTF-8 (so that V8 keeps them at one byte per
// character, issue 28) and takes the other lines as they are: it must give exactly what split gives.
describe('linesOf', () => {
  it('gives what split gives for every character of the BMP, on the first, a middle and the last line', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const c = String.fromCharCode(code);
      for (const text of [`${c}a\nb é\nc`, `a\nb${c}\nc’`, `a’\nb\n${c}`, `a\n${c}`, `${c}\n`, c]) {
        const got = linesOf(text);
        const want = text.split('\n');
        if (got.length !== want.length || got.some((line, i) => line !== want[i])) expect(got, `U+${code.toString(16)} in ${JSON.stringify(text)}`).toEqual(want);
      }
    }
  });

  const LETTERS = ['a', '\n', 'é', '’', '\uFEFF', '\uD83D', '\uDE00', '\u00FF'];

  function* texts(length: number): Generator<string> {
    if (length === 0) {
      yield '';
      return;
    }
    for (const rest of texts(length - 1)) for (const c of LETTERS) yield rest + c;
  }

  it('gives what split gives for every string of up to five of the characters that matter', () => {
    let checked = 0;
    for (let length = 0; length <= 5; length += 1) {
      for (const text of texts(length)) {
        expect(linesOf(text), JSON.stringify(text)).toEqual(text.split('\n'));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(35_000);
    expect(linesOf('x’\nb\nc\ny’z\n\n’')).toEqual(['x’', 'b', 'c', 'y’z', '', '’']);
  });

  it('keeps long runs and long lines whole', () => {
    const plain = Array.from({ length: 500 }, (_, i) => `regel ${i} met é en ü`).join('\n');
    const text = `${plain}\nhet kabinet’s brief\n${plain}`;
    expect(linesOf(text)).toEqual(text.split('\n'));
    expect(linesOf(plain)).toEqual(plain.split('\n'));
  });
});

describe('findFootnoteMarkers', () => {
  const texts = [
    'De regering wordt verzocht12 te rapporteren.3',
    'Zie de brief van 20254. en "de motie"7 en (het debat)8',
    'Geen markering 12 hier, 3,5 ook niet, 2025.',
    'een lange lijst1000 en nog een1001',
    '',
  ];
  /** The markers as matchAll on a fresh copy of the pattern finds them. */
  const reference = (text: string): number[] => {
    const pattern = /(?=\d)(?<=\p{Ll}|[)»’”'"?!%]|(?<!\d)\.|(?<![\d.,])\d{4}\.)(\d{1,5})(?![\d\p{L}]|[.,]\d)/gu;
    return [...text.matchAll(pattern)].map((m) => Number(m[1]));
  };

  it('finds what matchAll finds, call after call and after a strip', () => {
    expect(findFootnoteMarkers(texts[0] ?? '')).toEqual([12, 3]);
    for (let round = 0; round < 2; round += 1) {
      for (const text of texts) {
        expect(findFootnoteMarkers(text), text).toEqual(reference(text));
        stripFootnoteMarkers(text, new Set([12]));
        expect(findFootnoteMarkers(text), text).toEqual(reference(text));
      }
    }
  });

  /** The marker's regular expression, the definition markerRuns (normalise-text.ts) implements by hand. */
  const definition = () => /(?=\d)(?<=\p{Ll}|[)»’”'"?!%]|(?<!\d)\.|(?<![\d.,])\d{4}\.)(\d{1,5})(?![\d\p{L}]|[.,]\d)/gu;
  /** stripFootnoteMarkers as it was: a replace with the regular expression. */
  const referenceStrip = (text: string, known: ReadonlySet<number>) => {
    const markers: number[] = [];
    const stripped = text.replace(definition(), (whole, digits: string) => {
      if (!known.has(Number(digits))) return whole;
      markers.push(Number(digits));
      return '';
    });
    return { text: (stripped.includes('  ') ? stripped.replace(/ {2,}/g, ' ') : stripped).trim(), markers };
  };
  const same = (text: string) => {
    const want = reference(text);
    const got = findFootnoteMarkers(text);
    if (JSON.stringify(got) !== JSON.stringify(want)) expect(got, JSON.stringify(text)).toEqual(want);
    // addFootnoteMarkers: the same numbers, added to the set it is given.
    const added = new Set([-1]);
    addFootnoteMarkers(text, added);
    const wantAdded = [-1, ...new Set(want)];
    if (JSON.stringify([...added]) !== JSON.stringify(wantAdded)) expect([...added], JSON.stringify(text)).toEqual(wantAdded);
    for (const known of [new Set(want), new Set(want.slice(0, 1)), new Set([1, 12, 2025])]) {
      const gotStrip = stripFootnoteMarkers(text, known);
      const wantStrip = referenceStrip(text, known);
      if (JSON.stringify(gotStrip) !== JSON.stringify(wantStrip)) expect(gotStrip, JSON.stringify(text)).toEqual(wantStrip);
    }
  };
  /** Characters on either side of a number that the marker's look-arounds tell apart. */
  const AROUND = ['1', '2', '.', ',', 'a', 'Z', 'é', 'É', 'ß', 'ª', ')', '»', '’', '”', "'", '"', '?', '!', '%', ' ', '-', '\n', '\u{1D41A}', '\u{1D400}', '\uD835', '\uDC1A'];

  it('finds exactly the regular expression\'s markers beside every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const c = String.fromCharCode(code);
      for (const text of [`${c}1`, `x12${c}a`, `2025${c}3`, `\uD835${c}4`]) same(text);
    }
  });

  it('finds and strips exactly what the regular expression does in every string of up to three such characters', () => {
    let checked = 0;
    const all = (length: number): string[] => (length === 0 ? [''] : all(length - 1).flatMap((rest) => AROUND.map((c) => rest + c)));
    for (let length = 0; length <= 3; length += 1) {
      for (const text of all(length)) {
        same(text);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(17_000);
  });

  it('finds and strips exactly what the regular expression does in 30,000 longer strings, digits and years among them', () => {
    let seed = 28;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const pieces = [...AROUND, '1', '2', '0', '5', '2025', '123456', '.1', 'een', 'Q', 'nr. '];
    for (let n = 0; n < 30_000; n += 1) {
      let text = '';
      const length = 2 + Math.floor(next() * 12);
      for (let i = 0; i < length; i += 1) text += pieces[Math.floor(next() * pieces.length)] ?? '';
      same(text);
    }
    for (const text of ['van 2023.9 en', 'x12025.9', ',2025.9', '.2025.9', '2025.9', 'a.2025.9', 'b 12025.9 en', 'verzocht12 te', 'Q1 2025', 'paragraaf 3.2', 'lijst1000', 'lijst123456', 'x1.5', 'x1,a', 'x1.', 'x1,']) same(text);
  });
});


describe('joinLines', () => {
  const ELISION_FOLLOWERS = /^(?:en|of|tot|als|dan)\b/i;
  /** joinLines as it was: every test on the text joined so far. */
  const reference = (lines: readonly string[], keepBreaks: boolean, hardBreaks: boolean): string => {
    let out = '';
    let hardBreak = false;
    for (const rawLine of lines) {
      const line = rawLine.trim();
      if (line === '') continue;
      if (out === '') out = line;
      else if (hardBreak) out = out.slice(0, -1).trimEnd() + (keepBreaks ? '\n' : ' ') + line;
      else if (out.endsWith('\u00AD')) out = out.slice(0, -1) + line;
      else if (/\p{Ll}-$/u.test(out) && /^\p{Ll}/u.test(line) && !ELISION_FOLLOWERS.test(line)) out = out.slice(0, -1) + line;
      else if (/[\p{Lu}\d]-$/u.test(out) && /^[\p{L}\d]/u.test(line) && !ELISION_FOLLOWERS.test(line)) out = out + line;
      else out = `${out} ${line}`;
      hardBreak = hardBreaks && line.endsWith('\\');
    }
    const unhyphenated = out.replace(/\u00AD/g, '');
    return unhyphenated.replace(/ {2,}/g, ' ').trim();
  };
  /** Pieces that make lines of one or two characters glued to the line before. */
  const SHORT = ['a', 'A', '1', '-', '\u00AD', 'en', '\u{1D41A}', '\uDC1A'];
  const PIECES = ['a', 'B', '1', '-', '\u00AD', '\\', ' ', 'en', 'é', 'É', '\u{1D41A}', '\u{1D400}', '\uD835', '\uDC1A', ''];

  const same = (lines: readonly string[]) => {
    for (const [keepBreaks, hardBreaks] of [[false, true], [true, true], [false, false]] as const) {
      const got = joinLines(lines, keepBreaks, hardBreaks);
      const want = reference(lines, keepBreaks, hardBreaks);
      if (got !== want) expect(got, JSON.stringify({ lines, keepBreaks, hardBreaks })).toBe(want);
    }
  };

  it('joins exactly as the tests on the whole text did, for 40,000 lists of short and hyphenated lines', () => {
    let seed = 2028;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let n = 0; n < 40_000; n += 1) {
      const pieces = n % 2 === 0 ? PIECES : SHORT;
      const lines: string[] = [];
      const count = 1 + Math.floor(next() * 5);
      for (let i = 0; i < count; i += 1) {
        let line = '';
        const length = Math.floor(next() * (n % 2 === 0 ? 5 : 3));
        for (let j = 0; j < length; j += 1) line += pieces[Math.floor(next() * pieces.length)] ?? '';
        lines.push(line);
      }
      same(lines);
    }
  });

  it('reads the letter before a short line\'s hyphen in the text joined before it', () => {
    expect(joinLines(['x\u00AD', '-', 'y'])).toBe('xy');
    for (const lines of [['x\u00AD', '-', 'y'], ['A\u00AD', '-', 'b'], ['\u{1D41A}\u00AD', '-', 'b'], ['ab-', 'c-', 'd'], ['a', 'b-', 'c'], ['x\u00AD', 'y-', 'z'], ['x\uD835\u00AD', '\uDC1A-', 'b']]) same(lines);
  });
});

describe('splitLines with the decoder\'s facts (issue 28)', () => {
  it('gives what it gives without them, for texts with and without characters outside Latin-1 on any line', async () => {
    const { decodeText } = await import('../../../../src/import/document/decode-text.ts');
    const lines = ['Motie van het lid Mutluer; De Tweede Kamer verzoekt de regering.1', '', '‘x’ «één»', 'café', '😀', 'a\u00a0b', '  x  '];
    for (let mask = 0; mask < 2 ** lines.length; mask += 1) {
      const text = lines.filter((_, i) => (mask & (1 << i)) !== 0).join('\n');
      for (const variant of [text, `${text}\n`, `‘${text}`, `${text}’`]) {
        const decoded = decodeText(new TextEncoder().encode(variant));
        if (!decoded) throw new Error('not decoded');
        expect(splitLines(decoded.text, decoded.facts), JSON.stringify(variant)).toEqual(splitLines(decoded.text));
      }
    }
  });
});
