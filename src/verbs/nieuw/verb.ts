// `nieuw` as a verb of both adapters: its CLI spec, its help lines and where its code is. src/verbs/index.ts lists it.
import type { Verb } from '../types.ts';
import { NIEUW_HELP } from './help.nl.ts';

export const nieuwVerb = {
  cli: {
    name: 'nieuw',
    usage: NIEUW_HELP.usage,
    valueFlags: ['verantwoordelijk', 'soort', 'titel', 'termijn', 'kamerstuk', 'indieners', 'door'],
    booleanFlags: ['bevestig'],
  },
  slackHelp: NIEUW_HELP.slack,
  code: { slack: async () => (await import('./slack.ts')).nieuwSlack, cli: async () => (await import('./cli.ts')).nieuwCli },
} as const satisfies Verb;
