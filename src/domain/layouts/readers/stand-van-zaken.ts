// Layout 1: the flat "stand van zaken" list (the bundled sample): motie rows, codes, footnotes.
import { looksLikeOverview, parseOverview } from '../../overview/parse-overview.ts';
import type { LayoutReader } from '../types.ts';

export const standVanZakenReader: LayoutReader = {
  id: 'stand-van-zaken',
  detect(document) {
    if (document.blocks.some((block) => block.type === 'table' && block.rows.length > 1) && document.format !== 'pdf') return 0;
    // Motie rows with bewindspersoon codes are strong evidence: above a table whose headers merely map.
    return looksLikeOverview(document.text) ? 0.92 : 0;
  },
  rows(document, options) {
    const parsed = parseOverview(document.text, {
      documentDate: options.documentDate ?? null,
      today: options.today ?? null,
      ...(options.calendar ? { calendar: options.calendar } : {}),
    });
    return parsed.ok ? { ok: true, parsed } : parsed;
  },
};
