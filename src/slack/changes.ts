// The one way the Slack adapter changes an item. Each method runs its use case (src/app) and,
// when the item changed, notes the change; `announce()` then lets the team see it
// (announce-change.ts: one line in the item's channels, chat.update of the recent messages that
// show it). Listeners get a SlackChanges from `changingListener` (listeners/changing.ts), which
// announces after the person got their answer, also when the listener failed halfway: no
// listener calls a changing use case itself (tests/slack/change-paths.test.ts checks the imports),
// so no path can forget to tell the team.
import {
  addItem,
  answerProposal,
  deleteItem,
  editItem,
  holdItem,
  lapseItem,
  markItemDone,
  reopenItem,
  restoreItem,
  setTerm,
  type AddItemResult,
  type AnswerProposalResult,
  type NewItemInput,
  type ChangeRequest,
  type DeleteResult,
  type ProposalAnswer,
  type EditGuard,
  type EditItemResult,
  type HoldResult,
  type ItemEdit,
  type UnguardedEditResult,
  type LapseResult,
  type MarkDoneResult,
  type ReopenResult,
  type SetTermResult,
} from '../app/index.ts';
import type { Item } from '../domain/items.ts';
import { latestAuditId } from '../store/items.queries.ts';
import { announceChange, editChangeKind, type ChangeKind, type ChatClient, type MessageRef } from './announce-change.ts';
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

interface Pending {
  kind: ChangeKind;
  item: Item;
  actor: string;
  changeId: number;
  fields?: string[];
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

  private note(kind: ChangeKind, item: Item, request: ChangeRequest, fields?: string[]): void {
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
    this.pending.push({ kind, item, actor: request.actor, changeId: latestAuditId(this.deps.db, item.id), ...(fields ? { fields } : {}) });
  }

  /** A new item (the new-item form): the team in its channels sees it was added. */
  addItem(input: NewItemInput, request: ChangeRequest): AddItemResult {
    const result = addItem(this.deps, input, request);
    if (result.ok) this.note('created', result.item, request);
    return result;
  }

  markItemDone(itemId: number, request: ChangeRequest, options: { closingReference?: string } = {}): MarkDoneResult {
    const result = markItemDone(this.deps, itemId, request, options);
    if (result.code === 'ITEM_DONE') this.note('done', result.item, request);
    else if (result.code === 'ITEM_MOVED_TO_NEXT') this.note('term', result.item, request);
    return result;
  }

  reopenItem(itemId: number, request: ChangeRequest): ReopenResult {
    const result = reopenItem(this.deps, itemId, request);
    if (result.code === 'ITEM_REOPENED') this.note('reopened', result.item, request);
    return result;
  }

  setTerm(itemId: number, input: string, request: ChangeRequest, options: Parameters<typeof setTerm>[4] = {}): SetTermResult {
    const result = setTerm(this.deps, itemId, input, request, options);
    if (result.code === 'TERM_SET' || result.code === 'TERM_CLEARED') this.note('term', result.item, request);
    return result;
  }

  editItem(itemId: number, edit: ItemEdit, request: ChangeRequest): UnguardedEditResult;
  editItem(itemId: number, edit: ItemEdit, request: ChangeRequest, guard: EditGuard): EditItemResult;
  editItem(itemId: number, edit: ItemEdit, request: ChangeRequest, guard?: EditGuard): EditItemResult {
    const result = editItem(this.deps, itemId, edit, request, guard);
    if (result.ok && result.code === 'ITEM_EDITED') this.note(editChangeKind(result.changed), result.item, request, result.changed);
    return result;
  }

  lapseItem(itemId: number, request: ChangeRequest): LapseResult {
    const result = lapseItem(this.deps, itemId, request);
    if (result.code === 'ITEM_LAPSED') this.note('lapsed', result.item, request);
    return result;
  }

  holdItem(itemId: number, until: string, request: ChangeRequest): HoldResult {
    const result = holdItem(this.deps, itemId, until, request);
    if (result.code === 'ITEM_ON_HOLD') this.note('onHold', result.item, request);
    else if (result.code === 'ITEM_HOLD_ENDED') this.note('holdEnded', result.item, request);
    return result;
  }

  deleteItem(itemId: number, request: ChangeRequest): DeleteResult {
    const result = deleteItem(this.deps, itemId, request);
    if (result.code === 'ITEM_DELETED') this.note('deleted', result.item, request);
    return result;
  }

  restoreItem(itemId: number, request: ChangeRequest): DeleteResult {
    const result = restoreItem(this.deps, itemId, request);
    if (result.code === 'ITEM_RESTORED') this.note('restored', result.item, request);
    return result;
  }

  /** A person's answer to a proposed Kamerbrief: "Afgerond met deze brief" and "Deels" change the item. */
  answerProposal(
    proposalId: number,
    answer: ProposalAnswer,
    request: ChangeRequest,
    options: Parameters<typeof answerProposal>[4] = {},
  ): AnswerProposalResult {
    const result = answerProposal(this.deps, proposalId, answer, request, options);
    if (result.ok && answer === 'done') this.note('done', result.item, request);
    else if (result.ok && answer === 'partly') this.note(editChangeKind(['statusText']), result.item, request, ['statusText']);
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
