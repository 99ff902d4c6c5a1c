// Which channels hear about an item: for each responsible bewindspersoon, the channels linked to
// that code; when none is, the channels linked to the code's ministry.
import type { Item } from '../items.ts';
import type { RouteLink } from './types.ts';

export interface Routing {
  byCode: Map<string, string[]>;
  byMinistry: Map<string, string[]>;
}

/** Indexes links once; `routeItem` then costs a few map look-ups per item. */
export function indexLinks(links: readonly RouteLink[]): Routing {
  const byCode = new Map<string, string[]>();
  const byMinistry = new Map<string, string[]>();
  for (const link of links) {
    const map = link.targetKind === 'code' ? byCode : byMinistry;
    const key = link.target.toLowerCase();
    const list = map.get(key) ?? [];
    if (!list.includes(link.channelId)) list.push(link.channelId);
    map.set(key, list);
  }
  return { byCode, byMinistry };
}

/** The channels for an item, without duplicates, in the order of its responsibilities. */
export function routeItem(item: Pick<Item, 'responsible'>, routing: Routing): string[] {
  const out: string[] = [];
  for (const r of item.responsible) {
    const channels = routing.byCode.get(r.code.toLowerCase()) ?? routing.byMinistry.get(r.ministry.toLowerCase()) ?? [];
    for (const c of channels) if (!out.includes(c)) out.push(c);
  }
  return out;
}
