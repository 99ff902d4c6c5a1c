import { describe, expect, it } from 'vitest';
import { amsterdamDate, amsterdamDateTime } from '../../src/clock.ts';
import { createPretendClock, isPretendDate, onDay } from '../../src/preview/pretend-clock.ts';

describe('the pretend clock', () => {
  const real = new Date('2026-11-28T15:42:10Z'); // 16:42 in Amsterdam (winter time)

  it('is the real clock until a day is chosen', () => {
    const clock = createPretendClock(() => real);
    expect(clock.now()).toEqual(real);
    expect(clock.date()).toBeNull();
  });

  it('keeps the Amsterdam time of day on the chosen day, across DST', () => {
    const clock = createPretendClock(() => real);
    expect(clock.set('2025-07-01')).toBe(true);
    expect(amsterdamDateTime(clock.now())).toBe('2025-07-01 16:42'); // summer time: 14:42 UTC
    expect(clock.now().toISOString()).toBe('2025-07-01T14:42:10.000Z');
    expect(amsterdamDate(onDay('2025-01-15', real))).toBe('2025-01-15');
  });

  it('refuses dates that do not exist, and goes back to the real day on null or today', () => {
    const clock = createPretendClock(() => real);
    for (const bad of ['2025-02-29', '2025-13-01', '15-09-2025', '', '1900-01-01']) expect(clock.set(bad)).toBe(false);
    expect(clock.set('2025-09-15')).toBe(true);
    expect(clock.set(null)).toBe(true);
    expect(clock.date()).toBeNull();
    clock.set('2026-11-28');
    expect(clock.date()).toBeNull();
    expect(isPretendDate('2024-02-29')).toBe(true);
    expect(isPretendDate('2101-01-01')).toBe(false);
  });
});
