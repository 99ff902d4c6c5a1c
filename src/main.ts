// Composition root: config → logger → database → Slack (or the local preview) → scheduler.
// SIGTERM / SIGINT stop the scheduler at a safe point, close Bolt and the database, exit 0.
// The signal handlers are installed before anything starts, so a signal during start-up is a
// clean shutdown too (never Node's default of dying mid-write).
import { ConfigError, loadConfig, type Config } from './config.ts';
import { loadEnvFile } from './env-file.ts';
import { createLogger, type MotiebotLogger } from './logger.ts';
import type { RunningBot } from './run-bot.ts';
import { STARTUP } from './texts/startup.nl.ts';

/** How long a shutdown may take before the process gives up and exits 1 (systemd waits 90 s). */
const SHUTDOWN_LIMIT_MS = 25_000;

async function start(config: Config, logger: MotiebotLogger): Promise<RunningBot> {
  if (config.preview) {
    const { startPreview } = await import('./preview/start-preview.ts');
    return startPreview(config, logger);
  }
  const { startBot } = await import('./run-bot.ts');
  return startBot(config, logger);
}

export async function main(): Promise<void> {
  let config: Config;
  try {
    // ./.env fills in what the environment leaves unset; the environment wins.
    loadEnvFile(process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  logger.addSecret(config.slack.botToken);
  logger.addSecret(config.slack.signingSecret);
  logger.addSecret(config.slack.appToken);

  let running: RunningBot | null = null;
  let stopSignal: string | null = null;
  const shutdown = async (signal: string) => {
    if (stopSignal) {
      logger.info(`${signal} received: already stopping`);
      return;
    }
    stopSignal = signal;
    logger.info(`${signal} received: stopping`);
    const force = setTimeout(() => {
      logger.error(`shutdown took longer than ${SHUTDOWN_LIMIT_MS / 1000} s: exiting`);
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS);
    force.unref();
    // Still starting: the start-up below sees stopSignal and stops what it started.
    if (!running) return;
    try {
      await running.stop();
      logger.info('stopped cleanly');
      process.exit(0);
    } catch (error) {
      logger.error(`error while stopping: ${(error as Error).message}`);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  // One bad request must not end a bot that runs unattended: Bolt's HTTP receiver, for one,
  // rejects unhandled on a signed request whose payload is `null`. Node's default would exit.
  process.on('unhandledRejection', (reason) => {
    const what = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
    logger.error(`unhandled rejection (still running): ${what}`);
  });

  let started: RunningBot;
  try {
    started = await start(config, logger);
  } catch (error) {
    // The reasons (a port in use, an unreadable calendar file) are Dutch sentences for people.
    process.stderr.write(`${STARTUP.failed((error as Error).message)}\n`);
    logger.debug(`start-up failed: ${(error as Error).stack ?? ''}`);
    process.exit(1);
  }
  running = started;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by the signal handler while start() ran; narrowing cannot see that
  if (stopSignal) {
    // A signal arrived while starting: stop at once.
    stopSignal = null;
    await shutdown('signal during start-up');
    return;
  }
  if (started.url) process.stdout.write(`${STARTUP.running(started.url)}\n`);
}

await main();
