// `motie sync tk --check`: fetch one page of each feed the sync reads and say, field by field,
// whether the live shape is what the code expects. Writes nothing. The SyncFeed's shape is known
// from the XSD and public sync clients, not from this machine: this is how a user verifies it.
import { fetchFeedPage, type FeedClientOptions } from '../adapters/tk/syncfeed-client.ts';
import { attrOf, textOf, type FeedEntry, type XmlNode } from '../adapters/tk/parse-feed.ts';
import { calendarDateOf } from '../adapters/tk/read-toezegging.ts';
import { deriveToezeggingMinistry } from '../domain/tk/derive-ministry.ts';
import { readRegisterStatus } from '../domain/tk/map-toezegging.ts';
import { feedStartUrl } from './sync-tk.ts';

export interface FieldCheck {
  feed: string;
  field: string;
  ok: boolean;
  /** Dutch: what was seen. */
  detail: string;
}

export type CheckTkResult = { ok: true; url: string; fields: FieldCheck[] } | { ok: false; url: string; message: string };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Rule { field: string; required: boolean; read: (entry: FeedEntry) => string | null; valid?: (value: string) => boolean; describe?: string }

const el = (name: string) => (entry: FeedEntry) => textOf(entry.entity?.[name]);

/** What the toezeggingen sync reads, and what a valid value looks like. */
const TOEZEGGING_RULES: Rule[] = [
  { field: 'entry/title (entiteit-id)', required: true, read: (e) => e.entityId, valid: (v) => GUID.test(v), describe: 'een GUID' },
  { field: 'entry/link rel="next"', required: true, read: (e) => e.next, valid: (v) => /skiptoken=/i.test(v), describe: 'een href met skiptoken' },
  { field: 'entry/category term', required: false, read: (e) => e.category, valid: (v) => /^toezegging$/i.test(v), describe: '"toezegging"' },
  { field: 'entry/content/toezegging', required: true, read: (e) => e.entityName, valid: (v) => /^toezegging$/i.test(v), describe: 'een toezegging-element' },
  { field: 'toezegging@verwijderd', required: true, read: (e) => attrOf(e.entity, 'verwijderd'), valid: (v) => /^(true|false|1|0)$/i.test(v.trim()), describe: 'true of false (hoofdletters maken niet uit)' },
  { field: 'toezegging@bijgewerkt', required: true, read: (e) => attrOf(e.entity, 'bijgewerkt'), valid: (v) => !Number.isNaN(Date.parse(v)), describe: 'een tijdstip' },
  { field: 'nummer', required: true, read: el('nummer'), valid: (v) => /^TZ\d{6}-\d+$/i.test(v), describe: 'TZjjjjmm-nnn' },
  { field: 'tekst', required: true, read: el('tekst') },
  { field: 'functie', required: true, read: el('functie'), valid: (v) => deriveToezeggingMinistry(v, null) !== null || /\bvoor\b/i.test(v), describe: 'een titel die motiebot kent ("Minister van …")' },
  { field: 'ministerie', required: true, read: el('ministerie'), valid: (v) => deriveToezeggingMinistry(null, v) !== null, describe: 'een departement dat motiebot kent' },
  { field: 'status', required: true, read: el('status'), valid: (v) => readRegisterStatus(v) !== 'unknown', describe: 'Openstaand, (Deels) Afgedaan, (Deels) Voldaan of Vervallen' },
  { field: 'aanmaakdatum', required: true, read: el('aanmaakdatum'), valid: (v) => calendarDateOf(v) !== null, describe: 'een datum' },
  { field: 'datumNakoming', required: false, read: el('datumNakoming'), valid: (v) => calendarDateOf(v) !== null || v.startsWith("0001-01-01"), describe: 'een datum (0001-01-01: geen)' },
  { field: 'kamerbriefNakoming', required: false, read: el('kamerbriefNakoming') },
  { field: 'activiteit@ref', required: false, read: (e) => attrOf(e.entity?.activiteit, 'ref'), valid: (v) => GUID.test(v), describe: 'een GUID' },
];

const KNOWN_ELEMENTS = new Set([
  'toegezegdAan', 'isHerhalingVan', 'isAanvullingOp', 'isWijzigingVan', 'aanmaakdatum', 'nummer', 'activiteit', 'activiteitNummer',
  'naam', 'achternaam', 'initialen', 'tussenvoegsel', 'voornaam', 'achtervoegsel', 'titulatuur', 'functie', 'status',
  'datumNakoming', 'kamerbriefNakoming', 'ministerie', 'tekst',
]);

function checkEntries(feed: string, entries: readonly FeedEntry[], rules: readonly Rule[]): FieldCheck[] {
  const live = entries.filter((e) => !/^(true|1)$/i.test(attrOf(e.entity, 'verwijderd')?.trim() ?? ''));
  const out: FieldCheck[] = [];
  for (const rule of rules) {
    const pool = rule.field.startsWith('entry') || rule.field.includes('@verwijderd') ? entries : live;
    const values = pool.map(rule.read);
    const present = values.filter((v): v is string => v !== null);
    const valid = rule.valid;
    const invalid = valid ? present.filter((v) => !valid(v)) : [];
    const missing = pool.length - present.length;
    let ok = invalid.length === 0 && (!rule.required || (pool.length > 0 && present.length > 0));
    let detail = `in ${present.length} van ${pool.length} items`;
    if (pool.length === 0) {
      ok = !rule.required;
      detail = 'geen items op deze pagina om te controleren';
    }
    if (invalid.length > 0) detail += `; ${invalid.length} niet ${rule.describe ?? 'leesbaar'}, bijvoorbeeld "${(invalid[0] ?? '').slice(0, 60)}"`;
    else if (present.length > 0 && rule.describe) detail += `, ${rule.describe}`;
    if (rule.required && missing > 0 && present.length > 0) detail += ` (${missing} leeg)`;
    out.push({ feed, field: rule.field, ok, detail });
  }
  const unknown = new Set<string>();
  for (const e of live) for (const key of Object.keys(e.entity ?? {})) if (!key.startsWith('@_') && key !== '#text' && !KNOWN_ELEMENTS.has(key)) unknown.add(key);
  out.push({
    feed,
    field: 'onbekende elementen',
    ok: true,
    detail: unknown.size === 0 ? 'geen' : `${[...unknown].join(', ')} (motiebot leest ze niet)`,
  });
  return out;
}

/** Checks the first page of the toezeggingen feed. */
export async function checkTk(baseUrl: string, client: Partial<FeedClientOptions> = {}): Promise<CheckTkResult> {
  const url = feedStartUrl(baseUrl, 'Toezegging');
  const fetched = await fetchFeedPage(url, client);
  if (!fetched.ok) return { ok: false, url, message: fetched.message };
  const { page } = fetched;
  const fields: FieldCheck[] = [
    { feed: 'Toezegging', field: 'feed (Atom)', ok: true, detail: `${page.entries.length} items op de eerste pagina` },
    {
      feed: 'Toezegging',
      field: 'feed/link rel="next" of rel="resume"',
      ok: page.next !== null || page.resume !== null,
      detail: page.next ? 'next aanwezig' : page.resume ? 'resume aanwezig (bijgewerkt)' : 'geen van beide: motiebot weet niet waar hij verder moet',
    },
    ...checkEntries('Toezegging', page.entries, TOEZEGGING_RULES),
  ];
  fields.push({ feed: 'OData', field: '$metadata', ok: true, detail: 'niet gebruikt: motiebot leest alleen de SyncFeed' });
  return { ok: true, url, fields };
}

export type { XmlNode };
