// Running one measured path in a fresh Node process (tsx loader), so that its peak memory and its
// warm-up are its own. The child prints `BENCH-RESULT <json>` as its result line.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ChildOptions {
  env?: Record<string, string>;
  timeoutMs?: number;
}

export function runChild<T>(script: string, args: string[] = [], options: ChildOptions = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(`../${script}`, import.meta.url)), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith('BENCH-RESULT '));
      if (code !== 0 || !line) {
        reject(new Error(`${script} ${args.join(' ')} exited with ${String(code)}\n${err.slice(-3000)}\n${out.slice(-1000)}`));
        return;
      }
      resolve(JSON.parse(line.slice('BENCH-RESULT '.length)) as T);
    });
  });
}
