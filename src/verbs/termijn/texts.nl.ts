// What `/motie termijn` and `motie termijn` answer (the sentences the term modal and its button share: src/texts/slack.nl.ts).
import { escapeMrkdwn } from '../../domain/escape-mrkdwn.ts';

export const TERMIJN_TEXT = {
  /** `/motie` answers (mrkdwn). */
  slack: {
    termMissing: 'Geef een nummer en een termijn mee, bijvoorbeeld `/motie termijn 12 eind maart 2026`.',
    termInPast: (id: number, question: string, explanation: string) => `⚠️ #${id}: ${escapeMrkdwn(explanation)}. ${escapeMrkdwn(question)}`,
  },
  /** `motie` prints (plain text). */
  cli: {
    missing: (usage: string) => `Geef een nummer en een termijn mee.\n\nGebruik: ${usage}`,
    inPast: (question: string) => `${question} Zet hem toch met --bevestig; er is nu niets veranderd.`,
    set: (id: number, explanation: string) => `Termijn van #${id} aangepast: ${explanation}`,
    cleared: (id: number) => `#${id} heeft geen termijn meer.`,
  },
} as const;
