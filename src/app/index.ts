// The use cases that several verbs, buttons and forms share, or that no verb owns: everything else
// a person can do to motiebot's data is a verb's own use case, in its slice (src/verbs/<verb>/:
// set-term.ts, link-channel.ts, add-item.ts, the exports, lapse/hold/delete/restore-item.ts,
// reopen-item.ts). Which goes where follows the arrows: app/ never imports a verb, so a use case
// that another use case calls (markItemDone by answerProposal, editItem by addItem) stays here.
// Slack listeners, the CLI and the preview call these and nothing below them to change data.
//
// How to add a use case (the same steps for one in a slice, tested in tests/verbs/<verb>/):
// 1. One file per use case, named after its function (`mark-done.ts` → `markItemDone`).
// 2. Signature: `(ctx: AppContext, …input, request: ChangeRequest)`. `ctx` holds db, calendar,
//    admins, clock and logger; `request` says who (an `Actor` from domain/actor.ts, never a bare
//    string), from which channel, and the audit context.
// 3. Check first (`authorizeChange` for item changes: the item must exist, a Slack user must be
//    allowed), then call domain functions and the store. The clock is `ctx.now()`.
// 4. Return a result with a `code` (UPPER_SNAKE, starting with its area: ITEM_…, TERM_…,
//    CHANNEL_…, IMPORT_…) and the data an adapter needs: `{ ok: true, code, item }` or
//    `{ ok: false, code }`. No Dutch text here: the adapters turn codes into sentences.
//    Expected failures are values; throw only on programmer error.
// 5. Test it in tests/app/<file>.test.ts against a real migrated database (tests/helpers/db.ts).
// 6. Export it below; adapters import from 'src/app/index.ts' (a slice's use case: from its file).
// 7. A use case that changes items declares what the team is told, beside it: `useCase.announces =
//    { CODE: 'kind' }` (announces.ts). Slack runs it only as `changes.run(useCase, …args)`.
export type { AppContext } from './context.ts';
export type { ChangeRequest } from './request.ts';
export { authorizeChange, type ChangeCheck } from './authorize-change.ts';
export { markItemDone, type MarkDoneResult } from './mark-done.ts';
export { readImport, applyImport, type ReadImport, type ReadImportResult, type ImportResult } from './import-document.ts';
export { assignTriage, listTriageItems, tkEverSynced, type AssignTriageResult, type TriageView } from './assign-triage.ts';
export { editItem, editItemGuarded, EDIT_LIMITS, type EditedField, type EditGuard, type EditItemResult, type EditProblem, type ItemEdit, type UnguardedEditResult } from './edit-item.ts';
export { snoozeReminders, type SnoozeRemindersResult } from './snooze-reminders.ts';
export { answerProposal, listOpenProposals, type AnswerProposalResult, type ProposalAnswer } from './answer-proposal.ts';
export { findItems, readItem, readItems, readHistory } from './read-items.ts';
export { channelLinks, channelTargets, ministryCodes } from './read-channels.ts';
export { statusPage, submitterNames, attentionList, countsPerCode, informedIn } from './read-status.ts';
