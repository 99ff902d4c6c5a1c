// `vervallen` as a verb of both adapters: its CLI spec, its help lines and where its code is. src/verbs/index.ts lists it.
import type { Verb } from '../types.ts';
import { VERVALLEN_HELP } from './help.nl.ts';

export const vervallenVerb = {
  cli: { name: 'vervallen', usage: VERVALLEN_HELP.usage, valueFlags: ['door'], maxPositionals: 1 },
  slackHelp: VERVALLEN_HELP.slack,
  code: { slack: async () => (await import('./slack.ts')).vervallenSlack, cli: async () => (await import('./cli.ts')).vervallenCli },
} as const satisfies Verb;
