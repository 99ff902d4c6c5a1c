// motie datum "<tekst>" [--ref JJJJ-MM-DD] [--uitleg] [--json]: shows which dates motiebot reads in a text
// (--uitleg: per expression its role, the rule behind it, and why it was or was not chosen as the term).
import { amsterdamDate } from '../../clock.ts';
import { parseDay } from '../../domain/parse-day.ts';
import { explainDate } from '../../texts/explain-date.nl.ts';
import { formatDateNl } from '../../domain/dates/format-date.ts';
import { impossibleDateIn, parseTermInput, pastTermSpan, termProblem } from '../../domain/dates/parse-term-input.ts';
import { explainDatesOfText, type ExplainedExpression } from '../../domain/dates/pick-deadline.ts';
import { weekdayMismatch } from '../../domain/dates/weekday-check.ts';
import { contextOrExitCode } from '../context.ts';
import { SPECS } from '../specs.ts';
import { DATE_CLI, DATE_EXPLAIN } from '../texts.nl.ts';
import type { CliCommand } from '../types.ts';
import { impossibleDateNl, pastSpanNl, termInputNl } from '../../texts/dates.nl.ts';

/** Under --uitleg --json: a weekday written before the date that does not fit it. */
function weekdayJson(e: ExplainedExpression) {
  const slip = weekdayMismatch(e);
  return slip ? { weekdayMismatch: slip } : {};
}

/** The fields of the JSON output, in a fixed order and without internal extras. */
function toJson(e: ExplainedExpression, explain: boolean) {
  return {
    role: e.role,
    ...(explain ? { reason: e.reason, choice: e.choice, ...weekdayJson(e) } : {}),
    text: e.text,
    start: e.start,
    end: e.end,
    relation: e.relation,
    earliest: e.earliest,
    deadline: e.deadline,
    precision: e.precision,
    basis: e.basis,
    soft: e.soft,
    recurrence: e.recurrence,
  };
}

export const datumCommand: CliCommand = {
  ...SPECS.datum,
  run: (args, io) => {
    const text = args.positional.join(' ');
    if (text.trim() === '') {
      io.err(DATE_CLI.usage);
      return 2;
    }
    const refFlag = args.flags.ref;
    // Any way a person writes a day: "2025-04-15", "15-4-2025", "15 april 2025", "morgen".
    const refDay = typeof refFlag === 'string' ? parseDay(refFlag, amsterdamDate(io.now())) : null;
    let reference: string;
    if (refFlag === undefined) reference = amsterdamDate(io.now());
    else if (refDay) reference = refDay;
    else {
      io.err(DATE_CLI.badReference(typeof refFlag === 'string' ? refFlag : null));
      return 2;
    }
    // The calendar of the CLI's one context (MOTIEBOT_CALENDAR_FILE included), as `motie import` reads it.
    const context = contextOrExitCode(io);
    if (typeof context === 'number') return context;
    const { calendar } = context;
    // A day that does not exist is refused, never read as its month ("31 februari 2026").
    const impossible = impossibleDateIn(text);
    if (impossible) {
      io.err(DATE_CLI.impossible(impossibleDateNl(impossible)));
      return 2;
    }
    const { expressions, primary } = explainDatesOfText(text, reference, calendar);
    const explain = args.flags.uitleg === true;
    // What `motie termijn` and `/motie termijn` take from the same words: in a document a lone
    // date ("1-7-2025") is a reference point, typed as a term it is the term.
    const typed = parseTermInput(text, reference, calendar);
    const asTerm = typed.ok ? typed.expression : null;
    // Found means a document expression, or a typed term that still lies ahead: "morgen" is a
    // term, "gisteren" is not (exit 1 as before, so scripts can tell).
    const found = expressions.length > 0 || (asTerm !== null && asTerm.deadline !== null && asTerm.deadline >= reference);

    if (args.flags.json) {
      io.out(
        JSON.stringify(
          {
            reference,
            expressions: expressions.map((e) => toJson(e, explain)),
            primary: primary ? toJson(primary, explain) : null,
            asTerm: asTerm ? { text: asTerm.text, earliest: asTerm.earliest, deadline: asTerm.deadline, basis: asTerm.basis, soft: asTerm.soft } : null,
          },
          null,
          2,
        ),
      );
      return found ? 0 : 1;
    }
    const past = asTerm ? pastTermSpan(asTerm, reference) : null;
    if (!found) {
      // Nothing found is a failure for scripts too (exit 1), like grep; a typed term that already
      // passed ("gisteren") says so instead of "no date".
      io.err(asTerm && past ? DATE_CLI.pastTerm(explainDate(asTerm), pastSpanNl(past)) : DATE_CLI.nothingFound(text));
      return 1;
    }
    io.out(DATE_CLI.reference(formatDateNl(reference, { weekday: true })));
    for (const e of expressions) {
      io.out(DATE_CLI.expression(explainDate(e), e.role));
      if (explain) {
        io.out(DATE_EXPLAIN.role(e.role, e.reason));
        io.out(DATE_EXPLAIN.choice(e.choice));
        // "vrijdag 14 maart 2026" (a Saturday): the date counts, the weekday is noticed.
        const slip = weekdayMismatch(e);
        if (slip) io.out(DATE_EXPLAIN.weekday(slip.written, slip.actual, formatDateNl(slip.date)));
      }
    }
    io.out(DATE_CLI.term(primary ? explainDate(primary) : null));
    if (asTerm && asTerm.deadline !== primary?.deadline) io.out(DATE_CLI.asTerm(explainDate(asTerm), past ? pastSpanNl(past) : null));
    // "niet in april" typed as a term: no term, and why (every term in it is negated).
    if (!typed.ok && typed.code === 'DATE_NEGATED') io.out(DATE_CLI.asTermRefused(termInputNl(termProblem(typed))));
    return 0;
  },
};
