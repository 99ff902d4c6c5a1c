// Runs the compiled `motie` CLI (dist/) with this process's arguments, as bin/motie.js does, and
// prints its exit code and this process's peak memory as the BENCH-RESULT line (the parent times
// the process from spawn to exit, Node's start-up included, as a person running `motie` waits).
/** @typedef {{ runCli(args: string[]): Promise<number> }} Cli */
/** @type {Cli} */
const cli = /** @type {Cli} */ (await import('../dist/cli/main.js'));
const code = await cli.runCli(process.argv.slice(2));
process.stdout.write(`\nBENCH-RESULT ${JSON.stringify({ code, peakRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
process.exitCode = code;
