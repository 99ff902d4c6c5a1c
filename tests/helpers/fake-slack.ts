// A small fake of Slack's Web API (SLACK.md "Testing without Slack"): records every
// POST /api/<method>, answers like Slack, can be told to fail, and captures respond() posts.
// A thin wrapper over the preview's stand-in (src/preview/slack-stand-in.ts) in lenient mode:
// every method answers ok unless told to fail.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SlackStandIn, type RecordedCall, type RecordedResponse, type StandInUpload } from '../../src/preview/slack-stand-in.ts';

export type { RecordedCall, RecordedResponse, StandInUpload };

export interface FakeSlack {
  /** Base URL to pass as slackApiUrl (ends in /api/). */
  url: string;
  /** http://127.0.0.1:port, for response URLs: `${origin}/response/<id>`. */
  origin: string;
  calls: RecordedCall[];
  responses: RecordedResponse[];
  callsTo: (method: string) => RecordedCall[];
  /** Files sent through files.getUploadURLExternal, the upload URL and files.completeUploadExternal. */
  uploads: () => StandInUpload[];
  /** Makes the next `times` calls of `method` fail with `error` (HTTP status, Retry-After, delay). */
  failNext: (method: string, error: string, opts?: { status?: number; retryAfter?: number; times?: number; delayMs?: number }) => void;
  responseUrl: (id: string) => string;
  reset: () => void;
  close: () => Promise<void>;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const standIn = new SlackStandIn({ lenient: true, tsBase: 1700000000 });
  const server: Server = createServer((req, res) => {
    standIn.handleHttp(req, res).then(
      (handled) => {
        if (handled) return;
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: 'unknown_method' }));
      },
      () => {
        res.writeHead(500);
        res.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  standIn.setOrigin(origin);
  return {
    url: standIn.apiUrl,
    origin,
    calls: standIn.calls,
    responses: standIn.responses,
    callsTo: (method) => standIn.callsTo(method),
    uploads: () => standIn.uploads(),
    failNext: (method, error, opts) => { standIn.failNext(method, error, opts); },
    responseUrl: (id) => standIn.responseUrl(id),
    reset: () => { standIn.resetRecord(); },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => { resolve(); });
      }),
  };
}

/** Polls until `check` returns a truthy value or the timeout passes. */
export async function waitFor<T>(check: () => T | undefined | null | false, timeoutMs = 3000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`waitFor: condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
