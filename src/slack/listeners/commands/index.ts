// `/motie <subcommand> …`: acknowledge at once, then answer through respond() (ephemeral).
import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { amsterdamDate } from '../../../clock.ts';
import type { BotDeps } from '../../deps.ts';
import { helpText, SLACK_TEXT } from '../../../texts/slack.nl.ts';
import { VERBS } from '../../../verbs/index.ts';
import { changingListener } from '../changing.ts';
import type { CommandReply, SubcommandHandler } from './types.ts';

/**
 * A verb's code, loaded on first use and then kept: an import() per command resolved the module
 * again every time (0.15-0.4 ms, and from the sources a round trip to tsx's loader thread, which
 * an answer then waited for on a busy machine; issue 28). A load that failed is tried again.
 */
function loadedOnce(load: () => Promise<SubcommandHandler>): () => Promise<SubcommandHandler> {
  let loaded: SubcommandHandler | null = null;
  return async () => (loaded ??= await load());
}

/** Each verb of src/verbs/, its code loaded on first use. */
const SUBCOMMANDS: Record<string, SubcommandHandler> = Object.fromEntries(
  Object.entries(VERBS).map(([name, verb]): [string, SubcommandHandler] => {
    const code = loadedOnce(verb.code.slack);
    return [name, async (ctx) => (await code())(ctx)];
  }),
);

const HELP_TEXT = helpText(Object.values(VERBS).map((verb) => verb.slackHelp));

/** Every subcommand name (the fuzz test sends hostile input to each one). */
export const SUBCOMMAND_NAMES: readonly string[] = Object.keys(SUBCOMMANDS);

/** The words a subcommand reads: at most this many characters (a search, a term, codes). */
const ARGS_MAX = 2000;

/** Control characters become spaces before anything reads the text. */
function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is what this does
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').trim();
}

export function registerCommands(app: App, deps: BotDeps): void {
  app.command(
    '/motie',
    changingListener<SlackCommandMiddlewareArgs & AllMiddlewareArgs>('command /motie', deps, async ({ ack, command, respond, client }, changes) => {
      await ack();
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed as always there; a broken request may lack it
      const whole = cleanText(command.text ?? '');
      // Subcommands read the first ARGS_MAX characters; a text to store (/motie stand) gets the
      // whole text as rawArgs and checks its own limit, so nothing is cut silently (issue 22.15).
      const text = whole.slice(0, ARGS_MAX);
      const [first = '', ...rest] = text.split(/\s+/);
      const sub = first.toLowerCase();
      let reply: CommandReply;
      if (sub === '' || sub === 'help' || sub === 'hulp') {
        reply = { text: HELP_TEXT };
      } else {
        const handler = SUBCOMMANDS[sub];
        reply = handler
          ? await handler({ deps, command, args: rest.join(' '), rawArgs: whole.slice(first.length).trim(), today: amsterdamDate(deps.now()), client, changes })
          : { text: SLACK_TEXT.unknownSubcommand(first.slice(0, 40)) };
      }
      if (reply) await respond({ response_type: 'ephemeral', ...reply });
    }),
  );
}
