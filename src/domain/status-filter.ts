// What a person can ask of `/motie status`: the codes or ministries (else the channel's), which
// groups of open items (te laat, binnen 4 weken, later, zonder termijn), moties or toezeggingen,
// done items instead of open ones, and the items of one indiener. Pure: words in, a filter out.
import { parseTarget } from './codes.ts';
import type { DueGroup } from './due.ts';
import type { ItemKind } from './items.ts';

/** The groups an open item falls in (the due rule, due.ts), in the order a status list shows them. */
export type StatusGroup = DueGroup;
export const STATUS_GROUPS: readonly StatusGroup[] = ['overdue', 'soon', 'later', 'none'];

export interface StatusFilter {
  /** Everything, whatever the channel is linked to ("alles"). */
  all: boolean;
  codes: string[];
  ministries: string[];
  /** Only these groups of open items; empty means all four. */
  groups: StatusGroup[];
  kind: ItemKind | null;
  /** Done items instead of open ones ("afgerond"). */
  done: boolean;
  /** Lapsed items instead of open ones ("vervallen"). */
  lapsed: boolean;
  /** Words that are no code or keyword: an indiener's name (resolved against the database). */
  submitter: string | null;
  /** Moties the cabinet advised against ("ontraden"): the kabinetsappreciatie to match, as the Kamer records it. */
  appreciatie: string | null;
}

export type ParseStatusFilterResult = { ok: true; filter: StatusFilter } | { ok: false; code: 'STATUS_FILTER_CONFLICT'; word: string };

/** Keyword phrases (lower case, words joined by one space), longest first when matching. */
const PHRASES: readonly { words: string[]; apply: (f: StatusFilter) => void }[] = [
  { words: ['zonder', 'termijn'], apply: (f) => { addGroup(f, 'none'); } },
  { words: ['geen', 'termijn'], apply: (f) => { addGroup(f, 'none'); } },
  { words: ['binnen', '4', 'weken'], apply: (f) => { addGroup(f, 'soon'); } },
  { words: ['binnen', 'vier', 'weken'], apply: (f) => { addGroup(f, 'soon'); } },
  { words: ['te', 'laat'], apply: (f) => { addGroup(f, 'overdue'); } },
  { words: ['later'], apply: (f) => { addGroup(f, 'later'); } },
  { words: ['zondertermijn'], apply: (f) => { addGroup(f, 'none'); } },
  { words: ['moties'], apply: (f) => (f.kind = 'motie') },
  { words: ['motie'], apply: (f) => (f.kind = 'motie') },
  { words: ['toezeggingen'], apply: (f) => (f.kind = 'toezegging') },
  { words: ['toezegging'], apply: (f) => (f.kind = 'toezegging') },
  { words: ['ontraden'], apply: (f) => { f.appreciatie = 'Ontraden'; f.kind = 'motie'; } },
  { words: ['afgerond'], apply: (f) => (f.done = true) },
  { words: ['afgeronde'], apply: (f) => (f.done = true) },
  { words: ['vervallen'], apply: (f) => (f.lapsed = true) },
  { words: ['vervallene'], apply: (f) => (f.lapsed = true) },
  { words: ['alles'], apply: (f) => (f.all = true) },
  { words: ['alle'], apply: (f) => (f.all = true) },
];

function addGroup(filter: StatusFilter, group: StatusGroup): void {
  if (!filter.groups.includes(group)) filter.groups.push(group);
}

/** Words that introduce a name: "indiener Mutluer". */
const NAME_LEAD = new Set(['indiener', 'indieners']);

export function emptyStatusFilter(): StatusFilter {
  return { all: false, codes: [], ministries: [], groups: [], kind: null, done: false, lapsed: false, submitter: null, appreciatie: null };
}

/**
 * Reads the words after `/motie status`. A word that is a code or ministry narrows the scope;
 * keywords set filters; the remaining words, in order, are an indiener's name. Combining
 * "afgerond" with a group of open items is refused (nothing could match).
 */
export function parseStatusFilter(text: string): ParseStatusFilterResult {
  const words = text.split(/[\s,;]+/).filter(Boolean);
  const filter = emptyStatusFilter();
  const nameWords: string[] = [];
  for (let i = 0; i < words.length; ) {
    const lower = words.slice(i).map((w) => w.toLowerCase());
    const phrase = PHRASES.find((p) => p.words.every((w, k) => lower[k] === w));
    if (phrase && nameWords.length === 0) {
      phrase.apply(filter);
      i += phrase.words.length;
      continue;
    }
    const word = words[i];
    if (word === undefined) break;
    const target = nameWords.length === 0 ? parseTarget(word) : null;
    if (target?.kind === 'code') {
      if (!filter.codes.includes(target.code)) filter.codes.push(target.code);
    } else if (target?.kind === 'ministry') {
      if (!filter.ministries.includes(target.ministry)) filter.ministries.push(target.ministry);
    } else if (!(nameWords.length === 0 && NAME_LEAD.has(word.toLowerCase()))) {
      nameWords.push(word);
    }
    i += 1;
  }
  if (nameWords.length > 0) filter.submitter = nameWords.join(' ');
  if (filter.done && filter.groups.length > 0) return { ok: false, code: 'STATUS_FILTER_CONFLICT', word: 'afgerond' };
  if (filter.lapsed && (filter.groups.length > 0 || filter.done)) return { ok: false, code: 'STATUS_FILTER_CONFLICT', word: 'vervallen' };
  if (filter.all) {
    filter.codes = [];
    filter.ministries = [];
  }
  return { ok: true, filter };
}

/** Folds a name for comparing: lower case, no accents ("Öztürk" → "ozturk"). */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ĳ/g, 'ij')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
