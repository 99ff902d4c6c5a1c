// What `/motie kanaal` and `motie kanaal` answer.
import { echoTyped } from '../../texts/slack.nl.ts';

export const KANAAL_TEXT = {
  /** `/motie` answers (mrkdwn). */
  slack: {
    /** /motie kanaal with a word that is no code or ministry: no `alles` here (a channel links to bewindspersonen). */
    linkTargetUnknown: (arg: string) =>
      ['alles', 'alle'].includes(arg.toLowerCase())
        ? 'Een kanaal koppel je aan bewindspersonen of ministeries, niet aan `alles`: noem de codes (zoals SOCW MOCW) of een ministerie (zoals OCW).'
        : `“${echoTyped(arg)}” is geen bewindspersoon of ministerie dat ik ken. Gebruik een code zoals SOCW of MJenV, of een ministerie zoals OCW.`,
    linkUsage: 'Koppel dit kanaal met `/motie kanaal SOCW` (één of meer codes of ministeries), ontkoppel met `/motie kanaal los SOCW`.',
    linkTooMany: (max: number) => `Koppel of ontkoppel hoogstens ${max} bewindspersonen of ministeries tegelijk; er is niets veranderd.`,
    linkNotAllowed:
      'Kanalen koppelen en ontkoppelen doen de beheerders van motiebot: een koppeling geeft het kanaal herinneringen én het recht om items af te ronden. Vraag het een beheerder; met `/motie kanaal` zie je wat er nu gekoppeld is.',
    linked: (targets: string[]) => `🔗 Dit kanaal is nu gekoppeld aan ${targets.join(', ')}. Het krijgt het weekoverzicht en herinneringen.`,
    alreadyLinked: (targets: string[]) => `Dit kanaal was al gekoppeld aan ${targets.join(', ')}.`,
    unlinked: (target: string) => `Dit kanaal is losgekoppeld van ${target}.`,
    notLinked: (target: string) => `Dit kanaal was niet gekoppeld aan ${target}.`,
    channelLinks: (targets: string[]) =>
      targets.length === 0
        ? 'Dit kanaal is nog nergens aan gekoppeld. Koppel het met `/motie kanaal SOCW`.'
        : `Dit kanaal is gekoppeld aan ${targets.join(', ')}.`,
  },
  /** `motie` prints (plain text). */
  cli: {
    none: 'Er zijn nog geen kanalen gekoppeld.',
    line: (target: string, channelId: string, by: string) => `${target.padEnd(8)} → ${channelId} (gekoppeld door ${by})`,
    usage: 'Gebruik: motie kanaal SOCW C0123ABCD (een bewindspersoon of ministerie en een Slack-kanaal-id).',
    tooMany: (max: number) => `Hoogstens ${max} bewindspersonen of ministeries tegelijk; er is niets gekoppeld of ontkoppeld.`,
    badChannel: (typed: string) => `"${typed}" is geen Slack-kanaal-id; die begint met C of G, zoals C0123ABCD.`,
    unlinked: (target: string, channelId: string) => `${target} is losgekoppeld van ${channelId}.`,
    notLinked: (target: string, channelId: string) => `${target} was niet gekoppeld aan ${channelId}.`,
    linked: (target: string, channelId: string) => `${target} is gekoppeld aan ${channelId}.`,
    alreadyLinked: (target: string, channelId: string) => `${target} was al gekoppeld aan ${channelId}.`,
  },
} as const;
