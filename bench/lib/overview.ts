// A large stand-van-zaken overview for the import benchmark, made by repeating and varying the
// sample's items (src/sample/stand-van-zaken-nap-2025.txt): each motie gets its own Kamerstuk and
// footnote, codes rotate over 14 bewindspersonen, terms and subjects vary; toezeggingen (no
// Kamerstuk, matched by text on a second import) get texts that differ by more than the
// matcher's threshold.
import { readFileSync } from 'node:fs';
import { parseStandVanZaken } from '../../src/import/layouts/stand-van-zaken/parse-stand-van-zaken.ts';
import { CODES, random } from './seed.ts';

const TERMS = [
  'dit najaar', 'voor de zomer van 2026', 'in het eerste kwartaal van 2026', 'eind 2026', 'voor het kerstreces van 2025',
  'in het najaar van 2026', 'voor de begrotingsbehandeling van 2026', 'uiterlijk in juni 2026',
];
const TOPICS = [
  'straatintimidatie', 'femicide', 'online seksueel misbruik', 'sextortion', 'grooming', 'loverboyproblematiek',
  'huiselijk geweld', 'kindermishandeling', 'ongewenst gedrag in de sport', 'sociale veiligheid op scholen',
  'meldpunten', 'slachtofferhulp', 'daderaanpak', 'bewustwordingscampagnes', 'vertrouwenspersonen in de zorg',
  'de positie van melders', 'herstelbemiddeling', 'de cultuursector', 'de wetenschap', 'de topsport',
];
const PLACES = [
  'de gemeenten', 'Caribisch Nederland', 'het hoger onderwijs', 'het middelbaar beroepsonderwijs', 'de kinderopvang',
  'de jeugdzorg', 'de politie', 'de krijgsmacht', 'de rijksoverheid', 'de zorginstellingen', 'de sportbonden',
];

/** Words of at most `width` characters per line, as the PDF columns break them. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(`${line} `);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * `total` items as documents of `partSize` items (the default: one document; a smaller part size
 * spreads them over several documents, each with Kamerstukken of its own).
 */
export function generateOverviewParts(total: number, partSize = total): string[] {
  const parts: string[] = [];
  for (let from = 0; from < total; from += partSize) parts.push(generateOverview(Math.min(partSize, total - from), from));
  return parts;
}

/** One overview of `count` items; `first` is the number of items in earlier parts (keeps Kamerstukken unique). */
export function generateOverview(count: number, first = 0, seed = 7): string {
  const sample = readFileSync(new URL('../../src/sample/stand-van-zaken-nap-2025.txt', import.meta.url), 'utf8');
  const parsed = parseStandVanZaken(sample, { documentDate: '2025-04-15' });
  if (!parsed.ok) throw new Error(`the sample does not parse: ${parsed.code}`);
  const moties = parsed.items.filter((i) => i.kind === 'motie' && i.submitters.length > 0);
  const rnd = random(seed + first);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const toezeggingen = Math.round(count * 0.03);
  const out: string[] = ['Stand van zaken moties en toezeggingen', '', 'Status Verantwoordelijk Stand van zaken', '', 'Moties', ''];
  let footnote = 0;
  let page: string[] = [];
  const flush = () => {
    out.push(...page, '');
    page = [];
  };
  for (let i = 0; i < count - toezeggingen; i++) {
    const n = first + i;
    const base = moties[n % moties.length]!;
    const names = base.submitters.length > 1 ? `de leden ${base.submitters.join(' en ')}` : `het lid ${base.submitters[0] ?? ''}`;
    const request = base.text.replace(/\s*(?:en\s+)?de Kamer[^.]*informeren\.?$/i, '').replace(/\.$/, '');
    footnote += 1;
    const text = `Motie van ${names}${base.cs ? ' c.s.' : ''}; ${request}, in het bijzonder voor ${pick(TOPICS)} in ${pick(PLACES)}, en de Kamer ${pick(TERMS)} te informeren.${footnote}`;
    out.push(...wrap(text, 58), '');
    const code = CODES[n % CODES.length]!;
    const second = rnd() < 0.1 ? ` en ${String(CODES[(n + 5) % CODES.length])}` : '';
    const status = (base.statusText ?? 'De uitvoering loopt.').replace(/\s+/g, ' ').split(/(?<=\.)\s+/).slice(0, 2).join(' ');
    out.push(`${code}${second} ${status}`, '');
    page.push(`${footnote} Kamerstukken II 2022/23, ${36000 + Math.floor(n / 200)}, nr. ${(n % 200) + 1}.`);
    if (page.length === 6) flush();
  }
  flush();
  out.push(' Toezeggingen', '');
  for (let t = 0; t < toezeggingen; t++) {
    const i = Math.round(first * 0.03) + t;
    const topic = TOPICS[i % TOPICS.length]!;
    const place = PLACES[Math.floor(i / TOPICS.length) % PLACES.length]!;
    const term = TERMS[Math.floor(i / (TOPICS.length * PLACES.length)) % TERMS.length]!;
    out.push(...wrap(`De minister stuurt ${term} een brief over ${topic} bij ${place}, met de stand van de aanpak.`, 58), '');
    out.push(`${String(CODES[i % CODES.length])} De brief over ${topic} wordt voorbereid. De Kamer wordt ${term} geïnformeerd.`, '');
  }
  return `${out.join('\n')}\n`;
}
