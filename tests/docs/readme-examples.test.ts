// The README's examples are what the code draws (issue 16, point 11): the digest example between
// the README's markers and the hero screenshot docs/preview.png (through its text fingerprint
// docs/preview.txt) are rebuilt here from the code; any drift fails with "run npm run docs".
import { readFileSync } from 'node:fs';
import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import {
  HERO_FINGERPRINT,
  HERO_PNG,
  README,
  STATED_DATE,
  blocksToText,
  digestExample,
  fingerprintBody,
  mrkdwnToText,
  openHeroSession,
  sha256,
  showHero,
  withDigestSection,
} from '../../scripts/readme-examples.ts';

const RUN_DOCS = 'run `npm run docs` and commit README.md, docs/preview.png and docs/preview.txt';

describe('the README digest example', () => {
  it('is the digest the bot draws on the stated date', async () => {
    const readme = readFileSync(README, 'utf8');
    const example = await digestExample();
    expect(example).toContain('Weekoverzicht moties en toezeggingen');
    expect(readme, `README.md's digest example is not what the bot draws on ${STATED_DATE}: ${RUN_DOCS}`).toBe(withDigestSection(readme, example));
  });

  it('notices a stale example and cannot lose its markers', async () => {
    const readme = readFileSync(README, 'utf8');
    const example = await digestExample();
    const stale = readme.replace(example, example.replace(/\d+ (dagen|weken)/, '536 dagen').replace('(2)', '(1)'));
    expect(stale).not.toBe(readme);
    expect(withDigestSection(stale, example)).toBe(readme);
    expect(() => withDigestSection('# motiebot\n', example)).toThrow(/markers/);
  });

  it('renders blocks as a reader sees them: no mrkdwn markers, buttons in brackets, user text kept', () => {
    expect(mrkdwnToText('*Motie Mutluer*: a &lt;b&gt; &amp; ∗ster∗ in <#C123|ocw> by <@U1>')).toBe('Motie Mutluer: a <b> & ∗ster∗ in ocw by @U1');
    const blocks: KnownBlock[] = [
      { type: 'header', text: { type: 'plain_text', text: 'Kop' } },
      { type: 'section', text: { type: 'mrkdwn', text: '*Regel*\ntweede' } },
      { type: 'actions', elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'Afgerond' } }, { type: 'overflow', action_id: 'b', options: [{ text: { type: 'plain_text', text: 'Details' }, value: 'd' }] }] },
      { type: 'context', elements: [{ type: 'mrkdwn', text: '_voet_' }] },
    ];
    expect(blocksToText(blocks)).toBe('Kop\nRegel\ntweede  [Afgerond] [⋯]\nvoet');
  });
});

describe('the README screenshot', () => {
  it('shows what the preview shows on the stated date, in a channel with open items', async () => {
    const { pngSha256, fingerprint } = fingerprintBody(readFileSync(HERO_FINGERPRINT, 'utf8'));
    expect(sha256(HERO_PNG), `docs/preview.png is not the picture docs/preview.txt describes: ${RUN_DOCS}`).toBe(pngSha256);
    expect(fingerprint).toMatch(/\b[1-9]\d* open\b/);
    expect(fingerprint).not.toMatch(/(^|\D)0 open/);
    expect(fingerprint).toContain('Afgerond');

    const session = await openHeroSession();
    try {
      const live = await showHero(session);
      expect(live, `the preview no longer shows what docs/preview.png shows: ${RUN_DOCS}`).toBe(fingerprint);
    } finally {
      await session.close();
    }
  }, 120_000);
});
