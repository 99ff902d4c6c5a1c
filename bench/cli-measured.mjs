// Runs the compiled `motie` CLI (dist/) with this process's arguments, as bin/motie.js does, and
// prints its exit code and this process's peak memory as the BENCH-RESULT line (the parent times
// the process from spawn to exit, Node's start-up included, as a person running `motie` waits).
// On Linux the line also holds the main thread's CPU time and the time it was ready to run but
// waited for a core (/proc schedstat): on a shared machine the wall time is the one plus the other,
// so a slow run shows whether the import did more work or the machine gave it less time.
import { readFileSync } from 'node:fs';
/** @typedef {{ runCli(args: string[]): Promise<number> }} Cli */
/** @type {Cli} */
const cli = /** @type {Cli} */ (await import('../dist/cli/main.js'));
const code = await cli.runCli(process.argv.slice(2));

/** The main thread's [CPU ms, run-queue wait ms], or null where /proc has no schedstat. */
function mainThreadSchedule() {
  try {
    const [cpuNs, waitNs] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ').map(Number);
    return Number.isFinite(cpuNs) && Number.isFinite(waitNs) ? [cpuNs / 1e6, waitNs / 1e6] : null;
  } catch {
    return null;
  }
}
const schedule = mainThreadSchedule();
process.stdout.write(
  `\nBENCH-RESULT ${JSON.stringify({ code, peakRssMiB: process.resourceUsage().maxRSS / 1024, mainCpuMs: schedule?.[0] ?? null, waitMs: schedule?.[1] ?? null })}\n`,
);
process.exitCode = code;
