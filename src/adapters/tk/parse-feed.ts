// One SyncFeed page (Atom XML) → its links and entries, with the entity XML as a plain object.
// Namespace prefixes (tk:, ns1:, none) are dropped: only local names count. A page that is not
// well-formed XML (a truncated download) is an error value, so the caller retries it.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type XmlNode = Record<string, unknown>;

export interface FeedEntry {
  /** The entity GUID (the entry's title, else the last segment of its id). */
  entityId: string;
  /** The category term ("toezegging"). */
  category: string | null;
  /** Atom `updated` (UTC). */
  updated: string | null;
  /** The entry's own rel="next" link: where to resume after this entry. */
  next: string | null;
  /** The entry's rel="enclosure" link: the file of a Document (/Resources/<id>), with its announced type; null when none. */
  enclosure: { href: string; type: string | null } | null;
  /** The local name of the entity element ("toezegging") and the element itself, or null when the body is empty. */
  entityName: string | null;
  entity: XmlNode | null;
}

export interface FeedPage {
  entries: FeedEntry[];
  /** The feed's rel="next" link: more pages. */
  next: string | null;
  /** The feed's rel="resume" link: caught up. */
  resume: string | null;
}

/** Why a body is no feed page: not well-formed XML (the XML parser's `error`, English, at `line`), or no Atom feed. */
export type FeedProblem =
  | { code: 'TK_FEED_NOT_XML'; error: string; line: number }
  | { code: 'TK_FEED_NOT_ATOM' }
  /** A DOCTYPE or entity declaration at `line`: the SyncFeed never sends one; its entities would be stored as "&lol9;" (issue 22.18). */
  | { code: 'TK_FEED_DTD'; line: number };

export type ParseFeedResult = { ok: true; page: FeedPage } | ({ ok: false } & FeedProblem);

/** Elements that may repeat, always read as arrays (live data repeats some the XSD says occur once). */
const REPEATED = new Set(['entry', 'link', 'kamerbriefNakoming', 'toegezegdAan', 'isHerhalingVan', 'isAanvullingOp', 'isWijzigingVan', 'category']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => REPEATED.has(name),
});

/** The text of an element: "x", { "#text": "x", … }, or null for empty / nil elements. */
export function textOf(node: unknown): string | null {
  if (node === undefined || node === null) return null;
  if (Array.isArray(node)) return textOf(node[0]);
  if (typeof node === 'string') return node.trim() === '' ? null : node.trim();
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (typeof node === 'object') {
    const t = (node as XmlNode)['#text'];
    return t === undefined ? null : textOf(t);
  }
  return null;
}

export function attrOf(node: unknown, name: string): string | null {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return null;
  const v = (node as XmlNode)[`@_${name}`];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
}

function asArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

function enclosureOf(links: unknown): { href: string; type: string | null } | null {
  for (const link of asArray(links)) {
    const href = attrOf(link, 'rel') === 'enclosure' ? attrOf(link, 'href') : null;
    if (href) return { href, type: attrOf(link, 'type') };
  }
  return null;
}

function linkOf(links: unknown, rel: string): string | null {
  for (const link of asArray(links)) {
    if (attrOf(link, 'rel') === rel) return attrOf(link, 'href');
  }
  return null;
}

function readEntry(raw: unknown): FeedEntry | null {
  if (!raw || typeof raw !== 'object') return null;
  const e = raw as XmlNode;
  const id = textOf(e.id);
  const entityId = textOf(e.title) ?? (id ? (id.split('/').pop() ?? null) : null);
  if (!entityId) return null;
  const category = asArray(e.category).map((c) => attrOf(c, 'term')).find((t) => t !== null) ?? null;
  let entityName: string | null = null;
  let entity: XmlNode | null = null;
  const content = e.content;
  if (content && typeof content === 'object' && !Array.isArray(content)) {
    for (const [key, value] of Object.entries(content as XmlNode)) {
      if (key.startsWith('@_') || key === '#text') continue;
      entityName = key;
      entity = value && typeof value === 'object' && !Array.isArray(value) ? (value as XmlNode) : {};
      break;
    }
  }
  return { entityId: entityId.trim(), category, updated: textOf(e.updated), next: linkOf(e.link, 'next'), enclosure: enclosureOf(e.link), entityName, entity };
}

/** A document type or entity declaration: refused, never expanded (billion laughs) nor kept literally. */
const DTD_RE = /<!(?:DOCTYPE|ENTITY)\b/i;

/**
 * Raw characters of one text between two tags that are parsed. No item text is longer than 10,000
 * characters (ITEM_LIMITS); what is left after this many raw characters (at least 13,000 decoded,
 * even when every character is an entity) is cut before parsing, so a page with 1 MB texts parses
 * as fast as an ordinary one (issue 22.8). The cut text is then cut again, with a note, when mapped.
 */
const MAX_TEXT_RUN = 65_536;

/** The XML with every text run longer than MAX_TEXT_RUN cut to it (never inside an entity reference). Linear. */
function cutLongTexts(xml: string): string {
  const parts: string[] = [];
  let from = 0;
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const end = lt < 0 ? xml.length : lt;
    if (end - at > MAX_TEXT_RUN) {
      const kept = xml.slice(at, at + MAX_TEXT_RUN);
      const amp = kept.lastIndexOf('&');
      parts.push(xml.slice(from, at), amp >= 0 && !kept.includes(';', amp) ? kept.slice(0, amp) : kept);
      from = end;
    }
    if (lt < 0) break;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) break;
    at = gt + 1;
  }
  if (from === 0) return xml;
  parts.push(xml.slice(from));
  return parts.join('');
}

export function parseFeed(body: string): ParseFeedResult {
  const dtd = DTD_RE.exec(body);
  if (dtd) return { ok: false, code: 'TK_FEED_DTD', line: body.slice(0, dtd.index).split('\n').length };
  const xml = cutLongTexts(body);
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- its successor (fast-xml-validator) is not a dependency; fast-xml-parser 5 still ships it
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return { ok: false, code: 'TK_FEED_NOT_XML', error: valid.err.msg, line: valid.err.line };
  }
  const doc = parser.parse(xml) as XmlNode;
  const feed = doc.feed;
  if (!feed || typeof feed !== 'object' || Array.isArray(feed)) {
    return { ok: false, code: 'TK_FEED_NOT_ATOM' };
  }
  const f = feed as XmlNode;
  const entries = asArray(f.entry)
    .map(readEntry)
    .filter((e): e is FeedEntry => e !== null);
  return { ok: true, page: { entries, next: linkOf(f.link, 'next'), resume: linkOf(f.link, 'resume') } };
}
