// Year cores: "2025", "dit jaar", "volgend jaar", "vorig jaar", "het jaar".
import { yearAnchor } from '../../periods.ts';
import { isYearAt, NEXT_WORDS, PREVIOUS_WORDS, THIS_WORDS, word, yearSpecAt, yearValueAt, type Core, type CoreParser, type ParseContext } from '../context.ts';

/** Also "het jaar" ("het einde van het jaar"): only as the target of a part. */
export function parseYearOrHetJaar(ctx: ParseContext, at: number): Core | null {
  return parseYear(ctx, at, true);
}

function parseYear(ctx: ParseContext, at: number, allowHetJaar = false): Core | null {
  if (isYearAt(ctx, at)) {
    const year = yearValueAt(ctx, at);
    return { end: at + 1, standalone: false, fixed: true, kind: 'year', build: () => yearAnchor(year) };
  }
  const first = word(ctx, at);
  if (first === undefined || first === 'van') return null;
  if (first === 'het' && !allowHetJaar) return null;
  const yearSpec = yearSpecAt(ctx, at, true);
  if (!yearSpec) return null;
  const year = yearSpec.year;
  return { end: yearSpec.end, standalone: first !== 'het', fixed: true, kind: 'year', build: () => yearAnchor(year) };
}

export const yearCore: CoreParser = {
  name: 'year',
  firstWords: [...THIS_WORDS, ...NEXT_WORDS, ...PREVIOUS_WORDS],
  startsWithNumber: true,
  parse: (ctx, at) => parseYear(ctx, at),
  // "dit / volgend / vorig jaar".
  next: () => ({ words: ['jaar'] }),
};
