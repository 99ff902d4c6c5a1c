// `heropen` as a verb of both adapters: its CLI spec, its help lines and where its code is. src/verbs/index.ts lists it.
import type { Verb } from '../types.ts';
import { HEROPEN_HELP } from './help.nl.ts';

export const heropenVerb = {
  cli: { name: 'heropen', usage: HEROPEN_HELP.usage, valueFlags: ['door'], maxPositionals: 1 },
  slackHelp: HEROPEN_HELP.slack,
  code: { slack: async () => (await import('./slack.ts')).heropenSlack, cli: async () => (await import('./cli.ts')).heropenCli },
} as const satisfies Verb;
