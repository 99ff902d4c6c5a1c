// Every Dutch sentence a user reads in answer to /motie, the buttons and the modals.
// (Digest and reminder texts live in texts/reminders.nl.ts.)
import { escapeMrkdwn } from '../slack/blocks/mrkdwn.ts';

/** What a person typed, shown back in mrkdwn: no mentions or links, no broken code span. */
const echo = (typed: string): string => escapeMrkdwn(typed.replace(/`/g, "'"));

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
  unknownSubcommand: (sub: string) => `Die opdracht ken ik niet: \`${echo(sub)}\`. Typ \`/motie help\` voor wat ik kan.`,
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
  termMissing: 'Geef een nummer en een termijn mee, bijvoorbeeld `/motie termijn 12 eind maart 2026`.',
  termUnreadable: (message: string) => escapeMrkdwn(message),
  termInPast: (id: number, question: string, explanation: string) => `⚠️ #${id}: ${escapeMrkdwn(explanation)}. ${escapeMrkdwn(question)}`,
  termConfirmButton: 'Toch opslaan',
  termConfirmAgain: (question: string) => `${question} Verstuur het formulier nog eens met dezelfde termijn om hem toch op te slaan.`,
  termConfirmStale: 'Deze vraag is verlopen; stel de termijn opnieuw in met `/motie termijn`.',
  snoozeNeedsChannel: 'Uitstellen kan alleen bij een herinnering in een kanaal.',
  snoozed: (id: number, until: string) => `😴 Ik herinner dit kanaal pas vanaf ${until} weer aan #${id}. De termijn blijft hetzelfde.`,
  noResults: (query: string) => `Niets gevonden voor “${query}”.`,
  searchMissing: 'Waar zoek je naar? Bijvoorbeeld `/motie zoek herstelrecht` of `/motie zoek 34843-79`.',
  searchTooShort: 'Geef een zoekwoord van minstens 3 tekens, bijvoorbeeld `/motie zoek herstelrecht` of `/motie zoek 34843, nr. 79`.',
  searchMore: (shown: number) => `(de eerste ${shown}; maak de zoekterm preciezer)`,
  searchHeader: (query: string, total: number) => `🔎 ${total === 1 ? '1 resultaat' : `${total} resultaten`} voor “${query}”`,
  scopeUnknown: (arg: string) =>
    `“${echo(arg)}” is geen bewindspersoon of ministerie dat ik ken. Gebruik een code zoals SOCW of MJenV, een ministerie zoals OCW, of \`alles\`.`,
  statusWordUnknown: (arg: string) =>
    `“${echo(arg)}” is geen bewindspersoon of ministerie dat ik ken, en ook geen indiener. Gebruik een code zoals SOCW of MJenV, een ministerie zoals OCW, \`alles\`, een filter (\`zonder termijn\`, \`later\`, \`moties\`, \`toezeggingen\`, \`afgerond\`) of de naam van een indiener.`,
  statusFilterConflict: (word: string) =>
    word === 'vervallen'
      ? '`vervallen` gaat niet samen met `afgerond`, `te laat`, `binnen 4 weken`, `later` of `zonder termijn`. Kies één van beide.'
      : '`afgerond` gaat niet samen met `te laat`, `binnen 4 weken`, `later` of `zonder termijn`: die gaan over openstaande items. Kies één van beide.',
  /** /motie kanaal with a word that is no code or ministry: no `alles` here (a channel links to bewindspersonen). */
  linkTargetUnknown: (arg: string) =>
    ['alles', 'alle'].includes(arg.toLowerCase())
      ? 'Een kanaal koppel je aan bewindspersonen of ministeries, niet aan `alles`: noem de codes (zoals SOCW MOCW) of een ministerie (zoals OCW).'
      : `“${echo(arg)}” is geen bewindspersoon of ministerie dat ik ken. Gebruik een code zoals SOCW of MJenV, of een ministerie zoals OCW.`,
  linkUsage: 'Koppel dit kanaal met `/motie kanaal SOCW` (één of meer codes of ministeries), ontkoppel met `/motie kanaal los SOCW`.',
  linkTooMany: (max: number) => `Koppel of ontkoppel hoogstens ${max} bewindspersonen of ministeries tegelijk; er is niets veranderd.`,
  linkNotAllowed:
    'Kanalen koppelen en ontkoppelen doen de beheerders van motiebot: een koppeling geeft het kanaal herinneringen én het recht om items af te ronden. Vraag het een beheerder; met `/motie kanaal` zie je wat er nu gekoppeld is.',
  linked: (targets: string[]) => `🔗 Dit kanaal is nu gekoppeld aan ${targets.join(', ')}. Het krijgt het weekoverzicht en herinneringen.`,
  alreadyLinked: (targets: string[]) => `Dit kanaal was al gekoppeld aan ${targets.join(', ')}.`,
  unlinked: (target: string) => `Dit kanaal is losgekoppeld van ${target}.`,
  notLinked: (target: string) => `Dit kanaal was niet gekoppeld aan ${target}.`,
  channelLinks: (targets: string[]) =>
    targets.length === 0
      ? 'Dit kanaal is nog nergens aan gekoppeld. Koppel het met `/motie kanaal SOCW`.'
      : `Dit kanaal is gekoppeld aan ${targets.join(', ')}.`,
  shared: 'Gedeeld in het kanaal.',
  modalCodesInvalid: (bad: string) => `“${bad}” is geen code die ik ken. Gebruik bijvoorbeeld SOCW, MOCW of MJenV, gescheiden door komma's.`,
  modalCodesMissing: 'Vul minstens één bewindspersoon in, bijvoorbeeld SOCW.',
  modalTextMissing: 'Beschrijf het verzoek of de toezegging.',
  overviewWordUnknown: (word: string) =>
    `“${echo(word)}” is geen bewindspersoon of ministerie dat ik ken. Typ \`/motie overzicht\` voor de codes van dit kanaal, \`/motie overzicht SOCW\` voor één code, en voeg \`alles\` toe voor ook de afgeronde items.`,
  overviewNotLinked:
    'Dit kanaal is aan geen bewindspersoon gekoppeld, dus ik plaats hier geen overzicht. Koppel het kanaal met `/motie kanaal SOCW`, of vraag het overzicht in het kanaal van die bewindspersoon.',
  overviewNotAllowed: (words: readonly string[]) =>
    `In dit kanaal plaats ik alleen het overzicht van de bewindspersonen die eraan gekoppeld zijn; ${words.map((w) => escapeMrkdwn(w.slice(0, 40))).join(', ')} ${words.length === 1 ? 'hoort' : 'horen'} hier niet bij. Er is geen bestand gemaakt.`,
  overviewNothing: (status: 'open' | 'afgerond' | 'alles') =>
    status === 'afgerond'
      ? 'Er zijn geen afgeronde moties of toezeggingen voor dit overzicht; er is geen bestand gemaakt.'
      : 'Er zijn geen moties of toezeggingen voor dit overzicht; er is geen bestand gemaakt. Met `/motie overzicht alles` komen de afgeronde items mee.',
  overviewComment: (user: string, moties: number, toezeggingen: number) =>
    `📎 Stand van zaken: ${moties} ${moties === 1 ? 'motie' : 'moties'} en ${toezeggingen} ${toezeggingen === 1 ? 'toezegging' : 'toezeggingen'}, opgevraagd door ${/^[UW][A-Z0-9]{2,20}$/.test(user) ? `<@${user}>` : 'iemand'}.`,
  rappelNothing:
    'Er zijn geen openstaande of deels voldane toezeggingen aan de Eerste Kamer (met een T-nummer) voor dit kanaal; er is geen bestand gemaakt. Importeer eerst de rappellijst met `motie import`.',
  rappelComment: (user: string, toezeggingen: number) =>
    `📎 Concept-antwoord op het rappel van de Eerste Kamer: ${toezeggingen} ${toezeggingen === 1 ? 'toezegging' : 'toezeggingen'}, opgevraagd door ${/^[UW][A-Z0-9]{2,20}$/.test(user) ? `<@${user}>` : 'iemand'}. Vul de verwachte data aan en controleer de status.`,
  overviewBusy: 'Er loopt al een export in deze bot; er kan er één tegelijk gemaakt worden. Probeer het over een minuut opnieuw.',
  overviewTooMany: (max: number) =>
    `Dit overzicht zou meer dan ${max.toLocaleString('nl-NL')} moties en toezeggingen bevatten; zo groot maakt de bot het niet in Slack. Er is geen bestand gemaakt: kies minder codes, laat \`alles\` weg, of maak het met \`motie overzicht --out …\` op de command line.`,
  overviewTooHeavy:
    'Dit overzicht werd te groot om in de bot te maken (te veel geheugen of langer dan twee minuten). Er is geen bestand gemaakt: kies minder codes, of maak het met `motie overzicht --out …` op de command line.',
  overviewUploaded: (file: string) => `📎 Het overzicht staat in dit kanaal: ${escapeMrkdwn(file)}.`,
  overviewNotInChannel:
    'Ik kan hier geen bestand plaatsen: ik ben geen lid van dit kanaal. Nodig me uit met `/invite @motiebot` en probeer het opnieuw.',
  overviewUploadFailed: 'Het overzicht kon niet worden geplaatst; er is niets veranderd. Probeer het zo nog eens, of maak het met `motie overzicht --out …`.',
  modalCreated: (id: number) => `Toegevoegd als #${id}.`,
  modalCreatedTitle: 'Toegevoegd',
  modalCreatedNoTerm: '🗓 Geen termijn; stel er later een in met `/motie termijn`.',
  termSetTitle: 'Termijn aangepast',
  termClearedTitle: 'Termijn verwijderd',
  createNotAllowed: (codes: string[]) =>
    `Voor ${codes.join(', ')} kun je hier geen items toevoegen: dat kan in een kanaal dat aan ${codes.length === 1 ? 'die bewindspersoon' : 'die bewindspersonen'} gekoppeld is, of door een beheerder van motiebot. Er is niets toegevoegd.`,
  newItemNotHere:
    'Nieuwe moties en toezeggingen voeg je toe in een kanaal dat gekoppeld is aan een bewindspersoon (`/motie kanaal SOCW`), of als beheerder van motiebot. Dit kanaal is nergens aan gekoppeld.',
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
