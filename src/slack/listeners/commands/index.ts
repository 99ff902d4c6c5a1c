// `/motie <subcommand> …`: acknowledge at once, then answer through respond() (ephemeral).
import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { amsterdamDate } from '../../../clock.ts';
import type { BotDeps } from '../../deps.ts';
import { HELP_TEXT, T } from '../../../texts/slack.nl.ts';
import { changingListener } from '../changing.ts';
import { aanhoudenCommand, afgerondCommand, herstelCommand, heropenCommand, standCommand, trekkerCommand, vervallenCommand, verwijderCommand } from './item-commands.ts';
import { kanaalCommand } from './kanaal.ts';
import { nieuwCommand } from './nieuw.ts';
import { overzichtCommand } from './overzicht.ts';
import { statusCommand } from './status.ts';
import { termijnCommand } from './termijn.ts';
import type { CommandReply, SubcommandHandler } from './types.ts';
import { zoekCommand } from './zoek.ts';

const SUBCOMMANDS: Record<string, SubcommandHandler> = {
  status: statusCommand,
  kanaal: kanaalCommand,
  termijn: termijnCommand,
  afgerond: afgerondCommand,
  zoek: zoekCommand,
  nieuw: nieuwCommand,
  overzicht: overzichtCommand,
  stand: standCommand,
  trekker: trekkerCommand,
  heropen: heropenCommand,
  vervallen: vervallenCommand,
  aanhouden: aanhoudenCommand,
  verwijder: verwijderCommand,
  herstel: herstelCommand,
};

/** Every subcommand name (the fuzz test sends hostile input to each one). */
export const SUBCOMMAND_NAMES: readonly string[] = Object.keys(SUBCOMMANDS);

/** Control characters and very long input are cut before anything reads them. */
function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is what this does
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').slice(0, 2000).trim();
}

export function registerCommands(app: App, deps: BotDeps): void {
  app.command(
    '/motie',
    changingListener<SlackCommandMiddlewareArgs & AllMiddlewareArgs>('command /motie', deps, async ({ ack, command, respond, client }, changes) => {
      await ack();
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed as always there; a broken request may lack it
      const text = cleanText(command.text ?? '');
      const [first = '', ...rest] = text.split(/\s+/);
      const sub = first.toLowerCase();
      let reply: CommandReply;
      if (sub === '' || sub === 'help' || sub === 'hulp') {
        reply = { text: HELP_TEXT };
      } else {
        const handler = SUBCOMMANDS[sub];
        reply = handler
          ? await handler({ deps, command, args: rest.join(' '), rawArgs: text.slice(first.length).trim(), today: amsterdamDate(deps.now()), client, changes })
          : { text: T.unknownSubcommand(first.slice(0, 40)) };
      }
      if (reply) await respond({ response_type: 'ephemeral', ...reply });
    }),
  );
}
