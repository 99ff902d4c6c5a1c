// The health endpoint's quick_check: in a worker thread, at most once per maxAgeMs, the latest
// result at once (src/store/quick-check-monitor.ts).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createQuickCheckMonitor } from '../../src/store/quick-check-monitor.ts';
import { corruptItemsPage, seedItems } from '../helpers/corrupt-db.ts';
import { tempDir } from '../helpers/db.ts';

describe('the quick_check monitor', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = tempDir('motiebot-qc-');
    path = join(dir, 'motiebot.db');
    seedItems(path);
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports ok for a sound file and the damage for a corrupted one', async () => {
    let clock = 1_000_000;
    const monitor = createQuickCheckMonitor({ path, maxAgeMs: 60_000, now: () => clock });
    expect(monitor.latest()).toEqual({ result: null, checking: false });
    expect(await monitor.checkNow()).toEqual({ problems: [], checkedAt: 1_000_000 });
    corruptItemsPage(path);
    clock += 1000;
    const damaged = await monitor.checkNow();
    expect(damaged.problems.length).toBeGreaterThan(0);
    expect(monitor.latest().result).toBe(damaged);
  });

  it('starts a check only when the latest is older than maxAgeMs, and never two at once', async () => {
    let clock = 1_000_000;
    const monitor = createQuickCheckMonitor({ path, maxAgeMs: 60_000, now: () => clock, initial: { problems: [], checkedAt: clock } });
    corruptItemsPage(path);
    monitor.refreshIfOld(clock + 59_999);
    expect(monitor.latest()).toEqual({ result: { problems: [], checkedAt: 1_000_000 }, checking: false });
    clock += 60_000;
    monitor.refreshIfOld(clock);
    expect(monitor.latest().checking).toBe(true);
    const running = monitor.checkNow();
    monitor.refreshIfOld(clock);
    const result = await running;
    expect(result.problems.length).toBeGreaterThan(0);
    expect(monitor.latest()).toEqual({ result, checking: false });
  });

  it('reports a file that cannot be opened as a problem', async () => {
    const monitor = createQuickCheckMonitor({ path: join(dir, 'gone.db'), maxAgeMs: 1 });
    expect((await monitor.checkNow()).problems).toEqual([expect.stringMatching(/unable to open|does not exist|no such file/i)]);
  });
});
