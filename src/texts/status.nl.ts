// The words of `/motie status` (src/slack/blocks/status.ts) and the App Home (src/slack/blocks/home.ts):
// headings, counts, empty lists and "en nog …". Values from people arrive escaped.
import type { StatusCounts } from '../domain/due.ts';
import type { StatusGroup } from '../domain/status-filter.ts';

/** `/motie status`. */
export const STATUS_LIST = {
  counts: (c: StatusCounts) =>
    `*${c.open}* open · *${c.overdue}* te laat · *${c.soon}* binnen 4 weken · *${c.later}* later · *${c.noTerm}* zonder termijn · *${c.done}* afgerond`,
  /** The heading of each group. */
  group: {
    overdue: '🔴 Te laat',
    soon: '🟠 Binnen 4 weken',
    later: '🔵 Later',
    none: '⚪ Zonder termijn',
    done: '✅ Afgerond',
    lapsed: '⚪ Vervallen',
  } satisfies Record<StatusGroup | 'done' | 'lapsed', string>,
  groupHeading: (label: string, count: number, continued: boolean) => `*${label}* (${count})${continued ? ' — vervolg' : ''}`,
  /** The notification text; `scope` is escaped. */
  fallback: (scope: string, c: StatusCounts) =>
    `Stand van zaken ${scope}: ${c.open} open, ${c.overdue} te laat, ${c.soon} binnen 4 weken, ${c.later} later, ${c.noTerm} zonder termijn.`,
  referenceDate: (date: string) => `Peildatum ${date}`,
  filter: (label: string) => `Filter: ${label}`,
  header: (scope: string) => `Stand van zaken: ${scope}`,
  nothingUrgent: '🎉 Niets te laat en niets dat binnen 4 weken moet.',
  nothingForFilter: 'Geen moties of toezeggingen die bij dit filter passen.',
  previous: 'Vorige',
  next: (count: number) => `Volgende ${count}`,
  share: 'Deel in kanaal',
  more: (rest: number, shared: boolean) => `…en nog ${rest} ${rest === 1 ? 'ander' : 'andere'}${shared ? '' : ' (knop Volgende)'}.`,
} as const;

/** The App Home. */
export const HOME = {
  header: 'motiebot: moties en toezeggingen',
  intro: (date: string) => `Stand op ${date}. Typ \`/motie help\` in een kanaal voor alle opdrachten.`,
  perCode: '*Per bewindspersoon*',
  codeCounts: (code: string, c: Omit<StatusCounts, 'done'>) =>
    `*${code}*\n${c.open} open: ${c.overdue} te laat · ${c.soon} binnen 4 weken · ${c.later} later · ${c.noTerm} zonder termijn`,
  noItems: 'Nog geen moties of toezeggingen. Importeer een overzicht met `motie import` of voeg er een toe met `/motie nieuw`.',
  moreCodes: (count: number) => `…en nog ${count} andere codes.`,
  links: '*Gekoppelde kanalen*',
  moreLinks: (count: number) => `…en nog ${count} andere koppelingen.`,
  noLinks: 'Nog geen kanalen gekoppeld. Typ in een kanaal `/motie kanaal SOCW`.',
  urgent: '*Te laat en binnen 4 weken*',
  nothingUrgent: STATUS_LIST.nothingUrgent,
  moreUrgent: (count: number) => `…en nog ${count} andere. Typ \`/motie status alles\` voor de volledige lijst.`,
} as const;

/** What a status list is about and how it is filtered (src/slack/scope.ts, status-view.ts). */
export const SCOPE = {
  all: 'alle bewindspersonen',
  ministry: (ministry: string) => `ministerie van ${ministry}`,
  group: { overdue: 'te laat', soon: 'binnen 4 weken', later: 'later', none: 'zonder termijn' } satisfies Record<StatusGroup, string>,
  onlyMoties: 'alleen moties',
  onlyToezeggingen: 'alleen toezeggingen',
  done: 'afgerond',
  lapsed: 'vervallen',
  submitters: (names: readonly string[]) => `indiener ${names.join(', ')}`,
  appreciatie: (value: string) => `kabinetsappreciatie ${value.toLowerCase()}`,
} as const;
