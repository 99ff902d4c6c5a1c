// Making text from documents and people safe for Slack mrkdwn, and keeping it within limits.
import type { TextStyle } from '../../texts/history.nl.ts';
import { escapeMrkdwn } from '../../domain/escape-mrkdwn.ts';

/** Cuts text to at most `max` characters (on a word boundary when possible), with an ellipsis. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Like truncate, but keeps line breaks (for text made of lines: lists, audit trails). */
export function truncateLines(text: string, max: number): string {
  const clean = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lineEnd = cut.lastIndexOf('\n');
  return `${lineEnd > max * 0.6 ? cut.slice(0, lineEnd) : cut}…`;
}

/**
 * Escapes text and cuts it so that the escaped result has at most `max` characters (escaping
 * turns one `&` into five, so cutting first is not enough where a limit is tight).
 */
export function escapeTruncated(text: string, max: number, options: { lines?: boolean } = {}): string {
  const cut = options.lines ? truncateLines : truncate;
  let room = max;
  for (;;) {
    const out = escapeMrkdwn(cut(text, room));
    if (out.length <= max) return out;
    if (room <= 1) return '…';
    // One character less removes one to five escaped ones.
    room = Math.max(1, room - Math.ceil((out.length - max) / 5));
  }
}

/** Plain text for a `plain_text` element: no escaping needed, only the length. */
export function plain(text: string, max: number): string {
  return truncate(text, max);
}

/** How src/texts writes names, channels, links and quoted text in Slack. */
export const SLACK_STYLE: TextStyle = {
  user: (id) => `<@${id}>`,
  channel: (id) => `<#${id}>`,
  link: (url, label) => `<${url.replace(/[<>|]/g, encodeURIComponent)}|${label}>`,
  quote: (text) => escapeMrkdwn(text),
  excerpt: (text, max) => escapeTruncated(text, max),
};
