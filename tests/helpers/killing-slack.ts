// A Slack Web API that kills its caller: a proxy in front of the fake Slack (fake-slack.ts) that
// SIGKILLs a process when the Nth call of a method arrives, either before Slack sees it (the post
// never happened) or after Slack accepted it but before the answer reaches the caller (the post
// happened, the caller never learned so). These are the two windows of a send where a crash
// matters (RELIABILITY.md "Exactly-once messages"); production code has no hook for them.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeSlack } from './fake-slack.ts';

export type KillMoment = 'before-slack-has-it' | 'after-slack-accepted-it';

export interface KillingSlack {
  /** Base URL to give the process as SLACK_API_URL (ends in /api/). */
  url: string;
  /** The process to kill; set it once it is spawned. */
  victim: (pid: number) => void;
  /** Whether the kill happened (and at which call). */
  killedAt: () => number | null;
  close: () => Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => { resolve(Buffer.concat(chunks)); });
    req.on('error', reject);
  });
}

export async function startKillingSlack(
  slack: FakeSlack,
  rule: { method: string; nth: number; when: KillMoment },
): Promise<KillingSlack> {
  let pid: number | null = null;
  let seen = 0;
  let killedAt: number | null = null;
  const kill = () => {
    if (pid === null) throw new Error('killing-slack: no process to kill (call victim(pid) after spawning)');
    process.kill(pid, 'SIGKILL');
    killedAt = seen;
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const path = req.url ?? '/';
      const isTarget = path.split('?')[0] === `/api/${rule.method}` && ++seen === rule.nth && killedAt === null;
      if (isTarget && rule.when === 'before-slack-has-it') {
        kill();
        req.socket.destroy();
        return;
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host' && k !== 'content-length') headers[k] = v;
      const answer = await fetch(`${slack.origin}${path}`, { method: req.method ?? 'POST', headers, ...(body.length > 0 ? { body } : {}) });
      const text = await answer.text();
      if (isTarget) {
        kill();
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      res.end(text);
    })().catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    victim: (p) => (pid = p),
    killedAt: () => killedAt,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => { resolve(); });
      }),
  };
}
