// Reading an overview, in Dutch: one sentence per problem code the overview and layout readers
// return (src/domain/overview/types.ts). The domain says what it found and where; the words are here.
import type { ItemKind, ItemStatus } from '../domain/items.ts';
import type { OverviewProblem, OverviewProblemCode } from '../domain/overview/types.ts';

const theKind = (kind: ItemKind) => (kind === 'motie' ? 'de motie' : 'de toezegging');
const TheKind = (kind: ItemKind) => (kind === 'motie' ? 'De motie' : 'De toezegging');

const RECORDED_AS: Record<ItemStatus, string> = {
  open: 'open',
  done: 'afgerond',
  lapsed: 'vervallen',
  deleted: 'open',
};

/** A skipped line as the sentence quotes it: at most 60 characters. */
function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

type Sentences = { [C in OverviewProblemCode]: (problem: OverviewProblem & { code: C }) => string };

/** One sentence (or two) per problem code, for the person importing (the type makes the table complete). */
export const OVERVIEW_PROBLEM_TEXT: Sentences = {
  OVERVIEW_ITEM_NO_RESPONSIBLE: (p) =>
    `Bij ${theKind(p.kind)} op regel ${p.line} staat geen verantwoordelijke bewindspersoon (zoals SOCW) met een stand van zaken; de kolommen lijken verschoven.`,
  OVERVIEW_ITEM_NO_TEXT: (p) => `Bij ${theKind(p.kind)} op regel ${p.line} staat geen verzoek of toezegging.`,
  OVERVIEW_ITEM_NO_STATUS: (p) => `Bij ${theKind(p.kind)} op regel ${p.itemLine} staat geen stand van zaken.`,
  OVERVIEW_ITEM_NO_SUBMITTERS: (p) => `Bij ${theKind(p.kind)} op regel ${p.line} zijn de indieners niet te lezen.`,
  OVERVIEW_ITEM_NO_KAMERSTUK: (p) =>
    `Bij ${theKind(p.kind)} op regel ${p.line} staat geen voetnoot met een Kamerstuk; ${theKind(p.kind)} wordt zonder Kamerstuknummer opgenomen.`,
  OVERVIEW_ITEM_DUPLICATE_KAMERSTUK: (p) =>
    `${TheKind(p.kind)} op regel ${p.line} heeft hetzelfde Kamerstuk (${p.kamerstuk}) als de motie op regel ${p.firstLine}; een van beide voetnoten klopt niet.`,
  OVERVIEW_LINK_TARGET_MISSING: (p) =>
    `De stand van zaken van ${theKind(p.kind)} op regel ${p.itemLine} verwijst naar een ${p.direction === 'above' ? 'bovenstaande' : 'onderstaande'} motie, maar die staat er niet.`,
  OVERVIEW_FOOTNOTE_UNREADABLE: (p) =>
    `Voetnoot ${p.footnote} noemt een Kamerstuk, maar dossier- en ondernummer zijn niet te lezen: "${p.text}".`,
  OVERVIEW_FOOTNOTE_REPAIRED: (p) => `Voetnoot ${p.footnote} noemt vergaderjaar "${p.written}"; gelezen als ${p.read}.`,
  OVERVIEW_UNKNOWN_CODE: (p) => `De code ${p.bewindspersoon} op regel ${p.line} is geen bekende bewindspersoon; controleer of die klopt.`,
  OVERVIEW_LINE_SKIPPED: (p) => `Regel ${p.line} hoort bij geen enkele motie of toezegging en is overgeslagen: "${shorten(p.text)}".`,
  OVERVIEW_ROW_UNCLEAR: (p) =>
    `Regel ${p.line} lijkt het begin van een nieuwe motie of toezegging, maar zonder kop ("Motie van het lid …") en zonder verantwoordelijke (zoals SOCW) is niet te zien waar die begint.`,
  OVERVIEW_REFERENCE_ASSUMED: (p) =>
    p.vergaderjaar !== null
      ? `Bij ${theKind(p.kind)} op regel ${p.line} staat geen eigen vergaderjaar; "${p.expression}" is gelezen vanuit vergaderjaar ${p.vergaderjaar} (het vergaderjaar van de meeste items in dit overzicht).`
      : `Bij ${theKind(p.kind)} op regel ${p.line} staat geen vergaderjaar; "${p.expression}" is gelezen vanaf de documentdatum.`,
  LAYOUT_ROW_CUT_OFF: (p) => `Het document houdt op midden in ${theKind(p.kind)} op regel ${p.line}; wat er staat is opgenomen, controleer de rest.`,
  LAYOUT_TERM_UNREADABLE: (p) =>
    `De termijn "${p.term}" op regel ${p.line} is geen datum die de bot kan lezen; hij is letterlijk overgenomen, zonder uiterste datum.`,
  LAYOUT_STATUS_UNKNOWN: (p) =>
    `De status "${p.written}" op regel ${p.line} is onbekend; ${theKind(p.kind)} is opgenomen als ${RECORDED_AS[p.status]}.`,
};

/** The sentence of one problem found while reading an overview. */
export function overviewProblemNl(problem: OverviewProblem): string {
  const sentence = OVERVIEW_PROBLEM_TEXT[problem.code] as (p: OverviewProblem) => string;
  return sentence(problem);
}
