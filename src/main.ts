// Composition root: config → logger → database → Slack (or the local preview) → scheduler.
// SIGTERM / SIGINT stop the scheduler at a safe point, close Bolt and the database, exit 0.
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createLogger, type MotiebotLogger } from './logger.ts';

export interface RunningBot {
  /** Where people find it: the preview page, or the HTTP endpoint. */
  url: string | null;
  stop: () => Promise<void>;
}

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
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let running: RunningBot;
  try {
    running = await start(config, logger);
  } catch (error) {
    logger.error(`could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  if (running.url) process.stdout.write(`motiebot draait: ${running.url}\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received: stopping`);
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 25 s: exiting');
      process.exit(1);
    }, 25_000);
    force.unref();
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
}

await main();
