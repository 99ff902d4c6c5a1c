// Triage: a motie (or toezegging) from the Tweede Kamer whose ministry could not be derived with
// confidence waits here until a person assigns its codes, once. The item is made then, with
// "triage door <who>" as the rule that derived its ministry.
import { describeActor } from '../domain/actor.ts';
import { ministryOfCode, parseTarget } from '../domain/codes.ts';
import type { Item, Responsibility } from '../domain/items.ts';
import { TK_SOURCE } from '../domain/tk/plan-record.ts';
import type { TkItemDraft, TriageReason } from '../domain/tk/types.ts';
import { inTransaction } from '../store/db.ts';
import { insertItem } from '../store/item-writes.ts';
import { getItem } from '../store/items.queries.ts';
import { hasTkSynced, listTriage, setTriageAssigned, type TriageEntry } from '../store/tk.queries.ts';
import type { AppContext } from './context.ts';
import type { ChangeRequest } from './request.ts';
import { required } from '../domain/required.ts';

export interface TriageView {
  entityId: string;
  /** 2023Z00933, TZ202412-116. */
  reference: string;
  kind: 'motie' | 'toezegging';
  title: string;
  text: string;
  submitters: string[];
  state: 'pending' | 'assigned';
  codes: string[] | null;
  by: string | null;
  itemId: number | null;
  /** Moties: the ministries the evidence pointed at, most likely first (empty: none). */
  candidates: string[];
  /** Moties: why no rule decided (null: not recorded, e.g. an entry from before reasons were kept). */
  reason: TriageReason | null;
}

function draftOf(entry: TriageEntry): TkItemDraft | null {
  const draft = entry.data.draft as TkItemDraft | undefined;
  return draft && typeof draft === 'object' ? draft : null;
}

function view(entry: TriageEntry): TriageView | null {
  const draft = draftOf(entry);
  if (!draft) return null;
  return {
    entityId: entry.entityId,
    reference: draft.reference ?? entry.entityId,
    kind: draft.kind,
    title: draft.title,
    text: draft.text,
    submitters: draft.submitters,
    state: entry.state,
    codes: entry.codes,
    by: entry.by,
    itemId: entry.itemId,
    candidates: draft.candidates ?? [],
    reason: draft.triageReason ?? null,
  };
}

/**
 * What waits for a person (pending), or everything that went through triage. With a scope
 * (TK_MINISTRIES) only the entries that may be the team's: a candidate ministry in the scope, or
 * no candidates at all (nothing pointed anywhere).
 */
/** Whether the Tweede Kamer was ever synchronised into this database: before that, an empty triage says nothing. */
export function tkEverSynced(ctx: Pick<AppContext, 'db'>): boolean {
  return hasTkSynced(ctx.db);
}

export function listTriageItems(ctx: Pick<AppContext, 'db'>, state: 'pending' | 'all' = 'pending', scope: readonly string[] = []): TriageView[] {
  const wanted = new Set(scope.map((s) => ministryOfCode(s).toLowerCase()));
  return listTriage(ctx.db, state)
    .map(view)
    .filter((v): v is TriageView => v !== null)
    .filter((v) => wanted.size === 0 || v.candidates.length === 0 || v.candidates.some((c) => wanted.has(c.toLowerCase())));
}

export type AssignTriageResult =
  | { ok: true; code: 'TRIAGE_ASSIGNED'; item: Item; reference: string }
  | { ok: false; code: 'TRIAGE_NOT_FOUND' | 'TRIAGE_NOT_ALLOWED' }
  | { ok: false; code: 'TRIAGE_BAD_CODES'; bad: string[] };

/** Reads "SOCW,MVWS" or "OCW" (a ministry means its minister: MOCW). */
function parseTriageCodes(raw: string): { codes: Responsibility[]; bad: string[] } {
  const codes: Responsibility[] = [];
  const bad: string[] = [];
  for (const part of raw.split(/[\s,]+/).filter(Boolean)) {
    const target = parseTarget(part);
    if (!target) bad.push(part);
    else if (target.kind === 'code') codes.push({ code: target.code, ministry: target.ministry });
    else codes.push({ code: `M${target.ministry}`, ministry: target.ministry });
  }
  return { codes: codes.filter((c, i) => codes.findIndex((d) => d.code === c.code) === i), bad };
}

/** Assigns codes to the pending entry with this reference (or entity id) and makes its item. */
export function assignTriage(ctx: AppContext, reference: string, rawCodes: string, request: ChangeRequest): AssignTriageResult {
  const who = describeActor(request.actor);
  if (who.kind === 'slack' && ctx.admins.length > 0 && !ctx.admins.includes(who.userId)) return { ok: false, code: 'TRIAGE_NOT_ALLOWED' };
  const { codes, bad } = parseTriageCodes(rawCodes);
  if (bad.length > 0 || codes.length === 0) return { ok: false, code: 'TRIAGE_BAD_CODES', bad };
  const wanted = reference.trim().toLowerCase();
  const entry = listTriage(ctx.db, 'pending').find((e) => e.entityId.toLowerCase() === wanted || (draftOf(e)?.reference ?? '').toLowerCase() === wanted);
  const draft = entry ? draftOf(entry) : null;
  if (!entry || !draft) return { ok: false, code: 'TRIAGE_NOT_FOUND' };
  const now = ctx.now().getTime();
  const itemId = inTransaction(ctx.db, () => {
    const id = insertItem(
      ctx.db,
      {
        kind: draft.kind,
        title: draft.title,
        text: draft.text,
        submitters: draft.submitters,
        kamerstuk: draft.kamerstuk,
        reference: draft.reference,
        status: draft.status,
        statusText: draft.statusText,
        deadline: draft.deadline,
        responsible: codes,
        sourceDocument: TK_SOURCE[draft.kind],
        kamerTermijn: draft.kamerTermijn ?? null,
        kabinetsappreciatie: draft.kabinetsappreciatie ?? null,
      },
      request.actor,
      now,
      { ...request.context, triage: draft.reference ?? entry.entityId },
    );
    setTriageAssigned(ctx.db, entry.entityId, codes, request.actor, id, now);
    return id;
  });
  return { ok: true, code: 'TRIAGE_ASSIGNED', item: required(getItem(ctx.db, itemId), `item ${itemId}`), reference: draft.reference ?? entry.entityId };
}
