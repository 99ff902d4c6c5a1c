// The use cases: everything a person can do to motiebot's data, one function per use case.
// Slack listeners, the CLI and the preview call these and nothing below them to change data.
//
// How to add a use case:
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
// 6. Export it below; adapters import from 'src/app/index.ts'.
export type { AppContext } from './context.ts';
export type { ChangeRequest } from './request.ts';
export { authorizeChange, type ChangeCheck } from './authorize-change.ts';
export { setTerm, type SetTermResult } from './set-term.ts';
export { markItemDone, type MarkDoneResult } from './mark-done.ts';
export { reopenItem, type ReopenResult } from './reopen-item.ts';
export { linkChannel, unlinkChannel, type LinkChannelResult, type UnlinkChannelResult } from './link-channel.ts';
export { readImport, applyImport, type ReadImport, type ReadImportResult, type ImportResult } from './import-document.ts';
export { addItem, checkNewItem, type AddItemProblem, type AddItemResult, type NewItemInput } from './add-item.ts';
export { exportOverview, EXPORT_FORMATS, EXPORT_SLACK_MAX_ITEMS, type ExportFormat, type ExportOverviewInput, type ExportOverviewResult } from './export-overview.ts';
export { exportRappel, RAPPEL_FORMATS, type RappelFormat, type ExportRappelResult } from './export-rappel.ts';
export { exportOffLoop } from './export-off-loop.ts';
export { assignTriage, listTriageItems, tkEverSynced, type AssignTriageResult, type TriageView } from './assign-triage.ts';
export { editItem, EDIT_LIMITS, type EditedField, type EditGuard, type EditItemResult, type EditProblem, type ItemEdit, type UnguardedEditResult } from './edit-item.ts';
export { lapseItem, holdItem, deleteItem, restoreItem, mayDelete, type LapseResult, type HoldResult, type DeleteResult } from './change-status.ts';
export { snoozeReminders, type SnoozeRemindersResult } from './snooze-reminders.ts';
export { answerProposal, listOpenProposals, type AnswerProposalResult, type ProposalAnswer } from './answer-proposal.ts';
