#!/usr/bin/env node
// Entry point of the `motie` command (`npx motie` runs it through node_modules/.bin/motie, written
// by `npm ci`/`npm install`: see linkBin in scripts/build.mjs): the compiled CLI in dist/.
// In a checkout (src/ and scripts/build.mjs beside bin/) dist/ must be the build of the current
// sources: a stale dist/ (after a `git pull` or an edit) is rebuilt first, as `npm start` does,
// and never run silently; a build moves in beside the old one, so a running bot is not disturbed.
// The image (Dockerfile) has neither src/ nor scripts/: its dist/ runs as it is.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const build = new URL('../scripts/build.mjs', import.meta.url);
if (existsSync(build) && existsSync(new URL('../src/', import.meta.url))) {
  // First the cheap check (a stat of each input, as a check that found dist/ fresh left them);
  // when that cannot tell, build.mjs compares the inputs by content.
  /** @type {unknown} */
  const inputs = await import(new URL('../scripts/build-inputs.mjs', import.meta.url).href);
  const fresh = /** @type {{ knownFresh: () => boolean }} */ (inputs).knownFresh();
  /** @type {unknown} */
  const loaded = fresh ? null : await import(build.href);
  const scripts = /** @type {{ isStale: () => boolean } | null} */ (loaded);
  if (scripts?.isStale()) {
    process.stderr.write('motie: de broncode is gewijzigd sinds de laatste build; dist/ wordt eerst opnieuw gebouwd.\n');
    // The build's own output goes to stderr: stdout stays the command's (`--json`).
    const result = spawnSync(process.execPath, [fileURLToPath(build), '--if-stale'], { stdio: ['ignore', 2, 2] });
    if (result.status !== 0) {
      process.stderr.write('motie: bouwen is mislukt (zie hierboven); de oude build wordt niet gebruikt. Los de fout op of voer `npm run build` uit.\n');
      process.exit(2);
    }
  }
}
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
