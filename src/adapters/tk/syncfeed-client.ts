// HTTP for the Tweede Kamer SyncFeed: one page at a time, politely. Timeouts, 429 and 5xx are
// retried for the same URL with exponential backoff (Retry-After is honoured, up to a cap); a
// page that arrives truncated (not well-formed XML) is fetched again. Other 4xx answers fail at once.
// Bounded (issue 22.6 and 22.10): a body is read as a stream and dropped past 64 MB received,
// with or without Content-Length; redirects are followed only within the configured origin.
import { parseFeed, type FeedPage, type FeedProblem, type ParseFeedResult } from './parse-feed.ts';

export interface FeedClientOptions {
  /** Per request. */
  timeoutMs: number;
  /** Tries of one URL before giving up. */
  maxAttempts: number;
  /** First backoff; doubles with every retry. */
  backoffMs: number;
  /** The longest single wait (a Retry-After above it is cut to it). */
  maxWaitMs: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Told about every retry (English, for the log). */
  onRetry?: (info: { url: string; attempt: number; reason: string; waitMs: number }) => void;
  signal?: AbortSignal;
  /** The most bytes of one body that are read (more is refused). */
  maxBodyBytes: number;
  /** Parses a page; default parseFeed, here. The bot's scheduled sync parses in a worker thread (parse-feed-off-loop.ts). */
  parse?: (body: string) => ParseFeedResult | Promise<ParseFeedResult>;
  /**
   * The only origin ("https://host:port") that is fetched: a redirect elsewhere is refused.
   * Default: the origin of the URL asked for.
   */
  origin?: string;
}

/** Redirects followed within the origin for one request. */
const MAX_REDIRECTS = 5;

const DEFAULT_FEED_CLIENT: FeedClientOptions = { timeoutMs: 60_000, maxAttempts: 5, backoffMs: 2_000, maxWaitMs: 120_000, maxBodyBytes: 64 * 1024 * 1024 };

/**
 * Why a URL gave no usable answer, as data (src/texts/tk-sync.nl.ts words it). `attempts`: how
 * many tries it took (1: not retried); `status`: the last HTTP status, if any.
 */
export type FetchFailure = { ok: false; url: string; status: number | null } & (
  | { code: 'TK_ABORTED' }
  | { code: 'TK_HTTP_STATUS'; attempts: number }
  /** `timeoutSeconds`: it did not answer within that; else `error` (the network error, English), or neither before any try. */
  | { code: 'TK_HTTP_UNREACHABLE'; attempts: number; timeoutSeconds: number | null; error: string | null }
  /** `bytes`: what was announced or received before reading stopped (more than the limit). */
  | { code: 'TK_FEED_TOO_LARGE'; bytes: number }
  /** A redirect to `target`, outside the configured origin: not followed. */
  | { code: 'TK_FEED_OFF_ORIGIN'; target: string }
  /** The body was no complete page: `problem` says why (a feed page), `reason` otherwise. */
  | { code: 'TK_FEED_INVALID'; attempts: number; problem: FeedProblem }
);

export type FetchPageResult = { ok: true; page: FeedPage; url: string } | FetchFailure;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After as milliseconds: "120" or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | null {
  if (!header) return null;
  const s = header.trim();
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  const at = Date.parse(s);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * The body as text, read chunk by chunk and given up (the stream cancelled) as soon as more than
 * `max` bytes arrived: a chunked answer without Content-Length is bounded too.
 */
export async function readBodyCapped(response: Response, max: number): Promise<{ ok: true; text: string } | { ok: false; bytes: number }> {
  const read = await readBytesCapped(response, max);
  return read.ok ? { ok: true, text: Buffer.from(read.body).toString('utf8') } : read;
}

/** The body as bytes, bounded as readBodyCapped. */
async function readBytesCapped(response: Response, max: number): Promise<{ ok: true; body: Uint8Array } | { ok: false; bytes: number }> {
  if (!response.body) return { ok: true, body: new Uint8Array() };
  const reader: ReadableStreamDefaultReader<Uint8Array> = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > max) {
      chunks.length = 0;
      await reader.cancel().catch(() => undefined);
      return { ok: false, bytes: received };
    }
    chunks.push(value);
  }
  return { ok: true, body: new Uint8Array(Buffer.concat(chunks)) };
}

/** Drops a body that is not needed (an error page, a redirect) without reading it. */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/** The origin of a URL, or null when it is none. */
export function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function retryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

type Accepted<T> = { ok: true; value: T } | { ok: false; problem: FeedProblem };

/**
 * GETs `url` and hands the body to `accept`, which says whether it is complete (a truncated feed
 * page is not). Everything transient is retried; the last failure is returned as a value.
 */
async function fetchWithRetry<T>(
  url: string,
  options: Partial<FeedClientOptions>,
  accept: (body: Uint8Array, status: number, contentType: string | null) => Accepted<T> | Promise<Accepted<T>>,
  accepts: string,
): Promise<{ ok: true; value: T } | FetchFailure> {
  const o = { ...DEFAULT_FEED_CLIENT, ...options };
  const doFetch = o.fetch ?? fetch;
  const sleep = o.sleep ?? defaultSleep;
  let last: FetchFailure = { ok: false, url, code: 'TK_HTTP_UNREACHABLE', attempts: 0, timeoutSeconds: null, error: null, status: null };
  const origin = o.origin ?? originOf(url);
  if (originOf(url) === null || originOf(url) !== origin) return { ok: false, url, code: 'TK_FEED_OFF_ORIGIN', target: url, status: null };
  const headers = { accept: accepts, 'user-agent': 'motiebot (toezeggingen en moties; https://github.com/)' };
  for (let attempt = 1; attempt <= o.maxAttempts; attempt++) {
    if (o.signal?.aborted) return { ok: false, url, code: 'TK_ABORTED', status: null };
    let wait: number | null = null;
    let reason: string;
    try {
      const signal = o.signal ? AbortSignal.any([o.signal, AbortSignal.timeout(o.timeoutMs)]) : AbortSignal.timeout(o.timeoutMs);
      let response = await doFetch(url, { headers, signal, redirect: 'manual' });
      // Redirects by hand: only within the origin, at most MAX_REDIRECTS of them.
      for (let hops = 0; response.status >= 300 && response.status < 400 && response.headers.get('location'); hops += 1) {
        const target = new URL(response.headers.get('location') ?? '', response.url || url).href;
        await discard(response);
        if (originOf(target) !== origin) return { ok: false, url, code: 'TK_FEED_OFF_ORIGIN', target, status: response.status };
        if (hops >= MAX_REDIRECTS) return { ok: false, url, code: 'TK_HTTP_STATUS', attempts: attempt, status: response.status };
        response = await doFetch(target, { headers, signal, redirect: 'manual' });
      }
      const length = Number(response.headers.get('content-length') ?? '0');
      if (length > o.maxBodyBytes) {
        await discard(response);
        return { ok: false, url, code: 'TK_FEED_TOO_LARGE', bytes: length, status: response.status };
      }
      if (!response.ok) {
        await discard(response);
        if (!retryable(response.status)) {
          return { ok: false, url, code: 'TK_HTTP_STATUS', attempts: 1, status: response.status };
        }
        reason = `HTTP ${response.status}`;
        wait = retryAfterMs(response.headers.get('retry-after'));
        last = { ok: false, url, code: 'TK_HTTP_STATUS', attempts: attempt, status: response.status };
      } else {
        const body = await readBytesCapped(response, o.maxBodyBytes);
        if (!body.ok) return { ok: false, url, code: 'TK_FEED_TOO_LARGE', bytes: body.bytes, status: response.status };
        const accepted = await accept(body.body, response.status, response.headers.get('content-type'));
        if (accepted.ok) return accepted;
        const problem = accepted.problem;
        reason = problem.code === 'TK_FEED_NOT_XML' ? `not XML: ${problem.error} (line ${problem.line})` : problem.code === 'TK_FEED_DTD' ? `a DOCTYPE or entity declaration (line ${problem.line})` : 'not an Atom feed';
        last = { ok: false, url, code: 'TK_FEED_INVALID', attempts: attempt, problem: accepted.problem, status: response.status };
      }
    } catch (error) {
      if (o.signal?.aborted) return { ok: false, url, code: 'TK_ABORTED', status: null };
      const e = error as Error;
      const timedOut = e.name === 'TimeoutError';
      reason = timedOut ? `timeout after ${o.timeoutMs} ms` : `${e.name}: ${e.message}`;
      last = {
        ok: false,
        url,
        code: 'TK_HTTP_UNREACHABLE',
        attempts: attempt,
        timeoutSeconds: timedOut ? Math.round(o.timeoutMs / 1000) : null,
        error: timedOut ? null : e.message,
        status: null,
      };
    }
    if (attempt === o.maxAttempts) break;
    const backoff = o.backoffMs * 2 ** (attempt - 1);
    const waitMs = Math.min(o.maxWaitMs, Math.max(backoff, wait ?? 0));
    o.onRetry?.({ url, attempt, reason, waitMs });
    await sleep(waitMs);
  }
  return last;
}

/** One feed page, retried until it is complete XML. */
export async function fetchFeedPage(url: string, options: Partial<FeedClientOptions> = {}): Promise<FetchPageResult> {
  const result = await fetchWithRetry(
    url,
    options,
    async (body) => {
      const parsed = await (options.parse ?? parseFeed)(Buffer.from(body).toString('utf8'));
      if (parsed.ok) return { ok: true, value: parsed.page };
      const { ok: _ok, ...problem } = parsed;
      return { ok: false, problem };
    },
    'application/atom+xml, application/xml;q=0.9',
  );
  return result.ok ? { ok: true, page: result.value, url } : result;
}


/** A file the feed serves under /Resources/<id> (a Document's rel="enclosure"): its bytes and announced content type. */
export type FetchResourceResult = { ok: true; bytes: Uint8Array; contentType: string | null; url: string } | FetchFailure;

/**
 * One resource file (a motie's PDF or Word document), bounded like a page (origin, size, retries).
 * Only its transport is checked here; what the bytes hold is the reader's business.
 */
export async function fetchResource(url: string, options: Partial<FeedClientOptions> = {}): Promise<FetchResourceResult> {
  const result = await fetchWithRetry(url, options, (body, _status, contentType) => ({ ok: true, value: { bytes: body, contentType } }), 'application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document, */*;q=0.5');
  return result.ok ? { ok: true, bytes: result.value.bytes, contentType: result.value.contentType, url } : result;
}

/** A small JSON answer (an OData query, or with `accept` the service's XML $metadata): its text, bounded like a page (origin, size, retries). */
type FetchJsonResult = { ok: true; text: string; url: string } | FetchFailure;

export async function fetchJson(url: string, options: Partial<FeedClientOptions> = {}, accept = 'application/json'): Promise<FetchJsonResult> {
  const result = await fetchWithRetry(url, options, (body) => ({ ok: true, value: Buffer.from(body).toString('utf8') }), accept);
  return result.ok ? { ok: true, text: result.value, url } : result;
}
