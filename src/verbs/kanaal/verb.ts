// `kanaal` as a verb of both adapters: its CLI spec, its help lines and where its code is. src/verbs/index.ts lists it.
import type { Verb } from '../types.ts';
import { KANAAL_HELP } from './help.nl.ts';

export const kanaalVerb = {
  cli: { name: 'kanaal', usage: KANAAL_HELP.usage },
  slackHelp: KANAAL_HELP.slack,
  code: { slack: async () => (await import('./slack.ts')).kanaalSlack, cli: async () => (await import('./cli.ts')).kanaalCli },
} as const satisfies Verb;
