// Edit an item: title, request text, stand-van-zaken text, Kamerstuk, kind, responsible codes,
// submitters and the trekker, from the edit modal, `/motie stand`, `/motie trekker` or the CLI.
// Every changed field gets an audit entry with who and when (the store's updater).
import { parseClosingReference } from '../domain/closing-reference.ts';
import { parseTarget } from '../domain/codes.ts';
import type { Item, ItemKind, KamerstukRef, Responsibility } from '../domain/items.ts';
import { updateItem, type ItemPatch } from '../store/items.queries.ts';
import { authorizeChange } from './authorize-change.ts';
import type { AppContext } from './context.ts';
import type { ChangeRequest } from './request.ts';

/** What a person changes; a field left undefined stays as it is. Texts are as typed. */
export interface ItemEdit {
  title?: string;
  text?: string;
  /** The stand van zaken (multi-line); empty clears it. */
  statusText?: string;
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
  | 'EDIT_OWNER_INVALID';

export interface EditProblem {
  field: EditField;
  code: EditProblemCode;
  /** The word that was not understood (a code). */
  value?: string;
}

export type EditItemResult =
  | { ok: true; code: 'ITEM_EDITED' | 'ITEM_UNCHANGED'; item: Item; before: Item; changed: string[] }
  | { ok: false; code: 'ITEM_NOT_FOUND' | 'ITEM_NOT_ALLOWED' }
  | { ok: false; code: 'EDIT_INVALID'; problems: EditProblem[] };

export const EDIT_LIMITS = { title: 300, text: 10_000, statusText: 10_000, submitters: 30 } as const;

// eslint-disable-next-line no-control-regex -- removing control characters is what this does
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ').replace(/\r\n?/g, '\n').trim();

function readKamerstuk(raw: string, before: KamerstukRef | null): KamerstukRef | null | 'invalid' {
  const text = clean(raw);
  if (!text) return null;
  const parsed = parseClosingReference(text);
  if (!parsed.ok || parsed.reference.kind !== 'kamerstuk') return 'invalid';
  const { dossier, number } = parsed.reference;
  const sameDossier = before?.dossier === dossier;
  const year = /(\d{4})\/(\d{2})/.exec(text);
  return { dossier, number, vergaderjaar: year ? `${year[1] ?? ''}/${year[2] ?? ''}` : sameDossier ? before.vergaderjaar : null };
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
    const names = edit.submitters.map((n) => clean(n).replace(/\s+/g, ' ')).filter(Boolean);
    if (names.length > EDIT_LIMITS.submitters || names.some((n) => n.length > 100)) problems.push({ field: 'submitters', code: 'EDIT_TOO_LONG' });
    else patch.submitters = names;
  }
  if (edit.owner !== undefined) {
    if (edit.owner !== null && !/^[UW][A-Z0-9]{1,30}$/.test(edit.owner)) problems.push({ field: 'owner', code: 'EDIT_OWNER_INVALID' });
    else patch.owner = edit.owner;
  }
  return { patch, problems };
}

export function editItem(ctx: AppContext, itemId: number, edit: ItemEdit, request: ChangeRequest): EditItemResult {
  const check = authorizeChange(ctx, itemId, request);
  if (!check.ok) return check;
  const before = check.item;
  if (before.status === 'deleted') return { ok: false, code: 'ITEM_NOT_FOUND' };
  const { patch, problems } = planEdit(before, edit);
  if (problems.length > 0) return { ok: false, code: 'EDIT_INVALID', problems };
  const result = updateItem(ctx.db, itemId, patch, request.actor, ctx.now().getTime(), request.context);
  if (!result) return { ok: false, code: 'ITEM_NOT_FOUND' };
  return { ok: true, code: result.changed.length > 0 ? 'ITEM_EDITED' : 'ITEM_UNCHANGED', item: result.item, before, changed: result.changed };
}
