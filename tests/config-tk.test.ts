import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULTS, loadTkConfig } from '../src/config.ts';

describe('loadTkConfig', () => {
  it('defaults: the real SyncFeed, every ministry, no schedule, moties on, 100 ms between pages', () => {
    expect(loadTkConfig({})).toEqual({ syncFeedUrl: DEFAULTS.TK_SYNCFEED_URL, ministries: [], cron: null, moties: true, documenten: false, pageDelayMs: 100 });
  });

  it('reads ministries and codes in their canonical spelling, without duplicates', () => {
    expect(loadTkConfig({ TK_MINISTRIES: 'ocw, VWS,socw,OCW', TK_SYNCFEED_URL: 'http://localhost:3150/SyncFeed/2.0/' })).toMatchObject({
      ministries: ['OCW', 'VWS', 'SOCW'],
      syncFeedUrl: 'http://localhost:3150/SyncFeed/2.0',
    });
  });

  it.each([
    [{ TK_MINISTRIES: 'OCW,Onderwijs' }, 'TK_MINISTRIES'],
    [{ TK_SYNCFEED_URL: 'gegevensmagazijn' }, 'TK_SYNCFEED_URL'],
    [{ TK_SYNC_CRON: 'elke dag' }, 'TK_SYNC_CRON'],
    [{ TK_SYNC_MOTIES: 'misschien' }, 'TK_SYNC_MOTIES'],
    [{ TK_SYNC_DOCUMENTEN: 'soms' }, 'TK_SYNC_DOCUMENTEN'],
    [{ TK_SYNC_PAGE_DELAY_MS: '-5' }, 'TK_SYNC_PAGE_DELAY_MS'],
  ])('%j is refused with a Dutch message naming %s', (env, variable) => {
    expect(() => loadTkConfig(env)).toThrow(ConfigError);
    expect(() => loadTkConfig(env)).toThrow(new RegExp(`^Ongeldige configuratie: ${variable} `));
  });

  it('TK_SYNC_MOTIES=uit turns the moties off', () => {
    expect(loadTkConfig({ TK_SYNC_MOTIES: 'uit' }).moties).toBe(false);
  });

  it('TK_SYNC_DOCUMENTEN is off unless set to aan', () => {
    expect(loadTkConfig({}).documenten).toBe(false);
    expect(loadTkConfig({ TK_SYNC_DOCUMENTEN: 'aan' }).documenten).toBe(true);
  });
});
