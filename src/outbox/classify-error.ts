// What a failed chat.postMessage means for the job: wait and retry, tell someone, or try again
// next run. Works with clients that reject rate-limited calls (createJobSlackClient) and with
// clients that waited themselves before failing.
import { ErrorCode } from '@slack/web-api';
import { redactSecrets } from '../domain/redact-secrets.ts';

export type PostFailure =
  /** The bot cannot post in the channel (not invited to a private channel, or it is gone). */
  | { kind: 'channel'; error: 'not_in_channel' | 'channel_not_found' | 'is_archived' }
  /** Slack asked to slow down. */
  | { kind: 'rate-limited'; retryAfterMs: number; error: string }
  /**
   * Network error, timeout or a 5xx: try again next run. `outcomeUnknown` for a timeout: the
   * request may have reached Slack, which may have posted it (reconciled before posting again).
   */
  | { kind: 'network'; error: string; outcomeUnknown?: boolean }
  /** The token does not work: every other post would fail too. */
  | { kind: 'auth'; error: string }
  /** Anything else (invalid_blocks …): this message fails, the others may not. */
  | { kind: 'other'; error: string };

const CHANNEL_ERRORS = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);
const AUTH_ERRORS = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'missing_scope']);

export function classifyPostError(error: unknown): PostFailure {
  const e = (error ?? {}) as { code?: string; data?: { error?: string; response_metadata?: { retryAfter?: number } }; retryAfter?: number; statusCode?: number; message?: string };
  // An error text can quote the request, Authorization header and all: never carry a token on.
  const message = redactSecrets(typeof e.message === 'string' ? e.message : String(error));
  switch (e.code) {
    case ErrorCode.RateLimitedError:
      return { kind: 'rate-limited', retryAfterMs: Math.max(0, (e.retryAfter ?? 1) * 1000), error: 'ratelimited' };
    case ErrorCode.PlatformError: {
      const code = redactSecrets(e.data?.error ?? 'unknown_error');
      if (CHANNEL_ERRORS.has(code)) return { kind: 'channel', error: code as 'not_in_channel' };
      if (AUTH_ERRORS.has(code)) return { kind: 'auth', error: code };
      if (code === 'ratelimited' || code === 'rate_limited') {
        return { kind: 'rate-limited', retryAfterMs: (e.data?.response_metadata?.retryAfter ?? 1) * 1000, error: code };
      }
      return { kind: 'other', error: code };
    }
    case ErrorCode.HTTPError:
      return { kind: 'network', error: `http_${e.statusCode ?? 'error'}` };
    case ErrorCode.RequestError: {
      const original = (e as { original?: { name?: string; code?: string; message?: string } }).original;
      const timedOut = original?.name === 'TimeoutError' || original?.code === 'ETIMEDOUT' || /time(?:d)?\s?out/i.test(`${original?.message ?? ''} ${message}`);
      return { kind: 'network', error: `request_error: ${message}`.slice(0, 200), ...(timedOut ? { outcomeUnknown: true } : {}) };
    }
    default: {
      // A client without rejectRateLimitedCalls already waited Retry-After before throwing this.
      if (/rate limit was exceeded/i.test(message)) return { kind: 'rate-limited', retryAfterMs: 0, error: 'ratelimited' };
      return { kind: 'network', error: message.slice(0, 200) };
    }
  }
}
