// The one way the Slack adapter changes an item: `run(useCase, …args)` runs a changing use case
// (one that declares `useCase.announces`, src/app/announces.ts) and, when its result says the item
// changed, notes the change; `announce()` then lets the team see it (announce-change.ts: one line
// in the item's channels, chat.update of the recent messages that show it). Listeners get a
// SlackChanges from `changingListener` (listeners/changing.ts), which announces after the person
// got their answer, also when the listener failed halfway: a Slack module calls a changing use case
// only through `run` (tests/slack/change-paths.test.ts checks every use of one), so no path can
// forget to tell the team. A new changing verb needs nothing here: its use case declares what it
// announces.
import { changeOf, requestIn, type AnnouncedChange, type ChangingUseCase } from '../app/announces.ts';
import type { ChangeRequest } from '../app/request.ts';
import { latestChangeId } from '../app/read-items.ts';
import { announceChange, type ChatClient, type MessageRef } from './announce-change.ts';
import type { BotDeps } from './deps.ts';

/** Announcements noted and not yet finished, each resolved when its announce() is through. */
const inFlight = new Set<Promise<void>>();

/**
 * Resolves when every change noted so far has been announced (or failed to be): a graceful
 * shutdown waits for it before the database closes, and a test before it reads the database.
 */
export async function announcementsSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}

interface Pending extends AnnouncedChange {
  actor: string;
  changeId: number;
}

export class SlackChanges {
  private readonly pending: Pending[] = [];
  /** Registered in `inFlight` with the first change noted (before the person's answer goes out). */
  private settle: (() => void) | null = null;

  /**
   * @param origin the bot message the person clicked in: the listener draws it again itself, so
   *   the announcement leaves it alone.
   */
  constructor(
    private readonly deps: BotDeps,
    private readonly client: ChatClient,
    private readonly origin: MessageRef | null = null,
  ) {}

  /** Changes noted and not yet announced. */
  get noted(): number {
    return this.pending.length;
  }

  private note(change: AnnouncedChange, request: ChangeRequest): void {
    if (!this.settle) {
      let resolve!: () => void;
      const done = new Promise<void>((r) => (resolve = r));
      inFlight.add(done);
      this.settle = () => {
        inFlight.delete(done);
        resolve();
      };
    }
    // The audit entry the change just wrote names it: a retry that changes nothing finds the same id.
    this.pending.push({ ...change, actor: request.actor, changeId: latestChangeId(this.deps, change.item.id) });
  }

  /**
   * Runs a changing use case with its arguments (the request among them, as every changing use case
   * takes one) and notes the change its result reports under the use case's declaration.
   */
  run<A extends unknown[], R extends { code: string }>(useCase: ChangingUseCase<A, R>, ...args: A): R {
    const result = useCase(this.deps, ...args);
    const change = changeOf(useCase.announces, result);
    if (change) this.note(change, requestIn(args));
    return result;
  }

  /**
   * Tells the team about every change noted so far, in order, each once. A Slack error is
   * logged and never undoes a change; a change whose line did not go out stays pending in the
   * sent log.
   */
  async announce(): Promise<void> {
    const changes = this.pending.splice(0);
    const settle = this.settle;
    this.settle = null;
    try {
      await this.post(changes);
    } finally {
      settle?.();
    }
  }

  private async post(changes: readonly Pending[]): Promise<void> {
    for (const change of changes) {
      try {
        await announceChange(this.deps, this.client, {
          kind: change.kind,
          item: change.item,
          actor: change.actor,
          changeId: change.changeId,
          ...(change.fields ? { fields: change.fields } : {}),
          ...(this.origin ? { origin: this.origin } : {}),
        });
      } catch (error) {
        this.deps.logger.error(`announcing change of item ${change.item.id} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
