// Test-only seam: lets a test kill the process for real at a chosen point of a send, to prove what
// a crash there means (RELIABILITY.md "Exactly-once messages"). Production never sets it; the
// `motie herinner` / `motie digest` commands pass MOTIEBOT_CRASH_AT through so that a test can
// run them as child processes.
export type CrashPoint = 'after-claim' | 'after-post';

export function parseCrashPoint(raw: string | undefined): CrashPoint | null {
  return raw === 'after-claim' || raw === 'after-post' ? raw : null;
}

export function crashIf(configured: CrashPoint | null | undefined, point: CrashPoint): void {
  if (configured === point) process.kill(process.pid, 'SIGKILL');
}
