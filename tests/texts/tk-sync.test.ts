// Issue 13: a TK sync reports why it stopped as a code with values; the Dutch is in
// src/texts/tk-sync.nl.ts, word for word what `motie sync tk` printed before.
import { describe, expect, it } from 'vitest';
import type { TkSyncStop } from '../../src/app/sync-tk.ts';
import { TK_SYNC_STOP_TEXT, tkSyncStopNl } from '../../src/texts/tk-sync.nl.ts';

const SAMPLES: { [C in TkSyncStop['code']]: [TkSyncStop & { code: C }, string] } = {
  TK_SYNC_BUSY: [{ code: 'TK_SYNC_BUSY' }, 'Een andere motiebot synchroniseert op dit moment met de Tweede Kamer; deze keer is overgeslagen.'],
  TK_SYNC_ABORTED: [{ code: 'TK_SYNC_ABORTED' }, 'De synchronisatie is gestopt; de volgende keer gaat hij verder waar hij was.'],
  TK_SYNC_PAGE_LIMIT: [{ code: 'TK_SYNC_PAGE_LIMIT', pages: 7 }, "Gestopt na 7 pagina's (de grens van deze run); de volgende keer gaat hij verder waar hij was."],
  TK_SYNC_FEED_FAILED: [
    { code: 'TK_SYNC_FEED_FAILED', fetchCode: 'TK_HTTP_STATUS', message: 'https://tk.example/feed antwoordt met HTTP 503.' },
    'https://tk.example/feed antwoordt met HTTP 503.',
  ],
  TK_SYNC_LEASE_LOST: [{ code: 'TK_SYNC_LEASE_LOST' }, 'Een ander proces heeft de synchronisatie overgenomen; deze run stopt.'],
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
