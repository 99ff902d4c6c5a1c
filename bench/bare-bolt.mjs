// The baseline for start-up: a bare Bolt app started the way motiebot's HTTP mode starts (same
// environment variables, HTTP receiver on PORT at /slack/events), answering /motie with a constant.
// Plain JavaScript, run by plain node, like the compiled bot.
import { App, HTTPReceiver } from '@slack/bolt';

const receiver = new HTTPReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
  endpoints: '/slack/events',
  unhandledRequestTimeoutMillis: 3001,
});
const app = new App({
  receiver,
  token: process.env.SLACK_BOT_TOKEN,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL, retryConfig: { retries: 1 }, rejectRateLimitedCalls: true, timeout: 2500 },
});
app.command('/motie', async ({ ack, respond }) => {
  await ack();
  await respond({ response_type: 'ephemeral', text: 'Alles in orde.' });
});
await app.start(Number(process.env.PORT));
process.on('SIGTERM', () => void app.stop().then(() => process.exit(0)));
