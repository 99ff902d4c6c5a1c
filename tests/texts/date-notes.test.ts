// Issue 29: the date parser's `note` is a code with typed values (src/domain/dates/types.ts, DateNote); the Dutch
// is in src/texts/date-notes.nl.ts, word for word the sentence the parser wrote before. Per code: words the parser
// reads it from, the note it gives (at the top or as the anchor of an offset), and its Dutch.
import { describe, expect, it } from 'vitest';
import { parseDates } from '../../src/domain/dates/parse-dates.ts';
import type { DateExpression, DateNote, DateNoteCode } from '../../src/domain/dates/types.ts';
import { explainDate } from '../../src/texts/explain-date.nl.ts';
import { dateNoteNl, noteSaysEstimate } from '../../src/texts/date-notes.nl.ts';

const REF = '2025-04-15';

interface Row<C extends DateNoteCode> {
  text: string;
  note: DateNote & { code: C };
  nl: string;
}

/** Every code (the type makes the table complete): a text, the note the parser gives for it, and its Dutch. */
const ROWS: { [C in DateNoteCode]: Row<C> } = {
  WORK_WEEK: { text: 'een week voor week 12 van 2026', note: { code: 'WORK_WEEK' }, nl: 'maandag tot en met vrijdag van die week' },
  VAGUE_ESTIMATE: { text: 'in de komende weken', note: { code: 'VAGUE_ESTIMATE', amount: 6, unit: 'week' }, nl: 'vage termijn, geschat op 6 weken' },
  WITHIN_AFTER_DAY: {
    text: 'binnen een half jaar na Prinsjesdag',
    note: { code: 'WITHIN_AFTER_DAY', span: { n: 6, unit: 'month', halfYear: true }, from: '2025-09-16' },
    nl: 'een half jaar na 16 september 2025',
  },
  WITHIN_AFTER_REFERENCE: { text: 'binnen anderhalf jaar', note: { code: 'WITHIN_AFTER_REFERENCE', span: { n: 18, unit: 'month' } }, nl: '18 maanden na de referentiedatum' },
  DEPENDS_ON_EVENT: {
    text: 'binnen drie maanden na inwerkingtreding van de wet',
    note: { code: 'DEPENDS_ON_EVENT', event: 'inwerkingtreding van de wet' },
    nl: 'hangt af van inwerkingtreding van de wet',
  },
  OFFSET_BEFORE: {
    text: 'drie weken voor het zomerreces',
    note: { code: 'OFFSET_BEFORE', span: { n: 3, unit: 'week' }, base: '2025-07-04', anchor: { code: 'RECESS_START', recess: 'zomerreces' } },
    nl: '3 weken voor 4 juli 2025 (begin van het zomerreces)',
  },
  DAY_BEFORE_START: {
    text: 'voor de start van het schooljaar op 1 september 2026',
    note: { code: 'DAY_BEFORE_START', start: '2026-09-01' },
    nl: 'dag voor de start (1 september 2026)',
  },
  FIRST_WHOLE_PERIOD_END: { text: 'elk jaar', note: { code: 'FIRST_WHOLE_PERIOD_END' }, nl: 'einde van de eerste hele periode na de referentiedatum' },
  RECESS_FIRST_DAY: { text: 'drie weken voor aanvang van het kerstreces', note: { code: 'RECESS_FIRST_DAY', recess: 'kerstreces' }, nl: 'eerste dag van het kerstreces' },
  RECESS_LAST_DAY: { text: 'drie weken voor het einde van het zomerreces', note: { code: 'RECESS_LAST_DAY', recess: 'zomerreces' }, nl: 'laatste dag van het zomerreces' },
  DAY_BEFORE_RECESS: { text: 'voor het meireces', note: { code: 'DAY_BEFORE_RECESS', recess: 'meireces' }, nl: 'dag voor het meireces' },
  RECESS_START: { text: 'twee weken voor het herfstreces', note: { code: 'RECESS_START', recess: 'herfstreces' }, nl: 'begin van het herfstreces' },
  NEW_YEARS_EVE: { text: 'voor de jaarwisseling', note: { code: 'NEW_YEARS_EVE' }, nl: 'oudejaarsdag' },
  PRINSJESDAG: { text: 'voor Prinsjesdag 2030', note: { code: 'PRINSJESDAG', estimated: true }, nl: 'Prinsjesdag, derde dinsdag van september' },
  VERANTWOORDINGSDAG: { text: 'voor Verantwoordingsdag', note: { code: 'VERANTWOORDINGSDAG' }, nl: 'Verantwoordingsdag, derde woensdag van mei' },
  VOORJAARSNOTA: { text: 'voor de Voorjaarsnota', note: { code: 'VOORJAARSNOTA' }, nl: 'Voorjaarsnota: uiterlijk 1 juni' },
  NAJAARSNOTA: { text: 'bij de Najaarsnota', note: { code: 'NAJAARSNOTA' }, nl: 'Najaarsnota: uiterlijk 1 december' },
  SPRING_DECISIONS: { text: 'bij de voorjaarsbesluitvorming', note: { code: 'SPRING_DECISIONS' }, nl: 'voorjaarsbesluitvorming: uitkomst bij de Voorjaarsnota, uiterlijk 1 juni' },
  BEFORE_SPRING_DECISIONS: { text: 'voor de voorjaarsbesluitvorming', note: { code: 'BEFORE_SPRING_DECISIONS' }, nl: 'voor de voorjaarsbesluitvorming (maart)' },
  AUGUST_DECISIONS: { text: 'bij de augustusbesluitvorming', note: { code: 'AUGUST_DECISIONS' }, nl: 'augustusbesluitvorming: uitkomst op Prinsjesdag' },
  BEFORE_AUGUST_DECISIONS: { text: 'voor de augustusbesluitvorming', note: { code: 'BEFORE_AUGUST_DECISIONS' }, nl: 'voor de augustusbesluitvorming (augustus)' },
  VOORJAARSNOTA_DEBATE: { text: 'voor het debat over de Voorjaarsnota', note: { code: 'VOORJAARSNOTA_DEBATE' }, nl: 'debat over de Voorjaarsnota, voor het zomerreces' },
  BUDGET_DEBATE: {
    text: 'bij de begrotingsbehandeling van OCW',
    note: { code: 'BUDGET_DEBATE', ministry: 'OCW', estimated: true },
    nl: 'begrotingsbehandeling van OCW, geschat op 31 oktober',
  },
  MIDDLE_OF_PERIOD: { text: 'voor medio 2026', note: { code: 'MIDDLE_OF_PERIOD' }, nl: 'midden van de periode' },
  WEEK_AROUND: { text: 'rond 1 juli 2026', note: { code: 'WEEK_AROUND' }, nl: 'een week eromheen' },
  NOT_BEFORE: { text: 'niet voor 1 mei 2026', note: { code: 'NOT_BEFORE' }, nl: 'niet eerder dan deze datum' },
};

/** The notes of an expression: its own and, for an offset, the note of the day it counts from. */
function notesOf(e: DateExpression | undefined): DateNote[] {
  const out: DateNote[] = [];
  for (let n: DateNote | null | undefined = e?.note; n; n = n.code === 'OFFSET_BEFORE' ? n.anchor : null) out.push(n);
  return out;
}

describe('the date notes: a code with values, and its Dutch', () => {
  it.each(Object.entries(ROWS) as [DateNoteCode, Row<DateNoteCode>][])('%s', (_code, row) => {
    const [e] = parseDates(row.text, { reference: REF });
    expect(notesOf(e)).toContainEqual(row.note);
    expect(dateNoteNl(row.note)).toBe(row.nl);
  });

  it('words the variants of a code', () => {
    expect(dateNoteNl({ code: 'PRINSJESDAG', estimated: false })).toBe('Prinsjesdag');
    expect(dateNoteNl({ code: 'BUDGET_DEBATE', ministry: null, estimated: false })).toBe('begrotingsbehandeling');
    expect(dateNoteNl({ code: 'VAGUE_ESTIMATE', amount: 1, unit: 'month' })).toBe('vage termijn, geschat op 1 maand');
    expect(dateNoteNl({ code: 'VAGUE_ESTIMATE', amount: 3, unit: 'month' })).toBe('vage termijn, geschat op 3 maanden');
    expect(dateNoteNl({ code: 'WITHIN_AFTER_REFERENCE', span: { n: 1, unit: 'day' } })).toBe('1 dag na de referentiedatum');
    expect(dateNoteNl({ code: 'OFFSET_BEFORE', span: { n: 2, unit: 'year' }, base: '2026-01-01', anchor: null })).toBe('2 jaar voor 1 januari 2026');
  });

  it('a note that says "geschat" itself gets no extra "schatting"', () => {
    const estimated = ROWS.BUDGET_DEBATE.note;
    expect(noteSaysEstimate(estimated)).toBe(true);
    expect(noteSaysEstimate({ code: 'OFFSET_BEFORE', span: { n: 2, unit: 'week' }, base: '2025-10-31', anchor: estimated })).toBe(true);
    expect(noteSaysEstimate(ROWS.PRINSJESDAG.note)).toBe(false);
    expect(explainDate(parseDates('twee weken voor de begrotingsbehandeling', { reference: REF })[0]!)).toBe(
      'twee weken voor de begrotingsbehandeling → uiterlijk vrijdag 17 oktober 2025 (2 weken voor 31 oktober 2025 (begrotingsbehandeling, geschat op 31 oktober))',
    );
    expect(explainDate(parseDates('voor Prinsjesdag 2030', { reference: REF })[0]!)).toBe(
      'voor Prinsjesdag 2030 → uiterlijk dinsdag 17 september 2030 (Prinsjesdag, derde dinsdag van september; schatting)',
    );
  });
});
