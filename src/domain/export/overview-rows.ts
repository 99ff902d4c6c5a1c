// The next stand van zaken, as rows: the one item model every export format writes (text, Word,
// Excel, CSV), in the sample's structure: moties, then toezeggingen; per item the request (with
// the motie's header), the responsible codes, the status, the stand-van-zaken text and the
// Kamerstuk as a footnote. The column headers are the first header names the import's readers
// know for each field, so that an exported file reads back as the same items.
import { NO_TERM_WORD } from '../../import/layouts/read/vocabulary.ts';
import { PARTLY_LABEL, STATUS_LABEL } from '../status-words.ts';
import { formatKamerstukKey, type Item, type ItemStatus } from '../items.ts';
import { stripXmlForbidden } from '../strip-xml-forbidden.ts';

export interface OverviewRow {
  id: number;
  kind: Item['kind'];
  /** "Motie van het lid Mutluer; De Tweede Kamer verzoekt …" (a toezegging: its text). */
  request: string;
  title: string;
  /** "Mutluer", "Werner, Van der Laan c.s."; '' for none. */
  submitters: string;
  /** "MOCW en SOCW" as the sample writes them. */
  codes: string;
  status: ItemStatus;
  /** "open", "deels afgedaan", "afgerond", "vervallen". */
  statusLabel: string;
  /** Paragraphs separated by a blank line; '' for none. */
  statusText: string;
  /** "34843-79" or ''. */
  kamerstuk: string;
  /** "Kamerstukken II 2022/23, 34843, nr. 79." or null without a Kamerstuk. */
  footnote: string | null;
  reference: string;
  /** The item's term as written ("eind maart 2026"); "geen" when a person removed it; else ''. */
  term: string;
  /** Its date ("2026-03-31"), else ''. */
  termDate: string;
  /** Tweede Kamer moties: the cabinet's appreciation ("Ontraden"), else ''. */
  kabinetsappreciatie: string;
  /** Tweede Kamer moties: the Kamer's own termijn for the follow-up ("2025-12-01"), else ''. */
  kamerTermijn: string;
}

export interface OverviewExport {
  moties: OverviewRow[];
  toezeggingen: OverviewRow[];
}

/** The rows of an overview as they are read (an export of every item reads them a page at a time). */
export interface OverviewRows {
  moties: Iterable<OverviewRow>;
  toezeggingen: Iterable<OverviewRow>;
}


/** Column headers of the table formats, in order: the names the import maps to each field. */
export const EXPORT_COLUMNS = [
  { key: 'kind', header: 'Soort' },
  { key: 'request', header: 'Omschrijving' },
  { key: 'submitters', header: 'Indiener' },
  { key: 'kamerstuk', header: 'Kamerstuk' },
  { key: 'codes', header: 'Bewindspersoon' },
  { key: 'statusLabel', header: 'Status' },
  { key: 'statusText', header: 'Stand van zaken' },
  { key: 'term', header: 'Termijn' },
  { key: 'termDate', header: 'Deadline' },
  // Facts from the Tweede Kamer sync; the import leaves these columns alone (no header name of a field).
  { key: 'kabinetsappreciatie', header: 'Kabinetsappreciatie' },
  { key: 'kamerTermijn', header: 'Kamertermijn' },
] as const satisfies readonly { key: keyof OverviewRow; header: string }[];

/** A term on one line (a table cell, a "Termijn:" line). */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** "Motie van het lid Mutluer c.s.;" / "Motie van de leden Werner en Van der Laan;" */
function motieHeader(submitters: readonly string[], cs: boolean): string {
  if (submitters.length === 0) return 'Motie;';
  const last = submitters.at(-1) ?? '';
  const names = submitters.length === 1 ? last : `${submitters.slice(0, -1).join(', ')} en ${last}`;
  return `Motie van ${submitters.length === 1 ? 'het lid' : 'de leden'} ${names}${cs ? ' c.s.' : ''};`;
}

/** "MOCW en SOCW", "SOCW, MOCW en MJenV". */
function joinCodes(codes: readonly string[]): string {
  if (codes.length <= 1) return codes.join('');
  return `${codes.slice(0, -1).join(', ')} en ${codes.at(-1) ?? ''}`;
}

/** An Eerste Kamer toezegging (its T-number): its Kamerstuk is the Eerste Kamer's. */
const EK_REFERENCE = /^T\d{5}$/;

/**
 * "Kamerstukken II 2022/23, 34843, nr. 79." ("Kamerstukken II 34843, nr. 79." without a year); an Eerste Kamer toezegging's in that Kamer's own form:
 * "Kamerstukken I, 22112/31544, CK." (a letter, no "nr."), "Kamerstukken I, 34122." (the dossier alone).
 */
function kamerstukFootnote(item: Item, ref: NonNullable<Item['kamerstuk']>): string {
  const ek = EK_REFERENCE.test(item.reference ?? '');
  const year = ref.vergaderjaar ? ` ${ref.vergaderjaar}` : '';
  const number = ref.number === '' ? '' : ek && !/^\d+$/.test(ref.number) ? `, ${ref.number}` : `, nr. ${ref.number}`;
  // "Kamerstukken II 36410-VIII, nr. 5." without a vergaderjaar: no comma after the Kamer (the
  // footnote reader reads it so); the Eerste Kamer's own form keeps its comma.
  return `Kamerstukken ${ek ? 'I' : 'II'}${year}${ek || year ? ',' : ''} ${ref.dossier}${number}.`;
}

/**
 * The term the export writes: every term, whichever text or column or person it came from, with
 * its date, so that the reader takes it as written instead of looking for one again (against
 * another document date). A term a person removed is written as "geen", so that a re-import does
 * not find one in the texts.
 */
function exportedTerm(item: Item): { text: string; deadline: string } | null {
  const d = item.deadline;
  if (!d) return item.deadlineSetBy ? { text: NO_TERM_WORD, deadline: '' } : null;
  if (d.text.trim() === '') return null;
  return { text: d.text, deadline: d.deadline ?? '' };
}

/** Every text of a row goes through stripXmlForbidden: one such character makes a Word or Excel file unreadable. */
export function overviewRow(item: Item): OverviewRow {
  const codes = [...new Set(item.responsible.map((r) => r.code))];
  const text = stripXmlForbidden(item.text);
  const submitters = item.submitters.map(stripXmlForbidden);
  const request = item.kind === 'motie' && submitters.length > 0 ? `${motieHeader(submitters, item.cs)} ${text}` : text;
  const term = exportedTerm(item);
  return {
    id: item.id,
    kind: item.kind,
    request,
    title: stripXmlForbidden(item.title),
    submitters: submitters.length > 0 ? `${submitters.join(', ')}${item.cs ? ' c.s.' : ''}` : '',
    codes: joinCodes(codes),
    status: item.status,
    statusLabel: item.status === 'open' && item.partly ? PARTLY_LABEL : STATUS_LABEL[item.status],
    statusText: stripXmlForbidden(item.statusText ?? ''),
    kamerstuk: item.kamerstuk ? formatKamerstukKey(item.kamerstuk) : '',
    footnote: item.kamerstuk ? kamerstukFootnote(item, item.kamerstuk) : null,
    reference: stripXmlForbidden(item.reference ?? ''),
    term: oneLine(stripXmlForbidden(term?.text ?? '')),
    termDate: term?.deadline ?? '',
    kabinetsappreciatie: oneLine(stripXmlForbidden(item.kabinetsappreciatie ?? '')),
    kamerTermijn: item.kamerTermijn ?? '',
  };
}

/**
 * Items in the order of the overview they came from (document, then position; items added by
 * hand after them by number), moties first. Order matters: "bovenstaande motie" in a status
 * text points at the row above.
 */
export function buildOverviewRows(items: readonly Item[]): OverviewExport {
  const sorted = [...items].sort(overviewOrder);
  return {
    moties: sorted.filter((i) => i.kind === 'motie').map(overviewRow),
    toezeggingen: sorted.filter((i) => i.kind === 'toezegging').map(overviewRow),
  };
}

/** buildOverviewRows' order within moties and within toezeggingen (ids are unique: a total order). */
export function overviewOrder(a: Pick<Item, 'id' | 'sourceDocument' | 'sourcePosition'>, b: Pick<Item, 'id' | 'sourceDocument' | 'sourcePosition'>): number {
  return (
    (a.sourcePosition === null ? 1 : 0) - (b.sourcePosition === null ? 1 : 0) ||
    (a.sourceDocument ?? '').localeCompare(b.sourceDocument ?? '') ||
    (a.sourcePosition ?? 0) - (b.sourcePosition ?? 0) ||
    a.id - b.id
  );
}
