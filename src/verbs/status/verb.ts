// `status` as a verb of both adapters (Slack's only): its help line and where its code is. src/verbs/index.ts lists it.
import type { Verb } from '../types.ts';
import { STATUS_HELP } from './help.nl.ts';

export const statusVerb = {
  slackHelp: STATUS_HELP.slack,
  code: { slack: async () => (await import('./slack.ts')).statusSlack },
} as const satisfies Verb;
