// Buttons and menus on messages and the Home tab, one file per listener.
import type { App } from '@slack/bolt';
import type { BotDeps } from '../../deps.ts';
import { registerDone } from './done.ts';
import { registerLapse } from './lapse.ts';
import { registerLetterProposal } from './letter-proposal.ts';
import { registerMenu } from './menu.ts';
import { registerRestore } from './restore.ts';
import { registerRestoreStatusText } from './restore-status-text.ts';
import { registerStatusButtons } from './status-buttons.ts';
import { registerTermConfirm } from './term-confirm.ts';
import { registerTriageAssign } from './triage-assign.ts';
import { registerUndo } from './undo.ts';

export function registerActions(app: App, deps: BotDeps): void {
  registerDone(app, deps);
  registerUndo(app, deps);
  registerLapse(app, deps);
  registerMenu(app, deps);
  registerRestore(app, deps);
  registerRestoreStatusText(app, deps);
  registerStatusButtons(app, deps);
  registerTermConfirm(app, deps);
  registerLetterProposal(app, deps);
  registerTriageAssign(app, deps);
}
