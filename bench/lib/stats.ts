// Small statistics and formatting helpers for the benchmarks.

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Peak resident memory of this process so far, in MiB (maxRSS is in KiB on Linux). */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Prints the result of a child benchmark as its last stdout line, for bench/run.ts to read. */
export function report(result: unknown): void {
  process.stdout.write(`BENCH-RESULT ${JSON.stringify(result)}\n`);
}
