// Counts the turns of the event loop (setImmediate callbacks): work done on the loop in one
// synchronous call lets none through, work done in a worker thread lets many through. Tests of
// "off the event loop" (issues 22.8, 22.13, 28) assert on these counts, never on wall-clock time.

/** Starts counting; `stop()` ends it and gives the count. */
export function loopTurns(): { stop: () => number } {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns += 1;
    setImmediate(tick);
  };
  setImmediate(tick);
  return {
    stop: () => {
      running = false;
      return turns;
    },
  };
}

/** The turns of the event loop while `work` runs, with its value. */
export async function turnsDuring<T>(work: () => Promise<T>): Promise<{ value: T; turns: number }> {
  const counter = loopTurns();
  try {
    const value = await work();
    return { value, turns: counter.stop() };
  } finally {
    counter.stop();
  }
}
