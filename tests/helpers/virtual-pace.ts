// A virtual clock for the delivery's pacing (src/outbox/send.ts `Pace`): a wait takes no real
// time. Waits are woken in time order, one instant at a time: once the event loop has nothing
// else to do before the next macrotask (setImmediate), the clock jumps to the earliest pending
// wake-up and wakes every wait due by then. Tests assert on virtual times (`tick()`) and on the
// waits asked for (`waits`), never on the wall clock. With `{ auto: false }` the clock stands
// still: a wait ends only when its abort signal fires.
import type { Pace } from '../../src/outbox/send.ts';

export interface VirtualPace extends Pace {
  /** Every wait asked for, in milliseconds (waits of 0 or less resolve at once and are not listed). */
  readonly waits: number[];
}

export function virtualPace(options: { start?: number; auto?: boolean } = {}): VirtualPace {
  const auto = options.auto ?? true;
  let now = options.start ?? 0;
  const waiting: { at: number; wake: () => void }[] = [];
  const waits: number[] = [];
  let scheduled = false;

  const advance = () => {
    scheduled = false;
    if (waiting.length === 0) return;
    now = Math.max(now, Math.min(...waiting.map((w) => w.at)));
    const due = waiting.filter((w) => w.at <= now);
    for (const w of due) waiting.splice(waiting.indexOf(w), 1);
    for (const w of due) w.wake();
    schedule();
  };
  const schedule = () => {
    if (!auto || scheduled || waiting.length === 0) return;
    scheduled = true;
    setImmediate(advance);
  };

  return {
    waits,
    tick: () => now,
    sleep(ms, signal) {
      if (ms <= 0 || signal?.aborted) return Promise.resolve();
      waits.push(ms);
      return new Promise<void>((resolve) => {
        const entry = {
          at: now + ms,
          wake: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        const onAbort = () => {
          const i = waiting.indexOf(entry);
          if (i >= 0) waiting.splice(i, 1);
          entry.wake();
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        waiting.push(entry);
        schedule();
      });
    },
  };
}
