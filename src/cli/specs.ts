// What `motie help` shows of every subcommand, in its order. Plain data: `motie --help` loads
// this and nothing else (each command's code, with Bolt, drizzle and date-fns, loads on use).
// To add a command: a verb in src/verbs/ (one line in src/verbs/index.ts), or, for a command of the
// CLI only, a spec here, a loader in registry.ts, and `{ ...SPECS.x, run }` in commands/.
import { USAGE } from './usage.nl.ts';
import { VERB_SPECS } from '../verbs/index.ts';
import type { CommandSpec } from './types.ts';

export const SPECS = {
  import: {
    name: 'import',
    usage: USAGE.import,
    valueFlags: ['document-date', 'kolommen'],
    booleanFlags: ['alles'],
  },
  list: {
    name: 'list',
    usage: USAGE.list,
    valueFlags: ['code', 'status'],
    maxPositionals: 0,
  },
  show: { name: 'show', usage: USAGE.show, maxPositionals: 1 },
  // kanaal, termijn, afgerond, stand, …, zoek, nieuw, overzicht: the verbs of src/verbs/, in their order.
  ...VERB_SPECS,
  datum: {
    name: 'datum',
    usage: USAGE.datum,
    valueFlags: ['ref', 'db'],
    booleanFlags: ['uitleg'],
  },
  herinner: { name: 'herinner', usage: USAGE.herinner, valueFlags: ['at'], maxPositionals: 0 },
  digest: { name: 'digest', usage: USAGE.digest, valueFlags: ['at'], maxPositionals: 0 },
  backup: { name: 'backup', usage: USAGE.backup },
  check: { name: 'check', usage: USAGE.check, maxPositionals: 0 },
  sync: {
    name: 'sync',
    usage: USAGE.sync,
    valueFlags: ['max-paginas'],
    booleanFlags: ['check', 'opnieuw'],
  },
  voorstellen: { name: 'voorstellen', usage: USAGE.voorstellen, maxPositionals: 0 },
  triage: {
    name: 'triage',
    usage: USAGE.triage,
    valueFlags: ['door'],
    booleanFlags: ['alle'],
  },
} as const satisfies Record<string, CommandSpec>;
