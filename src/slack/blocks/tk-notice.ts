// The messages of the Tweede Kamer sync in a channel (run-tk-notices.ts): a toezegging the register
// calls Afgedaan, a new item after the first sync, and the first sync's counts. Pure: the notice
// in, its text and Block Kit out.
import type { KnownBlock } from '@slack/types';
import type { Item } from '../../domain/items.ts';
import { documentNumberLink } from '../../domain/kamerbrief/letter-link.ts';
import { describeOrigin, describeTerm } from '../../texts/describe-item.nl.ts';
import { TK_NOTICE } from '../../texts/tk.nl.ts';
import { SLACK_STYLE } from './mrkdwn.ts';
import { escapeMrkdwn } from '../../domain/escape-mrkdwn.ts';

export type TkNotice =
  | { kind: 'first-sync'; toezeggingen: number; moties: number }
  /** `letters`: the document numbers of the Kamerbrieven the register names ("2025D21406"). */
  | { kind: 'afgedaan'; item: Item; letters: readonly string[] }
  | { kind: 'new'; item: Item; today: string };

function label(item: Item): string {
  const ref = item.reference ? `${item.reference} ` : '';
  return escapeMrkdwn(`${describeOrigin(item)} ${ref}#${item.id}: ${item.title}`);
}

function noticeText(notice: TkNotice): string {
  switch (notice.kind) {
    case 'first-sync':
      return TK_NOTICE.firstSync(notice.toezeggingen, notice.moties);
    case 'afgedaan':
      // A document number becomes a link to the letter on tweedekamer.nl.
      return TK_NOTICE.afgedaan(
        label(notice.item),
        notice.letters.map((nummer) => {
          const url = documentNumberLink(nummer);
          return url ? SLACK_STYLE.link(url, escapeMrkdwn(nummer)) : escapeMrkdwn(nummer);
        }),
      );
    case 'new':
      return TK_NOTICE.created(label(notice.item), escapeMrkdwn(describeTerm(notice.item, notice.today)));
  }
}

/** The notice as one section: its text is also the message's notification text. */
export function buildTkNotice(notice: TkNotice): { text: string; blocks: KnownBlock[] } {
  const text = noticeText(notice);
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}
