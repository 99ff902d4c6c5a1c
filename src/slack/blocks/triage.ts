// The modal an admin assigns a triage entry's codes in (opened by "Toewijzen" on the App Home tab).
import type { View } from '@slack/types';
import type { TriageReason } from '../../domain/tk/types.ts';
import { TK_HOME, triageReasonNl } from '../../texts/tk.nl.ts';
import { VIEW } from './ids.ts';
import { truncate } from './mrkdwn.ts';
import { escapeMrkdwn } from '../../domain/escape-mrkdwn.ts';

export const TRIAGE_CODES = { block: 'triage_codes', action: 'triage_codes_input' } as const;

export interface TriageModalEntry {
  entityId: string;
  reference: string;
  title: string;
  candidates: readonly string[];
  /** Why no rule decided, when recorded. */
  reason?: TriageReason | null;
}

/** The entry, what the evidence pointed at and why it is in triage, and the codes to give (prefilled with the candidates' ministers). */
export function buildTriageModal(entry: TriageModalEntry): View {
  const maybe = entry.candidates.length > 0 ? TK_HOME.candidates(entry.candidates) : TK_HOME.modalCandidatesNone;
  const initial = entry.candidates.map((m) => `M${m}`).join(', ');
  return {
    type: 'modal',
    callback_id: VIEW.triageAssign,
    private_metadata: entry.entityId.slice(0, 200),
    title: { type: 'plain_text', text: TK_HOME.modalTitle },
    submit: { type: 'plain_text', text: TK_HOME.modalSubmit },
    close: { type: 'plain_text', text: TK_HOME.modalCancel },
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `*${escapeMrkdwn(truncate(entry.reference, 30))}* ${escapeMrkdwn(truncate(entry.title, 300))}\n_${escapeMrkdwn(truncate(maybe, 300))}_${entry.reason ? `\n${escapeMrkdwn(truncate(triageReasonNl(entry.reason), 1000))}` : ''}`,
        },
      },
      {
        type: 'input',
        block_id: TRIAGE_CODES.block,
        label: { type: 'plain_text', text: TK_HOME.modalCodesLabel },
        hint: { type: 'plain_text', text: TK_HOME.modalCodesHint },
        element: { type: 'plain_text_input', action_id: TRIAGE_CODES.action, max_length: 200, ...(initial ? { initial_value: initial.slice(0, 200) } : {}) },
      },
    ],
  };
}
