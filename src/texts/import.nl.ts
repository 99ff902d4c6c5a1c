// The import in Dutch (`motie import` and the preview's upload): one sentence per problem code and
// per failure code the layouts and the plan return (src/import/layouts/import-item.ts, types.ts,
// src/import/plan/plan-import.ts), the names of the layouts, and the --kolommen answers. The codes
// (OVERVIEW_*, as `motie import --json` prints them) say what was found and where; the words are here.
import { formatDateNl } from '../domain/dates/format-date.ts';
import { STATUS_LABEL } from '../domain/status-words.ts';
import { termInSentence } from './describe-item.nl.ts';
import type { ItemDeadline, ItemKind, ItemStatus } from '../domain/items.ts';
import { ITEM_LIMITS, type CappedField } from '../domain/item-limits.ts';
import type { ColumnOverridesProblem } from '../import/layouts/read/fields.ts';
import type { LayoutId, ReadLayoutFailure, ReadLayoutFailureCode } from '../import/layouts/types.ts';
import type { FieldChange, LinkTarget } from '../import/plan/plan-import.ts';
import type { ImportProblem, ImportProblemCode } from '../import/layouts/import-item.ts';

const theKind = (kind: ItemKind) => (kind === 'motie' ? 'de motie' : 'de toezegging');
const TheKind = (kind: ItemKind) => (kind === 'motie' ? 'De motie' : 'De toezegging');

const RECORDED_AS: Record<ItemStatus, string> = {
  open: 'open',
  done: 'afgerond',
  lapsed: 'vervallen',
  deleted: 'open',
};

const CUT_FIELD: Record<Exclude<CappedField, 'submitters'>, string> = { title: 'De titel', text: 'De tekst', statusText: 'De stand van zaken' };

/** A skipped line as the sentence quotes it: at most 60 characters. */
function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A column header as a sentence quotes it: at most 40 characters. */
const quoteColumn = (column: string) => `"${column.length > 40 ? `${column.slice(0, 39)}…` : column}"`;

type Sentences = { [C in ImportProblemCode]: (problem: ImportProblem & { code: C }) => string };

/** One sentence (or two) per problem code, for the person importing (the type makes the table complete). */
export const IMPORT_PROBLEM_TEXT: Sentences = {
  OVERVIEW_ITEM_NO_RESPONSIBLE: (p) =>
    `Bij ${theKind(p.kind)} op regel ${p.line} staat geen verantwoordelijke bewindspersoon (zoals SOCW) met een stand van zaken; de kolommen lijken verschoven.`,
  OVERVIEW_ITEM_NO_TEXT: (p) => `Bij ${theKind(p.kind)} op regel ${p.line} staat geen verzoek of toezegging.`,
  OVERVIEW_ITEM_NO_STATUS: (p) => `Bij ${theKind(p.kind)} op regel ${p.itemLine} staat geen stand van zaken.`,
  OVERVIEW_ITEM_NO_SUBMITTERS: (p) => `Bij ${theKind(p.kind)} op regel ${p.line} zijn de indieners niet te lezen.`,
  OVERVIEW_ITEM_NO_KAMERSTUK: (p) =>
    `Bij ${theKind(p.kind)} op regel ${p.line} staat geen voetnoot met een Kamerstuk; ${theKind(p.kind)} wordt zonder Kamerstuknummer opgenomen.`,
  OVERVIEW_ITEM_DUPLICATE_KAMERSTUK: (p) =>
    `${TheKind(p.kind)} op regel ${p.line} heeft hetzelfde Kamerstuk (${p.kamerstuk}) als de motie op regel ${p.firstLine}; een van beide voetnoten klopt niet.`,
  OVERVIEW_LINK_TARGET_MISSING: (p) =>
    `De stand van zaken van ${theKind(p.kind)} op regel ${p.itemLine} verwijst naar een ${p.direction === 'above' ? 'bovenstaande' : 'onderstaande'} motie, maar die staat er niet.`,
  OVERVIEW_FOOTNOTE_UNREADABLE: (p) =>
    `Voetnoot ${p.footnote} noemt een Kamerstuk, maar dossier- en ondernummer zijn niet te lezen: "${p.text}".`,
  OVERVIEW_FOOTNOTE_REPAIRED: (p) => `Voetnoot ${p.footnote} noemt vergaderjaar "${p.written}"; gelezen als ${p.read}.`,
  OVERVIEW_UNKNOWN_CODE: (p) => `De code ${p.bewindspersoon} op regel ${p.line} is geen bekende bewindspersoon; controleer of die klopt.`,
  OVERVIEW_LINE_SKIPPED: (p) => `Regel ${p.line} hoort bij geen enkele motie of toezegging en is overgeslagen: "${shorten(p.text)}".`,
  OVERVIEW_ROW_UNCLEAR: (p) =>
    `Regel ${p.line} lijkt het begin van een nieuwe motie of toezegging, maar zonder kop ("Motie van het lid …") en zonder verantwoordelijke (zoals SOCW) is niet te zien waar die begint.`,
  OVERVIEW_REFERENCE_ASSUMED: (p) =>
    p.vergaderjaar !== null
      ? `Bij ${theKind(p.kind)} op regel ${p.line} staat geen eigen vergaderjaar; "${p.expression}" is gelezen vanuit vergaderjaar ${p.vergaderjaar} (het vergaderjaar van de meeste items in dit overzicht).`
      : `Bij ${theKind(p.kind)} op regel ${p.line} staat geen vergaderjaar; "${p.expression}" is gelezen vanaf de documentdatum.`,
  LAYOUT_ROW_CUT_OFF: (p) => `Het document houdt op midden in ${theKind(p.kind)} op regel ${p.line}; wat er staat is opgenomen, controleer de rest.`,
  LAYOUT_TEXT_CUT_OFF: (p) =>
    p.field === 'submitters'
      ? `Bij ${theKind(p.kind)} op regel ${p.line} staan ${p.length.toLocaleString('nl-NL')} indieners of een te lange naam; de eerste ${p.limit} namen (elk hooguit ${ITEM_LIMITS.submitterName} tekens) zijn opgenomen.`
      : `${CUT_FIELD[p.field]} van ${theKind(p.kind)} op regel ${p.line} is ${p.length.toLocaleString('nl-NL')} tekens lang; alleen de eerste ${p.limit.toLocaleString('nl-NL')} tekens zijn opgenomen.`,
  LAYOUT_TERM_UNREADABLE: (p) =>
    `De termijn "${p.term}" op regel ${p.line} is geen datum die de bot kan lezen; hij is letterlijk overgenomen, zonder uiterste datum.`,
  LAYOUT_STATUS_UNKNOWN: (p) =>
    `De status "${p.written}" op regel ${p.line} is onbekend; ${theKind(p.kind)} is opgenomen als ${RECORDED_AS[p.status]}.`,
  LAYOUT_COLUMNS_UNUSED: (p) =>
    `${p.columns.length === 1 ? 'De kolom' : 'De kolommen'} ${listNl(p.columns.map(quoteColumn))} (kopregel ${p.line}) ${p.columns.length === 1 ? 'wordt' : 'worden'} niet ingelezen. ` +
    `Hoort er een veld bij, geef dat dan op met --kolommen, bijvoorbeeld --kolommen "${p.columns[0] ?? 'Kolom'}=owner".`,
  LAYOUT_KIND_GUESSED: (p) =>
    `Bij ${p.count === 1 ? `de rij op regel ${p.line}` : `${p.count} rijen (regel ${linesNl(p.lines)})`} staat niet of het een motie of toezegging is; ` +
    `uit de tekst afgeleid: ${countNl(p.moties, 'motie', 'moties')} en ${countNl(p.toezeggingen, 'toezegging', 'toezeggingen')}. ` +
    'Controleer dat, of voeg een kolom "Soort" toe.',
  LAYOUT_MINISTRY_GUESSED: (p) =>
    `Bij ${p.count === 1 ? `de rij op regel ${p.line}` : `${p.count} rijen (regel ${linesNl(p.lines)})`} staat geen bewindspersoon of ministerie; ` +
    `toegeschreven aan ${p.ministry}, dat de titel van het document noemt. Controleer dat, of voeg een kolom "Bewindspersoon" toe.`,
};

/** "a", "a en b", "a, b en c". */
function listNl(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1] ?? ''}`;
}

/** Row numbers, at most ten, then "…". */
function linesNl(lines: readonly number[]): string {
  return lines.length > 10 ? `${lines.slice(0, 10).join(', ')}, …` : listNl(lines.map(String));
}

function countNl(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The sentence of one problem found while reading an overview. */
export function importProblemNl(problem: ImportProblem): string {
  const sentence = IMPORT_PROBLEM_TEXT[problem.code] as (p: ImportProblem) => string;
  return sentence(problem);
}

/** Each layout's Dutch name (as `motie import` reports it) and what such a document looks like. */
export const LAYOUT_TEXT: Record<LayoutId, { name: string; example: string }> = {
  'stand-van-zaken': {
    name: 'stand-van-zakenlijst',
    example: '"Motie van het lid Mutluer; verzoekt de regering …" met daaronder "SOCW  Stand van zaken …" en voetnoten met Kamerstukken',
  },
  'begroting-bijlage': {
    name: 'bijlage moties en toezeggingen (begroting of jaarverslag)',
    example: 'tabel "Omschrijving van de motie | Vindplaats | Stand van zaken" met rijen "De motie van het lid X c.s.; Verzoekt de regering …"',
  },
  'ek-register': {
    name: 'toezeggingenregister van de Eerste Kamer',
    example: '"Toezegging Evaluatie wet (36.123, B) (T03412)" met de tekst van de toezegging en een blok "Kerngegevens" (Nummer, Status, Deadline, Verantwoordelijke)',
  },
  'tk-register': {
    name: 'toezeggingenregister van de Tweede Kamer (export)',
    example: 'kolommen "Nummer | Naam | Functie | Ministerie | Status | Tekst | Aanmaakdatum | DatumNakoming" met nummers als TZ202412-116',
  },
  spreadsheet: {
    name: 'eigen overzicht in tabelvorm (Excel, CSV, Word- of PDF-tabel)',
    example: 'kolommen als "Nr. | Soort | Kamerstuk | Indiener(s) | Omschrijving | Bewindspersoon | Termijn | Status", kopregel mag lager staan',
  },
};

/** The Dutch list of layouts with an example each. */
function layoutListNl(): string {
  return Object.values(LAYOUT_TEXT).map((layout) => `  - ${layout.name}: ${layout.example}`).join('\n');
}

const COLUMNS_HINT =
  'Heeft je tabel andere kolomkoppen, geef dan aan welke kolom wat is met --kolommen, bijvoorbeeld --kolommen "Termijn=deadline,Onderwerp=title,Toelichting=statusText".';

/** The fields a table needs. */
const NEEDED_COLUMNS =
  'een kolom met de tekst van de motie of toezegging (zoals "Omschrijving", "Korte inhoud", "Verzoek" of "Tekst"), ' +
  'en liefst ook "Soort", "Kamerstuk", "Indiener(s)", "Bewindspersoon", "Termijn" en "Status"';


type FailureSentences = { [C in ReadLayoutFailureCode]: (failure: ReadLayoutFailure & { code: C }) => string };

/** One message per reason a document cannot be read at all (the type makes the table complete). */
export const READ_FAILURE_TEXT: FailureSentences = {
  OVERVIEW_EMPTY: () => 'Het bestand is leeg: er staat geen tekst in.',
  OVERVIEW_NOT_AN_OVERVIEW: () =>
    'Dit bestand lijkt geen overzicht van moties en toezeggingen: er staat geen enkele motie of toezegging in.',
  OVERVIEW_NO_ITEMS: () =>
    'In dit overzicht staat geen enkele motie of toezegging met een verantwoordelijke bewindspersoon (zoals SOCW) en een stand van zaken.',
  OVERVIEW_NO_DOCUMENT_DATE: () =>
    'Het document noemt geen datum in het verleden waaruit de documentdatum volgt; geef die op met --document-date JJJJ-MM-DD.',
  OVERVIEW_BAD_DOCUMENT_DATE: (f) => `De documentdatum "${f.documentDate}" is geen geldige datum; schrijf hem als JJJJ-MM-DD.`,
  LAYOUT_NO_ITEMS: (f) => `Dit lijkt een ${LAYOUT_TEXT[f.layout].name}, maar er staat geen enkele motie of toezegging in met een tekst.`,
  LAYOUT_UNKNOWN: () =>
    `Dit bestand lijkt geen overzicht van moties en toezeggingen in een vorm die de bot kent. Er is niets geïmporteerd.\nDe bot leest deze vormen:\n${layoutListNl()}\n${COLUMNS_HINT}`,
  LAYOUT_COLUMNS_UNMAPPED: (f) =>
    `De kolommen van deze tabel zijn niet te herkennen. Gevonden kolommen: ${f.found.map(quoteColumn).join(', ')}. ` +
    `Nodig is ${NEEDED_COLUMNS}.\n${COLUMNS_HINT}\nEr is niets geïmporteerd.`,
  LAYOUT_NO_DOCUMENT_DATE: () =>
    'Het document noemt geen datum waaruit de documentdatum volgt; geef die op met --document-date JJJJ-MM-DD.',
};

/** The message of a document that cannot be read at all. */
export function readFailureNl(failure: ReadLayoutFailure): string {
  const sentence = READ_FAILURE_TEXT[failure.code] as (f: ReadLayoutFailure) => string;
  return sentence(failure);
}

/** The fields --kolommen knows, with their Dutch names. */
const FIELD_LIST =
  'title (titel), text (tekst), kind (soort), status, statusText (stand van zaken), deadline (termijn), kamerstuk, ' +
  'submitters (indieners), responsible (bewindspersoon), ministry (ministerie), reference (referentie), date (datum), ' +
  'owner (trekker), ignore (negeer)';

type ColumnsSentences = { [C in ColumnOverridesProblem['code']]: (problem: ColumnOverridesProblem & { code: C }) => string };

/** Why --kolommen cannot be read (the type makes the table complete). */
export const COLUMNS_TEXT: ColumnsSentences = {
  COLUMNS_UNREADABLE: (p) =>
    `"${p.part}" in --kolommen is niet te lezen; schrijf kolomkop=veld, bijvoorbeeld --kolommen "Termijn=deadline,Onderwerp=title". Velden: ${FIELD_LIST}.`,
  COLUMNS_EMPTY: () => '--kolommen is leeg; schrijf kolomkop=veld, bijvoorbeeld --kolommen "Termijn=deadline,Onderwerp=title".',
};

export function columnsProblemNl(problem: ColumnOverridesProblem): string {
  const sentence = COLUMNS_TEXT[problem.code] as (p: ColumnOverridesProblem) => string;
  return sentence(problem);
}

/** The fields an import changes, as `motie import` names them. */
const FIELD_NL: Record<FieldChange['field'], string> = {
  status: 'status',
  partly: 'deels afgedaan',
  statusText: 'stand van zaken',
  deadline: 'termijn',
  recurrence: 'herhaling',
  responsible: 'verantwoordelijk',
  kamerstuk: 'Kamerstuk',
  reference: 'referentie',
  linkedTo: 'gekoppeld aan',
};

/** "eind 2024 (31 december 2024)", the words alone without a date, or "geen termijn". */
function termValue(deadline: ItemDeadline | null): string {
  if (!deadline) return 'geen termijn';
  const text = termInSentence(deadline.text);
  return deadline.deadline ? `${text} (${formatDateNl(deadline.deadline)})` : text;
}

/** "#4", or "nieuw item 3" for an item this import creates. */
function linkValue(link: LinkTarget | null): string | null {
  if (link === null) return null;
  return 'itemId' in link ? `#${link.itemId}` : `nieuw item ${link.position}`;
}

/** A change's old and new value as `motie import` shows them (null: none). */
function changeValues(change: FieldChange): [string | null, string | null] {
  switch (change.field) {
    case 'status':
      return [STATUS_LABEL[change.from], STATUS_LABEL[change.to]];
    case 'deadline':
      return [termValue(change.from), termValue(change.to)];
    case 'linkedTo':
      return [linkValue(change.from), linkValue(change.to)];
    case 'partly':
      return [change.from ? 'ja' : 'nee', change.to ? 'ja' : 'nee'];
    default:
      return [change.from, change.to];
  }
}

/** "status: open → afgerond", "termijn: geen termijn → eind 2025 (31 december 2025)", "stand van zaken bijgewerkt". */
export function fieldChangeNl(change: FieldChange): string {
  if (change.field === 'statusText') return 'stand van zaken bijgewerkt';
  const [from, to] = changeValues(change);
  return `${FIELD_NL[change.field]}: ${from ?? '—'} → ${to ?? '—'}`;
}
