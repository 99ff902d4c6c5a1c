// What `motie` says before any command runs: its help (every subcommand's syntax with Dutch placeholders
// and flags, then after three spaces what it does), unknown commands and options. src/cli/specs.ts pairs
// each usage with the command's flags; keep this module plain data (`motie --help` loads it and nothing else).
export const USAGE = {
  import:
    'motie import <bestand> [--document-date JJJJ-MM-DD] [--kolommen "Kolomkop=veld,…"] [--dry-run] [--alles] [--json]   een overzicht inlezen (stand van zaken, begrotingsbijlage, register van Eerste of Tweede Kamer, eigen Excel/CSV, Word, PDF, JSON); toont de eerste 20 wijzigingen, --alles toont ze allemaal',
  list:
    'motie list [--code SOCW|OCW] [--status open|afgerond|vervallen] [--json]   alle moties en toezeggingen',
  zoek: 'motie zoek <woorden of Kamerstuk> [--code SOCW|OCW] [--status open|afgerond|vervallen] [--json]   zoek in titel, tekst, stand van zaken, indieners en Kamerstuk (ook meervoud en verbogen vormen)',
  show:
    'motie show <id> [--json]   één item met verantwoordelijken en wijzigingsgeschiedenis',
  nieuw:
    'motie nieuw "<verzoek of toezegging>" --verantwoordelijk <CODE[,CODE]> [--soort motie|toezegging] [--titel <titel>] [--termijn <termijn> [--bevestig]] [--kamerstuk <36222-45>] [--indieners "<naam>;<naam>"] [--door <naam>] [--json]   voeg een item toe',
  termijn:
    'motie termijn <id> <termijn> [--bevestig] [--door <naam>] [--json]   zet de termijn (--bevestig: ook in het verleden), bijvoorbeeld: motie termijn 12 eind maart 2026',
  afgerond:
    'motie afgerond <id> [--met <Kamerstuk of link>] [--door <naam>] [--json]   markeer als afgerond, eventueel met de Kamerbrief',
  heropen:
    'motie heropen <id> [--door <naam>] [--json]   zet een afgerond of vervallen item weer open',
  stand:
    'motie stand <id> ["<tekst>"|leeg] [--door <naam>] [--json]   zet de stand van zaken (leeg: wissen; zonder tekst: tonen)',
  trekker:
    'motie trekker <id> <Slack-gebruiker U…|niemand> [--door <naam>] [--json]   wie het item trekt',
  vervallen:
    'motie vervallen <id> [--door <naam>] [--json]   het item vervalt: geen herinneringen meer',
  aanhouden:
    'motie aanhouden <id> "<datum>"|uit [--door <naam>] [--json]   aangehouden: geen herinneringen tot die datum',
  verwijder:
    'motie verwijder <id> [--door <naam>] [--json]   per ongeluk toegevoegd: verbergen (terug met motie herstel)',
  herstel:
    'motie herstel <id> [--door <naam>] [--json]   zet een verwijderd item terug',
  kanaal:
    'motie kanaal [los] <CODE|MINISTERIE …> <kanaal-id> | <kanaal-id> | --list   koppel een kanaal (los: ontkoppel), of toon de koppelingen van één of alle kanalen',
  overzicht:
    'motie overzicht [SOCW …] [alles|afgerond] [--code SOCW …] [--status open|afgerond|alles] [--format docx|xlsx|csv|md] [--rappel EK] --out <bestand> [--overschrijf] [--json]   de stand van zaken als Word, Excel, CSV of tekst (open items; afgerond: alleen de afgeronde; alles: ook afgerond en vervallen); met --rappel EK het concept-antwoord op het rappel van de Eerste Kamer (docx of xlsx)',
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
