// Issue 13: parseCalendarData says what is wrong with a calendar file as a code with values; the
// Dutch is in src/texts/calendar.nl.ts, word for word what MOTIEBOT_CALENDAR_FILE's check said before.
import { describe, expect, it } from 'vitest';
import { parseCalendarData, type CalendarProblem } from '../../src/domain/dates/calendar.ts';
import { CALENDAR_PROBLEM_TEXT, calendarProblemNl } from '../../src/texts/calendar.nl.ts';

const recess = (fields: Record<string, unknown>) => ({ recesses: [{ year: 2027, name: 'zomerreces', from: '2027-07-02', to: '2027-08-30', ...fields }] });
const event = (fields: Record<string, unknown>) => ({ events: [{ year: 2027, name: 'prinsjesdag', date: '2027-09-21', ...fields }] });

/** Per code: calendar JSON with that problem, and its sentence. */
const SAMPLES: Record<CalendarProblem['code'], [unknown, string]> = {
  CALENDAR_NOT_OBJECT: [[], 'De kalender moet een JSON-object zijn met "recesses", "events", "budgetDebates" en/of "rappels".'],
  CALENDAR_UNKNOWN_FIELD: [{ reces: [] }, 'Onbekend veld "reces" in de kalender; toegestaan zijn "recesses", "events", "budgetDebates" en "rappels".'],
  CALENDAR_NOT_LIST: [{ events: {} }, '"events" moet een lijst zijn.'],
  CALENDAR_ENTRY_NOT_OBJECT: [{ budgetDebates: ['OCW'] }, 'budgetDebates[0] moet een object zijn.'],
  CALENDAR_BAD_YEAR: [recess({ year: '2027' }), 'recesses[0].year moet een jaartal zijn, bijvoorbeeld 2027.'],
  CALENDAR_BAD_NAME: [event({ name: 'troonrede' }), 'events[0].name moet een van deze zijn: prinsjesdag, verantwoordingsdag.'],
  CALENDAR_BAD_DATE: [recess({ to: '2027-02-30' }), 'recesses[0].to is geen geldige datum (JJJJ-MM-DD).'],
  CALENDAR_TO_BEFORE_FROM: [recess({ from: '2027-09-30' }), 'recesses[0]: "to" (2027-08-30) ligt voor "from" (2027-09-30).'],
  CALENDAR_RECESS_WRONG_YEAR: [recess({ year: 2026 }), 'recesses[0]: het reces moet beginnen in het jaar 2026, maar begint op 2027-07-02.'],
  CALENDAR_DATE_WRONG_YEAR: [event({ date: '2028-09-19' }), 'events[0]: de datum 2028-09-19 valt niet in het jaar 2027.'],
  CALENDAR_BAD_SOURCE: [event({ source: 7 }), 'events[0].source moet tekst zijn.'],
  CALENDAR_BAD_CHAMBER: [{ rappels: [{ chamber: 'TK', peildatum: '2027-07-01', answerDue: '2027-09-10' }] }, 'rappels[0].chamber moet "EK" zijn: alleen de Eerste Kamer stuurt een rappel.'],
  CALENDAR_ANSWER_BEFORE_PEILDATUM: [{ rappels: [{ chamber: 'EK', peildatum: '2027-07-01', answerDue: '2027-06-10' }] }, 'rappels[0]: het antwoord op het rappel ("answerDue", 2027-06-10) ligt voor de peildatum (2027-07-01).'],
  CALENDAR_BAD_MINISTRY: [{ budgetDebates: [{ ministry: '', year: 2027, date: '2027-11-10' }] }, 'budgetDebates[0].ministry moet een ministeriecode zijn, bijvoorbeeld "OCW" of "JenV".'],
};

describe('calendar problems', () => {
  it.each(Object.keys(CALENDAR_PROBLEM_TEXT).map((code) => [code as CalendarProblem['code']]))('%s: a code with values and its Dutch sentence', (code) => {
    const [json, sentence] = SAMPLES[code];
    const result = parseCalendarData(json);
    expect(result).toMatchObject({ ok: false, code: 'CALENDAR_INVALID', problem: { code } });
    expect(result).not.toHaveProperty('message');
    expect(!result.ok && calendarProblemNl(result.problem)).toBe(sentence);
  });

  it('every code has a sample', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(CALENDAR_PROBLEM_TEXT).sort());
  });
});
