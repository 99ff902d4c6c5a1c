// What a person reads when motiebot's configuration is wrong: one Dutch sentence naming the
// variable ("Ongeldige configuratie: PORT ("x") is geen poortnummer tussen 0 en 65535."), the
// .env file and the calendar file (MOTIEBOT_CALENDAR_FILE). Plain data: the CLI loads it early.

/** What follows the variable's name, per problem. */
export const CONFIG = {
  invalid: (variable: string, problem: string) => `Ongeldige configuratie: ${variable} ${problem}`,
  // Files (DATABASE_PATH, PREVIEW_DATABASE_PATH, MOTIEBOT_CALENDAR_FILE)
  notAFile: (path: string) => `("${path}") is geen bestand.`,
  notReadWrite: (path: string) => `("${path}") is niet lees- en schrijfbaar.`,
  notInADirectory: (path: string, dir: string) => `("${path}") ligt niet in een map: ${dir} is geen map.`,
  cannotCreate: (path: string, dir: string) => `("${path}") kan niet worden aangemaakt: geen schrijfrechten in ${dir}.`,
  notReadable: (path: string) => `("${path}") bestaat niet of is niet leesbaar.`,
  sameDatabase: (path: string) => `("${path}") is dezelfde database als DATABASE_PATH; de preview heeft een eigen database nodig.`,
  // Values
  leadDays: (typed: string) => `("${typed}") moet een lijst van hele dagen zijn, bijvoorbeeld "28,7,0".`,
  notASlackUser: (typed: string) => `bevat "${typed}", geen Slack-gebruikers-id (zoals U012AB3CD).`,
  logLevel: (typed: string) => `("${typed}") moet debug, info, warn of error zijn.`,
  cron: (typed: string, example: string) => `("${typed}") is geen geldige cron-expressie; bijvoorbeeld "${example}".`,
  syncCron: (typed: string) => `("${typed}") is geen geldige cron-expressie; bijvoorbeeld "30 6 * * *" (elke dag om 6.30 uur).`,
  url: (typed: string, example: string | null) => `("${typed}") is geen geldige http(s)-URL${example ? `; bijvoorbeeld "${example}"` : ''}.`,
  notAMinistry: (typed: string) => `bevat "${typed}": geen ministerie (zoals OCW) of code van een bewindspersoon (zoals SOCW).`,
  onOff: (typed: string) => `("${typed}") moet "aan" of "uit" zijn.`,
  milliseconds: (typed: string) => `("${typed}") moet een aantal milliseconden zijn, bijvoorbeeld 100.`,
  port: (typed: string) => `("${typed}") is geen poortnummer tussen 0 en 65535.`,
  seconds: (typed: string, example: string) => `("${typed}") moet een aantal seconden zijn (minstens 1), bijvoorbeeld ${example}.`,
  // Slack
  botTokenPrefix: 'moet met "xoxb-" beginnen.',
  appTokenPrefix: 'moet met "xapp-" beginnen.',
  socketModeNeedsBotToken: 'ontbreekt; Socket Mode (SLACK_APP_TOKEN) heeft ook een bot-token nodig.',
  httpNeedsSigningSecret: 'ontbreekt; de HTTP-modus heeft het signing secret van de Slack-app nodig.',
  signingSecretWithoutBotToken: 'ontbreekt, terwijl SLACK_SIGNING_SECRET wel is gezet.',
} as const;

/** ./.env (src/env-file.ts). */
export const ENV_FILE_TEXT = {
  unreadable: (path: string, reason: string) => `Het bestand ${path} kan niet worden gelezen (${reason}).`,
} as const;

/** MOTIEBOT_CALENDAR_FILE's contents (src/store/calendar-file.ts). */
export const CALENDAR_FILE = {
  missing: 'het bestand bestaat niet',
  unreadable: (path: string, reason: string) => `Kan het kalenderbestand ${path} niet lezen: ${reason}.`,
  notJson: (path: string, problem: string) => `Het kalenderbestand ${path} is geen geldige JSON: ${problem}`,
  invalid: (path: string, problem: string) => `Het kalenderbestand ${path} is ongeldig: ${problem}`,
} as const;
