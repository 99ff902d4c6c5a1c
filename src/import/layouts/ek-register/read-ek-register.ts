// Eerste Kamer toezeggingenregister pages and rappel lists: per toezegging a heading
// "Toezegging <titel> (<dossier>, <letter>) (T01234)" (or a line starting with its number), the
// promise as prose, then a "Kerngegevens" block of label–value lines (Nummer, Status, Datum
// toezegging, Deadline, Verantwoordelijke(n), Commissie, Kamerstukken …), then quoted passages.
// A copy in Markdown has the heading as "# Toezegging …" and the block as a two-column pipe table
// ("Nummer | T01970 |", "---|---|"). The dossier in the heading is the item's Kamerstuk in the
// project's form ("(34.122)" → 34122, "(22.112 / 31.544, CK)" → 22112/31544, nr. CK).
import type { KamerstukRef } from '../../../domain/items.ts';
import type { ParagraphBlock } from '../source-document.ts';
import type { LayoutRow } from '../read/rows-to-items.ts';

const HEADING = /^toezegging\s+(.+?)\s*(?:\(([^()]*\d[^()]*)\)\s*)?\((T\d{5})\)\s*$/i;
const NUMBER_LINE = /^(T\d{5})\b\s*[-–:.)]?\s*(.*)$/;
const KERNGEGEVENS = /^kerngegevens\b/i;
/** Where the Kerngegevens end on the register's page: the passages and the page's other parts. */
const AFTER_BLOCK = /^(?:uit\s+de\s+stukken|brondocumenten|historie|zie\s+voor\s+meer\s+informatie)\b/i;
/** A Markdown table's separator row: "---|---|", "| :--- | --- |". */
const SEPARATOR_ROW = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;

type EkField = 'number' | 'status' | 'date' | 'term' | 'responsible' | 'committee' | 'kamerstuk' | 'ministry' | 'ignore';

const LABELS: readonly { pattern: RegExp; field: EkField }[] = [
  { pattern: /^voormalige\s+verantwoordelijke?n?(?:\s*\(.*?\))?/i, field: 'ignore' },
  { pattern: /^huidige\s+verantwoordelijke?n?(?:\s*\(.*?\))?/i, field: 'responsible' },
  { pattern: /^nummer/i, field: 'number' },
  { pattern: /^status/i, field: 'status' },
  { pattern: /^datum(?:\s+toezegging)?|^toegezegd\s+op/i, field: 'date' },
  { pattern: /^(?:deadline|termijn|uiterste\s+datum)/i, field: 'term' },
  { pattern: /^(?:verantwoordelijke?n?|bewindspersonen?|bewindspersoon)(?:\s*\(.*?\))?/i, field: 'responsible' },
  { pattern: /^ministeries?|^departement/i, field: 'ministry' },
  { pattern: /^commissies?(?:\s*\(.*?\))?/i, field: 'committee' },
  { pattern: /^kamerstukk?(?:en)?|^dossiers?/i, field: 'kamerstuk' },
  { pattern: /^(?:soort|type|categorie|toegezegd\s+aan|fractie|activiteit|vergadering|onderwerp|herkomst|bron|kamerleden|kamerlid)/i, field: 'ignore' },
];

function labelOf(line: string, inBlock = false): { field: EkField; value: string } | null {
  for (const { pattern, field } of LABELS) {
    const match = pattern.exec(line);
    if (!match) continue;
    const rest = line.slice(match[0].length);
    // "Status: voldaan", "Status voldaan", or the label alone (its value on the next line). A
    // label of a field the reader skips ("Soort activiteit Plenaire vergadering") only in the block.
    if (rest === '' || /^\s*[:\t]/.test(rest) || (/^\s{1,}\S/.test(rest) && (field !== 'ignore' || inBlock) && rest.trim().length <= 120)) {
      return { field, value: rest.replace(/^\s*[:\t]?\s*/, '').trim() };
    }
  }
  return null;
}

/**
 * A line as the reader compares it: a Markdown heading's "#" and bold marks gone, a pipe-table
 * row as "label<TAB>value" (null for a separator row, which is dropped).
 */
function plainLine(line: ParagraphBlock): (ParagraphBlock & { cells: boolean }) | null {
  const plain = plainText(line.text);
  return plain === null ? null : { ...line, text: plain.text, cells: plain.cells };
}

/** plainLine's text (no block built: looksLikeEkRegister reads every line of every text import). */
function plainText(line: string): { text: string; cells: boolean } | null {
  // (Each replacement only where it can apply: this runs on every line of every text import.)
  let text = line.startsWith('#') ? line.replace(/^#{1,6}\s+/, '') : line;
  if (text.includes('**') || text.includes('__')) text = text.replace(/\*\*|__/g, '');
  text = text.trim();
  // A separator row has "---", a row of cells a "|": most lines have neither.
  if (text.includes('---') && SEPARATOR_ROW.test(text)) return null;
  const cells = text.includes('|') && (/^\|?[^|]+\|[^|]*\|?$/.test(text) || /^\|.*\|$/.test(text));
  if (cells) {
    text = text
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((cell) => cell.trim())
      .filter((cell, index) => cell !== '' || index === 0)
      .join('\t');
  }
  return { text, cells };
}

/**
 * An Eerste Kamer dossier in the project's form: "34.122" → 34122; "22.112 / 31.544, CK" →
 * 22112/31544, nr. CK; "36.200 VII, A" → 36200-VII, nr. A. Null when it is no dossier.
 */
export function parseEkDossier(text: string | null | undefined): KamerstukRef | null {
  if (!text) return null;
  const match = /^\s*(.+?)(?:\s*,\s*(?:nr\.?\s*)?([A-Z]{1,3}|\d{1,4}))?\s*$/.exec(text);
  if (!match?.[1]) return null;
  const dossiers: string[] = [];
  for (const part of match[1].split(/\s*\/\s*/)) {
    const dossier = /^(\d{2})[.\s]?(\d{3})(?:[\s-]*([IVXL]{1,6}|[A-Z]))?$/.exec(part.trim());
    if (!dossier) return null;
    dossiers.push(`${dossier[1] ?? ''}${dossier[2] ?? ''}${dossier[3] ? `-${dossier[3]}` : ''}`);
  }
  const number = match[2] ?? '';
  return { dossier: dossiers.join('/'), number: /^\d+$/.test(number) ? String(Number(number)) : number, vergaderjaar: null };
}

/** The dossiers a Kamerstukken field names in brackets ("Herstructurering van de Raad van State (30.585)"). */
function dossierOfField(text: string | undefined): KamerstukRef | null {
  if (!text) return null;
  const found = [...text.matchAll(/\((\d{2}\.\d{3}(?:[\s-]*(?:[IVXL]{1,6}|[A-Z]))?)\)/g)].map((m) => m[1] ?? '');
  return found.length > 0 ? parseEkDossier(found.join(' / ')) : null;
}

function startOf(line: string): { title: string; dossier: string | null; number: string } | null {
  const heading = HEADING.exec(line);
  if (heading) return { title: (heading[1] ?? '').trim(), dossier: heading[2]?.trim() ?? null, number: heading[3] ?? '' };
  const numbered = NUMBER_LINE.exec(line);
  if (numbered?.[1] && numbered[2] && numbered[2].length >= 3) return { title: numbered[2].trim(), dossier: null, number: numbered[1] };
  return null;
}

/** True when the text looks like register pages: a Kerngegevens block or several T-numbered toezeggingen. */
/**
 * False when no line of `text` can make looksLikeEkRegister true (exact, so the lines of a text
 * that is no register need not be built and read: a 10,000-item overview's took 70 ms). Each of
 * its ways to say yes needs a T-number (HEADING's "(T12345)", case-blind; NUMBER_LINE's; the
 * Kerngegevens' /\bT\d{5}\b/) in a line as plainText gives it, and plainText only drops "#",
 * "**", "__", white space and pipes: between the T and its digits the text can only have "*" and "_".
 */
export function mayBeEkRegister(text: string): boolean {
  return /[Tt][*_]*\d[*_]*\d[*_]*\d[*_]*\d[*_]*\d/.test(text);
}

export function looksLikeEkRegister(raw: readonly ParagraphBlock[]): boolean {
  // One pass that stops at the first sure sign: a heading, or a second numbered toezegging.
  let kerngegevens = false;
  let tNumber = false;
  let numbered = 0;
  for (const block of raw) {
    const line = plainText(block.text);
    if (line === null) continue;
    if (HEADING.test(line.text)) return true;
    if (startOf(line.text) !== null && ++numbered >= 2) return true;
    kerngegevens ||= KERNGEGEVENS.test(line.text);
    tNumber ||= /\bT\d{5}\b/.test(line.text);
  }
  return kerngegevens && tNumber;
}

export function readEkRegister(raw: readonly ParagraphBlock[]): LayoutRow[] {
  const lines = raw.map(plainLine).filter((line) => line !== null);
  const rows: LayoutRow[] = [];
  let index = 0;
  for (let first = lines[index]; first; first = lines[index]) {
    const start = startOf(first.text);
    if (!start) {
      index += 1;
      continue;
    }
    index += 1;
    const prose: string[] = [];
    const fields = new Map<EkField, string>();
    let inBlock = false;
    /** The block is a pipe table: its first line without cells ends it. */
    let cellBlock = false;
    let pending: EkField | null = null;
    /** The field the last label line set: a line of the block without a label continues it. */
    let last: EkField | null = null;
    let afterBlock = false;
    for (let line = lines[index]; line && !startOf(line.text); line = lines[index]) {
      const text = line.text;
      index += 1;
      if (KERNGEGEVENS.test(text)) {
        inBlock = true;
        continue;
      }
      if (AFTER_BLOCK.test(text) || (inBlock && (/^["“'‘]/.test(text) || text.endsWith(':') || (cellBlock && !line.cells)))) {
        afterBlock = true; // the quoted passages after the block are not the promise
        inBlock = false;
        pending = null;
        continue;
      }
      const label = labelOf(text, inBlock);
      if (label && (inBlock || !afterBlock)) {
        if (label.value === '') pending = label.field;
        else if (!fields.has(label.field)) fields.set(label.field, label.value);
        last = label.field;
        if (label.field !== 'ignore') {
          inBlock = true;
          cellBlock = cellBlock || line.cells;
        }
        continue;
      }
      if (pending) {
        if (!fields.has(pending)) fields.set(pending, text);
        last = pending;
        pending = null;
        continue;
      }
      if (inBlock) {
        // "Onderwerpen discriminatie" / "gelijke behandeling": a value over several lines.
        if (last && last !== 'ignore' && fields.has(last)) fields.set(last, `${fields.get(last) ?? ''}\n${text}`);
        continue;
      }
      if (!afterBlock) prose.push(text);
    }
    const number = /T\d{5}/.exec(fields.get('number') ?? '')?.[0] ?? start.number;
    const kamerstukField = fields.get('kamerstuk');
    // The Eerste Kamer dossier of the heading is the item's Kamerstuk; else the dossiers the
    // Kamerstukken field names, else a Kamerstuk it cites ("Kamerstukken I 2022/23, 36100 VII, nr. CK").
    const dossier = parseEkDossier(start.dossier) ?? dossierOfField(kamerstukField);
    rows.push({
      line: first.line,
      title: dossier || !start.dossier ? start.title : `${start.title} (${start.dossier})`,
      text: prose.length > 0 ? prose.join(' ') : start.title,
      kindDefault: 'toezegging',
      reference: number,
      kamerstuk: dossier ? null : kamerstukField !== undefined && /\bnr\.?\s*\d/i.test(kamerstukField) ? kamerstukField : null,
      kamerstukRef: dossier,
      status: fields.get('status') ?? null,
      // "deels voldaan" has no column of its own: the status text keeps the word, as an overview's does.
      statusText: /^\s*(?:deels|gedeeltelijk)\s+voldaan\b/i.test(fields.get('status') ?? '') ? (fields.get('status') ?? null) : null,
      date: fields.get('date') ?? null,
      term: fields.get('term') ?? null,
      responsible: fields.get('responsible') ?? null,
      ministry: fields.get('ministry') ?? null,
    });
  }
  return rows;
}
