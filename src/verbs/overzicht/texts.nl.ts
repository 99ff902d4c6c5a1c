// What `/motie overzicht` and `motie overzicht` answer (the document's own words: src/texts/export.nl.ts).
import { escapeMrkdwn } from '../../domain/escape-mrkdwn.ts';
import { echoTyped } from '../../texts/slack.nl.ts';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const OVERZICHT_TEXT = {
  /** `/motie` answers (mrkdwn). */
  slack: {
    overviewWordUnknown: (word: string) =>
      `“${echoTyped(word)}” is geen bewindspersoon of ministerie dat ik ken. Typ \`/motie overzicht\` voor de codes van dit kanaal, \`/motie overzicht SOCW\` voor één code, en voeg \`alles\` toe voor ook de afgeronde items.`,
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
  },
  /** `motie` prints (plain text). */
  cli: {
    unexpectedArgument: (typed: string, usage: string) => `Onverwacht argument "${typed}"; geef het bestand op met --out.\n\nGebruik: ${usage}`,
    outMissing: (usage: string) => `Geef op waar het overzicht heen moet met --out, bijvoorbeeld --out stand-van-zaken.docx.\n\nGebruik: ${usage}`,
    unknownFormat: (typed: string) => `Onbekend formaat "${typed}": kies docx (Word), xlsx (Excel), csv of md (tekst).`,
    unknownStatus: (typed: string) =>
      `Onbekende status "${typed}": kies open (alleen openstaande items), afgerond (alleen afgeronde items) of alles (ook afgerond en vervallen).`,
    unknownTarget: (typed: string) => `"${typed}" is geen bewindspersoon (zoals SOCW) of ministerie (zoals OCW).`,
    nothing: (status: 'open' | 'afgerond' | 'alles', targets: readonly string[]) =>
      `Er zijn geen ${status === 'open' ? 'openstaande ' : status === 'afgerond' ? 'afgeronde ' : ''}moties of toezeggingen${targets.length > 0 ? ` voor ${targets.join(', ')}` : ''}; er is geen bestand gemaakt.`,
    cannotWrite: (path: string, reason: string) => `Het overzicht kan niet worden geschreven naar ${path}: ${reason}.`,
    exists: (path: string) => `${path} bestaat al; er is niets geschreven. Kies een andere naam, of geef --overschrijf om dat bestand te vervangen.`,
    notRegular: (path: string) =>
      `${path} is geen gewoon bestand (maar een map, apparaat, pipe, socket of symbolische koppeling); daar schrijft motie overzicht nooit heen. Er is niets geschreven.`,
    isDatabase: (path: string) => `${path} is de database van motiebot (of een bestand dat erbij hoort); die wordt nooit door een overzicht vervangen. Er is niets geschreven.`,
    written: (path: string, format: string, moties: number, toezeggingen: number) =>
      `Overzicht geschreven naar ${path} (${format}): ${n(moties, 'motie', 'moties')} en ${n(toezeggingen, 'toezegging', 'toezeggingen')}.`,
    unknownRappel: (typed: string) => `Onbekend rappel "${typed}": alleen de Eerste Kamer stuurt een rappel, geef --rappel EK.`,
    rappelFormat: (typed: string) => `Het antwoord op het rappel komt als docx (Word) of xlsx (Excel), niet als "${typed}".`,
    rappelNothing: (targets: readonly string[]) =>
      `Er zijn geen openstaande of deels voldane toezeggingen aan de Eerste Kamer (met een T-nummer)${targets.length > 0 ? ` voor ${targets.join(', ')}` : ''}; er is geen bestand gemaakt. Importeer eerst de rappellijst van de Eerste Kamer met motie import.`,
    rappelWritten: (path: string, format: string, toezeggingen: number) =>
      `Concept-antwoord op het rappel van de Eerste Kamer geschreven naar ${path} (${format}): ${n(toezeggingen, 'toezegging', 'toezeggingen')}.`,
  },
} as const;
