// How user-supplied text is made inert in Slack mrkdwn: a pure function on strings, like
// strip-xml-forbidden.ts for XML. In the domain because the Slack sentences of the shared text
// tables (src/texts) quote what people typed, and src/texts depends on no adapter;
// src/slack/blocks/mrkdwn.ts builds its limits and style on it.

/**
 * The characters that format mrkdwn (*bold*, _italic_, ~strike~, `code`), each with a lookalike
 * that Slack never reads as markup. Slack has no escape for them (only &, < and > have entities,
 * SLACK.md); a zero-width space next to them depends on how Slack's parser treats it today and
 * ends up in what people copy. A lookalike is deterministic and reads the same: ∗ (U+2217
 * asterisk operator), ˍ (U+02CD modifier letter low macron), ∼ (U+223C tilde operator) and
 * ˋ (U+02CB modifier letter grave accent).
 */
const MRKDWN_LOOKALIKES: Readonly<Record<string, string>> = { '*': '\u2217', _: '\u02CD', '~': '\u223C', '`': '\u02CB' };

/**
 * Makes user-supplied text inert in mrkdwn: &, < and > as entities (no mention such as
 * <!channel> or <@U…>, no link), and the formatting characters as lookalikes (no bold, italic,
 * strike or code from what someone typed or a document said).
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[*_~`]/g, (c) => MRKDWN_LOOKALIKES[c] ?? c);
}
