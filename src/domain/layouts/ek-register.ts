// Eerste Kamer toezeggingenregister pages and rappel lists: per toezegging a heading
// "Toezegging <titel> (<dossier>, <letter>) (T01234)" (or a line starting with its number), the
// promise as prose, then a "Kerngegevens" block of label–value lines (Nummer, Status, Datum
// toezegging, Deadline, Verantwoordelijke(n), Commissie, Kamerstukken …), then quoted passages.
import type { ParagraphBlock } from './document.ts';
import type { LayoutRow } from './rows-to-items.ts';

const HEADING = /^toezegging\s+(.+?)\s*(?:\(([^()]*\d[^()]*)\)\s*)?\((T\d{5})\)\s*$/i;
const NUMBER_LINE = /^(T\d{5})\b\s*[-–:.)]?\s*(.*)$/;
const KERNGEGEVENS = /^kerngegevens\b/i;

type EkField = 'number' | 'status' | 'date' | 'term' | 'responsible' | 'committee' | 'kamerstuk' | 'ministry' | 'ignore';

const LABELS: readonly { pattern: RegExp; field: EkField }[] = [
  { pattern: /^nummer/i, field: 'number' },
  { pattern: /^status/i, field: 'status' },
  { pattern: /^datum(?:\s+toezegging)?|^toegezegd\s+op/i, field: 'date' },
  { pattern: /^(?:deadline|termijn|uiterste\s+datum)/i, field: 'term' },
  { pattern: /^(?:verantwoordelijke?n?|bewindspersonen?|bewindspersoon)(?:\s*\(.*?\))?/i, field: 'responsible' },
  { pattern: /^ministeries?|^departement/i, field: 'ministry' },
  { pattern: /^commissies?(?:\s*\(.*?\))?/i, field: 'committee' },
  { pattern: /^kamerstukk?(?:en)?|^dossiers?/i, field: 'kamerstuk' },
  { pattern: /^(?:soort|type|categorie|toegezegd\s+aan|fractie|activiteit|vergadering|onderwerp|herkomst|bron)/i, field: 'ignore' },
];

function labelOf(line: string): { field: EkField; value: string } | null {
  for (const { pattern, field } of LABELS) {
    const match = pattern.exec(line);
    if (!match) continue;
    const rest = line.slice(match[0].length);
    // "Status: voldaan", "Status voldaan", or the label alone (its value on the next line).
    if (rest === '' || /^\s*[:\t]/.test(rest) || (/^\s{1,}\S/.test(rest) && field !== 'ignore' && rest.trim().length <= 120)) {
      return { field, value: rest.replace(/^\s*[:\t]?\s*/, '').trim() };
    }
  }
  return null;
}

function startOf(line: string): { title: string; dossier: string | null; number: string } | null {
  const heading = HEADING.exec(line);
  if (heading) return { title: (heading[1] ?? '').trim(), dossier: heading[2]?.trim() ?? null, number: heading[3] ?? '' };
  const numbered = NUMBER_LINE.exec(line);
  if (numbered?.[1] && numbered[2] && numbered[2].length >= 3) return { title: numbered[2].trim(), dossier: null, number: numbered[1] };
  return null;
}

/** True when the text looks like register pages: a Kerngegevens block or several T-numbered toezeggingen. */
export function looksLikeEkRegister(lines: readonly ParagraphBlock[]): boolean {
  const headings = lines.filter((line) => HEADING.test(line.text)).length;
  const kerngegevens = lines.filter((line) => KERNGEGEVENS.test(line.text)).length;
  const numbered = lines.filter((line) => NUMBER_LINE.test(line.text)).length;
  return headings > 0 || (kerngegevens > 0 && lines.some((line) => /\bT\d{5}\b/.test(line.text))) || numbered >= 2;
}

export function readEkRegister(lines: readonly ParagraphBlock[]): LayoutRow[] {
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
    let pending: EkField | null = null;
    let afterBlock = false;
    for (let line = lines[index]; line && !startOf(line.text); line = lines[index]) {
      const text = line.text;
      index += 1;
      if (KERNGEGEVENS.test(text)) {
        inBlock = true;
        continue;
      }
      const label = labelOf(text);
      if (label && (inBlock || !afterBlock)) {
        if (label.value === '') pending = label.field;
        else if (!fields.has(label.field)) fields.set(label.field, label.value);
        if (label.field !== 'ignore') inBlock = true;
        continue;
      }
      if (pending) {
        if (!fields.has(pending)) fields.set(pending, text);
        pending = null;
        continue;
      }
      if (inBlock) {
        afterBlock = true; // the quoted passages after the block are not the promise
        inBlock = false;
        continue;
      }
      if (!afterBlock) prose.push(text);
    }
    const number = /T\d{5}/.exec(fields.get('number') ?? '')?.[0] ?? start.number;
    const kamerstukField = fields.get('kamerstuk');
    rows.push({
      line: first.line,
      // The Eerste Kamer dossier ("22.112 / 31.544, CK") is no Tweede Kamer Kamerstuk: it stays in the title.
      title: start.dossier ? `${start.title} (${start.dossier})` : start.title,
      text: prose.length > 0 ? prose.join(' ') : start.title,
      kindDefault: 'toezegging',
      reference: number,
      kamerstuk: kamerstukField !== undefined && /\bnr\.?\s*\d/i.test(kamerstukField) ? kamerstukField : null,
      status: fields.get('status') ?? null,
      date: fields.get('date') ?? null,
      term: fields.get('term') ?? null,
      responsible: fields.get('responsible') ?? null,
      ministry: fields.get('ministry') ?? null,
    });
  }
  return rows;
}
