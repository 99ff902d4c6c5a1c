// Date parsing: sentences per second of parseDates against chrono-node's Dutch parser on the same
// input (the 70 sentences of tests/fixtures/date-sentences.tsv, and every sentence of the sample
// overview), and how many of the fixture's target expressions each one finds: a found span that
// contains or overlaps the target counts. Rounds alternate between the two parsers; medians.
// Throughput is measured on parseDates as it ships: esbuild-compiled plain JavaScript, like dist/
// (chrono-node is measured as published). Under tsx every function also gets a keepNames __name()
// wrapper, closures made per call included, which production code does not carry.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import { build } from 'esbuild';
import type { parseDates as ParseDates } from '../src/domain/dates/parse-dates.ts';
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
/** parseDates compiled the way the build ships it (a bundle without keepNames). */
async function shippedParseDates(): Promise<typeof ParseDates> {
  const dir = mkdtempSync(join(tmpdir(), 'dates-bench-'));
  const outfile = join(dir, 'parse-dates.mjs');
  try {
    await build({ entryPoints: [new URL('../src/domain/dates/parse-dates.ts', import.meta.url).pathname], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
    const mod = (await import(pathToFileURL(outfile).href)) as { parseDates: typeof ParseDates };
    return mod.parseDates;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const parseDates = await shippedParseDates();
const ours: Parser = (s) => parseDates(s.text, { reference: s.reference });
const chronoNl: Parser = (s) =>
  chrono.nl.parse(s.text, new Date(`${s.reference}T12:00:00Z`)).map((r) => ({ start: r.index, end: r.index + r.text.length }));

/** Sentences per CPU second over `rounds` rounds of at least `minMs` CPU time each, alternating parsers. */
function throughput(sentences: Sentence[], rounds = 7, minMs = 400): { ours: number; chrono: number } {
  const rates: Record<'ours' | 'chrono', number[]> = { ours: [], chrono: [] };
  // CPU time of this process, not wall time: on a shared, loaded machine wall time mostly measures
  // how long the process waited for a core. Both parsers run single-threaded in this process.
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const one = (parse: Parser) => {
    let n = 0;
    const start = cpuMs();
    let elapsed = 0;
    while (elapsed < minMs) {
      for (const s of sentences) parse(s);
      n += sentences.length;
      elapsed = cpuMs() - start;
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
