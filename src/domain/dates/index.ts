// Public API of the Dutch date parser.
export type { Basis, ChosenDeadline, DateExpression, IsoDate, Precision, Recurrence, Relation } from './types.ts';
export { mayRecur, parseDates, type ParseDatesOptions } from './parse-dates.ts';
export {
  dateTextOf,
  pickDeadline,
  referenceFromVergaderjaar,
  tryReferenceFromVergaderjaar,
  type PickDeadlineInput,
} from './pick-deadline.ts';
export {
  defaultCalendar,
  estimateRecess,
  lookupBudgetDebate,
  lookupPrinsjesdag,
  lookupRecess,
  lookupVerantwoordingsdag,
  mergeCalendars,
  parseCalendarData,
  CALENDAR_EVENT_NAMES,
  RECESS_NAMES,
  type BudgetDebateEntry,
  type CalendarEventEntry,
  type CalendarEventName,
  type CalendarParseResult,
  type DayLookup,
  type ParliamentaryCalendar,
  type RecessEntry,
  type RecessLookup,
  type RecessName,
} from './calendar.ts';
export { formatDateNl } from './format-date.ts';
export { parseTermInput, type ParseTermInputResult, type TermInputProblem, type ImpossibleDate, type PastSpan } from './parse-term-input.ts';
export { isIsoDate } from './calendar-date.ts';
