// Dutch words the Kamerbrief matcher reads letters with (tables, not scattered through regexes).

/** Subjects of letters that give the government's opinion before a vote: they do not fulfil a motie. */
export const APPRECIATION_OPENINGS: readonly RegExp[] = [/^\s*(?:kabinets)?appreciaties?\b/i, /^\s*(?:reactie\s+op\s+(?:de\s+)?)?(?:ingediende\s+)?moties?\s+(?:ingediend|tijdens)\b.*\bappreciatie/i];

/** "t.v.v." (ter vervanging van): a changed motie's own number, named with the one it replaces. */
export const REPLACES = /\bt\.\s?v\.\s?v\.?/i;

/** Debate kinds a toezegging is made in, as letters name them. */
export const DEBATE_WORDS: readonly string[] = [
  'commissiedebat', 'plenair debat', 'tweeminutendebat', 'dertigledendebat', 'notaoverleg', 'wetgevingsoverleg',
  'algemeen overleg', 'schriftelijk overleg', 'begrotingsbehandeling', 'debat', 'overleg', 'vragenuur',
];

/** Words too common in letters and moties to say anything about the subject. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'aan', 'aangenomen', 'aantal', 'alle', 'alsnog', 'andere', 'betreft', 'betrekking', 'bij', 'brengen', 'brief', 'daarbij',
  'daarvan', 'deze', 'dit', 'door', 'een', 'eerste', 'gedaan', 'gewijzigde', 'geven', 'heeft', 'het', 'hoe', 'inzake',
  'kabinet', 'kamer', 'kamerbrief', 'kamerstuk', 'kamerstukken', 'komen', 'leden', 'maken', 'meer', 'mogelijk',
  'mogelijkheden', 'motie', 'moties', 'naar', 'nader', 'niet', 'nieuwe', 'onder', 'onderzoek', 'onderzoeken', 'ontraden',
  'ook', 'opvolging', 'over', 'overleg', 'reactie', 'regering', 'stand', 'tijdens', 'toezegging', 'toezeggingen',
  'uitvoering', 'uitstel', 'van', 'verzoek', 'voor', 'voortgang', 'waarin', 'wordt', 'worden', 'zaken', 'zich', 'zijn',
  'zodat', 'zoals', 'gaan', 'laten', 'blijven', 'jaar', 'wijze', 'manier', 'plan', 'aanpak', 'verkennen', 'informeren',
]);

/** Name particles: "Van der Werf" is found as "van der werf", never by "van" alone. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', "'t", 'in', 'op', 'la', 'le', 'du', 'el']);
