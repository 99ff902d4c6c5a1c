// The Slack part of the configuration: tokens, signing secret and the Web API base, validated
// once. Two uses: the bot ('bot': HTTP mode needs the signing secret, Socket Mode the app token)
// and a process that only posts ('post': `motie herinner`, `motie digest`, `motie sync tk`'s
// notices; the bot token is enough, and the signing secret and app token play no part).
import { fail, value, DEFAULTS } from './config-core.ts';
import { CONFIG } from './texts/config.nl.ts';

export interface SlackConfig {
  botToken: string | null;
  signingSecret: string | null;
  appToken: string | null;
  apiUrl: string;
}

export function loadSlackConfig(env: NodeJS.ProcessEnv, use: 'bot' | 'post'): SlackConfig {
  const botToken = value(env, 'SLACK_BOT_TOKEN');
  if (botToken && !botToken.startsWith('xoxb-')) fail('SLACK_BOT_TOKEN', CONFIG.botTokenPrefix);
  const apiUrlRaw = value(env, 'SLACK_API_URL') ?? DEFAULTS.SLACK_API_URL;
  let apiUrl: string;
  try {
    const u = new URL(apiUrlRaw);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
    apiUrl = u.href.endsWith('/') ? u.href : `${u.href}/`;
  } catch {
    fail('SLACK_API_URL', CONFIG.url(apiUrlRaw, null));
  }
  if (use === 'post') return { botToken, signingSecret: null, appToken: null, apiUrl };

  const signingSecret = value(env, 'SLACK_SIGNING_SECRET');
  const appToken = value(env, 'SLACK_APP_TOKEN');
  if (appToken && !appToken.startsWith('xapp-')) fail('SLACK_APP_TOKEN', CONFIG.appTokenPrefix);
  if (appToken && !botToken) fail('SLACK_BOT_TOKEN', CONFIG.socketModeNeedsBotToken);
  if (botToken && !appToken && !signingSecret) {
    fail('SLACK_SIGNING_SECRET', CONFIG.httpNeedsSigningSecret);
  }
  if (!botToken && signingSecret) fail('SLACK_BOT_TOKEN', CONFIG.signingSecretWithoutBotToken);
  return { botToken, signingSecret, appToken, apiUrl };
}
