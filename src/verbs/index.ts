// Every verb that lives in a slice (src/verbs/<verb>/: its Dutch arguments read once in grammar.ts,
// its Slack answer in slack.ts, its command line in cli.ts; status is Slack's only). One line here gives the verb both
// adapters: `/motie <verb>` (slack/listeners/commands/index.ts), `motie <verb>` with its spec and
// usage (cli/specs.ts, cli/registry.ts), and its line in both help texts. Plain data: `motie
// --help` loads this and nothing else; a verb's code loads when it runs.
import type { CliRun, CommandSpec } from '../cli/types.ts';
import type { SubcommandHandler } from '../slack/listeners/commands/types.ts';
import { USAGE } from '../texts/cli-usage.nl.ts';
import { SLACK_HELP } from '../texts/verb-help.nl.ts';

export interface Verb {
  /** The CLI's spec: name, usage line for `motie help`, flags (absent for a verb of Slack only). */
  cli?: CommandSpec;
  /** Its line in `/motie help`. */
  slackHelp: string;
  loadSlack: () => Promise<SubcommandHandler>;
  loadCli?: () => Promise<CliRun>;
}

const DOOR = ['door'] as const;

/** In the order both help texts list them. */
export const VERBS = {
  status: {
    slackHelp: SLACK_HELP.status,
    loadSlack: async () => (await import('./status/slack.ts')).statusSlack,
  },
  kanaal: {
    cli: { name: 'kanaal', usage: USAGE.kanaal },
    slackHelp: SLACK_HELP.kanaal,
    loadSlack: async () => (await import('./kanaal/slack.ts')).kanaalSlack,
    loadCli: async () => (await import('./kanaal/cli.ts')).kanaalCli,
  },
  termijn: {
    cli: { name: 'termijn', usage: USAGE.termijn, valueFlags: DOOR, booleanFlags: ['bevestig'] },
    slackHelp: SLACK_HELP.termijn,
    loadSlack: async () => (await import('./termijn/slack.ts')).termijnSlack,
    loadCli: async () => (await import('./termijn/cli.ts')).termijnCli,
  },
  afgerond: {
    cli: { name: 'afgerond', usage: USAGE.afgerond, valueFlags: ['door', 'met'], maxPositionals: 1 },
    slackHelp: SLACK_HELP.afgerond,
    loadSlack: async () => (await import('./afgerond/slack.ts')).afgerondSlack,
    loadCli: async () => (await import('./afgerond/cli.ts')).afgerondCli,
  },
  stand: {
    cli: { name: 'stand', usage: USAGE.stand, valueFlags: DOOR },
    slackHelp: SLACK_HELP.stand,
    loadSlack: async () => (await import('./stand/slack.ts')).standSlack,
    loadCli: async () => (await import('./stand/cli.ts')).standCli,
  },
  heropen: {
    cli: { name: 'heropen', usage: USAGE.heropen, valueFlags: DOOR, maxPositionals: 1 },
    slackHelp: SLACK_HELP.heropen,
    loadSlack: async () => (await import('./heropen/slack.ts')).heropenSlack,
    loadCli: async () => (await import('./heropen/cli.ts')).heropenCli,
  },
  trekker: {
    cli: { name: 'trekker', usage: USAGE.trekker, valueFlags: DOOR, maxPositionals: 2 },
    slackHelp: SLACK_HELP.trekker,
    loadSlack: async () => (await import('./trekker/slack.ts')).trekkerSlack,
    loadCli: async () => (await import('./trekker/cli.ts')).trekkerCli,
  },
  vervallen: {
    cli: { name: 'vervallen', usage: USAGE.vervallen, valueFlags: DOOR, maxPositionals: 1 },
    slackHelp: SLACK_HELP.vervallen,
    loadSlack: async () => (await import('./vervallen/slack.ts')).vervallenSlack,
    loadCli: async () => (await import('./vervallen/cli.ts')).vervallenCli,
  },
  aanhouden: {
    cli: { name: 'aanhouden', usage: USAGE.aanhouden, valueFlags: DOOR },
    slackHelp: SLACK_HELP.aanhouden,
    loadSlack: async () => (await import('./aanhouden/slack.ts')).aanhoudenSlack,
    loadCli: async () => (await import('./aanhouden/cli.ts')).aanhoudenCli,
  },
  verwijder: {
    cli: { name: 'verwijder', usage: USAGE.verwijder, valueFlags: DOOR, maxPositionals: 1 },
    slackHelp: SLACK_HELP.verwijder,
    loadSlack: async () => (await import('./verwijder/slack.ts')).verwijderSlack,
    loadCli: async () => (await import('./verwijder/cli.ts')).verwijderCli,
  },
  herstel: {
    cli: { name: 'herstel', usage: USAGE.herstel, valueFlags: DOOR, maxPositionals: 1 },
    slackHelp: SLACK_HELP.herstel,
    loadSlack: async () => (await import('./herstel/slack.ts')).herstelSlack,
    loadCli: async () => (await import('./herstel/cli.ts')).herstelCli,
  },
  zoek: {
    cli: { name: 'zoek', usage: USAGE.zoek, valueFlags: ['code', 'status'] },
    slackHelp: SLACK_HELP.zoek,
    loadSlack: async () => (await import('./zoek/slack.ts')).zoekSlack,
    loadCli: async () => (await import('./zoek/cli.ts')).zoekCli,
  },
  nieuw: {
    cli: {
      name: 'nieuw',
      usage: USAGE.nieuw,
      valueFlags: ['verantwoordelijk', 'soort', 'titel', 'termijn', 'kamerstuk', 'indieners', 'door'],
      booleanFlags: ['bevestig'],
    },
    slackHelp: SLACK_HELP.nieuw,
    loadSlack: async () => (await import('./nieuw/slack.ts')).nieuwSlack,
    loadCli: async () => (await import('./nieuw/cli.ts')).nieuwCli,
  },
  overzicht: {
    cli: {
      name: 'overzicht',
      usage: USAGE.overzicht,
      valueFlags: ['status', 'format', 'out', 'rappel'],
      repeatableFlags: ['code'],
      booleanFlags: ['overschrijf'],
    },
    slackHelp: SLACK_HELP.overzicht,
    loadSlack: async () => (await import('./overzicht/slack.ts')).overzichtSlack,
    loadCli: async () => (await import('./overzicht/cli.ts')).overzichtCli,
  },
} as const satisfies Record<string, Verb>;

export type VerbName = keyof typeof VERBS;

/** The verbs that have a command line too (all but status). */
export type CliVerbName = { [K in VerbName]: (typeof VERBS)[K] extends { cli: CommandSpec } ? K : never }[VerbName];

/** The verbs' CLI specs by name, in VERBS order. */
export const VERB_SPECS = Object.fromEntries(Object.entries(VERBS).flatMap(([name, verb]: [string, Verb]) => (verb.cli ? [[name, verb.cli]] : []))) as {
  [K in CliVerbName]: (typeof VERBS)[K]['cli'];
};
