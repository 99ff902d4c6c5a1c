// `motie sync tk --check`: fetch one page of each feed the sync reads and say, field by field,
// whether the live shape is what the code expects. Writes nothing. The SyncFeed's shape is known
// from the XSD and public sync clients, not from this machine: this is how a user verifies it.
import { fetchFeedPage, fetchJson, originOf, type FeedClientOptions, type FetchFailure } from '../adapters/tk/syncfeed-client.ts';
import { isEntityId, missingLookupFields, odataMetadataUrl, readZaakDocuments, zaakDocumentsUrl } from '../adapters/tk/read-zaak-documents.ts';
import { attrOf, textOf, type FeedEntry, type XmlNode } from '../adapters/tk/parse-feed.ts';
import { calendarDateOf } from '../adapters/tk/read-toezegging.ts';
import { deriveToezeggingMinistry } from '../domain/tk/derive-ministry.ts';
import { readRegisterStatus } from '../domain/tk/map-toezegging.ts';
import { feedStartUrl, ODATA_PATH } from './sync-tk.ts';

/** What a field check saw; src/texts/tk.nl.ts says it in Dutch (checkDetailNl). */
export type CheckDetail =
  | { code: 'COUNTED'; present: number; total: number; expect: CheckExpectation | null; invalid: number; example: string; empty: number }
  | { code: 'NO_ITEMS' }
  | { code: 'UNKNOWN_ELEMENTS'; names: string[] }
  | { code: 'PAGE_ITEMS'; count: number }
  | { code: 'NEXT_LINK'; found: 'next' | 'resume' | null }
  /** The OData lookup of a motie zaak's Documents (the dictum title without the Document feed): how many it gave, or null when the answer was unreadable. */
  | { code: 'ODATA_DOCUMENTS'; zaak: string; documents: number | null }
  /** The service's $metadata, read before the lookup: the names the lookup needs that it does not declare ("Document.Soort"), or null when it was no metadata document (or unreachable). */
  | { code: 'ODATA_METADATA'; missing: string[] | null };

/** What a valid value of a field looks like. */
export type CheckExpectation =
  | 'guid' | 'skiptoken-href' | 'toezegging-term' | 'toezegging-element' | 'boolean' | 'timestamp' | 'tz-number' | 'function-title' | 'department' | 'register-status' | 'date' | 'date-or-none'
  /** The entity element the feed is named after ("zaak" in the Zaak feed). */
  | 'feed-element'
  | 'dossier-number';

export interface FieldCheck {
  feed: string;
  field: string;
  ok: boolean;
  detail: CheckDetail;
}

/** `failure`: why the first page could not be read (src/texts/tk-sync.nl.ts words it). */
export type CheckTkResult = { ok: true; url: string; fields: FieldCheck[] } | { ok: false; url: string; failure: FetchFailure };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Rule { field: string; required: boolean; read: (entry: FeedEntry) => string | null; valid?: (value: string) => boolean; describe?: CheckExpectation }

const el = (name: string) => (entry: FeedEntry) => textOf(entry.entity?.[name]);

/** What the toezeggingen sync reads, and what a valid value looks like. */
const TOEZEGGING_RULES: Rule[] = [
  { field: 'entry/title (entiteit-id)', required: true, read: (e) => e.entityId, valid: (v) => GUID.test(v), describe: 'guid' },
  { field: 'entry/link rel="next"', required: true, read: (e) => e.next, valid: (v) => /skiptoken=/i.test(v), describe: 'skiptoken-href' },
  { field: 'entry/category term', required: false, read: (e) => e.category, valid: (v) => /^toezegging$/i.test(v), describe: 'toezegging-term' },
  { field: 'entry/content/toezegging', required: true, read: (e) => e.entityName, valid: (v) => /^toezegging$/i.test(v), describe: 'toezegging-element' },
  { field: 'toezegging@verwijderd', required: true, read: (e) => attrOf(e.entity, 'verwijderd'), valid: (v) => /^(true|false|1|0)$/i.test(v.trim()), describe: 'boolean' },
  { field: 'toezegging@bijgewerkt', required: true, read: (e) => attrOf(e.entity, 'bijgewerkt'), valid: (v) => !Number.isNaN(Date.parse(v)), describe: 'timestamp' },
  { field: 'nummer', required: true, read: el('nummer'), valid: (v) => /^TZ\d{6}-\d+$/i.test(v), describe: 'tz-number' },
  { field: 'tekst', required: true, read: el('tekst') },
  { field: 'functie', required: true, read: el('functie'), valid: (v) => deriveToezeggingMinistry(v, null) !== null || /\bvoor\b/i.test(v), describe: 'function-title' },
  { field: 'ministerie', required: true, read: el('ministerie'), valid: (v) => deriveToezeggingMinistry(null, v) !== null, describe: 'department' },
  { field: 'status', required: true, read: el('status'), valid: (v) => readRegisterStatus(v) !== 'unknown', describe: 'register-status' },
  { field: 'aanmaakdatum', required: true, read: el('aanmaakdatum'), valid: (v) => calendarDateOf(v) !== null, describe: 'date' },
  { field: 'datumNakoming', required: false, read: el('datumNakoming'), valid: (v) => calendarDateOf(v) !== null || v.startsWith("0001-01-01"), describe: 'date-or-none' },
  { field: 'kamerbriefNakoming', required: false, read: el('kamerbriefNakoming') },
  { field: 'activiteit@ref', required: false, read: (e) => attrOf(e.entity?.activiteit, 'ref'), valid: (v) => GUID.test(v), describe: 'guid' },
];

/** What every feed's entries carry: the entity id, the next link, the element, its deletion mark and version. */
function entityRules(element: string): Rule[] {
  const named = new RegExp(`^${element}$`, 'i');
  return [
    { field: 'entry/title (entiteit-id)', required: true, read: (e) => e.entityId, valid: (v) => GUID.test(v), describe: 'guid' },
    { field: 'entry/link rel="next"', required: true, read: (e) => e.next, valid: (v) => /skiptoken=/i.test(v), describe: 'skiptoken-href' },
    { field: `entry/content/${element}`, required: true, read: (e) => e.entityName, valid: (v) => named.test(v), describe: 'feed-element' },
    { field: `${element}@verwijderd`, required: true, read: (e) => attrOf(e.entity, 'verwijderd'), valid: (v) => /^(true|false|1|0)$/i.test(v.trim()), describe: 'boolean' },
    { field: `${element}@bijgewerkt`, required: true, read: (e) => attrOf(e.entity, 'bijgewerkt'), valid: (v) => !Number.isNaN(Date.parse(v)), describe: 'timestamp' },
  ];
}

const ref = (name: string) => (entry: FeedEntry) => {
  const v = entry.entity?.[name];
  return attrOf(Array.isArray(v) ? v[0] : v, 'ref');
};
const isDate = (v: string) => calendarDateOf(v) !== null;

/**
 * What the motie and Document syncs read of each feed (src/adapters/tk/read-motie-parts.ts,
 * read-document.ts). The Zaak feed holds every kind of zaak, so only what every zaak has is required.
 */
const OTHER_FEEDS: { feed: string; rules: Rule[] }[] = [
  {
    feed: 'Activiteit',
    rules: [
      ...entityRules('activiteit'),
      { field: 'soort', required: false, read: el('soort') },
      { field: 'onderwerp', required: false, read: el('onderwerp') },
      { field: 'datum', required: false, read: el('datum'), valid: isDate, describe: 'date' },
      { field: 'voortouwnaam', required: false, read: el('voortouwnaam') },
      { field: 'voortouwafkorting', required: false, read: el('voortouwafkorting') },
    ],
  },
  {
    feed: 'ActiviteitActor',
    rules: [
      ...entityRules('activiteitActor'),
      { field: 'activiteit@ref', required: false, read: ref('activiteit'), valid: (v) => GUID.test(v), describe: 'guid' },
      { field: 'functie', required: false, read: el('functie') },
      { field: 'relatie', required: false, read: el('relatie') },
    ],
  },
  {
    feed: 'Agendapunt',
    rules: [...entityRules('agendapunt'), { field: 'onderwerp', required: false, read: el('onderwerp') }],
  },
  {
    feed: 'Kamerstukdossier',
    rules: [...entityRules('kamerstukdossier'), { field: 'nummer', required: true, read: el('nummer'), valid: (v) => /^\d+$/.test(v.trim()), describe: 'dossier-number' }, { field: 'toevoeging', required: false, read: el('toevoeging') }, { field: 'titel', required: false, read: el('titel') }],
  },
  {
    feed: 'Zaak',
    rules: [
      ...entityRules('zaak'),
      { field: 'soort', required: true, read: el('soort') },
      { field: 'nummer', required: true, read: el('nummer') },
      { field: 'onderwerp', required: false, read: el('onderwerp') },
      { field: 'gestartOp', required: false, read: el('gestartOp'), valid: isDate, describe: 'date' },
      { field: 'volgnummer', required: false, read: el('volgnummer') },
      { field: 'kamerstukdossier@ref', required: false, read: ref('kamerstukdossier'), valid: (v) => GUID.test(v), describe: 'guid' },
      { field: 'termijn', required: false, read: el('termijn'), valid: isDate, describe: 'date' },
    ],
  },
  {
    feed: 'ZaakActor',
    rules: [...entityRules('zaakActor'), { field: 'zaak@ref', required: true, read: ref('zaak'), valid: (v) => GUID.test(v), describe: 'guid' }, { field: 'relatie', required: true, read: el('relatie') }, { field: 'actorNaam', required: false, read: el('actorNaam') }],
  },
  {
    feed: 'Besluit',
    rules: [
      ...entityRules('besluit'),
      { field: 'besluitSoort', required: true, read: el('besluitSoort') },
      { field: 'zaak@ref', required: false, read: ref('zaak'), valid: (v) => GUID.test(v), describe: 'guid' },
      { field: 'agendapunt@ref', required: false, read: ref('agendapunt'), valid: (v) => GUID.test(v), describe: 'guid' },
    ],
  },
  {
    feed: 'Document',
    rules: [
      ...entityRules('document'),
      { field: 'soort', required: true, read: el('soort') },
      { field: 'datum', required: false, read: el('datum'), valid: isDate, describe: 'date' },
      { field: 'documentNummer', required: false, read: el('documentNummer') },
      { field: 'onderwerp', required: false, read: el('onderwerp') },
      { field: 'kamerstukdossier@ref', required: false, read: ref('kamerstukdossier'), valid: (v) => GUID.test(v), describe: 'guid' },
    ],
  },
];

const KNOWN_ELEMENTS = new Set([
  'toegezegdAan', 'isHerhalingVan', 'isAanvullingOp', 'isWijzigingVan', 'aanmaakdatum', 'nummer', 'activiteit', 'activiteitNummer',
  'naam', 'achternaam', 'initialen', 'tussenvoegsel', 'voornaam', 'achtervoegsel', 'titulatuur', 'functie', 'status',
  'datumNakoming', 'kamerbriefNakoming', 'ministerie', 'tekst',
]);

function checkEntries(feed: string, entries: readonly FeedEntry[], rules: readonly Rule[], emptyIsOk = false): FieldCheck[] {
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
    let detail: CheckDetail = {
      code: 'COUNTED',
      present: present.length,
      total: pool.length,
      expect: rule.describe ?? null,
      invalid: invalid.length,
      example: (invalid[0] ?? '').slice(0, 60),
      empty: rule.required && present.length > 0 ? missing : 0,
    };
    if (pool.length === 0) {
      ok = emptyIsOk || !rule.required;
      detail = { code: 'NO_ITEMS' };
    }
    out.push({ feed, field: rule.field, ok, detail });
  }
  if (emptyIsOk) return out;
  const unknown = new Set<string>();
  for (const e of live) for (const key of Object.keys(e.entity ?? {})) if (!key.startsWith('@_') && key !== '#text' && !KNOWN_ELEMENTS.has(key)) unknown.add(key);
  out.push({
    feed,
    field: 'unknown elements',
    ok: true,
    detail: { code: 'UNKNOWN_ELEMENTS', names: [...unknown] },
  });
  return out;
}

/**
 * Checks the first page of every feed the sync reads: Toezegging, the seven motie feeds and
 * Document (issue 24.7). The Toezegging feed must have entries; another feed whose first page is
 * empty is reported as such (nothing to check there) without failing.
 */
export async function checkTk(baseUrl: string, client: Partial<FeedClientOptions> = {}): Promise<CheckTkResult> {
  const fields: FieldCheck[] = [];
  let motieZaak: string | null = null;
  for (const { feed, rules } of [{ feed: 'Toezegging', rules: TOEZEGGING_RULES }, ...OTHER_FEEDS]) {
    const url = feedStartUrl(baseUrl, feed);
    const fetched = await fetchFeedPage(url, client);
    if (!fetched.ok) return { ok: false, url, failure: fetched };
    const { page } = fetched;
    if (feed === 'Zaak') motieZaak = page.entries.find((e) => /^motie$/i.test(el('soort')(e) ?? '') && isEntityId(e.entityId))?.entityId ?? null;
    fields.push(
      { feed, field: 'feed (Atom)', ok: true, detail: { code: 'PAGE_ITEMS', count: page.entries.length } },
      {
        feed,
        field: 'feed/link rel="next" of rel="resume"',
        ok: page.next !== null || page.resume !== null,
        detail: { code: 'NEXT_LINK', found: page.next ? 'next' : page.resume ? 'resume' : null },
      },
      ...checkEntries(feed, page.entries, rules, feed !== 'Toezegging'),
    );
  }
  // The lookup the sync makes for a motie whose Onderwerp names no request (without the Document feed):
  // asked for the first motie of the Zaak page; its shape is the one recorded on OData v4.
  const origin = originOf(baseUrl);
  if (motieZaak && origin) {
    // First what the service says it holds (its $metadata): a renamed entity or field shows here by name,
    // before any lookup; then the lookup itself on the page's motie.
    const metadata = await fetchJson(odataMetadataUrl(`${origin}${ODATA_PATH}`), { ...client, origin }, 'application/xml, application/json;q=0.9');
    const missing = metadata.ok ? missingLookupFields(metadata.text) : null;
    fields.push({ feed: 'OData', field: '$metadata', ok: missing !== null && missing.length === 0, detail: { code: 'ODATA_METADATA', missing } });
    const answer = await fetchJson(zaakDocumentsUrl(`${origin}${ODATA_PATH}`, motieZaak), { ...client, origin });
    const documents = answer.ok ? readZaakDocuments(answer.text, motieZaak) : null;
    fields.push({ feed: 'OData', field: 'Zaak?$expand=Document', ok: documents !== null, detail: { code: 'ODATA_DOCUMENTS', zaak: motieZaak, documents: documents?.length ?? null } });
  } else {
    fields.push({ feed: 'OData', field: '$metadata', ok: true, detail: { code: 'NO_ITEMS' } });
    fields.push({ feed: 'OData', field: 'Zaak?$expand=Document', ok: true, detail: { code: 'NO_ITEMS' } });
  }
  return { ok: true, url: feedStartUrl(baseUrl, 'Toezegging'), fields };
}

export type { XmlNode };
