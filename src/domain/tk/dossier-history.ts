// The committees that held the debates of a dossier's moties in the recorded months (dossier-history.json,
// built by tests/fixtures/tk/build-dossier-history.ts from tests/fixtures/tk/real*/syncfeed): evidence for the router's
// rule "dossierhistorie" that needs no Activiteit page of the motie's own month. Pure (data only).
import history from './dossier-history.json' with { type: 'json' };

const DOSSIERS = history.dossiers as Record<string, Record<string, Record<string, number>>>;

/**
 * Ministry → moties of the dossier submitted in a debate of that ministry's committee, summed over the recorded
 * months; null when the dossier has none. `withoutMonth` ("2025-03") leaves one month out (leave-one-month-out).
 */
export function dossierHistoryOf(dossierKey: string | null, withoutMonth?: string): Record<string, number> | null {
  const months = dossierKey ? DOSSIERS[dossierKey] : undefined;
  if (!months) return null;
  const sum: Record<string, number> = {};
  for (const [month, counts] of Object.entries(months)) {
    if (month === withoutMonth) continue;
    for (const [ministry, n] of Object.entries(counts)) sum[ministry] = (sum[ministry] ?? 0) + n;
  }
  return Object.keys(sum).length > 0 ? sum : null;
}
