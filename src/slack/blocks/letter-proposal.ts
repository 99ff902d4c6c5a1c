// The message that proposes a Kamerbrief for an item, and the same message once answered. Pure:
// the proposal and its item in, Block Kit out (within SLACK.md's limits: section text ≤ 3000,
// button text ≤ 75, value ≤ 2000).
import type { KnownBlock } from '@slack/types';
import type { Item } from '../../domain/items.ts';
import type { MatchReason, MatchStrength } from '../../domain/kamerbrief/types.ts';
import { letterLink } from '../../domain/kamerbrief/letter-link.ts';
import { describeOrigin } from '../../texts/describe-item.nl.ts';
import { KAMERBRIEF_SLACK, reasonsNl } from '../../texts/kamerbrief.nl.ts';
import { ACTION, itemBlockId, proposalBlockId } from './ids.ts';
import { truncate } from './mrkdwn.ts';
import { escapeMrkdwn } from '../../domain/escape-mrkdwn.ts';

export interface LetterProposalView {
  proposalId: number;
  item: Item;
  documentNummer: string | null;
  datum: string | null;
  onderwerp: string | null;
  /** A link a person can open (the document at the Tweede Kamer). */
  link: string;
  strength: MatchStrength;
  reasons: readonly MatchReason[];
}

function itemLabel(item: Item): string {
  return `${describeOrigin(item)} #${item.id}`;
}

function body(p: LetterProposalView): string {
  const title = escapeMrkdwn(truncate(p.onderwerp?.trim() || KAMERBRIEF_SLACK.untitled, 600));
  const lines = [
    KAMERBRIEF_SLACK.heading(escapeMrkdwn(itemLabel(p.item))),
    `_${escapeMrkdwn(truncate(p.item.title, 300))}_`,
    KAMERBRIEF_SLACK.letter(`<${p.link}|${title}>`, p.datum, p.documentNummer ? escapeMrkdwn(p.documentNummer) : null),
    KAMERBRIEF_SLACK.why(p.strength, escapeMrkdwn(truncate(reasonsNl(p.reasons), 400))),
  ];
  return truncate(lines.join('\n'), 2900);
}

/** The three answers to a proposal (value: its id). */
export function letterAnswerButtons(proposalId: number, blockId: string): KnownBlock {
  const value = String(proposalId);
  return {
    type: 'actions',
    block_id: blockId,
    elements: [
      { type: 'button', action_id: ACTION.letterDone, style: 'primary', text: { type: 'plain_text', text: KAMERBRIEF_SLACK.buttonDone }, value },
      { type: 'button', action_id: ACTION.letterPartly, text: { type: 'plain_text', text: KAMERBRIEF_SLACK.buttonPartly }, value },
      { type: 'button', action_id: ACTION.letterRejected, text: { type: 'plain_text', text: KAMERBRIEF_SLACK.buttonRejected }, value },
    ],
  };
}

export function letterProposalMessage(p: LetterProposalView): { text: string; blocks: KnownBlock[] } {
  return {
    text: KAMERBRIEF_SLACK.fallback(p.item.id, p.documentNummer),
    blocks: [
      { type: 'section', block_id: itemBlockId(p.item.id, 'text'), text: { type: 'mrkdwn', text: body(p) } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: KAMERBRIEF_SLACK.ask }] },
      letterAnswerButtons(p.proposalId, itemBlockId(p.item.id, 'actions')),
    ],
  };
}

/** A proposal on the Home tab: the letter, the item and why, with the three answers under it. */
export function homeProposalBlocks(p: LetterProposalView): KnownBlock[] {
  return [
    { type: 'section', block_id: proposalBlockId(p.proposalId, 'text'), text: { type: 'mrkdwn', text: body(p) } },
    letterAnswerButtons(p.proposalId, proposalBlockId(p.proposalId, 'actions')),
  ];
}

/** The proposal message after an answer: the letter stays, the buttons give way to who answered what. */
export function answeredLetterMessage(p: LetterProposalView, answer: 'done' | 'partly' | 'rejected', userId: string): { text: string; blocks: KnownBlock[] } {
  const line = KAMERBRIEF_SLACK.answered(answer, `<@${userId}>`, p.item.id);
  return {
    text: line,
    blocks: [
      { type: 'section', block_id: itemBlockId(p.item.id, 'text'), text: { type: 'mrkdwn', text: body(p) } },
      { type: 'context', block_id: itemBlockId(p.item.id, 'done'), elements: [{ type: 'mrkdwn', text: line }] },
    ],
  };
}

/** The view of a stored proposal (the store's Proposal has these fields). */
export function proposalView(
  p: { id: number; letterId: string; documentNummer: string | null; strength: MatchStrength; reasons: readonly MatchReason[]; letter: { datum: string | null; onderwerp: string | null; titel: string | null } | null },
  item: Item,
): LetterProposalView {
  return {
    proposalId: p.id,
    item,
    documentNummer: p.documentNummer,
    datum: p.letter?.datum ?? null,
    onderwerp: p.letter?.onderwerp ?? p.letter?.titel ?? null,
    link: letterLink(p.letterId),
    strength: p.strength,
    reasons: p.reasons,
  };
}
