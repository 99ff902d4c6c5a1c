// `afgerond` as a verb of both adapters: its CLI spec, its help lines and where its code is. src/verbs/index.ts lists it.
import type { Verb } from '../types.ts';
import { AFGEROND_HELP } from './help.nl.ts';

export const afgerondVerb = {
  cli: { name: 'afgerond', usage: AFGEROND_HELP.usage, valueFlags: ['door', 'met'], maxPositionals: 1 },
  slackHelp: AFGEROND_HELP.slack,
  code: { slack: async () => (await import('./slack.ts')).afgerondSlack, cli: async () => (await import('./cli.ts')).afgerondCli },
} as const satisfies Verb;
