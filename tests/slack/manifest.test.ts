import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
  display_information: { name: string };
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: { command: string; usage_hint: string; url: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url: string };
    interactivity: { is_enabled: boolean; request_url: string };
  };
};

const root = resolve(import.meta.dirname, '../..');

describe('manifest.json', () => {
  it('creates the app in one step: /motie with a usage hint, interactivity, the Home tab and app_home_opened', () => {
    expect(manifest.display_information.name).toBe('motiebot');
    expect(manifest.features.bot_user.display_name).toBe('motiebot');
    expect(manifest.features.slash_commands).toEqual([
      expect.objectContaining({ command: '/motie', usage_hint: expect.stringContaining('status') }),
    ]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_home_opened']);
  });

  it('asks for exactly the scopes the bot uses', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(['channels:history', 'chat:write', 'chat:write.public', 'commands', 'files:write', 'groups:history']);
  });

  it('asks for channels:history and groups:history only to find a post whose answer timed out, in one module', () => {
    const sources = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => ({ path: join(e.parentPath, e.name), text: readFileSync(join(e.parentPath, e.name), 'utf8') }));
    const readers = sources.filter((s) => /\.conversations\.(?:history|replies)\(/.test(s.text)).map((s) => s.path.slice(root.length + 1));
    expect(readers).toEqual(['src/outbox/send.ts']);
  });

  it('asks for files:write because /motie overzicht uploads a file, and only the upload needs it', () => {
    const sources = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
    // The steps of files.uploadV2 (files:write), in one module.
    const uploads = sources.filter((s) => /\.files\.(?:uploadV2|getUploadURLExternal|completeUploadExternal)\(/.test(s));
    expect(uploads).toHaveLength(1);
    expect(manifest.oauth_config.scopes.bot).toContain('files:write');
    // Nothing reads or deletes files (files:read would be another scope).
    expect(sources.some((s) => /\.files\.(?:upload|delete|info|list)\(/.test(s))).toBe(false);
  });

  it('points every HTTP request at the one endpoint the bot listens on', () => {
    const urls = [
      manifest.features.slash_commands[0]!.url,
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
    ];
    for (const url of urls) expect(new URL(url).pathname).toBe('/slack/events');
  });

  it('lets notices to a channel\'s linker arrive in a read-only Messages tab', () => {
    expect(manifest.features.app_home).toMatchObject({ messages_tab_enabled: true, messages_tab_read_only_enabled: true });
  });
});
