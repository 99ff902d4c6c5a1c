// motie datum "<tekst>" [--ref JJJJ-MM-DD] [--json]: shows which dates motiebot reads in a text.
import { amsterdamDate } from '../../clock.ts';
import { isIsoDate } from '../../domain/dates/calendar-date.ts';
import { explainDate } from '../../domain/dates/explain-date.ts';
import { impossibleDateIn } from '../../domain/dates/parse-term-input.ts';
import { datesOfText, type RoledExpression } from '../../domain/dates/pick-deadline.ts';
import type { DateRole } from '../../domain/dates/roles.ts';
import { contextOrExitCode } from '../context.ts';
import { SPECS } from '../specs.ts';
import type { CliCommand } from '../types.ts';

/** The fields of the JSON output, in a fixed order and without internal extras. */
function toJson(e: RoledExpression) {
  return {
    role: e.role,
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

/** Why a date is not a term, in the words of the CLI output. */
const ROLE_NL: Record<DateRole, string> = {
  deadline: 'termijn',
  reference: 'referentiepunt',
  content: 'inhoud van de maatregel',
  milestone: 'mijlpaal',
};

function roleNote(e: RoledExpression): string {
  if (e.role === 'deadline') return '';
  return ` (${ROLE_NL[e.role]}, geen termijn)`;
}

export const datumCommand: CliCommand = {
  ...SPECS.datum,
  run: (args, io) => {
    const text = args.positional.join(' ');
    if (text.trim() === '') {
      io.err('Gebruik: motie datum "<tekst>" [--ref JJJJ-MM-DD] [--json], bijvoorbeeld: motie datum "voor de zomer van 2025".');
      return 2;
    }
    const refFlag = args.flags.ref;
    let reference: string;
    if (refFlag === undefined) reference = amsterdamDate(io.now());
    else if (typeof refFlag === 'string' && isIsoDate(refFlag)) reference = refFlag;
    else {
      const shown = typeof refFlag === 'string' ? `"${String(refFlag)}"` : '(leeg)';
      io.err(`Ongeldige referentiedatum ${shown}: gebruik JJJJ-MM-DD, bijvoorbeeld --ref 2025-04-15.`);
      return 2;
    }
    // The calendar of the CLI's one context (MOTIEBOT_CALENDAR_FILE included), as `motie import` reads it.
    const context = contextOrExitCode(io);
    if (typeof context === 'number') return context;
    const { calendar } = context;
    // A day that does not exist is refused, never read as its month ("31 februari 2026").
    const impossible = impossibleDateIn(text);
    if (impossible) {
      io.err(`${impossible} Controleer de datum.`);
      return 2;
    }
    const { expressions, primary } = datesOfText(text, reference, calendar);

    if (args.flags.json) {
      io.out(
        JSON.stringify(
          { reference, expressions: expressions.map(toJson), primary: primary ? toJson(primary) : null },
          null,
          2,
        ),
      );
      return expressions.length === 0 ? 1 : 0;
    }
    if (expressions.length === 0) {
      // Nothing found is a failure for scripts too (exit 1), like grep.
      io.err(`Geen datumuitdrukking gevonden in "${text}".`);
      return 1;
    }
    io.out(`Referentiedatum: ${reference}`);
    for (const e of expressions) {
      const explained = explainDate(e);
      io.out(`- ${explained}${explained.includes('geen termijn') ? '' : roleNote(e)}`);
    }
    io.out(primary ? `Termijn: ${explainDate(primary)}` : 'Termijn: geen termijn (geen uitdrukking die een termijn geeft).');
    return 0;
  },
};
