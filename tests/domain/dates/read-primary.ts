// What the rule tests read of datesOfText: the primary (its text and deadline, null when there is none)
// and the role reason of one expression by its text. One place for the tests of each session's kinds and reviews.
import { datesOfText } from '../../../src/domain/dates/pick-deadline.ts';

export const primaryOf = (text: string, reference: string) => {
  const p = datesOfText(text, reference).primary;
  return p ? { text: p.text, deadline: p.deadline } : null;
};

export const reasonOf = (text: string, reference: string, span: string) =>
  datesOfText(text, reference).expressions.find((e) => e.text === span)?.reason;
