// A first look at motiebot needs something to look at: on an empty database the preview imports
// the bundled sample overview and links one preview channel per ministry in it (#ocw, #szw, …).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { amsterdamInstant } from '../clock.ts';
import { applyImport, readImport, type AppContext } from '../app/index.ts';
import { linkChannel } from '../verbs/kanaal/link-channel.ts';
import { PREVIEW_ACTOR } from '../domain/actor.ts';
import { listLinks } from '../store/channels.queries.ts';
import type { Db } from '../store/db.ts';
import { countItems, listItems } from '../store/items.queries.ts';
import { required } from '../domain/required.ts';
import { CODE_DIR } from '../paths.ts';

const SAMPLE_FILE = join(CODE_DIR, 'sample', 'stand-van-zaken-nap-2025.txt');
const SAMPLE_NAME = 'stand-van-zaken-nap-2025.txt';
const SAMPLE_DOCUMENT_DATE = '2025-04-15';

export interface PreviewChannel {
  id: string;
  name: string;
}

/** The preview channel of a ministry: OCW → { id: 'COCW', name: 'ocw' }. */
function ministryChannel(ministry: string): PreviewChannel {
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
export function seedSample(ctx: AppContext): SeedResult {
  const noon = amsterdamInstant(SAMPLE_DOCUMENT_DATE, 12);
  const { db } = ctx;
  if (countItems(db) > 0 || listLinks(db).length > 0) return { seeded: false, imported: 0, channels: [] };
  const atDocumentDate: AppContext = { ...ctx, now: () => new Date(noon) };
  const read = readImport(atDocumentDate, readFileSync(SAMPLE_FILE, 'utf8'), { documentDate: SAMPLE_DOCUMENT_DATE });
  if (!read.ok) throw new Error(`the bundled sample does not import: ${read.code}`);
  const { result } = applyImport(atDocumentDate, read.parsed, { sourceName: SAMPLE_NAME });
  const ministries = [...new Set(result.items.flatMap((item) => item.responsible.map((r) => r.ministry)))];
  const channels = ministries.map(ministryChannel);
  for (const [i, ministry] of ministries.entries()) {
    linkChannel(atDocumentDate, required(channels[i], 'channel').id, [{ kind: 'ministry', ministry }], { actor: PREVIEW_ACTOR });
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
