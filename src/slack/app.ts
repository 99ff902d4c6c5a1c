// Builds the Bolt app (HTTP receiver or Socket Mode) and registers every listener.
import { App, HTTPReceiver, SocketModeReceiver, type CustomRoute } from '@slack/bolt';
import type { BotDeps } from './deps.ts';
import { registerActions } from './listeners/actions/index.ts';
import { registerCommands } from './listeners/commands/index.ts';
import { registerEvents } from './listeners/events/index.ts';
import { registerViews } from './listeners/views/index.ts';
import { guardSlackRequests } from './request-guard.ts';

export interface SlackAppOptions {
  token: string;
  /** HTTP mode: verifies every request. */
  signingSecret?: string | null;
  /** Socket Mode when set. */
  appToken?: string | null;
  apiUrl: string;
  /** Given in tests and preview so that Bolt does not call auth.test. */
  botId?: string;
  botUserId?: string;
  customRoutes?: CustomRoute[];
  /** Socket Mode: the port of the small HTTP server Bolt opens for the custom routes (the health endpoint). */
  httpPort?: number;
  /** Retries of listener Web API calls; listeners must never hang on Slack. */
  webRetries?: number;
  /**
   * Settles when the listeners may use the database (start-up checks it in the background while
   * Bolt already listens). Every request waits for it; when it rejects, nothing is handled.
   */
  ready?: Promise<unknown>;
}

export interface SlackApp {
  app: App;
  receiver: HTTPReceiver | SocketModeReceiver;
}

const SLACK_ENDPOINT = '/slack/events';

export function createSlackApp(deps: BotDeps, options: SlackAppOptions): SlackApp {
  deps.logger.addSecret(options.token);
  deps.logger.addSecret(options.signingSecret);
  deps.logger.addSecret(options.appToken);
  let receiver: HTTPReceiver | SocketModeReceiver;
  if (options.appToken) {
    receiver = new SocketModeReceiver({
      appToken: options.appToken,
      logger: deps.logger,
      customRoutes: options.customRoutes,
      ...(options.httpPort !== undefined ? { installerOptions: { port: options.httpPort } } : {}),
    });
  } else {
    const http = new HTTPReceiver({
      signingSecret: options.signingSecret ?? '',
      endpoints: SLACK_ENDPOINT,
      customRoutes: options.customRoutes,
      logger: deps.logger,
      // Slack gives 3 seconds; Bolt answers unhandled requests itself after this.
      unhandledRequestTimeoutMillis: 3001,
    });
    // Future timestamps, replays and bodies Bolt cannot handle are refused before Bolt sees them
    // (the server calls this property for every request, so replacing it before start() works).
    http.requestListener = guardSlackRequests(http.requestListener, {
      signingSecret: options.signingSecret ?? '',
      endpoints: [SLACK_ENDPOINT],
      logger: deps.logger,
    });
    receiver = http;
  }
  const app = new App({
    receiver,
    token: options.token,
    botId: options.botId,
    botUserId: options.botUserId,
    logger: deps.logger,
    clientOptions: {
      slackApiUrl: options.apiUrl,
      retryConfig: { retries: options.webRetries ?? 1, factor: 1, minTimeout: 200, maxTimeout: 500 },
      // A 429 in a listener is answered at once instead of pausing the client's queue.
      rejectRateLimitedCalls: true,
      timeout: 2500,
    },
  });
  const ready = options.ready;
  if (ready) {
    // Registered first, so it runs before every listener (url_verification never reaches it).
    app.use(async ({ next }) => {
      await ready;
      await next();
    });
  }
  registerCommands(app, deps);
  registerActions(app, deps);
  registerViews(app, deps);
  registerEvents(app, deps);
  app.error((error) => {
    const e = error as Error & { code?: string; original?: Error };
    deps.logger.error(`unhandled listener error: ${e.code ?? e.name}: ${e.original?.message ?? e.message}`);
    return Promise.resolve();
  });
  return { app, receiver };
}
