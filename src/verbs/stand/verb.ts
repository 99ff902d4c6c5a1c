// `stand` as a verb of both adapters: its CLI spec, its help lines and where its code is. src/verbs/index.ts lists it.
import type { Verb } from '../types.ts';
import { STAND_HELP } from './help.nl.ts';

export const standVerb = {
  cli: { name: 'stand', usage: STAND_HELP.usage, valueFlags: ['door'] },
  slackHelp: STAND_HELP.slack,
  code: { slack: async () => (await import('./slack.ts')).standSlack, cli: async () => (await import('./cli.ts')).standCli },
} as const satisfies Verb;
