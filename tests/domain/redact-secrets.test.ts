// Tokens by their shape, Bearer values, and registered secrets by value; everything else stays.
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/domain/redact-secrets.ts';

describe('redactSecrets', () => {
  it.each([
    ['a bot token', 'failed with xoxb-1234-5678-abcDEF', 'failed with [redacted]'],
    ['a user token', 'xoxp-1-2-3-abc', '[redacted]'],
    ['an app-level token', 'token=xapp-1-A0B1-123-abc', 'token=[redacted]'],
    ['a legacy workspace token', 'xoxa-2-abc', '[redacted]'],
    ['a refresh token', 'xoxe-1-abc', '[redacted]'],
    ['a rotating token', 'xoxe.xoxp-1-abc', 'xoxe.[redacted]'],
    ['an Authorization header', 'Authorization: Bearer xoxb-1-abc', 'Authorization: Bearer [redacted]'],
    ['a Bearer value of another shape', 'bearer eyJhbGciOi.J9.x_y', 'Bearer [redacted]'],
    ['a token in JSON', '{"token":"xoxb-1-abc","ok":false}', '{"token":"[redacted]","ok":false}'],
    ['nothing secret', 'not_in_channel (C0123) xoxo is no token', 'not_in_channel (C0123) xoxo is no token'],
  ])('%s', (_name, text, expected) => {
    expect(redactSecrets(text)).toBe(expected);
  });

  it('replaces a registered secret wherever it appears, and ignores secrets shorter than 4 characters', () => {
    expect(redactSecrets('sig=8f3a2c-secret; again 8f3a2c-secret', ['8f3a2c-secret', 'a'])).toBe('sig=[redacted]; again [redacted]');
  });
});
