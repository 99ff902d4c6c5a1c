// What `motie` says before any command runs: its help (the syntax of every command of the CLI only, with
// Dutch placeholders and flags, then after three spaces what it does; a verb's usage line is in its slice,
// src/verbs/<verb>/help.nl.ts), unknown commands and options. src/cli/specs.ts pairs
// each usage with the command's flags; keep this module plain data (`motie --help` loads it and nothing else).
export const USAGE = {
  import:
    'motie import <bestand> [<bestand> …] [--document-date JJJJ-MM-DD] [--kolommen "Kolomkop=veld,…"] [--dry-run] [--alles] [--json]   een overzicht inlezen (stand van zaken, begrotingsbijlage, register van Eerste of Tweede Kamer, eigen Excel/CSV, Word, PDF, JSON); meer bestanden worden in die volgorde samen geïmporteerd, allemaal of geen; toont de eerste 20 wijzigingen, --alles toont ze allemaal',
  list:
    'motie list [--code SOCW|OCW] [--status open|afgerond|vervallen] [--json]   alle moties en toezeggingen',
  show:
    'motie show <id> [--json]   één item met verantwoordelijken en wijzigingsgeschiedenis',
  datum:
    'motie datum "<tekst>" [--ref JJJJ-MM-DD] [--uitleg] [--json]   laat zien welke data en welke termijn motiebot in een tekst leest (--uitleg: waarom wel of niet als termijn)',
  herinner:
    'motie herinner [--at JJJJ-MM-DD] [--dry-run]   verstuur de herinneringen van vandaag',
  digest:
    'motie digest [--at JJJJ-MM-DD] [--dry-run]   verstuur het weekoverzicht',
  backup:
    'motie backup <bestand> [--json]   maak een reservekopie van de database (mag terwijl de bot draait)',
  check:
    'motie check [--json]   controleer of de database heel is (integriteit en verwijzingen)',
  sync:
    'motie sync tk [--check] [--opnieuw] [--max-paginas N] [--json]   toezeggingen en aangenomen moties ophalen uit de open data van de Tweede Kamer',
  voorstellen:
    'motie voorstellen [--json]   Kamerbrieven die een motie of toezegging mogelijk afdoen (uit motie sync tk met TK_SYNC_DOCUMENTEN=aan); beantwoorden gaat in Slack',
  triage:
    'motie triage [<nummer> <codes>] [--door <naam>] [--alle] [--json]   moties waarvan het ministerie niet zeker is: tonen, of eenmaal codes toewijzen (motie triage 2023Z00933 SOCW,MVWS)',
} as const;

/** What `motie` itself says: its help, unknown commands and options (node:util's parseArgs errors in Dutch). */
export const MAIN_CLI = {
  intro: 'motie: moties en toezeggingen bijhouden.',
  usageHeader: 'Gebruik:',
  dbOption: 'Elke opdracht accepteert --db <pad> (standaard DATABASE_PATH of ./data/motiebot.db).',
  versionOption: 'motie --version toont de versie.',
  unknownOption: (option: string) => `Onbekende optie ${option}.`,
  optionTakesNoValue: (option: string) => `De optie ${option} krijgt geen waarde: schrijf alleen ${option} (zonder =…).`,
  optionNeedsValue: (option: string) => `De optie ${option} heeft een waarde nodig, bijvoorbeeld ${option} <waarde>.`,
  badOptions: 'De opties kloppen niet.',
  unknownCommand: (name: string, usage: string) => `Onbekende opdracht "${name}".\n\n${usage}`,
  withUsage: (problem: string, usage: string) => `${problem}\n\nGebruik: ${usage}`,
  usage: (usage: string) => `Gebruik: ${usage}`,
  noArguments: (command: string, extra: string) => `motie ${command} krijgt geen argumenten: ${extra} begrijp ik niet.`,
  tooManyArguments: (extra: string) => `Te veel argumenten: ${extra} begrijp ik niet.`,
  failed: (message: string) => `Er ging iets mis: ${message}`,
} as const;
