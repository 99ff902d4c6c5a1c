// Issue 22.13: an export asked for in Slack is bounded: past maxItems nothing is built.
import { afterEach, describe, expect, it } from 'vitest';
import { EXPORT_SLACK_MAX_ITEMS, exportOverview } from '../../../src/verbs/overzicht/export-overview.ts';
import { createItem } from '../../../src/store/items.queries.ts';
import { OVERZICHT_TEXT } from '../../../src/verbs/overzicht/texts.nl.ts';
import { newItem } from '../../helpers/db.ts';
import { appContext } from '../../app/context.ts';

let ctx: ReturnType<typeof appContext> | null = null;
afterEach(() => {
  ctx?.t.cleanup();
  ctx = null;
});

describe('an export has a bound on its items (issue 22.13)', () => {
  it('more items than maxItems: EXPORT_TOO_MANY and no file; exactly maxItems: the file', async () => {
    ctx = appContext();
    for (let i = 0; i < 3; i += 1) createItem(ctx.db, newItem({ title: `Item ${i}` }), 'cli', ctx.now().getTime());
    expect(await exportOverview(ctx, { targets: ['SOCW'], status: 'alles', format: 'csv', maxItems: 2 })).toEqual({ ok: false, code: 'EXPORT_TOO_MANY', max: 2 });
    const written = await exportOverview(ctx, { targets: ['SOCW'], status: 'alles', format: 'csv', maxItems: 3 });
    expect(written).toMatchObject({ ok: true, moties: 3 });
  });

  it('Slack says how many it builds and where to make a larger one', () => {
    expect(EXPORT_SLACK_MAX_ITEMS).toBe(5_000);
    expect(OVERZICHT_TEXT.slack.overviewTooMany(EXPORT_SLACK_MAX_ITEMS)).toBe(
      'Dit overzicht zou meer dan 5.000 moties en toezeggingen bevatten; zo groot maakt de bot het niet in Slack. Er is geen bestand gemaakt: kies minder codes, laat `alles` weg, of maak het met `motie overzicht --out …` op de command line.',
    );
  });
});
