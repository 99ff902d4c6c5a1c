// The answer to a status change of one item (afgerond, heropen, vervallen, aanhouden, verwijder,
// herstel), one sentence per use-case result code, for Slack (`/motie …`) and the command line
// (`motie …`). Both adapters look their answer up here instead of switching on the codes
// themselves; a new code without a sentence does not compile (ITEM_RESULT is a Record over
// every code).
import type { DeleteResult } from '../verbs/verwijder/delete-item.ts';
import type { HoldResult } from '../verbs/aanhouden/hold-item.ts';
import type { LapseResult } from '../verbs/vervallen/lapse-item.ts';
import type { MarkDoneResult } from '../app/mark-done.ts';
import type { ReopenResult } from '../verbs/heropen/reopen-item.ts';
import { readClosingReference } from '../domain/closing-reference.ts';
import { formatDateNl } from '../domain/dates/format-date.ts';
import type { Item } from '../domain/items.ts';
import { ITEM_TEXT } from './items.nl.ts';
import { SLACK_TEXT } from './slack.nl.ts';
import { termInputNl } from './dates.nl.ts';

/** Every result of a status change of one item. */
export type ItemResult = MarkDoneResult | ReopenResult | LapseResult | HoldResult | DeleteResult;
export type ItemResultCode = ItemResult['code'];

/** What a sentence may need besides the code; `itemResultFacts` fills it from the result. */
export interface ItemResultFacts {
  readonly id: number;
  /** ITEM_DONE: the Kamerbrief as stored ("36222-45" or a URL), when the item was closed with one. */
  readonly reference: string | null;
  /** ITEM_MOVED_TO_NEXT: the next term; ITEM_ON_HOLD: the date it is held until (ISO). */
  readonly date: string;
  /** ITEM_ALREADY_DONE: the person who marked it done, as Slack writes them (null: not a person). */
  readonly doneBy: string | null;
  /** HOLD_DATE_UNREADABLE: the date parser's explanation. */
  readonly problem: string;
  /** ITEM_NOT_ALLOWED in Slack: the channels where this item may be changed. */
  readonly allowedIn: () => readonly string[];
}

type Sentence = (facts: ItemResultFacts) => string;

/** The answer per code: `slack` in mrkdwn, `cli` in plain text. */
export const ITEM_RESULT: Readonly<Record<ItemResultCode, { readonly slack: Sentence; readonly cli: Sentence }>> = {
  ITEM_NOT_FOUND: { slack: (f) => SLACK_TEXT.itemNotFound(f.id), cli: (f) => CLI_NOT_FOUND(f.id) },
  // The command line changes every item; were it refused, "no such item" is what it could say.
  ITEM_NOT_ALLOWED: { slack: (f) => SLACK_TEXT.notAllowedIn(f.allowedIn()), cli: (f) => CLI_NOT_FOUND(f.id) },
  ITEM_DONE: {
    // The Kamerstuk written as the change line writes it; a URL as a link, never altered.
    slack: (f) => (f.reference ? ITEM_TEXT.markedDoneWith(f.id, ITEM_TEXT.reference.mrkdwn(f.reference)) : SLACK_TEXT.markedDone(f.id)),
    cli: (f) => `#${f.id} is gemarkeerd als afgerond${f.reference ? ` met ${closingReferenceText(f.reference)}` : ''}.`,
  },
  ITEM_MOVED_TO_NEXT: {
    slack: (f) => SLACK_TEXT.movedToNext(f.id, formatDateNl(f.date)),
    cli: (f) => `#${f.id} is afgerond voor deze keer; de volgende termijn is ${formatDateNl(f.date)}.`,
  },
  ITEM_ALREADY_DONE: { slack: (f) => SLACK_TEXT.alreadyDone(f.id, f.doneBy), cli: (f) => `#${f.id} was al afgerond; er is niets veranderd.` },
  CLOSING_REFERENCE_UNREADABLE: {
    slack: () => ITEM_TEXT.closingReferenceUnreadable,
    cli: () => 'Die Kamerbrief herken ik niet. Geef een Kamerstuk (36222-45 of "36222, nr. 45") of een link (https://…). Er is niets veranderd.',
  },
  ITEM_REOPENED: { slack: (f) => SLACK_TEXT.reopened(f.id), cli: (f) => `#${f.id} staat weer open.` },
  ITEM_NOT_DONE: { slack: (f) => SLACK_TEXT.notDone(f.id), cli: (f) => `#${f.id} staat al open; er is niets veranderd.` },
  ITEM_LAPSED: { slack: (f) => ITEM_TEXT.lapsed(f.id), cli: (f) => `#${f.id} is vervallen.` },
  ITEM_ALREADY_LAPSED: { slack: (f) => ITEM_TEXT.alreadyLapsed(f.id), cli: (f) => `#${f.id} was al vervallen; er is niets veranderd.` },
  ITEM_ON_HOLD: { slack: (f) => ITEM_TEXT.onHold(f.id, formatDateNl(f.date)), cli: (f) => `#${f.id} is aangehouden tot ${formatDateNl(f.date)}.` },
  ITEM_HOLD_ENDED: { slack: (f) => ITEM_TEXT.holdEnded(f.id), cli: (f) => `#${f.id} wordt niet meer aangehouden.` },
  ITEM_NOT_OPEN: { slack: (f) => ITEM_TEXT.notOpen(f.id), cli: (f) => `#${f.id} staat niet open; alleen open items kun je aanhouden.` },
  HOLD_DATE_PAST: { slack: () => ITEM_TEXT.holdPast, cli: () => 'Die datum is al geweest; geef een datum in de toekomst. Er is niets veranderd.' },
  HOLD_DATE_UNREADABLE: { slack: (f) => ITEM_TEXT.holdUnreadable(f.problem), cli: (f) => `Die datum begrijp ik niet. ${f.problem}`.trim() },
  ITEM_DELETED: { slack: (f) => ITEM_TEXT.deleted(f.id), cli: (f) => `#${f.id} is verwijderd; \`motie herstel ${f.id}\` zet het terug.` },
  ITEM_RESTORED: { slack: (f) => ITEM_TEXT.restored(f.id), cli: (f) => `#${f.id} is teruggezet.` },
  ITEM_NOT_DELETED: { slack: (f) => ITEM_TEXT.notDeleted(f.id), cli: (f) => `#${f.id} is niet verwijderd; er is niets veranderd.` },
  // The command line may always delete; were it refused, "no such item" is what it could say.
  ITEM_DELETE_NOT_ALLOWED: { slack: () => ITEM_TEXT.deleteNotAllowed, cli: (f) => CLI_NOT_FOUND(f.id) },
};

/** The stored Kamerbrief in plain text: "Kamerstuk 36222, nr. 45" or the URL. */
function closingReferenceText(stored: string): string {
  const ref = readClosingReference(stored);
  return ref.kind === 'kamerstuk' ? ITEM_TEXT.reference.kamerstuk(ref.dossier, ref.number) : ref.url;
}

function CLI_NOT_FOUND(id: number): string {
  return `Er is geen motie of toezegging met nummer ${id}.`;
}

/** `motie show 12` for a number that is not there (also the answer to ITEM_NOT_FOUND). */
export const cliItemNotFound = CLI_NOT_FOUND;

/** The facts of a result; `doneBy` and `allowedIn` come from the adapter. */
export function itemResultFacts(
  id: number,
  result: ItemResult,
  from: { doneBy?: (actor: Item['statusSetBy']) => string | null; allowedIn?: () => readonly string[] } = {},
): ItemResultFacts {
  return {
    id,
    reference: result.code === 'ITEM_DONE' ? (result.item.closingReference ?? null) : null,
    date: 'movedTo' in result ? result.movedTo : 'until' in result ? result.until : '',
    doneBy: result.code === 'ITEM_ALREADY_DONE' && from.doneBy ? from.doneBy(result.item.statusSetBy) : null,
    problem: 'problem' in result && result.problem ? termInputNl(result.problem) : '',
    allowedIn: from.allowedIn ?? (() => []),
  };
}

/** Every code, for tests and lists: the type makes it complete. */
export const ITEM_RESULT_CODES = Object.keys(ITEM_RESULT) as ItemResultCode[];
