// What every request to the HTTP endpoint passes before Bolt sees it (Bolt 5.1's own check only
// refuses timestamps that are too old, and answers nothing at all to a signed `payload=null`):
//
// - before a byte of the body is read (issue 22.4): a request without the signature and
//   timestamp headers, with a timestamp more than 5 minutes off the clock, or announcing a body
//   larger than the limit is refused at once; an unsigned form post (Slack's `ssl_check`) may
//   send at most 1 kB;
// - while the body is read: at most `maxBodyBytes` per request, at most `maxBufferedBytes` for
//   all requests being read together (a flood of held-open posts is refused with 503, never
//   buffered), and the whole body within `bodyTimeoutMs` (else 408);
// - the signature: HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret, compared in
//   constant time (Bolt checks it again; both must agree);
// - the timestamp: at most 5 minutes off the clock in either direction, so a request dated in
//   the future cannot be kept and used later;
// - replays: a signed request seen before (same signature) within its 5-minute window is refused,
//   so a recorded "Afgerond" click cannot be sent again after an undo;
// - the body: what Bolt would parse must be a JSON object; anything else (`payload=null`, an
//   array, a number) gets 400 instead of an unanswered request and an unhandled rejection.
//
// Refusals are 401 (signature, time, replay), 400 (body), 408 (too slow), 413 (too large) or 503
// (the shared budget is full), with no body and `Connection: close`, and change nothing. A replay
// that says it is Slack's retry (x-slack-retry-num) gets an empty 200 and is not handled.
// Slack's `ssl_check=1` pings carry no signature: they go to Bolt, which answers them itself.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Log } from '../log.ts';

/** Slack's window: a request more than this far from the clock is refused. */
const REQUEST_WINDOW_SECONDS = 5 * 60;

/** What reading request bodies may cost; tests pass smaller values. */
export interface BodyLimits {
  /** One request's body. Slack's largest payloads (a view with its state) stay far below it. */
  maxBodyBytes: number;
  /** All bodies being read at the same time, together. */
  maxBufferedBytes: number;
  /** The whole body must arrive within this, counted from the request's arrival. */
  bodyTimeoutMs: number;
  /** A form post without signature headers (only Slack's `ssl_check`) may be this long. */
  maxUnsignedBytes: number;
}

export const DEFAULT_BODY_LIMITS: BodyLimits = {
  maxBodyBytes: 1024 * 1024,
  maxBufferedBytes: 16 * 1024 * 1024,
  bodyTimeoutMs: 10_000,
  maxUnsignedBytes: 1024,
};

export interface RequestGuardOptions {
  signingSecret: string;
  /** The paths Bolt answers Slack on (other paths, e.g. custom routes, pass untouched). */
  endpoints: readonly string[];
  /** The real clock in ms (never a pretend clock: Slack signs with real time). */
  now?: () => number;
  logger: Pick<Log, 'warn'>;
  limits?: Partial<BodyLimits>;
}

export type GuardVerdict = { ok: true } | { ok: false; status: 200 | 400 | 401 | 408 | 413 | 503; reason: string };

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

/**
 * What the headers alone decide, before any of the body is read: null when the body may be read
 * (with `limit` its largest size), else the refusal.
 */
export function checkHeaders(
  req: Pick<IncomingMessage, 'headers'>,
  options: { now: number; limits: BodyLimits },
): { ok: true; limit: number } | { ok: false; status: 401 | 413; reason: string } {
  const lengthRaw = header(req as IncomingMessage, 'content-length');
  const length = lengthRaw !== null && /^\d{1,15}$/.test(lengthRaw) ? Number(lengthRaw) : null;
  const signature = header(req as IncomingMessage, 'x-slack-signature');
  const timestampRaw = header(req as IncomingMessage, 'x-slack-request-timestamp');
  if (!signature && !timestampRaw && header(req as IncomingMessage, 'content-type') === 'application/x-www-form-urlencoded') {
    // Possibly Slack's unsigned ssl_check: a few bytes, read and checked by checkRequest.
    const limit = options.limits.maxUnsignedBytes;
    if (length !== null && length > limit) return { ok: false, status: 401, reason: `no signature or timestamp (and a body of ${length} bytes)` };
    return { ok: true, limit };
  }
  if (!signature || !timestampRaw || !/^\d{1,12}$/.test(timestampRaw)) return { ok: false, status: 401, reason: 'no signature or timestamp' };
  const skew = Math.round(options.now / 1000 - Number(timestampRaw));
  if (Math.abs(skew) > REQUEST_WINDOW_SECONDS) {
    return { ok: false, status: 401, reason: `timestamp ${skew > 0 ? `${skew} s in the past` : `${-skew} s in the future`}` };
  }
  if (length !== null && length > options.limits.maxBodyBytes) {
    return { ok: false, status: 413, reason: `a body of ${length} bytes (the limit is ${options.limits.maxBodyBytes})` };
  }
  return { ok: true, limit: options.limits.maxBodyBytes };
}

type BodyRead = { ok: true; raw: Buffer } | { ok: false; status: 408 | 413 | 503; reason: string };

/** Bytes held by bodies being read, shared by all requests of one guard. */
interface Budget {
  used: number;
  max: number;
}

/**
 * Reads a body of at most `limit` bytes within `timeoutMs`, taking its bytes from the shared
 * budget as they arrive and giving them back when it ends (whatever the outcome).
 */
function readBody(req: IncomingMessage, limit: number, budget: Budget, timeoutMs: number): Promise<BodyRead> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: BodyRead | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      budget.used -= size;
      chunks.length = 0;
      req.off('data', onData);
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const timer = setTimeout(() => {
      finish({ ok: false, status: 408, reason: `the body did not arrive within ${timeoutMs} ms (${size} bytes)` });
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      if (size + chunk.length > limit) {
        finish({ ok: false, status: 413, reason: `the body is larger than ${limit} bytes` });
        return;
      }
      if (budget.used + chunk.length > budget.max) {
        finish({ ok: false, status: 503, reason: `the bodies being read together would pass ${budget.max} bytes` });
        return;
      }
      size += chunk.length;
      budget.used += chunk.length;
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => {
      if (settled) return;
      const raw = Buffer.concat(chunks);
      finish({ ok: true, raw });
    });
    req.on('error', (error) => { finish(error); });
    req.on('close', () => { finish(new Error('the connection closed before the body was read')); });
  });
}

/** Answers a refusal and closes the connection; the rest of the body is never read. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number): void {
  if (res.headersSent || res.destroyed) {
    req.destroy();
    return;
  }
  res.writeHead(status, { connection: 'close', 'content-length': '0' });
  res.end(() => {
    req.destroy();
  });
}

/** The guarded listener, which also tells how many body bytes it holds right now (tests). */
export type GuardedListener = RequestListener & { bufferedBytes: () => number };

/**
 * Wraps the HTTP receiver's request listener: requests to the Slack endpoints are read, checked
 * (see the top of this file), and handed to Bolt with the body already read (Bolt reuses
 * `rawBody`). Everything else goes to Bolt untouched.
 */
export function guardSlackRequests(listener: RequestListener, options: RequestGuardOptions): GuardedListener {
  const cache = new ReplayCache();
  const now = options.now ?? Date.now;
  const limits: BodyLimits = { ...DEFAULT_BODY_LIMITS, ...options.limits };
  const budget: Budget = { used: 0, max: limits.maxBufferedBytes };
  const warn = (status: number, reason: string) => {
    options.logger.warn(`refused a request to the Slack endpoint (${status}): ${reason}`);
  };
  const guarded = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?', 1).join('');
    if (req.method !== 'POST' || !options.endpoints.includes(path)) {
      listener(req, res);
      return;
    }
    const early = checkHeaders(req, { now: now(), limits });
    if (!early.ok) {
      warn(early.status, early.reason);
      refuse(req, res, early.status);
      return;
    }
    readBody(req, early.limit, budget, limits.bodyTimeoutMs).then(
      (body) => {
        if (!body.ok) {
          warn(body.status, body.reason);
          refuse(req, res, body.status);
          return;
        }
        const verdict = checkRequest(req, body.raw, { signingSecret: options.signingSecret, now: now(), cache });
        if (!verdict.ok) {
          warn(verdict.status, verdict.reason);
          refuse(req, res, verdict.status);
          return;
        }
        (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body.raw;
        listener(req, res);
      },
      (error: unknown) => {
        options.logger.warn(`could not read a request to the Slack endpoint: ${(error as Error).message}`);
        refuse(req, res, 400);
      },
    );
  };
  return Object.assign(guarded, { bufferedBytes: () => budget.used });
}
