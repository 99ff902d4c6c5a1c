#!/usr/bin/env node
// Entry point of the `motie` command: the compiled CLI in dist/ (built by `npm install`, or
// `npm run build` after changing src/).
/** @typedef {{ runCli(args: string[]): Promise<number> }} Cli */
/** @type {Cli} */
let cli;
try {
  cli = /** @type {Cli} */ (await import('../dist/cli/main.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli/main.js')) throw error;
  process.stderr.write('motie is nog niet gebouwd: voer eerst `npm install` (of `npm run build`) uit.\n');
  process.exit(2);
}
process.exitCode = await cli.runCli(process.argv.slice(2));
