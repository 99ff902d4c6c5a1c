// .env: the bot and the `motie` command read it from the directory they start in; a variable set
// in the real environment wins over the file.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEnvFile } from '../src/env-file.ts';
import { tempDir } from './helpers/db.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const dirs: string[] = [];
function dir(): string {
  const d = tempDir('motiebot-env-');
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The environment of this test run without anything motiebot reads. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(DATABASE_PATH|PREVIEW_DATABASE_PATH|SLACK_|PORT$|DIGEST_CRON|REMINDER_|MOTIEBOT_|LOG_LEVEL)/.test(k)) env[k] = v;
  }
  return { ...env, ...extra };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => { resolve(typeof address === 'object' && address ? address.port : 0); });
    });
  });
}

/** Starts `npm start`'s command (the compiled bot) in `cwd` and returns the first "motiebot draait: …" line, then stops it. */
async function startedUrl(cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, [join(ROOT, 'dist/main.js')], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  try {
    return await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /motiebot draait: (\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => { reject(new Error(`exited ${String(code)}: ${err}`)); });
    });
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

describe('loadEnvFile', () => {
  it('fills in what the environment leaves unset; the environment wins, even when empty', () => {
    const d = dir();
    writeFileSync(join(d, '.env'), '# comment\nPORT=3460\nLOG_LEVEL="debug" # trailing\nDATABASE_PATH=./file.db\nMOTIEBOT_ADMINS=U0FILE\n');
    const env: NodeJS.ProcessEnv = { PORT: '3001', MOTIEBOT_ADMINS: '' };
    expect(loadEnvFile(env, join(d, '.env')).sort()).toEqual(['DATABASE_PATH', 'LOG_LEVEL']);
    expect(env).toEqual({ PORT: '3001', MOTIEBOT_ADMINS: '', LOG_LEVEL: 'debug', DATABASE_PATH: './file.db' });
  });

  it('does nothing without a file, and says in Dutch when the file cannot be read', () => {
    const d = dir();
    const env: NodeJS.ProcessEnv = {};
    expect(loadEnvFile(env, join(d, '.env'))).toEqual([]);
    expect(env).toEqual({});
    mkdirSync(join(d, 'map.env'));
    expect(() => loadEnvFile(env, join(d, 'map.env'))).toThrow(`Het bestand ${join(d, 'map.env')} kan niet worden gelezen`);
  });
});

describe('.env in the bot and the CLI', () => {
  it('npm start listens on the PORT from .env, and on the environment PORT when that is set', async () => {
    const d = dir();
    const [filePort, envPort] = [await freePort(), await freePort()];
    writeFileSync(join(d, '.env'), `PORT=${filePort}\nPREVIEW_DATABASE_PATH=${join(d, 'preview.db')}\nLOG_LEVEL=error\n`);
    expect(await startedUrl(d, cleanEnv())).toBe(`http://localhost:${filePort}/`);
    expect(await startedUrl(d, cleanEnv({ PORT: String(envPort) }))).toBe(`http://localhost:${envPort}/`);
  }, 60_000);

  it('motie reads DATABASE_PATH from .env, and the environment wins', () => {
    const d = dir();
    writeFileSync(join(d, '.env'), `DATABASE_PATH=${join(d, 'uit-env-bestand.db')}\n`);
    const motie = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [join(ROOT, 'bin/motie.js'), 'check'], { cwd: d, env, encoding: 'utf8' });
    expect(motie(cleanEnv()).stderr).toContain(join(d, 'uit-env-bestand.db'));
    expect(motie(cleanEnv({ DATABASE_PATH: join(d, 'uit-omgeving.db') })).stderr).toContain(join(d, 'uit-omgeving.db'));
  }, 60_000);
});
