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
    usage: 'motie list [--code SOCW|OCW] [--status open|done|lapsed] [--json]   alle moties en toezeggingen',
    valueFlags: ['code', 'status'],
  },
  show: { name: 'show', usage: 'motie show <id> [--json]   één item met verantwoordelijken en wijzigingsgeschiedenis' },
  afgerond: { name: 'afgerond', usage: 'motie afgerond <id> [--door <naam>]   markeer als afgerond', valueFlags: ['door'] },
  heropen: { name: 'heropen', usage: 'motie heropen <id> [--door <naam>]   zet een afgerond item weer open', valueFlags: ['door'] },
  kanaal: { name: 'kanaal', usage: 'motie kanaal <CODE|MINISTERIE> <kanaal-id> | --list | --los <CODE> <kanaal-id>   koppel kanalen' },
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
  herinner: { name: 'herinner', usage: 'motie herinner [--at JJJJ-MM-DD] [--dry-run]   verstuur de herinneringen van vandaag', valueFlags: ['at'] },
  digest: { name: 'digest', usage: 'motie digest [--at JJJJ-MM-DD] [--dry-run]   verstuur het weekoverzicht', valueFlags: ['at'] },
  backup: { name: 'backup', usage: 'motie backup <bestand> [--json]   maak een reservekopie van de database (mag terwijl de bot draait)' },
  check: { name: 'check', usage: 'motie check [--json]   controleer of de database heel is (integriteit en verwijzingen)' },
  sync: {
    name: 'sync',
    usage: 'motie sync tk [--check] [--opnieuw] [--max-paginas N] [--json]   toezeggingen en aangenomen moties ophalen uit de open data van de Tweede Kamer',
    valueFlags: ['max-paginas'],
    booleanFlags: ['check', 'opnieuw'],
  },
} as const satisfies Record<string, CommandSpec>;
