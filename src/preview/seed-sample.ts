// A first look at motiebot needs something to look at: on an empty database the preview imports
// the bundled sample overview and links one preview channel per ministry in it (#ocw, #szw, …).
import { readFileSync } from 'node:fs';
import { TZDate } from '@date-fns/tz';
import { TIMEZONE } from '../config.ts';
import type { ParliamentaryCalendar } from '../domain/dates/calendar.ts';
import { parseOverview } from '../domain/overview/index.ts';
import { linkChannel, listLinks } from '../store/channels.queries.ts';
import type { Db } from '../store/db.ts';
import { importOverview } from '../store/import-overview.ts';
import { countItems, listItems } from '../store/items.queries.ts';

export const SAMPLE_FILE = new URL('../sample/stand-van-zaken-nap-2025.txt', import.meta.url);
export const SAMPLE_NAME = 'stand-van-zaken-nap-2025.txt';
export const SAMPLE_DOCUMENT_DATE = '2025-04-15';
export const PREVIEW_ACTOR = 'preview';

export interface PreviewChannel {
  id: string;
  name: string;
}

/** The preview channel of a ministry: OCW → { id: 'COCW', name: 'ocw' }. */
export function ministryChannel(ministry: string): PreviewChannel {
  return { id: `C${ministry.toUpperCase().replace(/[^A-Z0-9]/g, '')}`, name: ministry.toLowerCase() };
}

export interface SeedResult {
  seeded: boolean;
  imported: number;
  channels: PreviewChannel[];
}

/**
 * Imports the sample and links channels when the database has no items and no links; else does
 * nothing. The import is dated on the document's date (noon in Amsterdam), as if it had been
 * imported the day it was written: items it reports done were not done "this week", whatever day
 * the person pretends it is.
 */
export function seedSample(db: Db, calendar?: ParliamentaryCalendar): SeedResult {
  const [y, m, d] = SAMPLE_DOCUMENT_DATE.split('-').map(Number) as [number, number, number];
  const now = new TZDate(y, m - 1, d, 12, 0, 0, TIMEZONE).getTime();
  if (countItems(db) > 0 || listLinks(db).length > 0) return { seeded: false, imported: 0, channels: [] };
  const parsed = parseOverview(readFileSync(SAMPLE_FILE, 'utf8'), { documentDate: SAMPLE_DOCUMENT_DATE, calendar });
  if (!parsed.ok) throw new Error(`the bundled sample does not parse: ${parsed.code}`);
  const result = importOverview(db, parsed.items, { sourceDocument: SAMPLE_NAME, documentDate: parsed.documentDate, now });
  const ministries = [...new Set(result.items.flatMap((item) => item.responsible.map((r) => r.ministry)))];
  const channels = ministries.map(ministryChannel);
  for (const [i, ministry] of ministries.entries()) {
    linkChannel(db, { kind: 'ministry', ministry }, channels[i]!.id, PREVIEW_ACTOR, now);
  }
  return { seeded: true, imported: result.created.length, channels };
}

/**
 * The channels the preview shows: every linked channel, and one per ministry that has items (so
 * a database filled with `motie import` has somewhere to type). Linked preview channels keep
 * their names; other channel ids are shown in lower case.
 */
export function previewChannels(db: Db): PreviewChannel[] {
  const out = new Map<string, PreviewChannel>();
  for (const link of listLinks(db)) {
    if (out.has(link.channelId)) continue;
    const asMinistry = link.targetKind === 'ministry' ? ministryChannel(link.target) : null;
    out.set(link.channelId, asMinistry?.id === link.channelId ? asMinistry : { id: link.channelId, name: link.channelId.toLowerCase() });
  }
  const ministries = new Set(listItems(db).flatMap((item) => item.responsible.map((r) => r.ministry)));
  for (const ministry of [...ministries].sort().slice(0, 20)) {
    const channel = ministryChannel(ministry);
    if (!out.has(channel.id)) out.set(channel.id, channel);
  }
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}
