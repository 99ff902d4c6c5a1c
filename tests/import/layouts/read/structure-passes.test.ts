// The structure reader's passes read a 10,000-item text with fewer scans (issue 28): parseCodeLine
// reads a line's tokens only as far as its codes go, classify tries its patterns as one regular
// expression per set of flags (anyOf), and parseFootnotes finds the footnotes numbered 1000 and up
// in the same pass as the others and merges them in line order. Each must give exactly what the
// version before it gave; the references below are those versions.
import { describe, expect, it } from 'vitest';
import { MINISTRIES, ministryOfCode } from '../../../../src/domain/codes.ts';
import type { Responsibility } from '../../../../src/domain/items.ts';
import { parseCodeLine } from '../../../../src/import/layouts/read/parse-codes.ts';
import { addFootnoteMarkers, endsInHardBreak, joinParagraphs, splitLines, stripFootnoteMarkers, type SourceLine } from '../../../../src/import/layouts/read/normalise-text.ts';
import { anyOf, CODE_SEPARATORS, MOTIE_HEADER } from '../../../../src/import/layouts/read/vocabulary.ts';
import { parseFootnotes } from '../../../../src/import/layouts/stand-van-zaken/parse-footnotes.ts';
import { parseStandVanZaken } from '../../../../src/import/layouts/stand-van-zaken/parse-stand-van-zaken.ts';
import { parseMotieHeader } from '../../../../src/import/layouts/read/parse-submitters.ts';
import { parseKamerstukReference } from '../../../../src/import/layouts/read/kamerstuk-reference.ts';

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

describe('parseCodeLine', () => {
  const KNOWN_CODE = new RegExp(`^[MS](?:${MINISTRIES.join('|')})$`);
  const CODE_SHAPE = /^[MS][A-Z][A-Za-z]{1,5}$/;
  /** parseCodeLine as it was: the line's first twelve tokens split, all of them when the codes run on. */
  function reference(line: string, allowUnknown = false): { responsible: Responsibility[]; rest: string; unknown: string[] } | null {
    if (!/^\s*[MS][A-Z]/.test(line)) return null;
    const peek = line.trim().split(/\s+/, 12);
    const codes = codesAtStart(peek.filter((token) => token !== ''), allowUnknown);
    if (codes && peek.length === 12 && codes.index >= 10) return lineOfCodes(line, codesAtStart(line.trim().split(/\s+/).filter((token) => token !== ''), allowUnknown));
    return lineOfCodes(line, codes);
  }
  function lineOfCodes(line: string, codes: { responsible: Responsibility[]; unknown: string[]; consumed: number } | null) {
    if (!codes) return null;
    let rest = line.trim();
    for (let i = 0; i < codes.consumed; i += 1) rest = rest.replace(/^\S+\s*/, '');
    return { responsible: codes.responsible, rest: rest.trim(), unknown: codes.unknown };
  }
  function codesAtStart(tokens: readonly string[], allowUnknown: boolean) {
    const responsible: Responsibility[] = [];
    const unknown: string[] = [];
    let index = 0;
    let consumed = 0;
    while (index < tokens.length) {
      const token = (tokens[index] ?? '').replace(/[,;:]$/, '');
      const known = KNOWN_CODE.test(token);
      if (!known && !(allowUnknown && CODE_SHAPE.test(token) && /[A-Z].*[A-Z]/.test(token))) break;
      if (!known) unknown.push(token);
      if (!responsible.some((r) => r.code === token)) responsible.push({ code: token, ministry: ministryOfCode(token) });
      index += 1;
      consumed = index;
      const separator = tokens[index];
      if (separator !== undefined && CODE_SEPARATORS.test(separator)) {
        const after = (tokens[index + 1] ?? '').replace(/[,;:]$/, '');
        if (KNOWN_CODE.test(after) || (allowUnknown && CODE_SHAPE.test(after))) index += 1;
      }
    }
    if (responsible.length === 0) return null;
    return { responsible, unknown, consumed, index };
  }

  const TOKENS = ['SOCW', 'MJenV', 'MBZK', 'MFin', 'SOCW,', 'MVWS;', 'MEZK:', 'MXy', 'SAbcde', 'SZa', 'MQQ', 'en', 'EN', '&', ',', '/', '+', 'De', 'tekst', 'SZW', 'M', 'S1', 'NOC*NSF'];
  const BLANKS = [' ', ' ', ' ', '  ', '\t', '\u00A0', '\u2028', ' \n '];

  it('reads what the split of the whole line read, for 30,000 lines of codes, separators and words', () => {
    const next = random(28);
    for (let n = 0; n < 30_000; n += 1) {
      const count = Math.floor(next() * (n % 10 === 0 ? 30 : 8));
      let line = next() < 0.2 ? (BLANKS[Math.floor(next() * BLANKS.length)] ?? '') : '';
      for (let i = 0; i < count; i += 1) {
        line += TOKENS[Math.floor(next() * (i < 20 ? 12 : TOKENS.length))] ?? '';
        if (i < count - 1 || next() < 0.2) line += BLANKS[Math.floor(next() * BLANKS.length)] ?? '';
      }
      for (const allowUnknown of [false, true]) {
        const got = parseCodeLine(line, allowUnknown);
        const want = reference(line, allowUnknown);
        if (JSON.stringify(got) !== JSON.stringify(want)) expect(got, JSON.stringify({ line, allowUnknown })).toEqual(want);
      }
    }
  });

  it('reads a line of codes alone, and codes that run past twelve tokens', () => {
    expect(parseCodeLine('SSZW')).toEqual(reference('SSZW'));
    expect(parseCodeLine('SSZW')?.rest).toBe('');
    const long = `${Array.from({ length: 14 }, (_, i) => (i % 2 === 0 ? 'SOCW' : 'en')).join(' ')} MBZK De stand`;
    expect(parseCodeLine(long)).toEqual(reference(long));
    expect(parseCodeLine(long)?.rest).toBe('De stand');
  });
});

describe('parseMotieHeader', () => {
  it('writes a name\'s first letter in upper case as the Dutch locale does, ASCII or not', () => {
    const firsts = [...Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)), 'é', 'ĳ', 'ß', 'ǆ', 'ı', 'i̇', 'ŉ', '\u{1D41A}'];
    for (const first of firsts) {
      const header = parseMotieHeader(`Motie van het lid ${first}ansen; De Tweede Kamer verzoekt`);
      const name = header?.submitters[0];
      // (A blank or a mark before the name is not part of it.)
      if (name?.length !== `${first}ansen`.length) continue;
      expect(name, JSON.stringify(first)).toBe(`${first}ansen`.charAt(0).toLocaleUpperCase('nl') + `${first}ansen`.slice(1));
    }
    expect(parseMotieHeader('Motie van het lid van der Laan; De Tweede Kamer')?.submitters).toEqual(['Van der Laan']);
  });

  // parseMotieHeader as it was: both headers filtered by their names' lengths, sorted by where they end.
  const HEADER_WITHOUT_SEPARATOR =
    /^(?:(?:nader\s+)?gewijzigde\s+)?motie\s+(?:van\s+)?(?:het\s+lid|de\s+leden)\s+(.+?)\s+(?=(?:de\s+(?:tweede\s+)?kamer|verzoekt|over|inzake|rondom|betreffende|om)\b)/i;
  const MEMBER_PREFIX = /^(?:(?:nader\s+)?gewijzigde\s+)?motie\s+(?:van\s+)?(?:het\s+lid|de\s+leden)\s+/i;
  const NAMES_TO_SENTENCE_END = /^([^;:]+?)(?<!(?:^|[\s.])\p{Lu})\.\s+(?=\p{Lu})/u;
  const namesOf = (names: string) => names.replace(/\s*\bc\.\s?s\.?$/i, '').split(/\s*,\s*|\s*\/\s*|\s+(?:en|&)\s+/i).map((part) => part.trim()).filter((name) => name !== '');
  function reference(text: string) {
    const member = MEMBER_PREFIX.exec(text);
    if (!member) return 'named';
    const classic = MOTIE_HEADER.exec(text);
    const sentence = NAMES_TO_SENTENCE_END.exec(text.slice(member[0].length));
    const candidates = [
      classic?.[1] !== undefined ? { names: classic[1], length: classic[0].length } : null,
      sentence?.[1] !== undefined ? { names: sentence[1], length: member[0].length + sentence[0].length } : null,
    ].filter((found): found is { names: string; length: number } => found !== null && namesOf(found.names).every((name) => name.length <= 60));
    const match = candidates.sort((a, b) => a.length - b.length)[0] ?? (() => {
      const loose = HEADER_WITHOUT_SEPARATOR.exec(text);
      return loose?.[1] !== undefined ? { names: loose[1], length: loose[0].length } : null;
    })();
    if (!match) return null;
    let names = match.names.trim();
    const cs = /\s*\bc\.\s?s\.?$/i.test(names);
    if (cs) names = names.replace(/\s*\bc\.\s?s\.?$/i, '').trim();
    const submitters = namesOf(names).map((name) => name.charAt(0).toLocaleUpperCase('nl') + name.slice(1));
    if (submitters.length === 0 || submitters.some((name) => name.length > 60)) return null;
    return { submitters, cs, rest: text.slice(match.length).trim() };
  }

  it('reads the header the filtered, sorted candidates read, for 20,000 random motie rows', () => {
    const next = random(60);
    const pieces = ['Motie van het lid ', 'Motie van de leden ', 'Gewijzigde motie van het lid ', 'motie het lid ', 'Jansen', 'van der Laan', 'J. de Vries', 'Bikker', `Van ${'Achternaam'.repeat(7)}`, `${'x'.repeat(30)} ${'y'.repeat(25)}`, ' en ', ', ', ' c.s.', ';', ':', '. ', ' ', 'De Tweede Kamer', ' verzoekt', ' over', 'Verzoeken de regering', 'é'];
    for (let n = 0; n < 20_000; n += 1) {
      let text = pieces[Math.floor(next() * 4)] ?? '';
      for (let i = Math.floor(next() * 9); i >= 0; i -= 1) text += pieces[4 + Math.floor(next() * (pieces.length - 4))] ?? '';
      const want = reference(text);
      if (want === 'named') continue;
      const got = parseMotieHeader(text);
      if (JSON.stringify(got) !== JSON.stringify(want)) expect(got, JSON.stringify(text)).toEqual(want);
    }
  });
});

describe('stripFootnoteMarkers', () => {
  it('gives for joinParagraphs\' texts, without looking for two spaces, what it gives looking for them', () => {
    const next = random(12);
    const pieces = ['a', 'b', '.', '1', '2', '12', '2025', ' ', '  ', ')', '»', '-', '\u00AD', '\\', 'É', ','];
    for (let n = 0; n < 20_000; n += 1) {
      const paragraphs: string[][] = [];
      for (let p = Math.floor(next() * 3); p >= 0; p -= 1) {
        const lines: string[] = [];
        for (let l = Math.floor(next() * 3); l >= 0; l -= 1) {
          let line = '';
          for (let i = Math.floor(next() * 8); i >= 0; i -= 1) line += pieces[Math.floor(next() * pieces.length)] ?? '';
          lines.push(line);
        }
        paragraphs.push(lines);
      }
      for (const keepBreaks of [false, true]) {
        const text = joinParagraphs(paragraphs, keepBreaks);
        for (const known of [new Set([1, 2, 12]), new Set([2025])]) {
          const got = stripFootnoteMarkers(text, known, true);
          const want = stripFootnoteMarkers(text, known);
          if (JSON.stringify(got) !== JSON.stringify(want)) expect(got, JSON.stringify(text)).toEqual(want);
        }
      }
    }
  });
});

describe('anyOf', () => {
  const PATTERNS = [/^ab+c$/i, /x\d/, /^(?:status|stand\s+van):\s*(open|dicht)$/i, /é\p{L}/iu, /^\p{Lu}{2}/u, /b(?!c)/, /(?<=a)b/i];
  it('matches a text exactly when one of the patterns does', () => {
    const next = random(7);
    const pieces = ['a', 'b', 'B', 'c', 'x', '1', 'é', 'É', 'status', 'Stand van', ':', ' ', 'open', 'Ab', 'ſ', 'K'];
    const gates = anyOf(PATTERNS);
    expect(gates.length).toBe(4);
    for (let n = 0; n < 20_000; n += 1) {
      let text = '';
      const length = Math.floor(next() * 6);
      for (let i = 0; i < length; i += 1) text += pieces[Math.floor(next() * pieces.length)] ?? '';
      const want = PATTERNS.some((pattern) => pattern.test(text));
      if (gates.some((gate) => gate.test(text)) !== want) expect(gates.some((gate) => gate.test(text)), JSON.stringify(text)).toBe(want);
    }
  });
  it('refuses a global or sticky pattern', () => {
    expect(() => anyOf([/a/g])).toThrow();
    expect(() => anyOf([/a/y])).toThrow();
  });
  it('refuses a pattern with a backreference, which would point at another group once joined', () => {
    // Joined after a pattern with a group of its own, (a)\1 would ask for that group's text instead.
    expect(() => anyOf([/(x)y/, /(a)\1/])).toThrow(/backreference/);
    expect(() => anyOf([/(?<q>a)\k<q>/])).toThrow(/backreference/);
    // An escaped backslash before a digit is no backreference.
    expect(anyOf([/(x)y/, /a\\1/]).some((gate) => gate.test('a\\1'))).toBe(true);
  });
});

describe('classify', () => {
  it('still reads every kind of line the one test lets through: headings, moties, marks, page noise and date lines', () => {
    const text = [
      'Stand van zaken',
      'Stand per 15 september 2025',
      '',
      'Moties',
      '',
      'Motie van het lid Jansen; De Tweede Kamer verzoekt de regering iets te doen.1',
      '',
      'SOCW Loopt.',
      'Stand per 15 september 2025',
      'Kabinetsappreciatie: oordeel Kamer',
      'Termijn van de kamer: voor de zomer',
      'Pagina 3 van 9',
      'Status Verantwoordelijk Stand van zaken',
      'Loopt nog.',
      '',
      'Toezeggingen',
      '',
      'De minister zegt toe te rapporteren.',
      '',
      'MBZK Gedaan.',
      '',
      '1 Kamerstukken II 2024/25, 36001, nr. 1.',
    ].join('\n');
    // As it is, and with 20,000 blank lines after it: classify tries its one test from 20,000 lines on.
    for (const document of [text, text + '\n'.repeat(20_000)]) {
      const parsed = parseStandVanZaken(document, { documentDate: '2025-04-01' });
      if (!parsed.ok) throw new Error(parsed.code);
      expect(parsed.items.map((item) => [item.kind, item.submitters, item.statusText])).toEqual([
        ['motie', ['Jansen'], 'Loopt.\n\nLoopt nog.'],
        ['toezegging', [], 'Gedaan.'],
      ]);
      expect(parsed.problems.filter((problem) => problem.code === 'OVERVIEW_LINE_SKIPPED')).toEqual([]);
    }
  });
});

describe('parseFootnotes', () => {
  // parseFootnotes as it was (the second pass for the footnotes numbered 1000 and up, then a sort).
  const FOOTNOTE_LINE = /^(\d{1,3})\s+(\S.*)$/;
  const LONG_FOOTNOTE_LINE = /^(\d{4,5})\s+(\S.*)$/;
  const LONG_FOOTNOTE_START = /^(?:\p{Lu}|https?:|www\.)/u;
  const STRONG_REFERENCE = /^(?:kamerstukken?|handelingen|aanhangsel|kamerbrief|tk\s)/i;
  const REFERENCE_WORDS = /\b(?:kamerstukk?en?|handelingen|aanhangsel|nr\.?|kamerbrief|brief|zie|https?:|www\.)/i;
  const digit = (text: string) => /^\d/.test(text);
  function reference(lines: readonly SourceLine[], hardBreaks: boolean) {
    const candidates = new Map<number, number>();
    lines.forEach((line, index) => {
      if (!digit(line.text)) return;
      if (hardBreaks && index > 0 && endsInHardBreak(lines[index - 1]?.text ?? '')) return;
      const match = FOOTNOTE_LINE.exec(line.text);
      if (match && REFERENCE_WORDS.test(match[2] ?? '')) candidates.set(index, Number(match[1]));
    });
    const markers = new Set<number>();
    lines.forEach((line, index) => {
      if (!candidates.has(index)) addFootnoteMarkers(line.text, markers);
    });
    const long = new Map<number, number>();
    lines.forEach((line, index) => {
      if (!digit(line.text)) return;
      if (hardBreaks && index > 0 && endsInHardBreak(lines[index - 1]?.text ?? '')) return;
      const match = LONG_FOOTNOTE_LINE.exec(line.text);
      if (!match) return;
      const body = match[2] ?? '';
      if (markers.has(Number(match[1])) && LONG_FOOTNOTE_START.test(body) && REFERENCE_WORDS.test(body)) long.set(index, Number(match[1]));
    });
    if (long.size > 0) {
      const numbers = new Set(candidates.values());
      for (const number of [...new Set(long.values())].sort((a, b) => a - b)) if (numbers.has(number - 1)) numbers.add(number);
      const all = [...candidates, ...[...long].filter(([, number]) => numbers.has(number))].sort(([a], [b]) => a - b);
      candidates.clear();
      for (const [index, number] of all) candidates.set(index, number);
    }
    const footnotes = new Map<number, { number: number; line: number; text: string }>();
    const lineIndexes = new Set<number>();
    const problems: unknown[] = [];
    for (const [index, number] of candidates) {
      const line = lines[index] as SourceLine;
      const body = ((FOOTNOTE_LINE.exec(line.text) ?? LONG_FOOTNOTE_LINE.exec(line.text))?.[2] ?? '').trim();
      if (!markers.has(number) && !STRONG_REFERENCE.test(body)) continue;
      lineIndexes.add(index);
      let text = body;
      for (let next = index + 1; next < lines.length; next += 1) {
        const following = lines[next] as SourceLine;
        if (following.text === '' || candidates.has(next)) break;
        if (!/^\p{Ll}/u.test(following.text) || /[.)]$/.test(text)) break;
        text = `${text} ${following.text}`;
        lineIndexes.add(next);
      }
      if (footnotes.has(number)) continue;
      const parsed = parseKamerstukReference(text);
      if (parsed.repaired) problems.push({ line: line.no, footnote: number, ...parsed.repaired });
      if (!parsed.ref && /^kamerstukk?en?\b/i.test(text)) problems.push({ line: line.no, footnote: number, text });
      footnotes.set(number, { number, line: line.no, text });
    }
    return { footnotes: [...footnotes.values()], lineIndexes: [...lineIndexes], problems };
  }

  it('reads the footnotes the two passes and the sort read, for 3,000 random documents with footnotes from 1 to 1003', () => {
    const next = random(1000);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    const bodies = ['Kamerstukken II 2022/23, 36450, nr. 12.', 'kamerstukken II 202/25, 36450, nr. 3', 'Zie de brief', 'zie brief van', 'Handelingen II 2023/24, nr. 5', 'www.example.nl', 'Geen verwijzing', 'Kamerstukken II, zonder nummer'];
    const texts = ['verzoekt de regering', 'te informeren.', 'vervolg van de voetnoot', '2025 is het jaar', 'Status', '', '', 'regel\\'];
    for (let n = 0; n < 3_000; n += 1) {
      const lines: string[] = [];
      const count = 1 + Math.floor(next() * 25);
      for (let i = 0; i < count; i += 1) {
        const number = pick([1, 2, 3, 998, 999, 1000, 1001, 1002, 1003, 2025]);
        const roll = next();
        if (roll < 0.35) lines.push(`${number} ${pick(bodies)}`);
        else if (roll < 0.6) lines.push(`${pick(texts)}${pick(['', '.', 'x'])}${number}${pick(['', ' en', '.'])}`);
        else lines.push(pick(texts));
      }
      const source = splitLines(lines.join('\n'));
      for (const hardBreaks of [false, true]) {
        const got = parseFootnotes(source, hardBreaks);
        const want = reference(source, hardBreaks);
        const shape = {
          footnotes: [...got.footnotes.values()].map(({ number, line, text }) => ({ number, line, text })),
          lineIndexes: [...got.lineIndexes],
          problems: got.problems.map((p) =>
            p.code === 'OVERVIEW_FOOTNOTE_REPAIRED'
              ? { line: p.line, footnote: p.footnote, written: p.written, read: p.read }
              : { line: p.line, footnote: p.code === 'OVERVIEW_FOOTNOTE_UNREADABLE' ? p.footnote : null, text: p.code === 'OVERVIEW_FOOTNOTE_UNREADABLE' ? p.text : null },
          ),
        };
        if (JSON.stringify(shape) !== JSON.stringify(want)) expect(shape, JSON.stringify({ lines, hardBreaks })).toEqual(want);
      }
    }
  });
});
