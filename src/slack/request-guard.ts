// What every request to the HTTP endpoint passes before Bolt sees it (Bolt 5.1's own check only
// refuses timestamps that are too old, and answers nothing at all to a signed `payload=null`):
//
// - the signature: HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret, compared in
//   constant time (Bolt checks it again; both must agree);
// - the timestamp: at most 5 minutes off the clock in either direction, so a request dated in
//   the future cannot be kept and used later;
// - replays: a signed request seen before (same signature) within its 5-minute window is refused,
//   so a recorded "Afgerond" click cannot be sent again after an undo;
// - the body: what Bolt would parse must be a JSON object; anything else (`payload=null`, an
//   array, a number) gets 400 instead of an unanswered request and an unhandled rejection.
//
// Refusals are 401 (signature, time, replay) or 400 (body), with no body, and change nothing. A
// replay that says it is Slack's retry (x-slack-retry-num) gets an empty 200 and is not handled.
// Slack's `ssl_check=1` pings carry no signature: they go to Bolt, which answers them itself.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Log } from '../log.ts';

/** Slack's window: a request more than this far from the clock is refused. */
const REQUEST_WINDOW_SECONDS = 5 * 60;
/** Bolt's default body limit. */
const BODY_LIMIT_BYTES = 4 * 1024 * 1024;

export interface RequestGuardOptions {
  signingSecret: string;
  /** The paths Bolt answers Slack on (other paths, e.g. custom routes, pass untouched). */
  endpoints: readonly string[];
  /** The real clock in ms (never a pretend clock: Slack signs with real time). */
  now?: () => number;
  logger: Pick<Log, 'warn'>;
}

export type GuardVerdict = { ok: true } | { ok: false; status: 200 | 400 | 401 | 413; reason: string };

/**
 * Remembers the signatures of accepted requests until their window ends. Entries are kept in
 * insertion order; expired ones are dropped from the front as new ones arrive.
 */
export class ReplayCache {
  private readonly seen = new Map<string, number>();

  /** True the first time a signature is offered within its window; false for a replay. */
  firstTime(signature: string, expiresAt: number, now: number): boolean {
    for (const [key, until] of this.seen) {
      if (until > now) break;
      this.seen.delete(key);
    }
    const until = this.seen.get(signature);
    if (until !== undefined && until > now) return false;
    // Re-inserting keeps the map roughly in expiry order.
    this.seen.delete(signature);
    this.seen.set(signature, expiresAt);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' ? value : null;
}

/** Whether `raw` is what Bolt can handle: a JSON object (a form's `payload`, or the JSON body). */
function isObjectBody(raw: string, contentType: string | null): boolean {
  try {
    let parsed: unknown;
    if (contentType === 'application/x-www-form-urlencoded') {
      const form = parseQuery(raw);
      if (typeof form.payload !== 'string') return true; // a slash command: form fields
      parsed = JSON.parse(form.payload);
    } else {
      parsed = JSON.parse(raw);
    }
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    // Not JSON: Bolt answers 400 itself ("Malformed request body").
    return true;
  }
}

/** Checks one request's headers and raw body. Records its signature when it is accepted. */
export function checkRequest(
  req: Pick<IncomingMessage, 'headers'>,
  raw: Buffer,
  options: { signingSecret: string; now: number; cache: ReplayCache },
): GuardVerdict {
  const text = raw.toString('utf8');
  const rawType = header(req as IncomingMessage, 'content-type');
  // Exactly Bolt's condition for an unsigned ssl_check (Bolt then drops everything else in the body).
  if (rawType === 'application/x-www-form-urlencoded' && parseQuery(text).ssl_check === '1') return { ok: true };
  const contentType = (rawType ?? '').split(';', 1).join('').trim().toLowerCase();

  const signature = header(req as IncomingMessage, 'x-slack-signature');
  const timestampRaw = header(req as IncomingMessage, 'x-slack-request-timestamp');
  if (!signature || !timestampRaw || !/^\d{1,12}$/.test(timestampRaw)) return { ok: false, status: 401, reason: 'no signature or timestamp' };
  const timestamp = Number(timestampRaw);
  const skew = Math.round(options.now / 1000 - timestamp);
  if (Math.abs(skew) > REQUEST_WINDOW_SECONDS) {
    return { ok: false, status: 401, reason: `timestamp ${skew > 0 ? `${skew} s in the past` : `${-skew} s in the future`}` };
  }
  const expected = Buffer.from(`v0=${createHmac('sha256', options.signingSecret).update(`v0:${timestampRaw}:${text}`).digest('hex')}`);
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, status: 401, reason: 'bad signature' };
  if (!options.cache.firstTime(signature, (timestamp + REQUEST_WINDOW_SECONDS) * 1000 + 1000, options.now)) {
    // Slack's own retry of a request that reached us (x-slack-retry-num) is acknowledged so that
    // Slack stops retrying; anything else seen before is refused. Neither is handled again.
    const retry = header(req as IncomingMessage, 'x-slack-retry-num') !== null;
    return { ok: false, status: retry ? 200 : 401, reason: `a replay of a request already received${retry ? ' (a Slack retry: acknowledged)' : ''}` };
  }
  if (!isObjectBody(text, contentType)) return { ok: false, status: 400, reason: 'the body is not a JSON object' };
  return { ok: true };
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => { resolve(Buffer.concat(chunks)); });
    req.on('error', reject);
  });
}

function refuse(res: ServerResponse, status: number): void {
  res.writeHead(status);
  res.end();
}

/**
 * Wraps the HTTP receiver's request listener: requests to the Slack endpoints are read, checked
 * (see the top of this file), and handed to Bolt with the body already read (Bolt reuses
 * `rawBody`). Everything else goes to Bolt untouched.
 */
export function guardSlackRequests(listener: RequestListener, options: RequestGuardOptions): RequestListener {
  const cache = new ReplayCache();
  const now = options.now ?? Date.now;
  return (req, res) => {
    const path = (req.url ?? '').split('?', 1).join('');
    if (req.method !== 'POST' || !options.endpoints.includes(path)) {
      listener(req, res);
      return;
    }
    readBody(req, BODY_LIMIT_BYTES).then(
      (raw) => {
        if (raw === null) {
          options.logger.warn('refused a request to the Slack endpoint: the body is larger than 4 MB');
          refuse(res, 413);
          return;
        }
        const verdict = checkRequest(req, raw, { signingSecret: options.signingSecret, now: now(), cache });
        if (!verdict.ok) {
          options.logger.warn(`refused a request to the Slack endpoint (${verdict.status}): ${verdict.reason}`);
          refuse(res, verdict.status);
          return;
        }
        (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
        listener(req, res);
      },
      (error: unknown) => {
        options.logger.warn(`could not read a request to the Slack endpoint: ${(error as Error).message}`);
        if (!res.headersSent) refuse(res, 400);
      },
    );
  };
}
