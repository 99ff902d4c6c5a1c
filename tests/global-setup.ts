// Once per test run: the processes that tests start (bin/motie.js, dist/main.js) run the compiled
// code in dist/, so build it first when src/ is newer.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const script = fileURLToPath(new URL('../scripts/build.mjs', import.meta.url));
  const result = spawnSync(process.execPath, [script, '--if-stale'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`building dist/ failed (exit ${String(result.status ?? result.signal)})`);
}
