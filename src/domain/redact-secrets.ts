// Tokens never leave the process in text we write: logs, CLI output, the sent log's last_error,
// the preview. Slack tokens are recognised by their shape (xoxb-, xoxp-, xoxa-, xoxr-, xoxe-,
// xoxs-, xoxo-, xapp-, and xoxe.xoxp- rotating tokens), an HTTP Authorization value by its
// "Bearer" prefix, and any other secret by its exact value (the signing secret).
const TOKEN_SHAPES = /\bxox[a-z]-[A-Za-z0-9-]+|\bxapp-[A-Za-z0-9-]+|\bBearer\s+[A-Za-z0-9._~+/=-]+/gi;

const REDACTED = '[redacted]';

/** `text` with every token-shaped word and every given secret (4+ characters) replaced. */
export function redactSecrets(text: string, secrets: Iterable<string> = []): string {
  let out = text.replace(TOKEN_SHAPES, (match) => (/^bearer/i.test(match) ? `Bearer ${REDACTED}` : REDACTED));
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  return out;
}
