// The logger never writes a token or a secret: Slack tokens by their shape, registered secrets by
// their value, in strings, errors and objects alike.
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';

function capture(level: 'debug' | 'info' | 'warn' | 'error' = 'debug') {
  const lines: string[] = [];
  const logger = createLogger(level, (line) => lines.push(line));
  return { logger, lines, text: () => lines.join('\n') };
}

const TOKENS = [
  'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx',
  'xapp-1-A0123ABCD-1234567890-abcdef0123456789',
  'xoxp-1234-5678-90ab-cdef',
  'xoxa-2-abc-def',
  'xoxs-1111-2222',
  'xoxr-refresh-1234',
  'xoxo-legacy-1234',
];

describe('logger', () => {
  it.each(TOKENS)('redacts a Slack token by its shape: %s', (token) => {
    const { logger, text } = capture();
    logger.error(`request failed with token ${token}: invalid_auth`);
    logger.info('token=' + token);
    expect(text()).not.toContain(token);
    expect(text().match(/\[redacted\]/g)).toHaveLength(2);
  });

  it('redacts registered secrets in strings, error messages, nested objects and at every level', () => {
    const { logger, lines, text } = capture();
    const secret = 'f00dbabe8c1e4f2a9d7e6c5b4a3f2e1d';
    logger.addSecret(secret);
    logger.debug(`signing secret is ${secret}`);
    logger.info('verify', { headers: { secret, nested: [{ again: `v0=${secret}` }] } });
    logger.warn(new Error(`could not verify with ${secret}`));
    logger.error('twice', secret, secret);
    expect(lines).toHaveLength(4);
    expect(text()).not.toContain(secret);
    expect(text()).toContain('[redacted]');
  });

  it('redacts tokens inside error objects and their messages as Slack returns them', () => {
    const { logger, text } = capture();
    const token = 'xoxb-111-222-SECRETSECRETSECRET';
    const error = Object.assign(new Error(`An API error occurred: invalid_auth (token ${token})`), {
      code: 'slack_webapi_platform_error',
      data: { ok: false, error: 'invalid_auth', token },
    });
    logger.error('listener failed', error);
    logger.error({ error: error.data });
    expect(text()).not.toContain('SECRETSECRETSECRET');
  });

  it('ignores secrets too short to register safely and keeps the rest of the line', () => {
    const { logger, text } = capture();
    logger.addSecret('abc');
    logger.addSecret('');
    logger.addSecret(null);
    logger.addSecret(undefined);
    logger.info('abc stays readable');
    expect(text()).toContain('abc stays readable');
  });

  it('writes nothing below its level', () => {
    const { logger, lines } = capture('warn');
    logger.debug('d');
    logger.info('i');
    logger.warn('w xoxb-1-2-3');
    logger.error('e');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/ WARN \[motiebot\] w \[redacted\]$/);
    logger.setLevel('debug' as never);
    logger.debug('now');
    expect(lines).toHaveLength(3);
  });
});
