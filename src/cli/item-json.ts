// The item JSON contract of `motie … --json` (other parts and checks rely on these names).
import type { Item } from '../domain/items.ts';
import { formatKamerstukKey } from '../domain/items.ts';

export interface ItemJson {
  id: number;
  kind: Item['kind'];
  title: string;
  text: string;
  submitters: string[];
  responsible: string[];
  ministries: string[];
  kamerstuk: string | null;
  /** Register number ("T01237", "TZ202412-116") or Eerste Kamer dossier reference. */
  reference: string | null;
  status: Item['status'];
  deadline: string | null;
  earliest: string | null;
  deadlineText: string | null;
  basis: string | null;
  soft: boolean;
  linkedTo: number | null;
  /** Moties: the Kamer's own termijn (YYYY-MM-DD) and the cabinet's appreciation, as the Kamer records them. */
  kamerTermijn: string | null;
  kabinetsappreciatie: string | null;
}

export function toItemJson(item: Item): ItemJson {
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    text: item.text,
    submitters: item.submitters,
    responsible: item.responsible.map((r) => r.code),
    ministries: [...new Set(item.responsible.map((r) => r.ministry))],
    kamerstuk: item.kamerstuk ? formatKamerstukKey(item.kamerstuk) : null,
    reference: item.reference,
    status: item.status,
    deadline: item.deadline?.deadline ?? null,
    earliest: item.deadline?.earliest ?? null,
    deadlineText: item.deadline?.text ?? null,
    basis: item.deadline?.basis ?? null,
    soft: item.deadline?.soft ?? false,
    linkedTo: item.linkedTo,
    kamerTermijn: item.kamerTermijn ?? null,
    kabinetsappreciatie: item.kabinetsappreciatie ?? null,
  };
}

/** The item with what people did to it: `motie show --json` and the commands that change an item. */
export interface ItemDetailJson extends ItemJson {
  statusText: string | null;
  /** The trekker (Slack user id). */
  owner: string | null;
  /** Aangehouden: no reminders before this date. */
  onHoldUntil: string | null;
  /** Who marked it done, and when (ISO 8601). */
  doneBy: string | null;
  doneAt: string | null;
  /** The Kamerbrief it was done with: "36222-45" or a URL. */
  closingReference: string | null;
  /** How often the term moved, and the first date it had. */
  deadlineMoves: number;
  deadlineOriginal: string | null;
}

export function toItemDetailJson(item: Item): ItemDetailJson {
  return {
    ...toItemJson(item),
    statusText: item.statusText,
    owner: item.owner ?? null,
    onHoldUntil: item.onHoldUntil ?? null,
    doneBy: item.doneBy ?? null,
    doneAt: item.doneAt !== null ? new Date(item.doneAt).toISOString() : null,
    closingReference: item.closingReference ?? null,
    deadlineMoves: item.deadlineMoves ?? 0,
    deadlineOriginal: item.deadlineOriginal ?? null,
  };
}
