// The container files (Dockerfile, compose.yaml, .dockerignore), checked without a Docker daemon:
// their structure, that they run the npm scripts CI runs and package.json has, that the Dockerfile
// and compose agree on the port, the volume, the database path and the health check, and that the
// HEALTHCHECK command itself works against the real bot process.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, posix } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HEALTH_PATH } from '../src/health/health-route.ts';
import { envOf, execForm, parseDockerfile, parseYamlSubset, type Stage, type Yaml } from './helpers/container-files.ts';
import { tempDir } from './helpers/db.ts';
import { killIfRunning, ROOT, startBotProcess, startSlowSlack, type BotProcess, type SlowSlack } from './reliability/helpers/bot-process.ts';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
const { stages } = parseDockerfile(read('Dockerfile'));
const build = stages[0]!;
const runtime = stages[stages.length - 1]!;
const all = (stage: Stage, keyword: string) => stage.instructions.filter((i) => i.keyword === keyword);
const one = (stage: Stage, keyword: string) => {
  const found = all(stage, keyword);
  expect(found, `${keyword} in stage ${stage.name ?? stage.from}`).toHaveLength(1);
  return found[0]!;
};
/** Every npm invocation of the stage's RUN lines: ['ci', '--no-audit'], ['run', 'build'] … */
const npmCalls = (stage: Stage) =>
  all(stage, 'RUN').flatMap((r) => r.args.split(/&&|;|\|\|/).map((part) => part.trim().split(' ')).filter((words) => words[0] === 'npm').map((words) => words.slice(1)));
const compose = parseYamlSubset(read('compose.yaml')) as { services: Record<string, Record<string, Yaml>>; volumes?: Record<string, Yaml> };
const service = Object.values(compose.services)[0]!;
const healthCmd = execForm(one(runtime, 'HEALTHCHECK').args);

describe('Dockerfile', () => {
  it('has a build stage and a runtime stage on the same base image (native modules built for it)', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(build.name).toBe('build');
    expect(runtime.from).toBe(build.from);
    expect(runtime.from).toMatch(/^node:20/);
  });

  it('builds with the npm scripts CI runs, and every npm script it names exists in package.json', () => {
    // CI (.ci/run) runs `npm ci`, which runs `prepare`: the build. The image installs the same way.
    expect(read('.ci/run')).toMatch(/npm ci/);
    // prepare builds when dist/ is missing or stale (always so in the image's fresh build stage).
    expect(['node scripts/build.mjs', 'node scripts/build.mjs --if-stale']).toContain(pkg.scripts.prepare);
    expect(pkg.scripts.build).toMatch(/scripts\/build\.mjs/);
    const calls = npmCalls(build);
    expect(calls.map((c) => c[0])).toContain('ci');
    expect(calls.map((c) => c[0])).not.toContain('install');
    for (const call of calls) {
      if (call[0] === 'run' || call[0] === 'run-script') expect(Object.keys(pkg.scripts), call.join(' ')).toContain(call[1]);
      else expect(['ci', 'prune'], call.join(' ')).toContain(call[0]);
    }
    // What the build reads is in the build stage.
    const copied = all(build, 'COPY').flatMap((c) => c.args.split(' ').slice(0, -1));
    for (const input of ['package.json', 'package-lock.json', 'src', 'scripts', 'tsconfig.json', 'tsconfig.build.json']) expect(copied).toContain(input);
    // The dev dependencies stay behind.
    expect(calls.some((c) => c[0] === 'prune' && c.includes('--omit=dev'))).toBe(true);
  });

  it('runs the compiled bot as a non-root user, with production dependencies only', () => {
    const user = one(runtime, 'USER').args;
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(npmCalls(runtime)).toEqual([]);
    const fromBuild = all(runtime, 'COPY').filter((c) => c.args.startsWith('--from=build'));
    expect(fromBuild.map((c) => c.args.split(' ')[1])).toEqual(expect.arrayContaining(['/app/node_modules', '/app/dist']));
    // The CMD is what `npm start` runs, without npm in between (signals reach the bot).
    expect(['node', ...execForm(one(runtime, 'CMD').args).slice(1)].join(' ')).toBe(pkg.scripts.start);
    expect(execForm(one(runtime, 'CMD').args)[0]).toBe('node');
    // Files copied from the context exist and are not ignored.
    const ignored = read('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    for (const copy of all(runtime, 'COPY').filter((c) => !c.args.startsWith('--'))) {
      for (const source of copy.args.split(' ').slice(0, -1)) {
        expect(existsSync(join(ROOT, source)), source).toBe(true);
        expect(ignored).not.toContain(source);
      }
    }
  });

  it('keeps the database on a volume the bot user owns', () => {
    const env = envOf(runtime);
    const volumes = execForm(one(runtime, 'VOLUME').args);
    expect(volumes).toContain(posix.dirname(env.DATABASE_PATH!));
    expect(posix.dirname(env.PREVIEW_DATABASE_PATH!)).toBe(posix.dirname(env.DATABASE_PATH!));
    const run = all(runtime, 'RUN').map((r) => r.args).join(' ');
    expect(run).toContain(`chown node:node ${posix.dirname(env.DATABASE_PATH!)}`);
    expect(one(runtime, 'USER').args).toBe('node');
  });

  it('checks its health with node (no curl in slim images) on the health path and the port it exposes', () => {
    expect(healthCmd[0]).toBe('node');
    expect(healthCmd.join(' ')).not.toMatch(/curl|wget/);
    expect(healthCmd.join(' ')).toContain(`'${HEALTH_PATH}'`);
    expect(one(runtime, 'EXPOSE').args).toBe(envOf(runtime).PORT);
  });

  it('leaves secrets, databases, dependencies and the git history out of the build context', () => {
    const ignored = read('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    for (const entry of ['.env', 'node_modules', 'data', '*.db', '.git', 'dist']) expect(ignored).toContain(entry);
    for (const needed of ['src', 'package.json', 'package-lock.json', 'bin', 'drizzle', 'scripts']) expect(ignored).not.toContain(needed);
  });
});

describe('compose.yaml', () => {
  it('builds this Dockerfile, reads .env, and fixes the database path and port the image uses', () => {
    expect(service.build).toBe('.');
    expect([service.env_file].flat()).toContain('.env');
    const env = service.environment as Record<string, string>;
    const image = envOf(runtime);
    expect(env.DATABASE_PATH).toBe(image.DATABASE_PATH);
    expect(env.PREVIEW_DATABASE_PATH).toBe(image.PREVIEW_DATABASE_PATH);
    expect(env.PORT).toBe(image.PORT);
    const ports = service.ports as string[];
    expect(ports.map((p) => p.split(':').pop())).toEqual([image.PORT]);
  });

  it('mounts a declared volume where the database lives', () => {
    const mounts = (service.volumes as string[]).map((v) => v.split(':'));
    const dataDir = posix.dirname(envOf(runtime).DATABASE_PATH!);
    const mount = mounts.find(([, target]) => target === dataDir);
    expect(mount, JSON.stringify(mounts)).toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(mount![0]);
  });

  it('runs the Dockerfile’s health check, word for word', () => {
    const check = service.healthcheck as Record<string, Yaml>;
    expect(check.test).toEqual(['CMD', ...healthCmd]);
  });
});

describe('the HEALTHCHECK command', () => {
  let dir: string | null = null;
  let bot: BotProcess | null = null;
  let slack: SlowSlack | null = null;
  afterEach(async () => {
    killIfRunning(bot);
    bot = null;
    await slack?.close();
    slack = null;
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });
  const runCheck = (port: number) =>
    new Promise<number>((resolve) => {
      const child = execFile(healthCmd[0] === 'node' ? process.execPath : healthCmd[0]!, healthCmd.slice(1), { env: { PATH: process.env.PATH, PORT: String(port) }, timeout: 20_000 });
      child.on('exit', (code) => { resolve(code ?? -1); });
    });

  it('exits 0 against the running bot, 1 when /healthz answers 503 or nothing listens', async () => {
    dir = tempDir('motiebot-docker-');
    slack = await startSlowSlack(0);
    bot = await startBotProcess(join(dir, 'motiebot.db'), slack.url, { env: { DIGEST_CRON: '0 9 1 1 *', REMINDER_CRON: '0 9 1 1 *' } });
    const port = Number(new URL(bot.url).port);
    expect(await runCheck(port), bot.output()).toBe(0);

    const unhealthy = createServer((req, res) => {
      res.writeHead(req.url === HEALTH_PATH ? 503 : 404);
      res.end('{}');
    });
    await new Promise<void>((resolve) => unhealthy.listen(0, '127.0.0.1', resolve));
    const unhealthyPort = (unhealthy.address() as AddressInfo).port;
    expect(await runCheck(unhealthyPort)).toBe(1);
    await new Promise<void>((resolve) => unhealthy.close(() => { resolve(); }));
    expect(await runCheck(unhealthyPort)).toBe(1);
  }, 90_000);
});
