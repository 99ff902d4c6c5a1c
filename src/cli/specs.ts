// What `motie help` shows of every subcommand, in its order. Plain data: `motie --help` loads
// this and nothing else (each command's code, with Bolt, drizzle and date-fns, loads on use).
// To add a command: a spec here, a loader in registry.ts, and `{ ...SPECS.x, run }` in commands/.
import type { CommandSpec } from './types.ts';

export const SPECS = {
  import: {
    name: 'import',
    usage:
      'motie import <bestand> [--document-date JJJJ-MM-DD] [--kolommen "Kolomkop=veld,…"] [--dry-run] [--json]   een overzicht inlezen (stand van zaken, begrotingsbijlage, register van Eerste of Tweede Kamer, eigen Excel/CSV, Word, PDF, JSON)',
    valueFlags: ['document-date', 'kolommen'],
  },
  list: {
    name: 'list',
    usage: 'motie list [--code SOCW|OCW] [--status open|afgerond|vervallen] [--json]   alle moties en toezeggingen',
    valueFlags: ['code', 'status'],
    maxPositionals: 0,
  },
  show: { name: 'show', usage: 'motie show <id> [--json]   één item met verantwoordelijken en wijzigingsgeschiedenis', maxPositionals: 1 },
  nieuw: {
    name: 'nieuw',
    usage:
      'motie nieuw "<verzoek of toezegging>" --verantwoordelijk <CODE[,CODE]> [--soort motie|toezegging] [--titel <titel>] [--termijn <termijn> [--bevestig]] [--door <naam>] [--json]   voeg een item toe',
    valueFlags: ['verantwoordelijk', 'soort', 'titel', 'termijn', 'door'],
    booleanFlags: ['bevestig'],
  },
  termijn: {
    name: 'termijn',
    usage: 'motie termijn <id> <termijn> [--bevestig] [--door <naam>] [--json]   zet de termijn (--bevestig: ook in het verleden), bijvoorbeeld: motie termijn 12 eind maart 2026',
    valueFlags: ['door'],
    booleanFlags: ['bevestig'],
  },
  afgerond: {
    name: 'afgerond',
    usage: 'motie afgerond <id> [--met <Kamerstuk of link>] [--door <naam>] [--json]   markeer als afgerond, eventueel met de Kamerbrief',
    valueFlags: ['door', 'met'],
    maxPositionals: 1,
  },
  heropen: { name: 'heropen', usage: 'motie heropen <id> [--door <naam>] [--json]   zet een afgerond of vervallen item weer open', valueFlags: ['door'], maxPositionals: 1 },
  stand: { name: 'stand', usage: 'motie stand <id> "<tekst>" [--door <naam>] [--json]   zet de stand van zaken (leeg: wissen)', valueFlags: ['door'] },
  trekker: { name: 'trekker', usage: 'motie trekker <id> <Slack-gebruiker U…|niemand> [--door <naam>] [--json]   wie het item trekt', valueFlags: ['door'], maxPositionals: 2 },
  vervallen: { name: 'vervallen', usage: 'motie vervallen <id> [--door <naam>] [--json]   het item vervalt: geen herinneringen meer', valueFlags: ['door'], maxPositionals: 1 },
  aanhouden: {
    name: 'aanhouden',
    usage: 'motie aanhouden <id> "<datum>"|uit [--door <naam>] [--json]   aangehouden: geen herinneringen tot die datum',
    valueFlags: ['door'],
  },
  verwijder: { name: 'verwijder', usage: 'motie verwijder <id> [--door <naam>] [--json]   per ongeluk toegevoegd: verbergen (terug met motie herstel)', valueFlags: ['door'], maxPositionals: 1 },
  herstel: { name: 'herstel', usage: 'motie herstel <id> [--door <naam>] [--json]   zet een verwijderd item terug', valueFlags: ['door'], maxPositionals: 1 },
  kanaal: { name: 'kanaal', usage: 'motie kanaal <CODE|MINISTERIE> <kanaal-id> | --list | --los <CODE> <kanaal-id>   koppel kanalen', maxPositionals: 2 },
  overzicht: {
    name: 'overzicht',
    usage:
      'motie overzicht [--code SOCW …] [--status open|alles] [--format docx|xlsx|csv|md] --out <bestand> [--json]   de stand van zaken als Word, Excel, CSV of tekst',
    valueFlags: ['status', 'format', 'out'],
    repeatableFlags: ['code'],
  },
  datum: {
    name: 'datum',
    usage: 'motie datum "<tekst>" [--ref JJJJ-MM-DD] [--json]   laat zien welke data en welke termijn motiebot in een tekst leest',
    valueFlags: ['ref', 'db'],
  },
  herinner: { name: 'herinner', usage: 'motie herinner [--at JJJJ-MM-DD] [--dry-run]   verstuur de herinneringen van vandaag', valueFlags: ['at'], maxPositionals: 0 },
  digest: { name: 'digest', usage: 'motie digest [--at JJJJ-MM-DD] [--dry-run]   verstuur het weekoverzicht', valueFlags: ['at'], maxPositionals: 0 },
  backup: { name: 'backup', usage: 'motie backup <bestand> [--json]   maak een reservekopie van de database (mag terwijl de bot draait)' },
  check: { name: 'check', usage: 'motie check [--json]   controleer of de database heel is (integriteit en verwijzingen)', maxPositionals: 0 },
  sync: {
    name: 'sync',
    usage: 'motie sync tk [--check] [--opnieuw] [--max-paginas N] [--json]   toezeggingen en aangenomen moties ophalen uit de open data van de Tweede Kamer',
    valueFlags: ['max-paginas'],
    booleanFlags: ['check', 'opnieuw'],
  },
  triage: {
    name: 'triage',
    usage:
      'motie triage [<nummer> <codes>] [--door <naam>] [--alle] [--json]   moties waarvan het ministerie niet zeker is: tonen, of eenmaal codes toewijzen (motie triage 2023Z00933 SOCW,MVWS)',
    valueFlags: ['door'],
    booleanFlags: ['alle'],
  },
} as const satisfies Record<string, CommandSpec>;
