// What is wrong with a calendar file (MOTIEBOT_CALENDAR_FILE, docs/CALENDAR.md), in Dutch: one
// sentence per problem code of parseCalendarData (src/domain/dates/calendar.ts).
import type { CalendarProblem } from '../domain/dates/calendar.ts';

type Sentences = { [C in CalendarProblem['code']]: (problem: CalendarProblem & { code: C }) => string };

/** One sentence per calendar problem (the type makes the table complete). */
export const CALENDAR_PROBLEM_TEXT: Sentences = {
  CALENDAR_NOT_OBJECT: () => 'De kalender moet een JSON-object zijn met "recesses", "events", "budgetDebates" en/of "rappels".',
  CALENDAR_UNKNOWN_FIELD: (p) => `Onbekend veld "${p.field}" in de kalender; toegestaan zijn "recesses", "events", "budgetDebates" en "rappels".`,
  CALENDAR_NOT_LIST: (p) => `"${p.field}" moet een lijst zijn.`,
  CALENDAR_ENTRY_NOT_OBJECT: (p) => `${p.where} moet een object zijn.`,
  CALENDAR_BAD_YEAR: (p) => `${p.where}.year moet een jaartal zijn, bijvoorbeeld 2027.`,
  CALENDAR_BAD_NAME: (p) => `${p.where}.name moet een van deze zijn: ${p.allowed.join(', ')}.`,
  CALENDAR_BAD_DATE: (p) => `${p.where}.${p.field} is geen geldige datum (JJJJ-MM-DD).`,
  CALENDAR_BAD_CHAMBER: (p) => `${p.where}.chamber moet "EK" zijn: alleen de Eerste Kamer stuurt een rappel.`,
  CALENDAR_ANSWER_BEFORE_PEILDATUM: (p) => `${p.where}: het antwoord op het rappel ("answerDue", ${p.answerDue}) ligt voor de peildatum (${p.peildatum}).`,
  CALENDAR_TO_BEFORE_FROM: (p) => `${p.where}: "to" (${p.to}) ligt voor "from" (${p.from}).`,
  CALENDAR_RECESS_WRONG_YEAR: (p) => `${p.where}: het reces moet beginnen in het jaar ${p.year}, maar begint op ${p.from}.`,
  CALENDAR_DATE_WRONG_YEAR: (p) => `${p.where}: de datum ${p.date} valt niet in het jaar ${p.year}.`,
  CALENDAR_BAD_SOURCE: (p) => `${p.where}.source moet tekst zijn.`,
  CALENDAR_BAD_MINISTRY: (p) => `${p.where}.ministry moet een ministeriecode zijn, bijvoorbeeld "OCW" of "JenV".`,
};

export function calendarProblemNl(problem: CalendarProblem): string {
  const sentence = CALENDAR_PROBLEM_TEXT[problem.code] as (p: CalendarProblem) => string;
  return sentence(problem);
}
