// Why a Tweede Kamer sync stopped early, failed or was skipped, in Dutch: one sentence per stop
// code of src/app/sync-tk.ts, and per failure code of the SyncFeed client.
import type { FeedProblem } from '../adapters/tk/parse-feed.ts';
import type { FetchFailure } from '../adapters/tk/syncfeed-client.ts';
import type { TkSyncStop } from '../app/sync-tk.ts';
import { TK_FEED } from './tk.nl.ts';

/** Why a body is no feed page. */
function feedProblemNl(problem: FeedProblem): string {
  if (problem.code === 'TK_FEED_NOT_XML') return TK_FEED.notXml(problem.error, problem.line);
  return problem.code === 'TK_FEED_DTD' ? TK_FEED.dtd(problem.line) : TK_FEED.notAtom;
}

type FailureSentences = { [C in FetchFailure['code']]: (failure: FetchFailure & { code: C }) => string };

/** One sentence per reason a SyncFeed URL gave no usable answer (the type makes the table complete; the words are TK_FEED's). */
export const FEED_FAILURE_TEXT: FailureSentences = {
  TK_ABORTED: () => TK_FEED.stopped,
  TK_HTTP_STATUS: (f) =>
    f.attempts <= 1 ? TK_FEED.status(f.url, f.status ?? 0) : TK_FEED.statusAfterRetries(f.url, f.attempts, f.status ?? 0),
  TK_HTTP_UNREACHABLE: (f) =>
    f.timeoutSeconds !== null
      ? TK_FEED.timeoutAfterRetries(f.url, f.attempts, f.timeoutSeconds)
      : f.error !== null
        ? TK_FEED.unreachableBecause(f.url, f.error)
        : TK_FEED.unreachable(f.url),
  TK_FEED_TOO_LARGE: (f) => TK_FEED.tooLarge(f.url, f.bytes),
  TK_FEED_OFF_ORIGIN: (f) => TK_FEED.offOrigin(f.url, f.target),
  TK_FEED_INVALID: (f) => TK_FEED.incompleteAfterRetries(f.url, f.attempts, feedProblemNl(f.problem)),
};

export function feedFailureNl(failure: FetchFailure): string {
  const sentence = FEED_FAILURE_TEXT[failure.code] as (f: FetchFailure) => string;
  return sentence(failure);
}

type Sentences = { [C in TkSyncStop['code']]: (stop: TkSyncStop & { code: C }) => string };

/** One sentence per stop code (the type makes the table complete). */
export const TK_SYNC_STOP_TEXT: Sentences = {
  TK_SYNC_BUSY: () => 'Een andere motiebot synchroniseert op dit moment met de Tweede Kamer; deze keer is overgeslagen.',
  TK_SYNC_ABORTED: () => 'De synchronisatie is gestopt; de volgende keer gaat hij verder waar hij was.',
  TK_SYNC_PAGE_LIMIT: (s) => `Gestopt na ${s.pages} pagina's (de grens van deze run); de volgende keer gaat hij verder waar hij was.`,
  TK_SYNC_FEED_FAILED: (s) => feedFailureNl(s.failure),
  TK_SYNC_LEASE_LOST: () => 'Een ander proces heeft de synchronisatie overgenomen; deze run stopt.',
  TK_SYNC_OFF_ORIGIN: (s) => `De SyncFeed verwijst naar ${s.url}, buiten de ingestelde TK_SYNCFEED_URL; de synchronisatie stopt en onthoudt die plek niet.`,
  TK_SYNC_EMPTY_PAGES: (s) => `Gestopt na ${s.pages} lege pagina's op rij zonder rel="resume"; de volgende keer gaat hij verder waar hij was.`,
  TK_SYNC_NO_NEXT: (s) => `De pagina ${s.url} heeft geen link naar een volgende pagina en zegt ook niet dat alles binnen is (rel="resume"); de volgende keer gaat hij verder waar hij was.`,
  TK_SYNC_LOOP: (s) => `De SyncFeed verwijst terug naar een pagina die deze run al las (${s.url}); de synchronisatie stopt om niet rond te draaien.`,
};

/** The sentence of a stop; '' for a run that did not stop. */
export function tkSyncStopNl(stop: TkSyncStop | null): string {
  if (!stop) return '';
  const sentence = TK_SYNC_STOP_TEXT[stop.code] as (s: TkSyncStop) => string;
  return sentence(stop);
}
