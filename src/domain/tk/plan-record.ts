// What one register record does to the items: create, update, lapse, leave alone, or send to
// triage. Pure. A person's decision (statusSetBy / deadlineSetBy) and a stand van zaken a person
// wrote (statusTextOrigin) are never overwritten: the difference is reported as a conflict, as an
// import reports it.
import type { Item, ItemDeadline, ItemStatus, KamerstukRef, Responsibility } from '../items.ts';
import { termConflict, type DecisionConflict, type StatusTextConflict } from '../conflict.ts';
import { prepareMatchText, preparedSimilarity, similarityBound } from '../match-text.ts';
import type { RegisterStatus, TkItemDraft } from './types.ts';

/** Items created by the sync carry this as their source document. */
export const TK_SOURCE = { toezegging: 'toezeggingenregister', motie: 'Tweede Kamer: stemmingsuitslagen' } as const;

/** A text match needs at least this similarity (as the import's text match). */
const TK_TEXT_MATCH_THRESHOLD = 0.9;

export interface TkPatch {
  reference?: string | null;
  title?: string;
  text?: string;
  status?: ItemStatus;
  statusText?: string | null;
  deadline?: ItemDeadline | null;
  responsible?: Responsibility[];
  kamerstuk?: KamerstukRef | null;
  submitters?: string[];
}

/** A person's decision the register differs from (kept). */
export type TkConflict = DecisionConflict;

export type TkPlan =
  | { action: 'skip'; reason: 'out-of-scope' | 'deleted-unknown' | 'not-adopted' }
  | { action: 'triage' }
  | { action: 'create'; draft: TkItemDraft }
  | { action: 'update'; itemId: number; matchedBy: MatchedBy; patch: TkPatch; changed: string[]; conflicts: TkConflict[]; afgedaan: boolean }
  | { action: 'unchanged'; itemId: number; matchedBy: MatchedBy; conflicts: TkConflict[] };

export type MatchedBy = 'entity' | 'reference' | 'kamerstuk' | 'text';

export interface PlanRecordInput {
  /** Null for a delete (`verwijderd="true"`). */
  draft: TkItemDraft | null;
  /** The item this entity made or matched before, if any. */
  linked: Item | null;
  /** The register status of the previous version of this record (null: first seen). */
  previousStatus: RegisterStatus | null;
  /** Items that may be the same promise (an overview import): only asked for when `linked` is null. */
  candidates: readonly Item[];
  /** TK_MINISTRIES: ministries ("OCW") and codes ("SOCW"); empty means every ministry. */
  scope: readonly string[];
  /**
   * Whether the linked item's title and text differ from what the register gave it last time (a
   * person's edit since): the register does not replace those. Unknown (undefined): the register's
   * title and text follow it.
   */
  personWrote?: PersonWrote | null;
}

/** A person's edits since the register's last words: the title (and who wrote it, for TITLE_KEPT) and the text. */
export interface PersonWrote {
  title: boolean;
  text: boolean;
  /** The actor of the item's last title change (stored form), when a person wrote the title. */
  titleBy?: string | null;
}

/** Whether an item with these responsibilities is one the installation follows. */
export function inScope(responsible: readonly Responsibility[], scope: readonly string[]): boolean {
  if (scope.length === 0) return true;
  const wanted = new Set(scope.map((s) => s.toLowerCase()));
  return responsible.some((r) => wanted.has(r.code.toLowerCase()) || wanted.has(r.ministry.toLowerCase()));
}

/** An existing item that is this register record: by TZ number or Kamerstuk, else by text (one best match). */
function matchCandidate(draft: TkItemDraft, candidates: readonly Item[]): { item: Item; by: MatchedBy } | null {
  const sameKind = candidates.filter((c) => c.kind === draft.kind);
  if (draft.reference) {
    const ref = draft.reference.toLowerCase();
    const pattern = new RegExp(`(^|[^a-z0-9])${ref.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}($|[^a-z0-9-])`, 'i');
    const byRef = sameKind.filter((c) => c.reference?.toLowerCase() === ref || pattern.test(c.text) || pattern.test(c.title));
    const [only] = byRef;
    if (only && byRef.length === 1) return { item: only, by: 'reference' };
  }
  if (draft.kamerstuk) {
    const key = `${draft.kamerstuk.dossier}-${draft.kamerstuk.number}`.toLowerCase();
    const byKamerstuk = sameKind.filter((c) => c.kamerstuk && `${c.kamerstuk.dossier}-${c.kamerstuk.number}`.toLowerCase() === key);
    const [only] = byKamerstuk;
    if (only && byKamerstuk.length === 1) return { item: only, by: 'kamerstuk' };
  }
  const text = prepareMatchText(draft.text);
  const codes = new Set((draft.ministry?.responsible ?? []).map((r) => r.ministry.toLowerCase()));
  let best: Item | null = null;
  let bestScore = 0;
  let tie = false;
  for (const candidate of sameKind) {
    if (codes.size > 0 && !candidate.responsible.some((r) => codes.has(r.ministry.toLowerCase()))) continue;
    const other = prepareMatchText(candidate.text);
    if (similarityBound(other, text) < TK_TEXT_MATCH_THRESHOLD) continue;
    const score = preparedSimilarity(other, text);
    if (score < TK_TEXT_MATCH_THRESHOLD) continue;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return best && !tie ? { item: best, by: 'text' } : null;
}

function sameDeadline(a: ItemDeadline | null, b: ItemDeadline | null): boolean {
  if (a === null || b === null) return a === b;
  return a.deadline === b.deadline && a.text === b.text && a.basis === b.basis && a.soft === b.soft && a.earliest === b.earliest;
}

function codesOf(responsible: readonly Responsibility[]): string {
  return [...new Set(responsible.map((r) => r.code))].sort().join(',');
}

const DELETED_TEXT = 'Verwijderd uit de open data van de Tweede Kamer';

/** The conflict when the register would replace a stand van zaken a person wrote (null: the register may). */
function textKept(item: Item, incoming: string | null, source: 'tk-motie' | 'tk-register', removed: boolean): StatusTextConflict | null {
  const origin = item.statusTextOrigin;
  if (!origin?.person) return null;
  return {
    itemId: item.id,
    itemKind: item.kind,
    source,
    code: 'STATUS_TEXT_KEPT',
    field: 'statusText',
    current: item.statusText,
    incoming,
    setBy: origin.actor,
    writtenOn: origin.on,
    documentDate: null,
    removed,
  };
}

/** The changes the register asks for on `item`, minus a person's decisions (reported as conflicts). */
function compare(item: Item, draft: TkItemDraft, owns: boolean, personWrote?: PersonWrote | null): { patch: TkPatch; changed: string[]; conflicts: TkConflict[] } {
  const patch: TkPatch = {};
  const changed: string[] = [];
  const conflicts: TkConflict[] = [];
  const base = { itemId: item.id, itemKind: item.kind, source: draft.kind === 'motie' ? ('tk-motie' as const) : ('tk-register' as const) };
  if (draft.status !== item.status) {
    if (item.statusSetBy) {
      conflicts.push({ ...base, code: 'STATUS_KEPT', field: 'status', current: item.status, incoming: draft.status, setBy: item.statusSetBy });
    } else {
      patch.status = draft.status;
      changed.push('status');
    }
  }
  // The register's words about the status; an imported item keeps its overview text while the register says nothing.
  // A stand van zaken a person wrote stays (reported as a conflict), as their status and term do.
  if (draft.statusText !== null || owns) {
    if ((draft.statusText ?? null) !== (item.statusText ?? null)) {
      const kept = textKept(item, draft.statusText, base.source, false);
      if (kept) conflicts.push(kept);
      else {
        patch.statusText = draft.statusText;
        changed.push('statusText');
      }
    }
  }
  if ((owns || item.deadline === null) && !sameDeadline(item.deadline, draft.deadline)) {
    if (item.deadlineSetBy) {
      if (draft.deadline !== null) {
        conflicts.push(termConflict({ ...base, setBy: item.deadlineSetBy }, item.deadline, draft.deadline));
      }
    } else {
      patch.deadline = draft.deadline;
      changed.push('deadline');
    }
  }
  const responsible = draft.ministry?.responsible ?? [];
  if (responsible.length > 0 && (owns || item.responsible.length === 0) && codesOf(responsible) !== codesOf(item.responsible)) {
    patch.responsible = responsible;
    changed.push('responsible');
  }
  if (owns) {
    // What a person wrote over the register's words stays: the register replaces only its own.
    if (draft.text !== item.text && !personWrote?.text) {
      patch.text = draft.text;
      changed.push('text');
    }
    if (draft.title !== item.title && !personWrote?.title) {
      patch.title = draft.title;
      changed.push('title');
    } else if (draft.title !== item.title && personWrote?.titleBy) {
      // The person's title stays, and they hear what the Kamer's own words say (review6 LOW-3).
      conflicts.push({ ...base, code: 'TITLE_KEPT', field: 'title', current: item.title, incoming: draft.title, setBy: personWrote.titleBy });
    }
    if (JSON.stringify(draft.submitters) !== JSON.stringify(item.submitters)) {
      patch.submitters = draft.submitters;
      changed.push('submitters');
    }
  }
  if (draft.reference && draft.reference !== item.reference && (owns || !item.reference)) {
    patch.reference = draft.reference;
    changed.push('reference');
  }
  if (draft.kamerstuk && !item.kamerstuk) {
    patch.kamerstuk = draft.kamerstuk;
    changed.push('kamerstuk');
  }
  return { patch, changed, conflicts };
}

export function planRecord(input: PlanRecordInput): TkPlan {
  const { draft, linked } = input;
  if (draft === null) {
    // A delete: the item lapses unless a person decided its status; absence never deletes. The
    // stand van zaken says so, unless a person wrote it: their text stays.
    if (!linked) return { action: 'skip', reason: 'deleted-unknown' };
    if (linked.status === 'lapsed') return { action: 'unchanged', itemId: linked.id, matchedBy: 'entity', conflicts: [] };
    const source = linked.kind === 'motie' ? 'tk-motie' : 'tk-register';
    const textConflict = linked.statusText === DELETED_TEXT ? null : textKept(linked, DELETED_TEXT, source, true);
    if (linked.statusSetBy) {
      return {
        action: 'unchanged',
        itemId: linked.id,
        matchedBy: 'entity',
        conflicts: [
          {
            itemId: linked.id,
            itemKind: linked.kind,
            source,
            code: 'STATUS_KEPT_AFTER_REMOVAL',
            field: 'status',
            current: linked.status,
            incoming: 'lapsed',
            setBy: linked.statusSetBy,
          },
          ...(textConflict ? [textConflict] : []),
        ],
      };
    }
    if (textConflict) {
      return { action: 'update', itemId: linked.id, matchedBy: 'entity', patch: { status: 'lapsed' }, changed: ['status'], conflicts: [textConflict], afgedaan: false };
    }
    return {
      action: 'update',
      itemId: linked.id,
      matchedBy: 'entity',
      patch: { status: 'lapsed', statusText: DELETED_TEXT },
      changed: ['status', 'statusText'],
      conflicts: [],
      afgedaan: false,
    };
  }

  let target: { item: Item; by: MatchedBy } | null = linked ? { item: linked, by: 'entity' } : null;
  if (!target) {
    if (draft.ministry === null) return { action: 'triage' };
    if (!inScope(draft.ministry.responsible, input.scope)) return { action: 'skip', reason: 'out-of-scope' };
    target = matchCandidate(draft, input.candidates);
    if (!target) return { action: 'create', draft };
  }
  const owns = target.item.sourceDocument === TK_SOURCE[draft.kind];
  const { patch, changed, conflicts } = compare(target.item, draft, owns, target.by === 'entity' ? input.personWrote : null);
  if (changed.length === 0) return { action: 'unchanged', itemId: target.item.id, matchedBy: target.by, conflicts };
  const afgedaan = patch.status === 'done' && draft.registerStatus === 'done' && input.previousStatus !== 'done';
  return { action: 'update', itemId: target.item.id, matchedBy: target.by, patch, changed, conflicts, afgedaan };
}
