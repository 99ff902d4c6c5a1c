// A verb's code is loaded on the first command that uses it and then kept (issue 28): an import()
// per command resolved the module again each time, on the bot's thread, before the answer.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { VERBS } from '../../src/verbs/index.ts';

// Watched before the listeners load (they take each verb's loader when their module loads).
const load = vi.spyOn(VERBS.status.code, 'slack');
const { link, reply, useBot } = await import('./support.ts');

afterAll(() => {
  load.mockRestore();
});

describe('/motie <verb> loads the verb’s code once', () => {
  const t = useBot();

  it('three status commands load the status code once, and each gets its answer', async () => {
    link(t.bot, 'SOCW');
    const before = load.mock.calls.length;
    const answers: unknown[] = [];
    for (let i = 0; i < 3; i++) answers.push(await reply(t.bot, (await t.bot.command('status', { channel: 'COCW' })).responseId));
    expect(answers[0]).toMatchObject({ response_type: 'ephemeral' });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(load.mock.calls.length - before).toBeLessThanOrEqual(1);
    expect(load).toHaveBeenCalled();
  });
});
