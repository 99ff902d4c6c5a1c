// Date parsing: sentences per second of parseDates against chrono-node's Dutch parser on the same
// input (the 70 sentences of tests/fixtures/date-sentences.tsv, and every sentence of the sample
// overview), and how many of the fixture's target expressions each one finds: a found span that
// contains or overlaps the target counts. Rounds alternate between the two parsers; medians.
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { parseDates } from '../src/domain/dates/parse-dates.ts';
import { devAccuracy, loadDevSet } from '../tests/domain/dates/dev-set.ts';
import { median, report } from './lib/stats.ts';

interface Sentence {
  text: string;
  reference: string;
  target: string | null;
}

const fixture = (name: string) => readFileSync(new URL(`../tests/fixtures/${name}`, import.meta.url), 'utf8');

const rows = fixture('date-sentences.tsv')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const [text, target, reference] = line.split('\t') as [string, string, string];
    return { text, reference: reference.trim(), target: target === '(none)' ? null : target };
  });
const seen = new Set<string>();
const fixtureSentences: Sentence[] = rows.filter((r) => (seen.has(r.text) ? false : (seen.add(r.text), true)));

/** The overview's running text as sentences: line-break hyphens joined, split after . ? ! */
function overviewSentences(): Sentence[] {
  const text = fixture('stand-van-zaken-nap-2025.txt')
    .replace(/(\p{L})-\s*\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ');
  return text
    .split(/(?<=[.?!])\s+(?=[\p{Lu}\d‘«'(])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => ({ text: s, reference: '2025-04-15', target: null }));
}

type Parser = (s: Sentence) => { start: number; end: number }[];
const ours: Parser = (s) => parseDates(s.text, { reference: s.reference });
const chronoNl: Parser = (s) =>
  chrono.nl.parse(s.text, new Date(`${s.reference}T12:00:00Z`)).map((r) => ({ start: r.index, end: r.index + r.text.length }));

/** Sentences per second over `rounds` rounds of at least `minMs` each, alternating parsers. */
function throughput(sentences: Sentence[], rounds = 7, minMs = 400): { ours: number; chrono: number } {
  const rates: Record<'ours' | 'chrono', number[]> = { ours: [], chrono: [] };
  const one = (parse: Parser) => {
    let n = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < minMs) {
      for (const s of sentences) parse(s);
      n += sentences.length;
      elapsed = performance.now() - start;
    }
    return (n / elapsed) * 1000;
  };
  one(ours); // warm-up
  one(chronoNl);
  for (let r = 0; r < rounds; r++) {
    rates.ours.push(one(ours));
    rates.chrono.push(one(chronoNl));
  }
  return { ours: median(rates.ours), chrono: median(rates.chrono) };
}

function targetsFound(parse: Parser): { found: number; targets: number; falsePositives: number } {
  let found = 0;
  let targets = 0;
  let falsePositives = 0;
  for (const row of rows) {
    const spans = parse(row);
    if (row.target === null) {
      if (spans.length > 0) falsePositives += 1;
      continue;
    }
    targets += 1;
    const start = row.text.indexOf(row.target);
    const end = start + row.target.length;
    if (spans.some((s) => s.start < end && s.end > start)) found += 1;
  }
  return { found, targets, falsePositives };
}

const figures = ({ texts, withTerm, withoutTerm, primaryCorrect, falseDeadlines }: ReturnType<typeof devAccuracy>) => ({ texts, withTerm, withoutTerm, primaryCorrect, falseDeadlines });
const overview = overviewSentences();
report({
  fixtureSentences: fixtureSentences.length,
  overviewSentences: overview.length,
  fixture: throughput(fixtureSentences),
  overview: throughput(overview),
  targets: { ours: targetsFound(ours), chrono: targetsFound(chronoNl) },
  devSet: figures(devAccuracy()),
  frozenSplit: figures(devAccuracy(loadDevSet('dates-frozen-split.tsv'))),
  seenSplit: figures(devAccuracy(loadDevSet('dates-seen-split.tsv'))),
});
