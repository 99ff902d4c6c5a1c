// Edit an item: title, request text, stand-van-zaken text, Kamerstuk, kind, responsible codes,
// submitters and the trekker, from the edit modal, `/motie stand`, `/motie trekker` or the CLI.
// Every changed field gets an audit entry with who and when (the store's updater).
import { parseClosingReference } from '../domain/closing-reference.ts';
import { describeActor } from '../domain/actor.ts';
import { uncoveredCodes } from '../domain/authorize.ts';
import { parseTarget } from '../domain/codes.ts';
import { ITEM_LIMITS } from '../domain/item-limits.ts';
import type { Item, ItemKind, KamerstukRef, Responsibility } from '../domain/items.ts';
import { stripXmlForbidden } from '../domain/strip-xml-forbidden.ts';
import { linkedTargets } from '../store/channels.queries.ts';
import { listAudit, updateItem, type ItemPatch } from '../store/items.queries.ts';
import { authorizeChange } from './authorize-change.ts';
import type { AppContext } from './context.ts';
import type { ChangeRequest } from './request.ts';
import { editChangeKind, type Announces } from './announces.ts';

/** What a person changes; a field left undefined stays as it is. Texts are as typed. */
export interface ItemEdit {
  title?: string;
  text?: string;
  /** The stand van zaken (multi-line); empty clears it. */
  statusText?: string;
  /** Open, but partly done ("deels afgedaan"): a Kamerbrief answered part of it. */
  partly?: boolean;
  /** "36222-45", "36222, nr. 45"; empty clears it. */
  kamerstuk?: string;
  kind?: ItemKind;
  /** Bewindspersoon codes as typed (SOCW, MOCW). */
  codes?: readonly string[];
  submitters?: readonly string[];
  /** Slack user id of the trekker; null: nobody. */
  owner?: string | null;
}

export type EditField = 'title' | 'text' | 'statusText' | 'kamerstuk' | 'codes' | 'submitters' | 'owner';

export type EditProblemCode =
  | 'EDIT_TITLE_EMPTY'
  | 'EDIT_TEXT_EMPTY'
  | 'EDIT_TOO_LONG'
  | 'EDIT_KAMERSTUK_UNREADABLE'
  | 'EDIT_CODES_EMPTY'
  | 'EDIT_CODE_UNKNOWN'
  /** A code added or removed that the person may not create items for (the rule of addItem): `value` lists them. */
  | 'EDIT_CODES_NOT_ALLOWED'
  | 'EDIT_OWNER_INVALID';

export interface EditProblem {
  field: EditField;
  code: EditProblemCode;
  /** The word that was not understood (a code). */
  value?: string;
}

/** A field as the audit log names it (the edit modal's fields). */
export type EditedField = 'title' | 'kind' | 'statusText' | 'kamerstuk' | 'responsible' | 'submitters' | 'owner';

/**
 * An edit made on a copy of the item opened earlier (the edit modal): `changedSince` names the
 * fields of this edit whose value in `current` is no longer the one the person saw. Nothing is
 * written when it names any; the answer says who changed them meanwhile.
 */
export interface EditGuard {
  changedSince(current: Item): EditedField[];
}

export type EditItemResult =
  | { ok: true; code: 'ITEM_EDITED' | 'ITEM_UNCHANGED'; item: Item; before: Item; changed: string[] }
  | { ok: false; code: 'ITEM_NOT_FOUND' | 'ITEM_NOT_ALLOWED' }
  | { ok: false; code: 'EDIT_INVALID'; problems: EditProblem[] }
  /** Someone else changed `fields` since the person opened the item; `by`: the last of them (null: not in the audit log). */
  | { ok: false; code: 'EDIT_CHANGED_MEANWHILE'; fields: EditedField[]; by: string | null; item: Item };

/** An edit without a guard is never refused for a change made meanwhile. */
export type UnguardedEditResult = Exclude<EditItemResult, { code: 'EDIT_CHANGED_MEANWHILE' }>;

/** The same limits an import or the TK sync cuts to (src/domain/item-limits.ts). */
export const EDIT_LIMITS = ITEM_LIMITS;

// Control characters become spaces; what else XML forbids (U+FFFE, U+FFFF, lone surrogates) goes,
// so no text typed here can make a Word or Excel export unreadable (issue 22.12).
const clean = (s: string) =>
  // eslint-disable-next-line no-control-regex -- removing control characters is what this does
  stripXmlForbidden(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')).replace(/\r\n?/g, '\n').trim();

/** A Kamerstuk as typed ("36222-45", "Kamerstukken II 2024/25, 36222, nr. 45"); '' gives null. */
export function readKamerstuk(raw: string, before: KamerstukRef | null): KamerstukRef | null | 'invalid' {
  const text = clean(raw);
  if (!text) return null;
  const parsed = parseClosingReference(text);
  if (!parsed.ok || parsed.reference.kind !== 'kamerstuk') return 'invalid';
  const { dossier, number } = parsed.reference;
  const sameDossier = before?.dossier === dossier;
  const year = /(\d{4})\/(\d{2})/.exec(text);
  return { dossier, number, vergaderjaar: year ? `${year[1] ?? ''}/${year[2] ?? ''}` : sameDossier ? before.vergaderjaar : null };
}

/** Indieners as typed, one per entry: cleaned, empty ones left out; 'too-long' past the limits. */
export function readSubmitters(typed: readonly string[]): string[] | 'too-long' {
  const names = typed.map((n) => clean(n).replace(/\s+/g, ' ')).filter(Boolean);
  return names.length > EDIT_LIMITS.submitters || names.some((n) => n.length > ITEM_LIMITS.submitterName) ? 'too-long' : names;
}

/** Checks the edit and turns it into a store patch; problems name the field (for modal errors). */
function planEdit(before: Item, edit: ItemEdit): { patch: ItemPatch; problems: EditProblem[] } {
  const patch: ItemPatch = {};
  const problems: EditProblem[] = [];
  if (edit.title !== undefined) {
    const title = clean(edit.title).replace(/\s+/g, ' ');
    if (!title) problems.push({ field: 'title', code: 'EDIT_TITLE_EMPTY' });
    else if (title.length > EDIT_LIMITS.title) problems.push({ field: 'title', code: 'EDIT_TOO_LONG' });
    else patch.title = title;
  }
  if (edit.text !== undefined) {
    const text = clean(edit.text);
    if (!text) problems.push({ field: 'text', code: 'EDIT_TEXT_EMPTY' });
    else if (text.length > EDIT_LIMITS.text) problems.push({ field: 'text', code: 'EDIT_TOO_LONG' });
    else patch.text = text;
  }
  if (edit.statusText !== undefined) {
    const text = clean(edit.statusText);
    if (text.length > EDIT_LIMITS.statusText) problems.push({ field: 'statusText', code: 'EDIT_TOO_LONG' });
    else patch.statusText = text || null;
  }
  if (edit.kamerstuk !== undefined) {
    const ref = readKamerstuk(edit.kamerstuk, before.kamerstuk);
    if (ref === 'invalid') problems.push({ field: 'kamerstuk', code: 'EDIT_KAMERSTUK_UNREADABLE' });
    else patch.kamerstuk = ref;
  }
  if (edit.kind !== undefined) patch.kind = edit.kind;
  if (edit.partly !== undefined) patch.partly = edit.partly;
  if (edit.codes !== undefined) {
    const words = edit.codes.map((c) => c.trim()).filter(Boolean);
    const responsible: Responsibility[] = [];
    if (words.length === 0) problems.push({ field: 'codes', code: 'EDIT_CODES_EMPTY' });
    for (const word of words) {
      const target = parseTarget(word);
      if (target?.kind !== 'code') {
        problems.push({ field: 'codes', code: 'EDIT_CODE_UNKNOWN', value: word.slice(0, 40) });
        break;
      }
      responsible.push({ code: target.code, ministry: target.ministry });
    }
    if (!problems.some((p) => p.field === 'codes')) patch.responsible = responsible;
  }
  if (edit.submitters !== undefined) {
    const names = readSubmitters(edit.submitters);
    if (names === 'too-long') problems.push({ field: 'submitters', code: 'EDIT_TOO_LONG' });
    else patch.submitters = names;
  }
  if (edit.owner !== undefined) {
    if (edit.owner !== null && !/^[UW][A-Z0-9]{1,30}$/.test(edit.owner)) problems.push({ field: 'owner', code: 'EDIT_OWNER_INVALID' });
    else patch.owner = edit.owner;
  }
  return { patch, problems };
}

/** Codes an edit adds or removes that this Slack user may not create items for here (none: allowed). */
function refusedCodes(ctx: AppContext, before: Item, after: readonly Responsibility[], request: ChangeRequest): string[] {
  const who = describeActor(request.actor);
  if (who.kind !== 'slack') return [];
  const old = new Set(before.responsible.map((r) => r.code));
  const now = new Set(after.map((r) => r.code));
  const moved = [...after.filter((r) => !old.has(r.code)), ...before.responsible.filter((r) => !now.has(r.code))];
  const requester = { userId: who.userId, channelTargets: linkedTargets(ctx.db, request.channelId) };
  return [...new Set(uncoveredCodes(moved, requester, ctx.admins))];
}

/**
 * Applies a person's edit. Synchronous from reading the item to writing it (one SQLite
 * transaction, no await), so the guard's check and the write see the same item.
 */
export function editItemGuarded(ctx: AppContext, itemId: number, edit: ItemEdit, request: ChangeRequest, guard: EditGuard | undefined): EditItemResult {
  const check = authorizeChange(ctx, itemId, request);
  if (!check.ok) return check;
  const before = check.item;
  if (before.status === 'deleted') return { ok: false, code: 'ITEM_NOT_FOUND' };
  const { patch, problems } = planEdit(before, edit);
  if (patch.responsible) {
    // Moving an item to codes follows the rule for creating one there (issue 22.14).
    const refused = refusedCodes(ctx, before, patch.responsible, request);
    if (refused.length > 0) {
      ctx.logger.info(`refused codes ${refused.join(',')} on item ${itemId} by ${request.actor} channel=${request.channelId ?? '-'}`);
      problems.push({ field: 'codes', code: 'EDIT_CODES_NOT_ALLOWED', value: refused.join(', ') });
    }
  }
  if (problems.length > 0) return { ok: false, code: 'EDIT_INVALID', problems };
  const meanwhile = guard?.changedSince(before) ?? [];
  if (meanwhile.length > 0) {
    const wanted = new Set<string>(meanwhile);
    const last = listAudit(ctx.db, itemId).filter((entry) => entry.field !== null && wanted.has(entry.field)).at(-1);
    return { ok: false, code: 'EDIT_CHANGED_MEANWHILE', fields: meanwhile, by: last?.actor ?? null, item: before };
  }
  const result = updateItem(ctx.db, itemId, patch, request.actor, ctx.now().getTime(), request.context);
  if (!result) return { ok: false, code: 'ITEM_NOT_FOUND' };
  return { ok: true, code: result.changed.length > 0 ? 'ITEM_EDITED' : 'ITEM_UNCHANGED', item: result.item, before, changed: result.changed };
}

/** The results the team is told about (slack/changes.ts runs it and announces them): an edit by the fields it changed. */
editItemGuarded.announces = ((result: EditItemResult) =>
  result.code === 'ITEM_EDITED' ? { kind: editChangeKind(result.changed), item: result.item, fields: [...result.changed] } : null) satisfies Announces<EditItemResult>;

/** A person's edit without a guard: it never finds the item changed meanwhile. */
export function editItem(ctx: AppContext, itemId: number, edit: ItemEdit, request: ChangeRequest): UnguardedEditResult {
  const result = editItemGuarded(ctx, itemId, edit, request, undefined);
  if (result.code === 'EDIT_CHANGED_MEANWHILE') throw new Error('an edit without a guard found the item changed meanwhile');
  return result;
}

editItem.announces = editItemGuarded.announces satisfies Announces<UnguardedEditResult>;
