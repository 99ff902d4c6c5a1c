// A person's answer to a proposed Kamerbrief (Slack's buttons, or the CLI):
// - 'done'    Afgerond met deze brief: the item is marked done with the letter as closing
//             reference, exactly as `afgerond … met <Kamerbrief>` does;
// - 'partly'  Deels: the item stays open, marked partly done (deels afgedaan), and its stand van
//             zaken gets the letter (the adapter words it);
// - 'rejected' Hoort er niet bij: remembered, the letter is never proposed for this item again.
// Every answer is audited on the item ('letter-answer').
import { inTransaction } from '../store/db.ts';
import { writeAudit } from '../store/item-writes.ts';
import { decideProposal, getProposal, letterReference, listProposals, type Proposal } from '../store/letters.queries.ts';
import { authorizeChange } from './authorize-change.ts';
import type { AppContext } from './context.ts';
import { EDIT_LIMITS, editItem } from './edit-item.ts';
import { markItemDone } from './mark-done.ts';
import type { ChangeRequest } from './request.ts';
import type { Item } from '../domain/items.ts';
import { editChangeKind, type Announces } from './announces.ts';

export type ProposalAnswer = 'done' | 'partly' | 'rejected';

/** Thrown inside the answer's transaction to roll it back and answer with `result`. */
class Refused extends Error {
  constructor(readonly result: AnswerProposalResult) {
    super(result.code);
  }
}

export const LETTER_ANSWER_AUDIT = 'letter-answer';

export type AnswerProposalResult =
  | { ok: true; code: 'PROPOSAL_ANSWERED'; answer: ProposalAnswer; proposal: Proposal; item: Item }
  | { ok: false; code: 'PROPOSAL_NOT_FOUND' }
  | { ok: false; code: 'ITEM_NOT_FOUND' | 'ITEM_NOT_ALLOWED' | 'CLOSING_REFERENCE_UNREADABLE'; itemId: number }
  /** "Deels": the stand van zaken with the letter would pass the limit (EDIT_LIMITS.statusText); nothing changed. */
  | { ok: false; code: 'PROPOSAL_STATUS_TEXT_TOO_LONG'; itemId: number; max: number }
  | { ok: false; code: 'PROPOSAL_ALREADY_ANSWERED'; proposal: Proposal }
  | { ok: false; code: 'ITEM_ALREADY_DONE'; item: Item };

/**
 * `partlyText(previous)`: the stand van zaken after a 'partly' answer (the adapter words it from
 * the letter and the previous text). Reading the proposal, checking it is still open, changing
 * the item and recording the answer are one transaction: a refusal anywhere leaves everything as
 * it was, and two people answering at once cannot both change the item.
 */
export function answerProposal(
  ctx: AppContext,
  proposalId: number,
  answer: ProposalAnswer,
  request: ChangeRequest,
  options: { partlyText?: (previous: string | null, proposal: Proposal) => string; linkBase?: string } = {},
): AnswerProposalResult {
  try {
    return inTransaction(ctx.db, (): AnswerProposalResult => {
      const proposal = getProposal(ctx.db, proposalId);
      if (!proposal) throw new Refused({ ok: false, code: 'PROPOSAL_NOT_FOUND' });
      if (proposal.state !== 'open') throw new Refused({ ok: false, code: 'PROPOSAL_ALREADY_ANSWERED', proposal });
      const check = authorizeChange(ctx, proposal.itemId, request);
      if (!check.ok) throw new Refused({ ...check, itemId: proposal.itemId });
      const now = ctx.now().getTime();
      // Recorded first: if someone else answered meanwhile, nothing below is written.
      if (!decideProposal(ctx.db, proposal.id, answer, request.actor, now)) throw new Refused({ ok: false, code: 'PROPOSAL_ALREADY_ANSWERED', proposal });
      let item = check.item;
      if (answer === 'done') {
        const done = markItemDone(ctx, proposal.itemId, request, { closingReference: letterReference(ctx.db, proposal, options.linkBase) });
        if (!done.ok) throw new Refused(done.code === 'ITEM_ALREADY_DONE' ? { ok: false, code: done.code, item: done.item } : { ok: false, code: done.code, itemId: proposal.itemId });
        item = done.item;
      } else if (answer === 'partly') {
        if (item.status === 'done') throw new Refused({ ok: false, code: 'ITEM_ALREADY_DONE', item });
        // Deels afgedaan: the item stays open, marked partly done (overview, rappel), with the letter in its stand van zaken.
        const edit = { partly: true, ...(options.partlyText ? { statusText: options.partlyText(item.statusText, proposal) } : {}) };
        const edited = editItem(ctx, proposal.itemId, edit, request);
        if (!edited.ok) {
          if (edited.code === 'EDIT_INVALID') throw new Refused({ ok: false, code: 'PROPOSAL_STATUS_TEXT_TOO_LONG', itemId: proposal.itemId, max: EDIT_LIMITS.statusText });
          throw new Refused({ ok: false, code: edited.code, itemId: proposal.itemId });
        }
        item = edited.item;
      }
      writeAudit(ctx.db, {
        itemId: proposal.itemId,
        actor: request.actor,
        at: now,
        action: LETTER_ANSWER_AUDIT,
        field: answer,
        oldValue: null,
        newValue: JSON.stringify({ documentNummer: proposal.documentNummer, letterId: proposal.letterId }),
        context: request.context ?? null,
      });
      return { ok: true, code: 'PROPOSAL_ANSWERED', answer, proposal: { ...proposal, state: answer, decidedBy: request.actor, decidedAt: now }, item };
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

/** The results the team is told about (slack/changes.ts runs it and announces them). */
answerProposal.announces = ((result: AnswerProposalResult) => {
  if (result.code !== 'PROPOSAL_ANSWERED') return null;
  // "Afgerond met deze brief" marks it done; "Deels" adds the letter to the stand van zaken.
  if (result.answer === 'done') return { kind: 'done' as const, item: result.item };
  return result.answer === 'partly' ? { kind: editChangeKind(['statusText']), item: result.item, fields: ['statusText'] } : null;
}) satisfies Announces<AnswerProposalResult>;

/** The open proposals, optionally of some items only (App Home: the items a person may change). */
export function listOpenProposals(ctx: Pick<AppContext, 'db'>, itemIds?: readonly number[]): Proposal[] {
  return listProposals(ctx.db, { state: 'open', ...(itemIds ? { itemIds } : {}) });
}
