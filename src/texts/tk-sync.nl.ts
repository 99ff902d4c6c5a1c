// Why a Tweede Kamer sync stopped early, failed or was skipped, in Dutch: one sentence per stop
// code of src/app/sync-tk.ts.
import type { TkSyncStop } from '../app/sync-tk.ts';

type Sentences = { [C in TkSyncStop['code']]: (stop: TkSyncStop & { code: C }) => string };

/** One sentence per stop code (the type makes the table complete). */
export const TK_SYNC_STOP_TEXT: Sentences = {
  TK_SYNC_BUSY: () => 'Een andere motiebot synchroniseert op dit moment met de Tweede Kamer; deze keer is overgeslagen.',
  TK_SYNC_ABORTED: () => 'De synchronisatie is gestopt; de volgende keer gaat hij verder waar hij was.',
  TK_SYNC_PAGE_LIMIT: (s) => `Gestopt na ${s.pages} pagina's (de grens van deze run); de volgende keer gaat hij verder waar hij was.`,
  TK_SYNC_FEED_FAILED: (s) => s.message,
  TK_SYNC_LEASE_LOST: () => 'Een ander proces heeft de synchronisatie overgenomen; deze run stopt.',
  TK_SYNC_LOOP: (s) => `De SyncFeed verwijst terug naar een pagina die deze run al las (${s.url}); de synchronisatie stopt om niet rond te draaien.`,
};

/** The sentence of a stop; '' for a run that did not stop. */
export function tkSyncStopNl(stop: TkSyncStop | null): string {
  if (!stop) return '';
  const sentence = TK_SYNC_STOP_TEXT[stop.code] as (s: TkSyncStop) => string;
  return sentence(stop);
}
