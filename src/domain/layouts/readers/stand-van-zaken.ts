// Layout 1: the flat "stand van zaken" list (the bundled sample): motie rows, codes, footnotes.
import { parseOverview } from '../../overview/parse-overview.ts';
import type { LayoutReader } from '../types.ts';

export const standVanZakenReader: LayoutReader = {
  id: 'stand-van-zaken',
  detect(document, options) {
    if (document.blocks.some((block) => block.type === 'table' && block.rows.length > 1) && document.format !== 'pdf') return 0;
    const parsed = parseOverview(document.text, { documentDate: options.documentDate ?? '2000-01-01', calendar: options.calendar });
    // Motie rows with bewindspersoon codes are strong evidence: above a table whose headers merely map.
    return parsed.ok ? 0.92 : 0;
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
