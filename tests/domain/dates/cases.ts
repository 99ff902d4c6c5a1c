// One row per form and variant of docs/DATES.md (and docs/DATES-RULES.md), with the expected
// interval written down by reading the specification. Shared by parse-dates.test.ts and the
// timezone check (tz-script.ts), so both run the same table.
import type { Basis, Precision, Recurrence, Relation } from '../../../src/domain/dates/types.ts';

export interface RuleCase {
  /** Input text; also the expected span unless `span` is set. */
  text: string;
  /** Reference date; 2023-03-20 unless set. */
  ref?: string;
  span?: string;
  relation: Relation;
  earliest: string | null;
  deadline: string | null;
  basis: Basis;
  precision?: Precision;
  soft?: boolean;
  recurrence?: Recurrence;
}

export const DEFAULT_REF = '2023-03-20';
const R = DEFAULT_REF;

export const RULE_CASES: RuleCase[] = [
  // op / uiterlijk / voor / vóór / eerder dan <day>
  { text: 'op 1 juli 2025', relation: 'on', earliest: R, deadline: '2025-07-01', basis: 'explicit', precision: 'day' },
  { text: 'uiterlijk 1 juli 2025', relation: 'by', earliest: R, deadline: '2025-07-01', basis: 'explicit', precision: 'day' },
  { text: 'voor 1 juli 2025', relation: 'by', earliest: R, deadline: '2025-07-01', basis: 'explicit' },
  { text: 'vóór 1 juli 2025', relation: 'by', earliest: R, deadline: '2025-07-01', basis: 'explicit' },
  { text: 'Vóór 1 juli 2025', relation: 'by', earliest: R, deadline: '2025-07-01', basis: 'explicit' },
  { text: 'eerder dan 1 juli 2025', relation: 'by', earliest: R, deadline: '2025-07-01', basis: 'explicit' },
  { text: 'voorafgaand aan 1 juli 2025', relation: 'by', earliest: R, deadline: '2025-07-01', basis: 'explicit' },
  { text: '1 juli 2025', relation: 'on', earliest: R, deadline: '2025-07-01', basis: 'explicit' },
  { text: 'uiterlijk 1-7-2025', relation: 'by', earliest: R, deadline: '2025-07-01', basis: 'explicit' },
  { text: 'uiterlijk 01-07-2025', relation: 'by', earliest: R, deadline: '2025-07-01', basis: 'explicit' },
  { text: 'uiterlijk 1/7/2025', relation: 'by', earliest: R, deadline: '2025-07-01', basis: 'explicit' },
  { text: 'op 2025-07-01', relation: 'on', earliest: R, deadline: '2025-07-01', basis: 'explicit' },
  { text: 'uiterlijk 1 jul. 2025', relation: 'by', earliest: R, deadline: '2025-07-01', basis: 'explicit' },
  { text: 'uiterlijk 1 jul 2025', relation: 'by', earliest: R, deadline: '2025-07-01', basis: 'explicit' },
  { text: 'voor 15 sept. 2023', relation: 'by', earliest: R, deadline: '2023-09-15', basis: 'explicit' },
  { text: 'op 3 feb 2024', relation: 'on', earliest: R, deadline: '2024-02-03', basis: 'explicit' },
  { text: 'uiterlijk 1 mrt 2024', relation: 'by', earliest: R, deadline: '2024-03-01', basis: 'explicit' },
  { text: 'op donderdag 3 juli 2025', relation: 'on', earliest: R, deadline: '2025-07-03', basis: 'explicit' },
  { text: 'uiterlijk 1e juli 2025', relation: 'by', earliest: R, deadline: '2025-07-01', basis: 'explicit' },
  { text: 'uiterlijk 29 februari 2024', relation: 'by', earliest: R, deadline: '2024-02-29', basis: 'explicit' },
  // A past day keeps its date; earliest never passes the deadline.
  { text: 'op 1 februari 2023', relation: 'on', earliest: '2023-02-01', deadline: '2023-02-01', basis: 'explicit' },
  // Missing year: the first occurrence whose deadline is on or after R.
  { text: 'op 12 juni', ref: '2025-04-15', relation: 'on', earliest: '2025-04-15', deadline: '2025-06-12', basis: 'explicit' },
  { text: 'op 12 juni', ref: '2025-06-20', relation: 'on', earliest: '2025-06-20', deadline: '2026-06-12', basis: 'explicit' },
  { text: 'voor 1 maart', relation: 'by', earliest: R, deadline: '2024-03-01', basis: 'explicit' },
  // na <day>: after, not a deadline by itself
  { text: 'na 1 juli 2025', relation: 'after', earliest: '2025-07-02', deadline: null, basis: 'explicit' },
  // in <month>
  { text: 'in april 2025', relation: 'in', earliest: '2025-04-01', deadline: '2025-04-30', basis: 'explicit', precision: 'month' },
  { text: 'april 2025', relation: 'in', earliest: '2025-04-01', deadline: '2025-04-30', basis: 'explicit' },
  { text: 'uiterlijk april 2025', relation: 'by', earliest: '2025-04-01', deadline: '2025-04-30', basis: 'explicit' },
  { text: 'uiterlijk in april 2025', relation: 'by', earliest: '2025-04-01', deadline: '2025-04-30', basis: 'explicit' },
  { text: 'in jan. 2025', relation: 'in', earliest: '2025-01-01', deadline: '2025-01-31', basis: 'explicit' },
  { text: 'sept 2024', relation: 'in', earliest: '2024-09-01', deadline: '2024-09-30', basis: 'explicit' },
  { text: 'in april', relation: 'in', earliest: '2023-04-01', deadline: '2023-04-30', basis: 'explicit' },
  { text: 'in april', ref: '2023-05-10', relation: 'in', earliest: '2024-04-01', deadline: '2024-04-30', basis: 'explicit' },
  { text: 'in maart van volgend jaar', relation: 'in', earliest: '2024-03-01', deadline: '2024-03-31', basis: 'explicit' },
  // voor + a period: the day before it starts
  { text: 'voor april 2025', relation: 'by', earliest: R, deadline: '2025-03-31', basis: 'explicit' },
  { text: 'vóór april 2025', relation: 'by', earliest: R, deadline: '2025-03-31', basis: 'explicit' },
  { text: 'voor het voorjaar 2023', ref: '2022-10-01', relation: 'by', earliest: '2022-10-01', deadline: '2023-02-28', basis: 'rule' },
  { text: 'voor 2025', relation: 'by', earliest: R, deadline: '2024-12-31', basis: 'rule' },
  { text: 'Voor 2025 ontvangt uw Kamer 3 rapporten.', span: 'Voor 2025', relation: 'by', earliest: R, deadline: '2024-12-31', basis: 'rule' },
  { text: 'voor Q3 2024', relation: 'by', earliest: R, deadline: '2024-06-30', basis: 'rule' },
  // begin / medio (half, midden) / eind <month>
  { text: 'begin april 2025', relation: 'in', earliest: '2025-04-01', deadline: '2025-04-10', basis: 'rule' },
  { text: 'medio april 2025', relation: 'in', earliest: '2025-04-11', deadline: '2025-04-20', basis: 'rule' },
  { text: 'half april 2025', relation: 'in', earliest: '2025-04-11', deadline: '2025-04-20', basis: 'rule' },
  { text: 'midden april 2025', relation: 'in', earliest: '2025-04-11', deadline: '2025-04-20', basis: 'rule' },
  { text: 'eind april 2025', relation: 'in', earliest: '2025-04-21', deadline: '2025-04-30', basis: 'rule' },
  { text: 'eind februari 2024', relation: 'in', earliest: '2024-02-21', deadline: '2024-02-29', basis: 'rule' },
  { text: 'uiterlijk eind maart 2026', relation: 'by', earliest: '2026-03-21', deadline: '2026-03-31', basis: 'rule' },
  // quarters
  { text: 'Q1 2025', relation: 'in', earliest: '2025-01-01', deadline: '2025-03-31', basis: 'rule', precision: 'quarter' },
  { text: 'in Q1 2025', relation: 'in', earliest: '2025-01-01', deadline: '2025-03-31', basis: 'rule' },
  { text: 'in Q1 van 2025', relation: 'in', earliest: '2025-01-01', deadline: '2025-03-31', basis: 'rule' },
  { text: 'K1 2025', relation: 'in', earliest: '2025-01-01', deadline: '2025-03-31', basis: 'rule' },
  { text: 'in K2 2024', relation: 'in', earliest: '2024-04-01', deadline: '2024-06-30', basis: 'rule' },
  { text: 'eerste kwartaal van 2025', relation: 'in', earliest: '2025-01-01', deadline: '2025-03-31', basis: 'rule' },
  { text: 'in het eerste kwartaal van 2025', relation: 'in', earliest: '2025-01-01', deadline: '2025-03-31', basis: 'rule' },
  { text: 'in het 1e kwartaal van 2025', relation: 'in', earliest: '2025-01-01', deadline: '2025-03-31', basis: 'rule' },
  { text: 'tweede kwartaal 2024', relation: 'in', earliest: '2024-04-01', deadline: '2024-06-30', basis: 'rule' },
  { text: 'in het derde kwartaal van 2024', relation: 'in', earliest: '2024-07-01', deadline: '2024-09-30', basis: 'rule' },
  { text: 'in het vierde kwartaal van dit jaar', relation: 'in', earliest: '2023-10-01', deadline: '2023-12-31', basis: 'rule' },
  { text: 'uiterlijk Q4 2024', relation: 'by', earliest: '2024-10-01', deadline: '2024-12-31', basis: 'rule' },
  { text: 'in Q3', relation: 'in', earliest: '2023-07-01', deadline: '2023-09-30', basis: 'rule' },
  { text: 'in Q1', relation: 'in', earliest: '2023-01-01', deadline: '2023-03-31', basis: 'rule' },
  { text: 'dit kwartaal', relation: 'in', earliest: '2023-01-01', deadline: '2023-03-31', basis: 'rule' },
  { text: 'volgend kwartaal', relation: 'in', earliest: '2023-04-01', deadline: '2023-06-30', basis: 'rule' },
  // halves
  { text: 'de eerste helft van 2025', relation: 'in', earliest: '2025-01-01', deadline: '2025-06-30', basis: 'rule', precision: 'half' },
  { text: 'in de tweede helft van 2025', relation: 'in', earliest: '2025-07-01', deadline: '2025-12-31', basis: 'rule' },
  { text: 'in de eerste helft van volgend jaar', relation: 'in', earliest: '2024-01-01', deadline: '2024-06-30', basis: 'rule' },
  { text: 'in het tweede halfjaar van 2024', relation: 'in', earliest: '2024-07-01', deadline: '2024-12-31', basis: 'rule' },
  // years
  { text: 'in 2025', relation: 'in', earliest: '2025-01-01', deadline: '2025-12-31', basis: 'rule', precision: 'year' },
  { text: 'in de loop van 2025', relation: 'in', earliest: '2025-01-01', deadline: '2025-12-31', basis: 'rule' },
  { text: 'dit jaar', relation: 'in', earliest: '2023-01-01', deadline: '2023-12-31', basis: 'rule' },
  { text: 'volgend jaar', relation: 'in', earliest: '2024-01-01', deadline: '2024-12-31', basis: 'rule' },
  { text: 'komend jaar', relation: 'in', earliest: '2024-01-01', deadline: '2024-12-31', basis: 'rule' },
  { text: 'vorig jaar', relation: 'in', earliest: '2022-01-01', deadline: '2022-12-31', basis: 'rule' },
  { text: 'na 2025', relation: 'after', earliest: '2026-01-01', deadline: null, basis: 'rule' },
  // begin / medio / eind of a year
  { text: 'begin 2026', relation: 'in', earliest: '2026-01-01', deadline: '2026-03-31', basis: 'rule' },
  { text: 'in de eerste maanden van 2026', relation: 'in', earliest: '2026-01-01', deadline: '2026-03-31', basis: 'rule' },
  { text: 'begin volgend jaar', relation: 'in', earliest: '2024-01-01', deadline: '2024-03-31', basis: 'rule' },
  { text: 'medio 2025', relation: 'in', earliest: '2025-05-01', deadline: '2025-07-31', basis: 'rule' },
  { text: 'halverwege 2025', relation: 'in', earliest: '2025-05-01', deadline: '2025-07-31', basis: 'rule' },
  { text: 'midden 2025', relation: 'in', earliest: '2025-05-01', deadline: '2025-07-31', basis: 'rule' },
  { text: 'eind 2025', relation: 'in', earliest: '2025-10-01', deadline: '2025-12-31', basis: 'rule' },
  { text: 'eind dit jaar', relation: 'in', earliest: '2023-10-01', deadline: '2023-12-31', basis: 'rule' },
  { text: 'voor het einde van het jaar', relation: 'by', earliest: '2023-10-01', deadline: '2023-12-31', basis: 'rule' },
  { text: 'uiterlijk eind 2025', relation: 'by', earliest: '2025-10-01', deadline: '2025-12-31', basis: 'rule' },
  { text: 'voor eind 2025', relation: 'by', earliest: '2025-10-01', deadline: '2025-12-31', basis: 'rule' },
  { text: 'tot eind 2025', relation: 'until', earliest: null, deadline: '2025-12-31', basis: 'rule' },
  // voorjaar / lente
  { text: 'in het voorjaar van 2024', relation: 'in', earliest: '2024-03-01', deadline: '2024-06-30', basis: 'rule', precision: 'season' },
  { text: 'in het voorjaar 2024', relation: 'in', earliest: '2024-03-01', deadline: '2024-06-30', basis: 'rule' },
  { text: 'in de lente van 2024', relation: 'in', earliest: '2024-03-01', deadline: '2024-06-30', basis: 'rule' },
  { text: 'in het voorjaar', ref: '2023-09-15', relation: 'in', earliest: '2024-03-01', deadline: '2024-06-30', basis: 'rule' },
  { text: 'komend voorjaar', relation: 'in', earliest: '2023-03-01', deadline: '2023-06-30', basis: 'rule' },
  { text: 'volgend voorjaar', relation: 'in', earliest: '2024-03-01', deadline: '2024-06-30', basis: 'rule' },
  // begin / eind <season>: first or last third
  { text: 'begin voorjaar 2024', relation: 'in', earliest: '2024-03-01', deadline: '2024-04-10', basis: 'rule' },
  { text: 'eind voorjaar 2024', relation: 'in', earliest: '2024-05-21', deadline: '2024-06-30', basis: 'rule' },
  { text: 'in het vroege najaar van 2024', relation: 'in', earliest: '2024-09-01', deadline: '2024-10-07', basis: 'estimate' },
  { text: 'het late najaar van 2023', relation: 'in', earliest: '2023-11-15', deadline: '2023-12-21', basis: 'calendar' },
  // zomer
  { text: 'in de zomer van 2024', relation: 'in', earliest: '2024-06-01', deadline: '2024-09-02', basis: 'calendar' },
  { text: 'deze zomer', relation: 'in', earliest: '2023-06-01', deadline: '2023-09-04', basis: 'calendar' },
  { text: 'in de zomer', relation: 'in', earliest: '2023-06-01', deadline: '2023-09-04', basis: 'calendar' },
  { text: 'voor de zomer van 2025', relation: 'by', earliest: R, deadline: '2025-07-03', basis: 'calendar' },
  { text: 'voor de zomer 2025', relation: 'by', earliest: R, deadline: '2025-07-03', basis: 'calendar' },
  { text: 'Vóór de zomer', relation: 'by', earliest: R, deadline: '2023-07-06', basis: 'calendar' },
  { text: 'vóór het zomerreces', relation: 'by', earliest: R, deadline: '2023-07-06', basis: 'calendar' },
  { text: 'voor de zomer', ref: '2022-09-15', relation: 'by', earliest: '2022-09-15', deadline: '2023-07-06', basis: 'calendar' },
  { text: 'voor de zomer van 2027', relation: 'by', earliest: R, deadline: '2027-07-08', basis: 'estimate' },
  { text: 'rond de zomer van 2024', relation: 'around', earliest: '2024-06-01', deadline: '2024-09-02', basis: 'calendar' },
  { text: 'na de zomer', relation: 'after', earliest: '2023-09-05', deadline: '2023-12-21', basis: 'calendar', soft: true },
  { text: 'na het zomerreces', relation: 'after', earliest: '2023-09-05', deadline: '2023-12-21', basis: 'calendar', soft: true },
  { text: 'na de zomer van 2025', relation: 'after', earliest: '2025-09-02', deadline: '2025-12-18', basis: 'calendar', soft: true },
  // najaar / herfst
  { text: 'in het najaar van 2023', relation: 'in', earliest: '2023-09-01', deadline: '2023-12-21', basis: 'calendar' },
  { text: 'in de herfst van 2023', relation: 'in', earliest: '2023-09-01', deadline: '2023-12-21', basis: 'calendar' },
  { text: 'dit najaar', relation: 'in', earliest: '2023-09-01', deadline: '2023-12-21', basis: 'calendar' },
  { text: 'dit najaar', ref: '2023-12-28', relation: 'in', earliest: '2023-09-01', deadline: '2023-12-21', basis: 'calendar' },
  { text: 'in het najaar', relation: 'in', earliest: '2023-09-01', deadline: '2023-12-21', basis: 'calendar' },
  { text: 'in het najaar van 2024', relation: 'in', earliest: '2024-09-01', deadline: '2024-12-19', basis: 'estimate' },
  { text: 'voor het najaar van 2024', relation: 'by', earliest: R, deadline: '2024-08-31', basis: 'rule' },
  // winter
  { text: 'in de winter van 2023/2024', relation: 'in', earliest: '2023-12-01', deadline: '2024-03-20', basis: 'rule' },
  { text: 'in de winter van 2023/24', relation: 'in', earliest: '2023-12-01', deadline: '2024-03-20', basis: 'rule' },
  { text: 'deze winter', ref: '2024-02-10', relation: 'in', earliest: '2023-12-01', deadline: '2024-03-20', basis: 'rule' },
  { text: 'deze winter', ref: '2023-05-01', relation: 'in', earliest: '2023-12-01', deadline: '2024-03-20', basis: 'rule' },
  // recesses
  { text: 'voor het kerstreces', relation: 'by', earliest: R, deadline: '2023-12-21', basis: 'calendar', precision: 'event' },
  { text: 'voor het meireces', relation: 'by', earliest: R, deadline: '2023-04-20', basis: 'calendar' },
  { text: 'voor het herfstreces', relation: 'by', earliest: R, deadline: '2023-10-12', basis: 'calendar' },
  { text: 'voor het voorjaarsreces', relation: 'by', earliest: R, deadline: '2024-02-15', basis: 'calendar' },
  { text: 'voor het krokusreces', relation: 'by', earliest: R, deadline: '2024-02-15', basis: 'calendar' },
  { text: 'voor het kerstreces van 2024', relation: 'by', earliest: R, deadline: '2024-12-19', basis: 'estimate' },
  { text: 'tijdens het zomerreces', relation: 'in', earliest: '2023-07-07', deadline: '2023-09-04', basis: 'calendar' },
  // Prinsjesdag, Miljoenennota, begroting voor Y+1
  { text: 'voor Prinsjesdag', relation: 'by', earliest: R, deadline: '2023-09-19', basis: 'calendar', precision: 'event' },
  { text: 'op Prinsjesdag', relation: 'on', earliest: R, deadline: '2023-09-19', basis: 'calendar' },
  { text: 'bij Prinsjesdag', relation: 'by', earliest: R, deadline: '2023-09-19', basis: 'calendar' },
  { text: 'met Prinsjesdag', relation: 'by', earliest: R, deadline: '2023-09-19', basis: 'calendar' },
  { text: 'bij de Miljoenennota', relation: 'by', earliest: R, deadline: '2023-09-19', basis: 'calendar' },
  { text: 'bij de begroting voor 2024', relation: 'by', earliest: R, deadline: '2023-09-19', basis: 'calendar' },
  { text: 'voor Prinsjesdag 2027', relation: 'by', earliest: R, deadline: '2027-09-21', basis: 'estimate' },
  // an event on a named day
  { text: 'voor het debat van 9 mei', relation: 'by', earliest: R, deadline: '2023-05-09', basis: 'explicit' },
  { text: 'voor het commissiedebat van 9 mei 2024', relation: 'by', earliest: R, deadline: '2024-05-09', basis: 'explicit' },
  { text: 'voor het WGO van 9 mei', relation: 'by', earliest: R, deadline: '2023-05-09', basis: 'explicit' },
  // an offset before an anchor
  { text: 'drie weken voor aanvang van het zomerreces', relation: 'by', earliest: R, deadline: '2023-06-16', basis: 'calendar' },
  { text: 'een maand voor Prinsjesdag', relation: 'by', earliest: R, deadline: '2023-08-19', basis: 'calendar' },
  { text: 'twee weken voor 1 juli 2025', relation: 'by', earliest: R, deadline: '2025-06-17', basis: 'rule' },
  // Voorjaarsnota, Najaarsnota, Verantwoordingsdag
  { text: 'bij de Voorjaarsnota 2024', relation: 'by', earliest: R, deadline: '2024-06-01', basis: 'rule' },
  { text: 'voor de Voorjaarsnota', relation: 'by', earliest: R, deadline: '2023-06-01', basis: 'rule' },
  { text: 'bij de Najaarsnota', relation: 'by', earliest: R, deadline: '2023-12-01', basis: 'rule' },
  { text: 'op Verantwoordingsdag', relation: 'on', earliest: R, deadline: '2023-05-17', basis: 'rule' },
  { text: 'voor Verantwoordingsdag 2024', relation: 'by', earliest: R, deadline: '2024-05-15', basis: 'rule' },
  // begrotingsbehandeling
  { text: 'voor de begrotingsbehandeling van OCW', relation: 'by', earliest: R, deadline: '2023-10-31', basis: 'estimate' },
  { text: 'voor de begrotingsbehandeling', relation: 'by', earliest: R, deadline: '2023-10-31', basis: 'estimate' },
  { text: 'voor het debat over de begroting van OCW', relation: 'by', earliest: R, deadline: '2023-10-31', basis: 'estimate' },
  { text: 'voor de behandeling van de begroting 2024', relation: 'by', earliest: R, deadline: '2023-10-31', basis: 'estimate' },
  { text: 'voor de behandeling van de OCW-begroting', relation: 'by', earliest: R, deadline: '2023-10-31', basis: 'estimate' },
  // R from September to December: the same autumn, even when 31 October has passed.
  { text: 'voor de begrotingsbehandeling van OCW', ref: '2023-11-15', relation: 'by', earliest: '2023-10-31', deadline: '2023-10-31', basis: 'estimate' },
  // jaarwisseling
  { text: 'rond de jaarwisseling', relation: 'around', earliest: '2023-12-01', deadline: '2024-01-15', basis: 'calendar' },
  { text: 'voor de jaarwisseling', relation: 'by', earliest: R, deadline: '2023-12-31', basis: 'rule' },
  // recurring
  { text: 'om de vier jaar (eerstvolgende in 2024)', relation: 'recurring', earliest: '2024-01-01', deadline: '2024-12-31', basis: 'rule', recurrence: { period: 'P4Y', next: '2024-12-31' } },
  { text: 'om de twee jaar, eerstvolgende in 2025', relation: 'recurring', earliest: '2025-01-01', deadline: '2025-12-31', basis: 'rule', recurrence: { period: 'P2Y', next: '2025-12-31' } },
  { text: 'om de vier jaar', relation: 'recurring', earliest: null, deadline: null, basis: 'rule', recurrence: { period: 'P4Y', next: null } },
  { text: 'jaarlijks voor de zomer', relation: 'recurring', earliest: R, deadline: '2023-07-06', basis: 'calendar', recurrence: { period: 'P1Y', next: '2023-07-06' } },
  { text: 'elk jaar voor de zomer', relation: 'recurring', earliest: R, deadline: '2023-07-06', basis: 'calendar', recurrence: { period: 'P1Y', next: '2023-07-06' } },
  { text: 'ieder jaar bij de Voorjaarsnota', relation: 'recurring', earliest: R, deadline: '2023-06-01', basis: 'rule', recurrence: { period: 'P1Y', next: '2023-06-01' } },
  { text: 'jaarlijks', relation: 'recurring', earliest: null, deadline: '2024-12-31', basis: 'rule', recurrence: { period: 'P1Y', next: '2024-12-31' } },
  { text: 'halfjaarlijks', relation: 'recurring', earliest: null, deadline: '2023-12-31', basis: 'rule', recurrence: { period: 'P6M', next: '2023-12-31' } },
  { text: 'elk kwartaal', relation: 'recurring', earliest: null, deadline: '2023-06-30', basis: 'rule', recurrence: { period: 'P3M', next: '2023-06-30' } },
  { text: 'per kwartaal', relation: 'recurring', earliest: null, deadline: '2023-06-30', basis: 'rule', recurrence: { period: 'P3M', next: '2023-06-30' } },
  { text: 'maandelijks', relation: 'recurring', earliest: null, deadline: '2023-04-30', basis: 'rule', recurrence: { period: 'P1M', next: '2023-04-30' } },
  // binnen N …
  { text: 'binnen drie maanden', relation: 'within', earliest: R, deadline: '2023-06-20', basis: 'rule' },
  { text: 'binnen 14 dagen', relation: 'within', earliest: R, deadline: '2023-04-03', basis: 'rule' },
  { text: 'binnen zes weken', relation: 'within', earliest: R, deadline: '2023-05-01', basis: 'rule' },
  { text: 'binnen een jaar', relation: 'within', earliest: R, deadline: '2024-03-20', basis: 'rule' },
  { text: 'binnen een half jaar', relation: 'within', earliest: R, deadline: '2023-09-20', basis: 'rule' },
  { text: 'binnen drie maanden na inwerkingtreding', relation: 'within', earliest: null, deadline: null, basis: 'rule' },
  { text: 'binnen zes weken na publicatie van het rapport', relation: 'within', earliest: null, deadline: null, basis: 'rule' },
  // over N maanden
  { text: 'over twee maanden', relation: 'in', earliest: '2023-05-01', deadline: '2023-05-31', basis: 'rule', precision: 'month' },
  // vague terms
  { text: 'onmiddellijk', relation: 'by', earliest: R, deadline: '2023-04-20', basis: 'estimate', soft: true, precision: 'vague' },
  { text: 'per direct', relation: 'by', earliest: R, deadline: '2023-04-20', basis: 'estimate', soft: true },
  { text: 'De Kamer wordt direct geïnformeerd.', span: 'direct', relation: 'by', earliest: R, deadline: '2023-04-20', basis: 'estimate', soft: true },
  { text: 'op korte termijn', relation: 'by', earliest: R, deadline: '2023-06-20', basis: 'estimate', soft: true },
  { text: 'zo spoedig mogelijk', relation: 'by', earliest: R, deadline: '2023-06-20', basis: 'estimate', soft: true },
  { text: 'zo snel mogelijk', relation: 'by', earliest: R, deadline: '2023-06-20', basis: 'estimate', soft: true },
  { text: 'z.s.m.', relation: 'by', earliest: R, deadline: '2023-06-20', basis: 'estimate', soft: true },
  { text: 'binnenkort', relation: 'by', earliest: R, deadline: '2023-06-20', basis: 'estimate', soft: true },
  { text: 'De Kamer wordt spoedig geïnformeerd.', span: 'spoedig', relation: 'by', earliest: R, deadline: '2023-06-20', basis: 'estimate', soft: true },
  { text: 'de komende weken', relation: 'by', earliest: R, deadline: '2023-05-01', basis: 'estimate', soft: true },
  { text: 'de komende maanden', relation: 'by', earliest: R, deadline: '2023-09-20', basis: 'estimate', soft: true },
  // tot / tot en met (until) and per / vanaf / met ingang van (from)
  { text: 'tot april 2027', relation: 'until', earliest: null, deadline: '2027-03-31', basis: 'explicit' },
  { text: 'tot en met april 2027', relation: 'until', earliest: null, deadline: '2027-04-30', basis: 'explicit' },
  { text: 't/m april 2027', relation: 'until', earliest: null, deadline: '2027-04-30', basis: 'explicit' },
  { text: 'tot 1 juli 2025', relation: 'until', earliest: null, deadline: '2025-06-30', basis: 'explicit' },
  { text: 'per 1 januari 2025', relation: 'from', earliest: '2025-01-01', deadline: null, basis: 'explicit' },
  { text: 'vanaf 1 januari 2025', relation: 'from', earliest: '2025-01-01', deadline: null, basis: 'explicit' },
  { text: 'met ingang van 1 januari 2025', relation: 'from', earliest: '2025-01-01', deadline: null, basis: 'explicit' },
  // ranges
  { text: 'tussen 1 maart en 1 mei 2024', relation: 'in', earliest: '2024-03-01', deadline: '2024-05-01', basis: 'explicit' },
  { text: 'van september tot en met december 2023', relation: 'in', earliest: '2023-09-01', deadline: '2023-12-31', basis: 'explicit' },
  { text: 'september t/m december 2023', relation: 'in', earliest: '2023-09-01', deadline: '2023-12-31', basis: 'explicit' },
  { text: 'van 1 maart tot 1 mei 2024', relation: 'in', earliest: '2024-03-01', deadline: '2024-04-30', basis: 'explicit' },
  { text: 'in de periode 2024-2026', relation: 'in', earliest: '2024-01-01', deadline: '2026-12-31', basis: 'rule' },
  { text: 'tussen november en februari 2025', relation: 'in', earliest: '2024-11-01', deadline: '2025-02-28', basis: 'explicit' },
  // PDF leftovers: line breaks, hyphenated line breaks
  { text: 'in het najaar van\n2024', relation: 'in', earliest: '2024-09-01', deadline: '2024-12-19', basis: 'estimate' },
  { text: 'in het najaar van \n2024', relation: 'in', earliest: '2024-09-01', deadline: '2024-12-19', basis: 'estimate' },
  { text: 'voor de behandeling van de begro-\nting 2024', relation: 'by', earliest: R, deadline: '2023-10-31', basis: 'estimate' },
  { text: 'uiterlijk eind\n2025', relation: 'by', earliest: '2025-10-01', deadline: '2025-12-31', basis: 'rule' },
  { text: 'voor de zo-\nmer van 2025', relation: 'by', earliest: R, deadline: '2025-07-03', basis: 'calendar' },
  { text: 'UITERLIJK 1 JULI 2025', relation: 'by', earliest: R, deadline: '2025-07-01', basis: 'explicit' },
];

/** Texts with no date expression at all. */
export const NEGATIVE_CASES: string[] = [
  'Kamerstuk 36 200 VIII, nr. 12',
  'Zie Kamerstukken II 2022/23, 31 293, nr. 650.',
  'Kamerstukken II 2023-24, 24170, nr. 310',
  'Kamerstukken II 202/25, 34843, nr. 116.',
  'Kamerstukken II 2021/22, 35925-VIII, nr. 124.',
  'artikel 4, tweede lid, blijft ongewijzigd',
  'Inmiddels zijn 12 van de 15 scholen bereikt.',
  'De regeling kost jaarlijks 25 miljoen euro en geldt voor 3 jaar.',
  'Het budget is 2,5 miljoen per jaar.',
  'Het advies van Jan de Vries is verwerkt.',
  'Dit is zo goed mogelijk verwerkt in het wetsvoorstel.',
  'Zo krijgt het thema extra aandacht. Zo gaan we verder.',
  'Augustus de Sterke was er ook.',
  'Er zijn in 2000 gevallen gemeld.',
  'De begroting 2024 bevat een reservering.',
  'Gemeenten moeten zich voorbereiden op de winter.',
  'De direct betrokken partijen zijn gehoord.',
  'Dat is op termijn nodig.',
  'Ook de komende jaren zal het kabinet projecten ondersteunen.',
  'Het kost € 1.250.000 per kwartaal.',
  'Hoofdstuk 3.2.1 gaat over de aanpak.',
  'Versie 1-2-3 van het plan.',
  'Voor 2025 is 3 miljoen beschikbaar.',
  'Voor 2025 en 2026 is extra geld gereserveerd.',
  'Voor 2025 wordt € 5 miljoen vrijgemaakt.',
  '',
];
