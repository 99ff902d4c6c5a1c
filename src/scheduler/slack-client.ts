// The Web API client the jobs post with. Slack's default client retries a 429 for up to ~30
// minutes and pauses its whole queue; jobs want the error instead (with its Retry-After), so that
// they decide how long to wait and what to leave for the next run (SLACK.md "Rate limits").
import { LogLevel, WebClient } from '@slack/web-api';

export interface JobSlackClientOptions {
  token: string;
  /** Base URL of the Web API, ending in /api/. */
  apiUrl: string;
  /** Per-request timeout; a timed-out post stays pending and is tried again next run. */
  timeoutMs?: number;
}

export function createJobSlackClient({ token, apiUrl, timeoutMs = 15_000 }: JobSlackClientOptions): WebClient {
  return new WebClient(token, {
    slackApiUrl: apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: timeoutMs,
    logLevel: LogLevel.ERROR,
  });
}
