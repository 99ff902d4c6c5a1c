// A person's decision that an import or the Tweede Kamer sync keeps, in one Dutch sentence:
// "De motie #4 staat op afgerond (gezet door <@U1>); het overzicht zegt open. De status blijft afgerond."
import type { ConflictCode, ConflictSource, DecisionConflict } from '../domain/conflict.ts';
import { STATUS_LABEL } from '../domain/status-words.ts';
import type { ItemDeadline } from '../domain/items.ts';
import { formatDateNl } from '../domain/dates/format-date.ts';
import { actorNl, termNl, type TextStyle } from './history.nl.ts';

const SOURCE: Record<ConflictSource, string> = {
  overview: 'het overzicht',
  'tk-motie': 'de Tweede Kamer',
  'tk-register': 'het toezeggingenregister',
};

const itemLabel = (c: DecisionConflict) => `${c.itemKind === 'motie' ? 'De motie' : 'De toezegging'} #${c.itemId}`;

function termOrNone(term: ItemDeadline | null, style: TextStyle): string {
  return term ? termNl({ text: term.text, date: term.deadline }, style) : 'geen termijn';
}

type Sentences = { [C in ConflictCode]: (conflict: DecisionConflict & { code: C }, style: TextStyle) => string };

/** One sentence per conflict code (the type makes the table complete). */
export const CONFLICT_TEXT: Sentences = {
  STATUS_KEPT: (c, s) =>
    `${itemLabel(c)} staat op ${STATUS_LABEL[c.current]} (gezet door ${actorNl(c.setBy, s)}); ${SOURCE[c.source]} zegt ${STATUS_LABEL[c.incoming]}. De status blijft ${STATUS_LABEL[c.current]}.`,
  STATUS_KEPT_AFTER_REMOVAL: (c, s) =>
    `${itemLabel(c)} is verwijderd uit de open data van de Tweede Kamer, maar staat op ${STATUS_LABEL[c.current]} (gezet door ${actorNl(c.setBy, s)}). De status blijft ${STATUS_LABEL[c.current]}.`,
  STATUS_TEXT_KEPT: (c, s) => {
    const says = c.incoming ? `zegt ${s.quote(`"${s.excerpt(c.incoming.replace(/\s+/g, ' '), 200)}"`)}` : 'heeft geen stand van zaken';
    const other = c.removed
      ? `het item is verwijderd uit de open data van de Tweede Kamer en vervalt; ${SOURCE[c.source]} ${says}`
      : c.documentDate
        ? `${SOURCE[c.source]} is van ${formatDateNl(c.documentDate)}, ouder dan die tekst, en ${says}`
        : `${SOURCE[c.source]} ${says}`;
    return `${itemLabel(c)} heeft een stand van zaken van ${actorNl(c.setBy, s)} (${formatDateNl(c.writtenOn)}); ${other}. De stand van zaken blijft staan.`;
  },
  TITLE_KEPT: (c, s) =>
    `${itemLabel(c)} heeft de titel ${s.quote(`"${s.excerpt(c.current, 120)}"`)} (gezet door ${actorNl(c.setBy, s)}); ${SOURCE[c.source]} noemt ${s.quote(`"${s.excerpt(c.incoming.replace(/\s+/g, ' '), 200)}"`)}. De titel blijft staan.`,
  TERM_KEPT: (c, s) =>
    `${itemLabel(c)} heeft als termijn ${termOrNone(c.currentTerm, s)} (gezet door ${actorNl(c.setBy, s)}); ${SOURCE[c.source]} zegt ${termOrNone(c.incomingTerm, s)}. De termijn blijft staan.`,
};

/** The sentence of one conflict. */
export function conflictNl(conflict: DecisionConflict, style: TextStyle): string {
  const sentence = CONFLICT_TEXT[conflict.code] as (c: DecisionConflict, s: TextStyle) => string;
  return sentence(conflict, style);
}
