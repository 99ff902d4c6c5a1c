// Issue 13: a TK sync reports why it stopped as a code with values; the Dutch is in
// src/texts/tk-sync.nl.ts, word for word what `motie sync tk` printed before.
import { describe, expect, it } from 'vitest';
import type { FetchFailure } from '../../src/adapters/tk/syncfeed-client.ts';
import type { TkSyncStop } from '../../src/app/sync-tk.ts';
import { FEED_FAILURE_TEXT, feedFailureNl, TK_SYNC_STOP_TEXT, tkSyncStopNl } from '../../src/texts/tk-sync.nl.ts';

const FEED = 'https://tk.example/feed';

const SAMPLES: { [C in TkSyncStop['code']]: [TkSyncStop & { code: C }, string] } = {
  TK_SYNC_BUSY: [{ code: 'TK_SYNC_BUSY' }, 'Een andere motiebot synchroniseert op dit moment met de Tweede Kamer; deze keer is overgeslagen.'],
  TK_SYNC_ABORTED: [{ code: 'TK_SYNC_ABORTED' }, 'De synchronisatie is gestopt; de volgende keer gaat hij verder waar hij was.'],
  TK_SYNC_PAGE_LIMIT: [{ code: 'TK_SYNC_PAGE_LIMIT', pages: 7 }, "Gestopt na 7 pagina's (de grens van deze run); de volgende keer gaat hij verder waar hij was."],
  TK_SYNC_FEED_FAILED: [
    { code: 'TK_SYNC_FEED_FAILED', failure: { ok: false, url: FEED, status: 503, code: 'TK_HTTP_STATUS', attempts: 5 } },
    'https://tk.example/feed antwoordt na 5 pogingen nog steeds met HTTP 503.',
  ],
  TK_SYNC_LEASE_LOST: [{ code: 'TK_SYNC_LEASE_LOST' }, 'Een ander proces heeft de synchronisatie overgenomen; deze run stopt.'],
  TK_SYNC_OFF_ORIGIN: [
    { code: 'TK_SYNC_OFF_ORIGIN', url: 'https://elders.example/Feed?skiptoken=9' },
    'De SyncFeed verwijst naar https://elders.example/Feed?skiptoken=9, buiten de ingestelde TK_SYNCFEED_URL; de synchronisatie stopt en onthoudt die plek niet.',
  ],
  TK_SYNC_EMPTY_PAGES: [{ code: 'TK_SYNC_EMPTY_PAGES', pages: 25 }, 'Gestopt na 25 lege pagina\'s op rij zonder rel="resume"; de volgende keer gaat hij verder waar hij was.'],
  TK_SYNC_NO_NEXT: [
    { code: 'TK_SYNC_NO_NEXT', url: 'https://tk.example/feed?skiptoken=3' },
    'De pagina https://tk.example/feed?skiptoken=3 heeft geen link naar een volgende pagina en zegt ook niet dat alles binnen is (rel="resume"); de volgende keer gaat hij verder waar hij was.',
  ],
  TK_SYNC_LOOP: [
    { code: 'TK_SYNC_LOOP', url: 'https://tk.example/feed?skiptoken=3' },
    'De SyncFeed verwijst terug naar een pagina die deze run al las (https://tk.example/feed?skiptoken=3); de synchronisatie stopt om niet rond te draaien.',
  ],
};

describe('why a TK sync stopped', () => {
  it.each(Object.keys(TK_SYNC_STOP_TEXT).map((code) => [code as TkSyncStop['code']]))('%s has a Dutch sentence', (code) => {
    const [stop, sentence] = SAMPLES[code];
    expect(tkSyncStopNl(stop)).toBe(sentence);
    expect(sentence).toMatch(/^[A-Zh].{20,}\.$/);
  });

  it('every code has a sample; a run that did not stop has no sentence', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(TK_SYNC_STOP_TEXT).sort());
    expect(tkSyncStopNl(null)).toBe('');
  });
});

const FAILURES: { [C in FetchFailure['code']]: [FetchFailure & { code: C }, string] } = {
  TK_ABORTED: [{ ok: false, url: FEED, status: null, code: 'TK_ABORTED' }, 'De synchronisatie is gestopt.'],
  TK_HTTP_STATUS: [{ ok: false, url: FEED, status: 404, code: 'TK_HTTP_STATUS', attempts: 1 }, 'https://tk.example/feed antwoordt met HTTP 404.'],
  TK_HTTP_UNREACHABLE: [
    { ok: false, url: FEED, status: null, code: 'TK_HTTP_UNREACHABLE', attempts: 3, timeoutSeconds: 60, error: null },
    'https://tk.example/feed antwoordde na 3 pogingen niet binnen 60 seconden.',
  ],
  TK_FEED_TOO_LARGE: [
    { ok: false, url: FEED, status: 200, code: 'TK_FEED_TOO_LARGE', bytes: 70000000 },
    'https://tk.example/feed stuurt 70000000 bytes; meer dan motiebot van één pagina leest.',
  ],
  TK_FEED_OFF_ORIGIN: [
    { ok: false, url: FEED, status: 302, code: 'TK_FEED_OFF_ORIGIN', target: 'https://elders.example/x' },
    'https://tk.example/feed verwijst door naar https://elders.example/x, buiten de ingestelde SyncFeed (TK_SYNCFEED_URL); motiebot volgt dat niet.',
  ],
  TK_FEED_INVALID: [
    { ok: false, url: FEED, status: 200, code: 'TK_FEED_INVALID', attempts: 5, problem: { code: 'TK_FEED_NOT_XML', error: 'Unclosed tag', line: 12 } },
    'https://tk.example/feed stuurde na 5 pogingen geen volledige pagina (Unclosed tag (regel 12)).',
  ],
};

describe('why the SyncFeed gave no page', () => {
  it.each(Object.keys(FEED_FAILURE_TEXT).map((code) => [code as FetchFailure['code']]))('%s has a Dutch sentence', (code) => {
    const [failure, sentence] = FAILURES[code];
    expect(feedFailureNl(failure)).toBe(sentence);
  });

  it('an unreachable host names its error; a body that is no feed says so', () => {
    expect(feedFailureNl({ ok: false, url: FEED, status: null, code: 'TK_HTTP_UNREACHABLE', attempts: 5, timeoutSeconds: null, error: 'getaddrinfo ENOTFOUND tk.example' })).toBe(
      'https://tk.example/feed is niet bereikbaar (getaddrinfo ENOTFOUND tk.example).',
    );
    expect(feedFailureNl({ ok: false, url: FEED, status: 200, code: 'TK_FEED_INVALID', attempts: 2, problem: { code: 'TK_FEED_NOT_ATOM' } })).toBe(
      'https://tk.example/feed stuurde na 2 pogingen geen volledige pagina (het antwoord is geen Atom-feed (geen <feed>-element)).',
    );
    expect(Object.keys(FAILURES).sort()).toEqual(Object.keys(FEED_FAILURE_TEXT).sort());
  });
});
