// The one JSON shape of an item on the command line: every `motie … --json` answer that holds an
// item (list, zoek, show, nieuw, termijn, afgerond, heropen, stand, trekker, vervallen,
// aanhouden, verwijder, herstel, import's `items`, triage's `item`) writes it with toItemJson, so a
// script reads the same fields whichever command it asked. The README documents this shape once.
import type { Item } from '../domain/items.ts';
import { formatKamerstukKey } from '../domain/items.ts';

export interface ItemJson {
  id: number;
  kind: Item['kind'];
  title: string;
  text: string;
  submitters: string[];
  /** Bewindspersoon codes ("SOCW") and their ministries ("OCW"). */
  responsible: string[];
  ministries: string[];
  /** "34843-79" (dossier-number). */
  kamerstuk: string | null;
  /** Register number ("T01237", "TZ202412-116") or Eerste Kamer dossier reference. */
  reference: string | null;
  status: Item['status'];
  /** Open, but partly done ("deels afgedaan"). */
  partly: boolean;
  /** The stand van zaken (line breaks kept). */
  statusText: string | null;
  deadline: string | null;
  earliest: string | null;
  deadlineText: string | null;
  basis: string | null;
  soft: boolean;
  /** How often the term moved, and the first date it had. */
  deadlineMoves: number;
  deadlineOriginal: string | null;
  /** Recurring items: the rule ("jaarlijks"). */
  recurrence: string | null;
  linkedTo: number | null;
  /** A commitment to the Eerste Kamer (CS). */
  cs: boolean;
  /** The trekker (Slack user id). */
  owner: string | null;
  /** Aangehouden: no reminders before this date. */
  onHoldUntil: string | null;
  /** Who marked it done, and when (ISO 8601). */
  doneBy: string | null;
  doneAt: string | null;
  /** The Kamerbrief it was done with: "36222-45" or a URL. */
  closingReference: string | null;
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
    partly: item.partly ?? false,
    statusText: item.statusText,
    deadline: item.deadline?.deadline ?? null,
    earliest: item.deadline?.earliest ?? null,
    deadlineText: item.deadline?.text ?? null,
    basis: item.deadline?.basis ?? null,
    soft: item.deadline?.soft ?? false,
    deadlineMoves: item.deadlineMoves ?? 0,
    deadlineOriginal: item.deadlineOriginal ?? null,
    recurrence: item.recurrence,
    linkedTo: item.linkedTo,
    cs: item.cs,
    owner: item.owner ?? null,
    onHoldUntil: item.onHoldUntil ?? null,
    doneBy: item.doneBy ?? null,
    doneAt: item.doneAt !== null ? new Date(item.doneAt).toISOString() : null,
    closingReference: item.closingReference ?? null,
    kamerTermijn: item.kamerTermijn ?? null,
    kabinetsappreciatie: item.kabinetsappreciatie ?? null,
  };
}

/** The `--json` answer of a command that answers with one item. */
export function itemJsonText(item: Item): string {
  return JSON.stringify(toItemJson(item), null, 2);
}
