// explainDate: one Dutch line that says what an expression the date parser read promises and why
// (the parser's own `note`, a code, in the words of date-notes.nl.ts).
import { formatDateNl } from '../domain/dates/format-date.ts';
import type { DateExpression } from '../domain/dates/types.ts';
import { dateNoteNl, noteSaysEstimate } from './date-notes.nl.ts';

function periodNl(period: string): string {
  const m = /^P(\d+)([YM])$/.exec(period);
  if (!m) return period;
  const n = Number(m[1]);
  if (m[2] === 'Y') return n === 1 ? 'elk jaar' : `elke ${n} jaar`;
  if (n === 1) return 'elke maand';
  if (n === 3) return 'elk kwartaal';
  if (n === 6) return 'elk halfjaar';
  return `elke ${n} maanden`;
}

function day(iso: string): string {
  return formatDateNl(iso, { weekday: true });
}

export function explainDate(e: DateExpression): string {
  const label = e.text.replace(/-\s*\n\s*(?=[a-z])/g, '').replace(/\s+/g, ' ').trim();
  const remarks: string[] = [];
  if (e.note) remarks.push(dateNoteNl(e.note));
  const estimated = e.note !== undefined && noteSaysEstimate(e.note);
  if (e.basis === 'estimate' && !estimated) remarks.push('schatting');
  const tail = (): string => (remarks.length > 0 ? ` (${remarks.join('; ')})` : '');

  if (e.relation === 'recurring') {
    const every = periodNl(e.recurrence?.period ?? '');
    if (e.deadline === null) return `${label} → terugkerend, ${every}; nog geen datum voor de eerstvolgende keer`;
    return `${label} → terugkerend, ${every}; eerstvolgende uiterlijk ${day(e.deadline)}${tail()}`;
  }
  if (e.relation === 'until') {
    return `${label} → loopt tot en met ${e.deadline ? day(e.deadline) : 'onbekend'} (mijlpaal, geen termijn)`;
  }
  if (e.relation === 'from') {
    return `${label} → vanaf ${e.earliest ? day(e.earliest) : 'onbekend'} (mijlpaal, geen termijn)`;
  }
  if (e.deadline === null) {
    if (e.relation === 'after' && e.earliest) return `${label} → niet eerder dan ${day(e.earliest)} (geen termijn)`;
    const reason = e.note ? dateNoteNl(e.note) : 'hangt af van een gebeurtenis zonder datum';
    return `${label} → nog geen datum: ${reason}`;
  }
  if (e.soft && e.note?.code !== 'VAGUE_ESTIMATE') remarks.push('vage termijn');
  if (e.relation === 'on') return `${label} → op ${day(e.deadline)}${tail()}`;
  if ((e.relation === 'in' || e.relation === 'around' || e.relation === 'after' || e.relation === 'within') && e.earliest && e.earliest !== e.deadline) {
    remarks.unshift(`vanaf ${formatDateNl(e.earliest)}`);
  }
  return `${label} → uiterlijk ${day(e.deadline)}${tail()}`;
}
