// The fields of an item as a table holds them, and the column headers that mean each field.
// HEADER_SYNONYMS is the one table of header names: the spreadsheet, register and appendix
// readers use it, and so does the export (`motie overzicht`) so that its files read back as they
// were written. Headers are compared after normaliseHeader (lower case, no accents, no
// punctuation, "(s)" dropped).

export type ItemField =
  | 'number'
  | 'reference'
  | 'kind'
  | 'title'
  | 'text'
  | 'submitters'
  | 'kamerstuk'
  | 'responsible'
  | 'ministry'
  | 'term'
  /** A second term column holding the date (an export writes "Termijn" and "Deadline"). */
  | 'termDate'
  | 'status'
  | 'statusText'
  | 'date'
  | 'owner'
  | 'ignore';

/** Field → header names (normalised). The first name of each field is the one the export writes. */
export const HEADER_SYNONYMS: Readonly<Record<Exclude<ItemField, 'ignore' | 'termDate'>, readonly string[]>> = {
  number: ['nr', 'nummer', 'volgnummer', 'no', 'registratienummer'],
  reference: ['referentie', 'kenmerk', 'registernummer', 'toezeggingnummer', 'toezeggingsnummer', 'tz nummer', 'ek nummer'],
  kind: ['soort', 'type', 'categorie', 'motie of toezegging', 'motie toezegging', 'soort item'],
  title: ['titel', 'onderwerp', 'korte titel', 'naam item'],
  text: [
    'omschrijving', 'omschrijving van de motie', 'omschrijving van de toezegging', 'omschrijving motie',
    'omschrijving toezegging', 'korte inhoud', 'inhoud', 'verzoek', 'dictum', 'tekst', 'toezegging', 'motie',
    'beschrijving', 'motie toezegging tekst', 'tekst toezegging', 'tekst motie', 'toezegging motie',
  ],
  submitters: ['indiener', 'indieners', 'ingediend door', 'kamerlid', 'kamerleden', 'eerste indiener'],
  kamerstuk: ['kamerstuk', 'vindplaats', 'kamerstuknummer', 'kamerstukken', 'dossier', 'bron', 'kamerstuk vindplaats'],
  responsible: [
    'bewindspersoon', 'verantwoordelijk', 'verantwoordelijke', 'verantwoordelijke bewindspersoon', 'functie',
    'bewindspersonen', 'verantwoordelijken', 'code', 'portefeuillehouder',
  ],
  ministry: ['ministerie', 'departement', 'ministeries'],
  term: [
    'termijn', 'deadline', 'datum nakoming', 'datumnakoming', 'uiterste datum', 'streefdatum', 'planning',
    'gereed voor', 'afdoeningstermijn', 'afgerond voor', 'termijn nakoming', 'verwachte afronding',
  ],
  status: ['status', 'afgehandeld', 'afgedaan', 'gereed', 'afgerond', 'voldaan', 'status afhandeling'],
  statusText: ['stand van zaken', 'toelichting', 'opmerking', 'opmerkingen', 'voortgang', 'stand', 'toelichting status', 'actuele stand'],
  date: [
    'datum', 'aanmaakdatum', 'datum motie', 'datum toezegging', 'datum debat', 'datum aangenomen', 'aangenomen op',
    'datum stemming', 'vergaderdatum', 'debat datum', 'datum aanvaard',
  ],
  owner: ['trekker', 'behandelaar', 'dossierhouder', 'eigenaar', 'contactpersoon', 'behandelend ambtenaar'],
};

/** Names a person may use in --kolommen for a field (English and Dutch). */
const FIELD_NAMES: Readonly<Record<string, ItemField>> = {
  number: 'number', nr: 'number', nummer: 'number',
  reference: 'reference', referentie: 'reference',
  kind: 'kind', soort: 'kind',
  title: 'title', titel: 'title', onderwerp: 'title',
  text: 'text', tekst: 'text', omschrijving: 'text',
  submitters: 'submitters', indieners: 'submitters', indiener: 'submitters',
  kamerstuk: 'kamerstuk', vindplaats: 'kamerstuk',
  responsible: 'responsible', codes: 'responsible', code: 'responsible', bewindspersoon: 'responsible', verantwoordelijk: 'responsible',
  ministry: 'ministry', ministerie: 'ministry',
  deadline: 'term', term: 'term', termijn: 'term', deadlinedate: 'termDate', datum_termijn: 'termDate',
  status: 'status',
  statustext: 'statusText', 'stand van zaken': 'statusText', stand: 'statusText', toelichting: 'statusText',
  date: 'date', datum: 'date',
  owner: 'owner', trekker: 'owner', behandelaar: 'owner',
  ignore: 'ignore', negeer: 'ignore', overslaan: 'ignore', '-': 'ignore',
};

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\(s\)|\(en\)/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Columns that are no item field although their names look like one: the date a ministry expects
 * to deliver, written in the answer to the Eerste Kamer's rappel ("Verwachte datum" would else be
 * read as the debate's date).
 */
const IGNORED_HEADERS = ['verwachte datum', 'verwachte datum nakoming', 'prognose'];

const SYNONYM_TO_FIELD = new Map<string, ItemField>();
for (const [field, names] of Object.entries(HEADER_SYNONYMS) as [ItemField, readonly string[]][]) {
  for (const name of names) if (!SYNONYM_TO_FIELD.has(name)) SYNONYM_TO_FIELD.set(name, field);
}
for (const name of IGNORED_HEADERS) SYNONYM_TO_FIELD.set(name, 'ignore');

/** The field a header means: an exact synonym, else a synonym the header starts with; null when none. */
export function fieldOfHeader(header: string, overrides?: ReadonlyMap<string, ItemField>): ItemField | null {
  const key = normaliseHeader(header);
  if (key === '') return null;
  const override = overrides?.get(key);
  if (override) return override;
  const exact = SYNONYM_TO_FIELD.get(key);
  if (exact) return exact;
  let best: { field: ItemField; length: number } | null = null;
  for (const [name, field] of SYNONYM_TO_FIELD) {
    if (name.length >= 4 && (key.startsWith(`${name} `) || key.endsWith(` ${name}`)) && (!best || name.length > best.length)) {
      best = { field, length: name.length };
    }
  }
  return best?.field ?? null;
}

/** Why --kolommen cannot be read: `part` is the piece that is not "header=field" (the sentences are in src/texts/import.nl.ts). */
export type ColumnOverridesProblem = { ok: false; code: 'COLUMNS_UNREADABLE'; part: string } | { ok: false; code: 'COLUMNS_EMPTY' };

export type ColumnOverridesResult = { ok: true; overrides: Map<string, ItemField> } | ColumnOverridesProblem;

/** Reads `--kolommen "Termijn=deadline,Onderwerp=title"`: column header = field. */
export function parseColumnOverrides(input: string): ColumnOverridesResult {
  const overrides = new Map<string, ItemField>();
  for (const part of input.split(/[,;]/)) {
    if (part.trim() === '') continue;
    const match = /^\s*(.+?)\s*=\s*(.+?)\s*$/.exec(part);
    const header = match?.[1];
    const field = match?.[2] ? FIELD_NAMES[match[2].toLowerCase()] : undefined;
    if (header === undefined || !field) {
      return { ok: false, code: 'COLUMNS_UNREADABLE', part: part.trim() };
    }
    overrides.set(normaliseHeader(header), field);
  }
  if (overrides.size === 0) return { ok: false, code: 'COLUMNS_EMPTY' };
  return { ok: true, overrides };
}
