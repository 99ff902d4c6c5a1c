// `aanhouden` as a verb of both adapters: its CLI spec, its help lines and where its code is. src/verbs/index.ts lists it.
import type { Verb } from '../types.ts';
import { AANHOUDEN_HELP } from './help.nl.ts';

export const aanhoudenVerb = {
  cli: { name: 'aanhouden', usage: AANHOUDEN_HELP.usage, valueFlags: ['door'] },
  slackHelp: AANHOUDEN_HELP.slack,
  code: { slack: async () => (await import('./slack.ts')).aanhoudenSlack, cli: async () => (await import('./cli.ts')).aanhoudenCli },
} as const satisfies Verb;
