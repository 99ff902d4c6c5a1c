// Delivering the weekly digest to 500 channels against the fake Web API: the digest is planned and
// built as runDigest does, then send() posts it with the sent log and Slack's pacing of one
// message per second per channel (channels side by side). Wall time of the delivery alone.
// Baseline (--mode baseline): the same 500 messages posted by a bare WebClient with the same
// concurrency, without the sent log or pacing.
//   node --import tsx bench/delivery.bench.ts --db <path> [--mode baseline]
import { parseArgs } from 'node:util';
import { WebClient } from '@slack/web-api';
import { planDigest } from '../src/domain/reminders/plan-digest.ts';
import { weekStart } from '../src/domain/dates/calendar-date.ts';
import { amsterdamDate } from '../src/clock.ts';
import { DEFAULT_LIMITS, send, type Outgoing } from '../src/outbox/send.ts';
import { pastWeekStart } from '../src/scheduler/run-digest.ts';
import { createJobSlackClient } from '../src/scheduler/slack-client.ts';
import { buildDigest } from '../src/slack/blocks/digest.ts';
import { listLinks } from '../src/store/channels.queries.ts';
import { closeDb, openDb } from '../src/store/db.ts';
import { listItems } from '../src/store/items.queries.ts';
import { listSentSince } from '../src/store/sent-log.queries.ts';
import { startBenchSlack } from './lib/fake-slack.ts';
import { report } from './lib/stats.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, mode: { type: 'string', default: 'ours' } } });
const db = openDb(values.db!);
const slack = await startBenchSlack();
const today = amsterdamDate(new Date());
const outgoing: Outgoing[] = planDigest({
  items: listItems(db),
  links: listLinks(db),
  sent: listSentSince(db, weekStart(today)),
  today,
  doneSince: pastWeekStart(today),
}).map((d) => ({
  keys: [d.key],
  channel: d.channelId,
  ...buildDigest({ targets: d.targets, today, overdue: d.overdue, soon: d.soon, done: d.done, noTerm: d.noTerm }),
}));

const started = performance.now();
let posted = 0;
if (values.mode === 'baseline') {
  const client = new WebClient('xoxb-bench', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
  let next = 0;
  await Promise.all(
    Array.from({ length: DEFAULT_LIMITS.concurrency }, async () => {
      while (next < outgoing.length) {
        const out = outgoing[next++]!;
        await client.chat.postMessage({ channel: out.channel, text: out.text, blocks: out.blocks });
        posted += 1;
      }
    }),
  );
} else {
  const result = await send(outgoing, {
    db,
    slack: createJobSlackClient({ token: 'xoxb-bench', apiUrl: slack.apiUrl }),
    now: () => Date.now(),
    limits: DEFAULT_LIMITS,
    log: { warn: () => {}, debug: () => {} },
  });
  posted = result.posted.length;
  if (result.stoppedBecause || result.failed.length > 0) throw new Error(`delivery stopped: ${String(result.stoppedBecause)} ${result.failed.length} failed`);
}
const seconds = (performance.now() - started) / 1000;
const received = slack.postCount();
await slack.close();
closeDb(db);
report({ mode: values.mode, messages: outgoing.length, channels: new Set(outgoing.map((o) => o.channel)).size, posted, received, seconds });
