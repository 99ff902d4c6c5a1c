// Part cores: begin / medio / eind + a year, month, season, quarter, half or week ("eind 2025",
// "begin april", "het einde van het jaar", "in de eerste maanden van 2024", "voor het eind van volgende week").
import { partAnchor } from '../../periods.ts';
import { indexByFirstWord, PART_PHRASES } from '../../vocabulary.ts';
import { ARTICLES, seq, word, type Core, type CoreParser, type ParseContext } from '../context.ts';
import { monthCore } from './month.ts';
import { halfCore, quarterCore } from './quarter.ts';
import { seasonCore } from './season.ts';
import { parseYearOrHetJaar } from './year.ts';
import { weekCore } from './week.ts';

const PART_INDEX = indexByFirstWord(PART_PHRASES);

function partTarget(ctx: ParseContext, at: number): Core | null {
  return parseYearOrHetJaar(ctx, at) ?? monthCore.parse(ctx, at) ?? seasonCore.parse(ctx, at) ?? quarterCore.parse(ctx, at) ?? halfCore.parse(ctx, at) ?? weekCore.parse(ctx, at);
}

function parsePart(ctx: ParseContext, at: number): Core | null {
  const w = word(ctx, at);
  if (w === undefined) return null;
  const phrases = PART_INDEX.get(w);
  if (!phrases) return null;
  for (const phrase of phrases) {
    const pos = seq(ctx, at, phrase.words);
    if (pos < 0) continue;
    const target = partTarget(ctx, pos);
    if (!target) continue;
    const targetKind = target.kind === 'year' ? 'year' : target.kind === 'month' ? 'month' : 'other';
    const part = phrase.part;
    return {
      end: target.end,
      standalone: true,
      fixed: target.fixed,
      kind: 'part',
      build: (year) => {
        const anchor = target.build(year);
        return anchor ? partAnchor(anchor, part, targetKind) : null;
      },
    };
  }
  return null;
}

export const partCore: CoreParser = {
  name: 'part',
  firstWords: PART_PHRASES.map((p) => p.words[0] as string).filter((w) => !ARTICLES.has(w)),
  afterArticle: PART_PHRASES.filter((p) => ARTICLES.has(p.words[0] as string)).map((p) => p.words[1] as string),
  parse: parsePart,
  // The next word of a part phrase ("in de / het", "aan het"; "het begin van"); none after a phrase of one word.
  next: (w, afterArticle) => {
    const phrases = afterArticle ? PART_PHRASES.filter((p) => ARTICLES.has(p.words[0] as string) && p.words[1] === w) : (PART_INDEX.get(w) ?? []);
    const at = afterArticle ? 2 : 1;
    if (phrases.some((p) => p.words.length <= at)) return undefined;
    return { words: phrases.map((p) => p.words[at] as string) };
  },
};
