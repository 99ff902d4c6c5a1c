// Making text from documents and people safe for Slack mrkdwn, and keeping it within limits.

/** Escapes &, < and > so that no text can become a mention (<!channel>, <@U…>) or a link. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts text to at most `max` characters (on a word boundary when possible), with an ellipsis. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Plain text for a `plain_text` element: no escaping needed, only the length. */
export function plain(text: string, max: number): string {
  return truncate(text, max);
}
