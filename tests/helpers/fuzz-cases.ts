// Generated hostile inputs for the fuzz run of issue 22 (bench/fuzz-inputs.ts runs 1,000+ of them;
// tests/reliability/fuzz-inputs.test.ts a deterministic slice): Office, PDF, CSV and JSON files for
// `motie import`, and SyncFeed pages for `motie sync tk`. A seeded generator, so a run can be repeated.
import { docxParagraph, makeManyPiecesPdf, makeRawDocx, makeRawXlsx, makeWideJson, xlsxRow } from './hostile-files.ts';

/** mulberry32: a small seeded generator. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FileCase {
  kind: 'xlsx' | 'docx' | 'pdf' | 'csv' | 'json';
  name: string;
  extension: string;
  bytes: () => Uint8Array;
}

const HOSTILE_TEXT = ['=HYPERLINK("x")', '\u0000\u0001\uFFFF', '&lol9;', '<!channel>', '"""', 'TZ202503-101', 'voor de zomer van 2025', '\uD800', 'é'.repeat(50), '1; DROP TABLE items'];

/** `scale` < 1 keeps the big cases smaller (the test slice); 1 is the full size. */
export function fileCases(count: number, seed: number, scale = 1): FileCase[] {
  const r = random(seed);
  const int = (min: number, max: number) => Math.floor(min + r() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;
  const big = (n: number) => Math.max(1, Math.floor(n * scale));
  const text = () => Array.from({ length: int(1, 6) }, () => pick(HOSTILE_TEXT)).join(' ');
  const cases: FileCase[] = [];
  for (let i = 0; i < count; i += 1) {
    const variant = int(0, 19);
    const id = `${i}-${variant}`;
    switch (variant) {
      case 0: {
        const row = pick([1_048_576, 200_000, 100_001, 99_999]);
        cases.push({ kind: 'xlsx', name: `xlsx formatted empty row ${row}`, extension: '.xlsx', bytes: () => makeRawXlsx(xlsxRow(1, { A: 'Soort', B: 'Omschrijving' }) + xlsxRow(2, { A: 'Toezegging', B: text() }) + `<row r="${row}" ht="30" customHeight="1"/>`) });
        break;
      }
      case 1: {
        const row = pick([1_048_576, 100_001, 5000]);
        cases.push({ kind: 'xlsx', name: `xlsx cells at A${row} and XFD1`, extension: '.xlsx', bytes: () => makeRawXlsx(`<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="XFD1" t="inlineStr"><is><t>b</t></is></c></row>` + xlsxRow(row, { A: text() })) });
        break;
      }
      case 2: {
        const mb = pick([1, 33, big(200)]);
        cases.push({ kind: 'xlsx', name: `xlsx shared string of ${mb} MB`, extension: '.xlsx', bytes: () => makeRawXlsx('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', [Buffer.alloc(mb * 1024 * 1024, 0x61)]) });
        break;
      }
      case 3: {
        const rows = pick([big(1_000_000), big(400_000), 20_000, 1000]);
        cases.push({
          kind: 'xlsx',
          name: `xlsx of ${rows} rows`,
          extension: '.xlsx',
          bytes: () => makeRawXlsx(Buffer.from(Array.from({ length: rows }, (_, k) => `<row r="${k + 1}"><c r="A${k + 1}"><v>${k}</v></c></row>`).join(''))),
        });
        break;
      }
      case 4:
        cases.push({ kind: 'xlsx', name: 'xlsx with broken sheet XML', extension: '.xlsx', bytes: () => makeRawXlsx(`<row r="1"><c r="A1" t="inlineStr"><is><t>${text()}</t>`) });
        break;
      case 5: {
        const paragraphs = pick([big(262_144), 100_001, 5000, 10]);
        cases.push({ kind: 'docx', name: `docx of ${paragraphs} paragraphs`, extension: '.docx', bytes: () => makeRawDocx(Buffer.from(docxParagraph(`Motie van het lid X over ${text()}.`).repeat(paragraphs))) });
        break;
      }
      case 6: {
        const mb = pick([1, 10, big(31)]);
        cases.push({ kind: 'docx', name: `docx with one paragraph of ${mb} MB`, extension: '.docx', bytes: () => makeRawDocx(docxParagraph('toezegging '.repeat(Math.floor((mb * 1024 * 1024) / 11)))) });
        break;
      }
      case 7:
        cases.push({ kind: 'docx', name: 'docx with broken XML', extension: '.docx', bytes: () => makeRawDocx(`<w:p><w:r><w:t>${text()}`) });
        break;
      case 8: {
        const pieces = pick([big(3_000_000), big(200_000), 30_000, 500]);
        cases.push({ kind: 'pdf', name: `pdf of ${pieces} text pieces on one page`, extension: '.pdf', bytes: () => makeManyPiecesPdf(pieces) });
        break;
      }
      case 9:
        cases.push({
          kind: 'pdf',
          name: 'pdf cut off or damaged',
          extension: '.pdf',
          bytes: () => {
            const whole = makeManyPiecesPdf(200);
            const cut = whole.subarray(0, int(10, whole.length - 1));
            const damaged = new Uint8Array(cut);
            for (let k = 0; k < 20; k += 1) damaged[int(9, damaged.length - 1)] = int(0, 255);
            return damaged;
          },
        });
        break;
      case 10: {
        const mb = pick([1, 12, big(24)]);
        cases.push({ kind: 'csv', name: `csv with one cell of ${mb} MB`, extension: '.csv', bytes: () => Buffer.from(`Soort;Omschrijving;Termijn\nToezegging;${'x'.repeat(mb * 1024 * 1024)};voor de zomer\n`) });
        break;
      }
      case 11:
        cases.push({ kind: 'csv', name: 'csv with an unterminated quote', extension: '.csv', bytes: () => Buffer.from(`Soort;Omschrijving\nToezegging;"${text()}\nMotie;x\n`) });
        break;
      case 12: {
        const columns = pick([5000, 300, 20]);
        cases.push({ kind: 'csv', name: `csv of ${columns} columns`, extension: '.csv', bytes: () => Buffer.from(`${Array.from({ length: columns }, (_, k) => `k${k}`).join(';')}\n${Array.from({ length: columns }, () => text()).join(';')}\n`) });
        break;
      }
      case 13: {
        const rows = pick([big(200_000), 10_000, 10]);
        cases.push({ kind: 'csv', name: `csv of ${rows} rows of hostile text`, extension: '.csv', bytes: () => Buffer.from(`Soort;Omschrijving;Termijn\n${Array.from({ length: rows }, () => `Toezegging;${text().replaceAll(';', ',').replaceAll('\n', ' ')};${pick(['voor de zomer', '1 januari 2026', 'eind 2025', ''])}`).join('\n')}\n`) });
        break;
      }
      case 14: {
        const records = pick([big(50_000), 1000, 201]);
        cases.push({ kind: 'json', name: `json of ${records} records each with its own key`, extension: '.json', bytes: () => Buffer.from(makeWideJson(records)) });
        break;
      }
      case 15: {
        const depth = pick([100_000, 10_000, 100]);
        cases.push({ kind: 'json', name: `json nested ${depth} deep`, extension: '.json', bytes: () => Buffer.from(`${'['.repeat(depth)}${']'.repeat(depth)}`) });
        break;
      }
      case 16:
        cases.push({ kind: 'json', name: 'json records with hostile values', extension: '.json', bytes: () => Buffer.from(JSON.stringify({ value: Array.from({ length: int(1, 50) }, () => ({ Nummer: text(), Tekst: text(), Status: pick(['Openstaand', 'Afgedaan', text()]), __proto__: { x: 1 } })) })) });
        break;
      case 17:
        cases.push({ kind: 'json', name: 'json cut off', extension: '.json', bytes: () => Buffer.from(`{"value":[{"Nummer":"TZ1","Tekst":"${text()}`) });
        break;
      case 18:
        cases.push({ kind: 'csv', name: 'random bytes', extension: pick(['.csv', '.xlsx', '.docx', '.pdf', '.json', '.txt']), bytes: () => Uint8Array.from({ length: int(1, 5000) }, () => int(0, 255)) });
        break;
      default:
        cases.push({ kind: 'xlsx', name: `zip with garbage after a valid header (${id})`, extension: '.xlsx', bytes: () => { const ok = makeRawXlsx(xlsxRow(1, { A: 'a' })); const b = new Uint8Array(ok); for (let k = 0; k < 30; k += 1) b[int(30, b.length - 30)] = int(0, 255); return b; } });
    }
  }
  return cases;
}

export interface FeedCase {
  name: string;
  /** The page served at the start of the Toezegging feed ("BASE" becomes the feed's base URL). */
  page: string;
}

const feed = (body: string, links = '') => `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Toezegging</title>${links}${body}</feed>`;
const entry = (id: string, content: string, next = 'BASE/Feed?skiptoken=1&amp;category=Toezegging') =>
  `<entry><title>${id}</title><id>x/${id}</id><updated>2025-05-01T10:00:00Z</updated><category term="toezegging"/><link rel="next" href="${next}"/><content type="application/xml">${content}</content></entry>`;
const toezegging = (inner: string) => `<toezegging xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="3f1c2a10-0000-4000-8000-000000000001" verwijderd="false" bijgewerkt="2025-05-01T12:00:00">${inner}</toezegging>`;

export function feedCases(count: number, seed: number, scale = 1): FeedCase[] {
  const r = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;
  const cases: FeedCase[] = [];
  for (let i = 0; i < count; i += 1) {
    const variant = Math.floor(r() * 8);
    switch (variant) {
      case 0:
        cases.push({ name: 'entity expansion (billion laughs)', page: `<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol9 "&lol2;&lol2;&lol2;">]>${feed(entry('3f1c2a10-0000-4000-8000-000000000001', toezegging('<nummer>TZ202503-101</nummer><tekst>&lol9;</tekst><functie>minister van Onderwijs, Cultuur en Wetenschap</functie>')))}` });
        break;
      case 1: {
        const mb = pick([1, Math.max(1, Math.floor(8 * scale))]);
        cases.push({ name: `one record with a ${mb} MB text`, page: feed(entry('3f1c2a10-0000-4000-8000-000000000002', toezegging(`<nummer>TZ202503-102</nummer><functie>minister van Onderwijs, Cultuur en Wetenschap</functie><status>Openstaand</status><tekst>${'voor de zomer van 2025 '.repeat(Math.floor((mb * 1024 * 1024) / 23))}</tekst>`))) });
        break;
      }
      case 2:
        cases.push({ name: 'next link to another host', page: feed(entry('3f1c2a10-0000-4000-8000-000000000003', toezegging('<nummer>TZ1</nummer>'), 'http://elders.invalid/Feed?skiptoken=9')) });
        break;
      case 3:
        cases.push({ name: 'truncated XML', page: feed(entry('3f1c2a10-0000-4000-8000-000000000004', toezegging('<nummer>TZ1</nummer>'))).slice(0, 150 + Math.floor(r() * 200)) });
        break;
      case 4:
        cases.push({ name: 'no feed element', page: '<?xml version="1.0"?><html><body>Service Unavailable</body></html>' });
        break;
      case 5: {
        const entries = pick([5000, Math.max(10, Math.floor(20_000 * scale))]);
        cases.push({ name: `${entries} empty entries`, page: feed(Array.from({ length: entries }, (_, k) => entry(`e${k}`, '')).join(''), '<link rel="next" href="BASE/Feed?skiptoken=1&amp;category=Toezegging"/>') });
        break;
      }
      case 6:
        cases.push({ name: 'deep nesting', page: feed(entry('3f1c2a10-0000-4000-8000-000000000005', toezegging(`${'<x>'.repeat(5000)}${'</x>'.repeat(5000)}`))) });
        break;
      default:
        cases.push({ name: 'two entries with one nummer', page: feed(`${entry('3f1c2a10-0000-4000-8000-000000000006', toezegging('<nummer>TZ202503-106</nummer><functie>minister van Onderwijs, Cultuur en Wetenschap</functie><tekst>A</tekst>'))}${entry('3f1c2a10-0000-4000-8000-000000000007', toezegging('<nummer>TZ202503-106</nummer><functie>minister van Onderwijs, Cultuur en Wetenschap</functie><tekst>B</tekst>'))}`) });
    }
  }
  return cases;
}
