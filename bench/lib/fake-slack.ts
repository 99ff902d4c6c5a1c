// The fake Web API of the benchmarks: the preview's Slack stand-in (lenient, like the tests'
// fake in tests/helpers/fake-slack.ts) on a local HTTP server, plus a way to wait for the moment
// a response URL receives its answer.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SlackStandIn } from '../../src/preview/slack-stand-in.ts';

export interface BenchSlack {
  /** Base URL for slackApiUrl (ends in /api/). */
  apiUrl: string;
  responseUrl: (id: string) => string;
  /** Resolves with performance.now() when the response URL `id` has received its answer. */
  answered: (id: string) => Promise<number>;
  postCount: () => number;
  close: () => Promise<void>;
}

export async function startBenchSlack(): Promise<BenchSlack> {
  const standIn = new SlackStandIn({ lenient: true, tsBase: 1700000000 });
  const waiting = new Map<string, (at: number) => void>();
  const arrived = new Map<string, number>();
  let posts = 0;
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '';
    standIn.handleHttp(req, res).then(
      (handled) => {
        if (path.startsWith('/response/')) {
          const id = path.slice('/response/'.length);
          const at = performance.now();
          const resolve = waiting.get(id);
          if (resolve) {
            waiting.delete(id);
            resolve(at);
          } else arrived.set(id, at);
        } else if (path.endsWith('/chat.postMessage')) posts += 1;
        if (!handled) {
          res.writeHead(404, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: false, error: 'unknown_method' }));
        }
      },
      () => {
        res.writeHead(500);
        res.end();
      },
    );
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  standIn.setOrigin(origin);
  return {
    apiUrl: standIn.apiUrl,
    responseUrl: (id) => standIn.responseUrl(id),
    answered: (id) => {
      const at = arrived.get(id);
      if (at !== undefined) {
        arrived.delete(id);
        return Promise.resolve(at);
      }
      return new Promise((resolve) => waiting.set(id, resolve));
    },
    postCount: () => posts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => { resolve(); });
      }),
  };
}
