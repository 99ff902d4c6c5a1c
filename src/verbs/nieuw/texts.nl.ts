// What `/motie nieuw` (its form) and `motie nieuw` answer, and the one table of what each problem of
// the new item says in each (the form's labels: src/texts/items.nl.ts).
import type { AddItemProblem } from './add-item.ts';
import { pastTermQuestionNl, termInputNl } from '../../texts/dates.nl.ts';
import { ITEM_TEXT } from '../../texts/items.nl.ts';
import { SLACK_TEXT } from '../../texts/slack.nl.ts';

export const NIEUW_TEXT = {
  /** `/motie` answers (mrkdwn). */
  slack: {
    modalCodesInvalid: (bad: string) => `“${bad}” is geen code die ik ken. Gebruik bijvoorbeeld SOCW, MOCW of MJenV, gescheiden door komma's.`,
    modalCodesMissing: 'Vul minstens één bewindspersoon in, bijvoorbeeld SOCW.',
    modalTextMissing: 'Beschrijf het verzoek of de toezegging.',
    createNotAllowed: (codes: string[]) =>
      `Voor ${codes.join(', ')} kun je hier geen items toevoegen: dat kan in een kanaal dat aan ${codes.length === 1 ? 'die bewindspersoon' : 'die bewindspersonen'} gekoppeld is, of door een beheerder van motiebot. Er is niets toegevoegd.`,
    newItemNotHere:
      'Nieuwe moties en toezeggingen voeg je toe in een kanaal dat gekoppeld is aan een bewindspersoon (`/motie kanaal SOCW`), of als beheerder van motiebot. Dit kanaal is nergens aan gekoppeld.',
  },
  /** `motie` prints (plain text). */
  cli: {
    textMissing: 'Beschrijf het verzoek of de toezegging.',
    codesMissing: 'Geef met --verantwoordelijk minstens één bewindspersoon, zoals SOCW.',
    codeUnknown: (word: string) => `"${word}" is geen bewindspersoon (zoals SOCW of MJenV).`,
    codesNotAllowed: (codes: readonly string[]) => `Voor ${codes.join(', ')} mag je geen item toevoegen.`,
    kamerstukUnreadable: (typed: string) => `Het Kamerstuk "${typed}" herken ik niet. Schrijf het als 36222-45 of "36222, nr. 45".`,
    submittersTooLong: 'Te veel of te lange namen bij --indieners: hoogstens 30 indieners, elk hoogstens 100 tekens.',
    addInPast: (question: string) => `${question} Voeg het item toch toe met --bevestig.`,
    unknownKind: (typed: string) => `Onbekende soort "${typed}": kies motie of toezegging.`,
    usage: (usage: string) => `\nGebruik: ${usage}`,
    added: (id: number, title: string, term: string | null) => `Toegevoegd als #${id}: ${title}${term ? ` (termijn: ${term})` : ' (geen termijn)'}.`,
  },
} as const;

type ProblemOf<C extends AddItemProblem['code']> = AddItemProblem & { code: C };

/**
 * Each problem of a new item in the form (under its field) and on the command line; `typed` is the
 * Kamerstuk as typed (the CLI names it). A new problem code without both sentences does not compile.
 */
const ADD_ITEM_PROBLEM: { [C in AddItemProblem['code']]: { slack: (p: ProblemOf<C>) => string; cli: (p: ProblemOf<C>, typed: string) => string } } = {
  ITEM_TEXT_MISSING: { slack: () => NIEUW_TEXT.slack.modalTextMissing, cli: () => NIEUW_TEXT.cli.textMissing },
  ITEM_CODES_MISSING: { slack: () => NIEUW_TEXT.slack.modalCodesMissing, cli: () => NIEUW_TEXT.cli.codesMissing },
  ITEM_CODE_UNKNOWN: { slack: (p) => NIEUW_TEXT.slack.modalCodesInvalid(p.word.slice(0, 40)), cli: (p) => NIEUW_TEXT.cli.codeUnknown(p.word) },
  ITEM_CODES_NOT_ALLOWED: { slack: (p) => NIEUW_TEXT.slack.createNotAllowed(p.codes), cli: (p) => NIEUW_TEXT.cli.codesNotAllowed(p.codes) },
  ITEM_KAMERSTUK_UNREADABLE: { slack: () => ITEM_TEXT.edit.problem.EDIT_KAMERSTUK_UNREADABLE, cli: (_, typed) => NIEUW_TEXT.cli.kamerstukUnreadable(typed) },
  ITEM_SUBMITTERS_TOO_LONG: { slack: () => ITEM_TEXT.edit.problem.EDIT_SUBMITTERS_TOO_LONG, cli: () => NIEUW_TEXT.cli.submittersTooLong },
  TERM_UNREADABLE: { slack: (p) => termInputNl(p.problem).slice(0, 2000), cli: (p) => termInputNl(p.problem) },
  TERM_IN_PAST: { slack: (p) => SLACK_TEXT.termConfirmAgain(pastTermQuestionNl(p.past)), cli: (p) => NIEUW_TEXT.cli.addInPast(pastTermQuestionNl(p.past)) },
};

/** What a problem of a new item says in the form (`slack`) or on the command line (`cli`, with the Kamerstuk as typed). */
export function addItemProblemNl(problem: AddItemProblem, where: 'slack' | 'cli', typedKamerstuk = ''): string {
  const entry = ADD_ITEM_PROBLEM[problem.code] as { slack: (p: AddItemProblem) => string; cli: (p: AddItemProblem, typed: string) => string };
  return where === 'slack' ? entry.slack(problem) : entry.cli(problem, typedKamerstuk);
}
