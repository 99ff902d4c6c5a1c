// Every Dutch sentence a user reads in answer to /motie, the buttons and the modals.
// (Digest and reminder texts live in texts/reminders.nl.ts.)
import { escapeMrkdwn } from '../domain/escape-mrkdwn.ts';

/** What a person typed, shown back in mrkdwn: no mentions or links, no broken code span. */
export const echoTyped = (typed: string): string => escapeMrkdwn(typed.replace(/`/g, "'"));

/** Channel mentions as a Dutch list: "<#C1>", "<#C1> of <#C2>", "<#C1>, <#C2> of <#C3>"; at most five. */
function channelList(channels: readonly string[]): string {
  const shown = channels.slice(0, 5).map((c) => `<#${c}>`);
  const rest = channels.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} of ${rest} ${rest === 1 ? 'ander kanaal' : 'andere kanalen'}`;
  const last = shown.at(-1) ?? '';
  return shown.length === 1 ? last : `${shown.slice(0, -1).join(', ')} of ${last}`;
}

export const SLACK_TEXT = {
  apologyTitle: 'Er ging iets mis',
  apology: 'Sorry, daar ging iets mis aan onze kant. Probeer het zo nog eens; blijft het misgaan, meld het dan bij de beheerder.',
  unknownSubcommand: (sub: string) => `Die opdracht ken ik niet: \`${echoTyped(sub)}\`. Typ \`/motie help\` voor wat ik kan.`,
  itemIdMissing: (example: string) => `Geef het nummer van de motie of toezegging mee, bijvoorbeeld \`${example}\`.`,
  itemNotFound: (id: number) => `Er is geen motie of toezegging met nummer #${id}. Misschien is die verwijderd; zoek met \`/motie zoek <tekst>\`.`,
  itemGone: 'Dit item bestaat niet meer; er is niets veranderd.',
  alreadyDone: (id: number, by: string | null) =>
    `#${id} was al afgerond${by ? ` (door ${by})` : ''}; er is niets veranderd.`,
  notDone: (id: number) => `#${id} staat al open; er is niets veranderd.`,
  notAllowedIn: (channels: readonly string[]) =>
    channels.length > 0
      ? `Dit mag je hier helaas niet wijzigen. Dat kan in ${channelList(channels)} (gekoppeld aan de bewindspersoon van dit item), of door een beheerder van motiebot.`
      : 'Dit mag je hier helaas niet wijzigen: geen kanaal is gekoppeld aan de bewindspersoon van dit item, dus alleen een beheerder van motiebot kan het wijzigen. Koppel een kanaal met `/motie kanaal CODE`.',
  /** Under a row the viewer may not change here, instead of the "Afgerond" button. */
  changeElsewhere: (channels: readonly string[]) =>
    channels.length > 0
      ? `🔒 Afronden en de termijn wijzigen kan in ${channelList(channels)}.`
      : '🔒 Geen kanaal gekoppeld aan deze bewindspersoon: alleen een beheerder kan dit item wijzigen.',
  markedDone: (id: number) => `✅ #${id} is afgerond.`,
  movedToNext: (id: number, next: string) => `✅ #${id} is afgerond voor deze keer; de volgende termijn is ${next}.`,
  reopened: (id: number) => `↩️ #${id} staat weer open.`,
  termSet: (id: number, explanation: string) => `🗓 Termijn van #${id} aangepast: ${explanation}`,
  termCleared: (id: number) => `🗓 #${id} heeft geen termijn meer. Een nieuwe: \`/motie termijn ${id} eind maart 2026\`.`,
  termUnreadable: (message: string) => escapeMrkdwn(message),
  termConfirmButton: 'Toch opslaan',
  termConfirmAgain: (question: string) => `${question} Verstuur het formulier nog eens met dezelfde termijn om hem toch op te slaan.`,
  termConfirmStale: 'Deze vraag is verlopen; stel de termijn opnieuw in met `/motie termijn`.',
  snoozeNeedsChannel: 'Uitstellen kan alleen bij een herinnering in een kanaal.',
  snoozed: (id: number, until: string) => `😴 Ik herinner dit kanaal pas vanaf ${until} weer aan #${id}. De termijn blijft hetzelfde.`,
  noResults: (query: string) => `Niets gevonden voor “${query}”.`,
  searchMore: (shown: number) => `(de eerste ${shown}; maak de zoekterm preciezer)`,
  searchHeader: (query: string, total: number) => `🔎 ${total === 1 ? '1 resultaat' : `${total} resultaten`} voor “${query}”`,
  scopeUnknown: (arg: string) =>
    `“${echoTyped(arg)}” is geen bewindspersoon of ministerie dat ik ken. Gebruik een code zoals SOCW of MJenV, een ministerie zoals OCW, of \`alles\`.`,
  statusWordUnknown: (arg: string) =>
    `“${echoTyped(arg)}” is geen bewindspersoon of ministerie dat ik ken, en ook geen indiener. Gebruik een code zoals SOCW of MJenV, een ministerie zoals OCW, \`alles\`, een filter (\`zonder termijn\`, \`later\`, \`moties\`, \`toezeggingen\`, \`afgerond\`) of de naam van een indiener.`,
  statusFilterConflict: (word: string) =>
    word === 'vervallen'
      ? '`vervallen` gaat niet samen met `afgerond`, `te laat`, `binnen 4 weken`, `later` of `zonder termijn`. Kies één van beide.'
      : '`afgerond` gaat niet samen met `te laat`, `binnen 4 weken`, `later` of `zonder termijn`: die gaan over openstaande items. Kies één van beide.',
  shared: 'Gedeeld in het kanaal.',
  modalCreated: (id: number) => `Toegevoegd als #${id}.`,
  modalCreatedTitle: 'Toegevoegd',
  modalCreatedNoTerm: '🗓 Geen termijn; stel er later een in met `/motie termijn`.',
  termSetTitle: 'Termijn aangepast',
  termClearedTitle: 'Termijn verwijderd',
} as const;

/** `/motie help`: the fixed lines around the verbs' own lines (in their order). */
export function helpText(verbLines: readonly string[]): string {
  return [
    '*motiebot* houdt bij wat de bewindspersoon de Tweede Kamer heeft beloofd: aangenomen moties en toezeggingen, en wanneer de Kamer geïnformeerd wordt. Elk gekoppeld kanaal krijgt op maandag een weekoverzicht en herinneringen vóór en na de termijn.',
    '',
    '*Opdrachten*',
    ...verbLines,
    '• `/motie help` — deze uitleg.',
  ].join('\n');
}
