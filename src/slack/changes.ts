// The one way the Slack adapter changes an item. Each method runs its use case (src/app) and,
// when the item changed, notes the change; `announce()` then lets the team see it
// (announce-change.ts: one line in the item's channels, chat.update of the recent messages that
// show it). Listeners get a SlackChanges from `changingListener` (listeners/changing.ts), which
// announces after the person got their answer, also when the listener failed halfway: no
// listener calls a changing use case itself (tests/slack/change-paths.test.ts checks the imports),
// so no path can forget to tell the team.
import { answerProposal, editItem, markItemDone, type AnswerProposalResult, type ChangeRequest, type ProposalAnswer, type EditGuard, type EditItemResult, type ItemEdit, type UnguardedEditResult, type MarkDoneResult } from '../app/index.ts';
import { addItem, type AddItemResult, type NewItemInput } from '../verbs/nieuw/add-item.ts';
import { deleteItem, type DeleteResult } from '../verbs/verwijder/delete-item.ts';
import { holdItem, type HoldResult } from '../verbs/aanhouden/hold-item.ts';
import { lapseItem, type LapseResult } from '../verbs/vervallen/lapse-item.ts';
import { reopenItem, type ReopenResult } from '../verbs/heropen/reopen-item.ts';
import { restoreItem } from '../verbs/herstel/restore-item.ts';
import { setTerm, type SetTermResult } from '../verbs/termijn/set-term.ts';
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

/** What every changing use case's result has in common, as far as the announcement reads it. */
interface ChangeResult {
  code: string;
  item?: Item;
  changed?: readonly string[];
  answer?: ProposalAnswer;
}

/** The result codes that mean the item changed, and the kind of line the team gets. */
const KIND_OF_CODE: Readonly<Partial<Record<string, ChangeKind>>> = {
  ITEM_ADDED: 'created',
  ITEM_DONE: 'done',
  ITEM_MOVED_TO_NEXT: 'term',
  ITEM_REOPENED: 'reopened',
  TERM_SET: 'term',
  TERM_CLEARED: 'term',
  ITEM_LAPSED: 'lapsed',
  ITEM_ON_HOLD: 'onHold',
  ITEM_HOLD_ENDED: 'holdEnded',
  ITEM_DELETED: 'deleted',
  ITEM_RESTORED: 'restored',
};

/**
 * The change a use case's result reports, or null when nothing changed: the one table of which
 * results the team is told about (an edit by the fields it changed, a Kamerbrief answer by the answer).
 */
export function changeOf(result: ChangeResult): { kind: ChangeKind; item: Item; fields?: string[] } | null {
  const { item } = result;
  if (!item) return null;
  if (result.code === 'ITEM_EDITED' && result.changed) return { kind: editChangeKind(result.changed), item, fields: [...result.changed] };
  if (result.code === 'PROPOSAL_ANSWERED') {
    if (result.answer === 'done') return { kind: 'done', item };
    return result.answer === 'partly' ? { kind: editChangeKind(['statusText']), item, fields: ['statusText'] } : null;
  }
  const kind = KIND_OF_CODE[result.code];
  return kind ? { kind, item } : null;
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

  /** Notes the change a use case's result says it made (changeOf), and hands the result back. */
  private run<R extends ChangeResult>(request: ChangeRequest, result: R): R {
    const change = changeOf(result);
    if (change) this.note(change.kind, change.item, request, change.fields);
    return result;
  }

  /** A new item (the new-item form): the team in its channels sees it was added. */
  addItem(input: NewItemInput, request: ChangeRequest): AddItemResult {
    return this.run(request, addItem(this.deps, input, request));
  }

  markItemDone(itemId: number, request: ChangeRequest, options: { closingReference?: string } = {}): MarkDoneResult {
    return this.run(request, markItemDone(this.deps, itemId, request, options));
  }

  reopenItem(itemId: number, request: ChangeRequest): ReopenResult {
    return this.run(request, reopenItem(this.deps, itemId, request));
  }

  setTerm(itemId: number, input: string, request: ChangeRequest, options: Parameters<typeof setTerm>[4] = {}): SetTermResult {
    return this.run(request, setTerm(this.deps, itemId, input, request, options));
  }

  editItem(itemId: number, edit: ItemEdit, request: ChangeRequest): UnguardedEditResult;
  editItem(itemId: number, edit: ItemEdit, request: ChangeRequest, guard: EditGuard): EditItemResult;
  editItem(itemId: number, edit: ItemEdit, request: ChangeRequest, guard?: EditGuard): EditItemResult {
    return this.run(request, editItem(this.deps, itemId, edit, request, guard));
  }

  lapseItem(itemId: number, request: ChangeRequest): LapseResult {
    return this.run(request, lapseItem(this.deps, itemId, request));
  }

  holdItem(itemId: number, until: string, request: ChangeRequest): HoldResult {
    return this.run(request, holdItem(this.deps, itemId, until, request));
  }

  deleteItem(itemId: number, request: ChangeRequest): DeleteResult {
    return this.run(request, deleteItem(this.deps, itemId, request));
  }

  restoreItem(itemId: number, request: ChangeRequest): DeleteResult {
    return this.run(request, restoreItem(this.deps, itemId, request));
  }

  /** A person's answer to a proposed Kamerbrief: "Afgerond met deze brief" and "Deels" change the item. */
  answerProposal(
    proposalId: number,
    answer: ProposalAnswer,
    request: ChangeRequest,
    options: Parameters<typeof answerProposal>[4] = {},
  ): AnswerProposalResult {
    return this.run(request, answerProposal(this.deps, proposalId, answer, request, options));
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
