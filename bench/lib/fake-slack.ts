// The fake Web API of the benchmarks: the tests' fake Slack (tests/helpers/fake-slack.ts) on a
// local HTTP server, plus a way to wait for the moment a response URL receives its answer.
import { startFakeSlack } from '../../tests/helpers/fake-slack.ts';

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
  const waiting = new Map<string, (at: number) => void>();
  const arrived = new Map<string, number>();
  let posts = 0;
  const fake = await startFakeSlack({
    after: (path) => {
      if (path.startsWith('/response/')) {
        const id = path.slice('/response/'.length);
        const at = performance.now();
        const resolve = waiting.get(id);
        if (resolve) {
          waiting.delete(id);
          resolve(at);
        } else arrived.set(id, at);
      } else if (path.endsWith('/chat.postMessage')) posts += 1;
    },
  });
  return {
    apiUrl: fake.url,
    responseUrl: (id) => fake.responseUrl(id),
    answered: (id) => {
      const at = arrived.get(id);
      if (at !== undefined) {
        arrived.delete(id);
        return Promise.resolve(at);
      }
      return new Promise((resolve) => waiting.set(id, resolve));
    },
    postCount: () => posts,
    close: () => fake.close(),
  };
}
