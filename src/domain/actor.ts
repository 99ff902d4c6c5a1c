// Who made a change. Stored as-is in the audit log, `status_set_by`, `deadline_set_by` and
// `channel_links.linked_by`, so the stored form is the type: a Slack user id ("U0123ABCD"),
// "cli" or "cli:<name>" (`motie … --door <name>`), "import", "system" or "preview".
// Read an actor with `describeActor`, never by comparing strings.

export type SlackUserActor = `U${string}` | `W${string}`;
export type CliActor = 'cli' | `cli:${string}`;
/** 'tk-sync': the Tweede Kamer open-data sync (not a person). */
export type Actor = SlackUserActor | CliActor | 'import' | 'system' | 'preview' | 'tk-sync';

export type DescribedActor =
  | { kind: 'slack'; userId: string }
  | { kind: 'cli'; name: string | null }
  | { kind: 'import' }
  | { kind: 'system' }
  | { kind: 'preview' }
  | { kind: 'tk-sync' };

const SLACK_USER = /^[UW][A-Z0-9]{1,30}$/;

export const IMPORT_ACTOR: Actor = 'import';
export const PREVIEW_ACTOR: Actor = 'preview';

/** The Slack user id of the person using the preview (`npm run preview`, src/preview/start-preview.ts). */
export const PREVIEW_USER_ID = 'UPREVIEW';

/** The actor for a Slack user id; throws on something that is not one (Slack sends only those). */
export function slackActor(userId: string): SlackUserActor {
  if (!SLACK_USER.test(userId)) throw new Error(`not a Slack user id: ${JSON.stringify(userId.slice(0, 40))}`);
  return userId as SlackUserActor;
}

/** The actor for the command line, optionally with the name given by `--door`. */
export function cliActor(name?: string | null): CliActor {
  const clean = (name ?? '').replace(/\s+/g, ' ').trim();
  return clean ? `cli:${clean}` : 'cli';
}

/** What kind of actor a stored value is. Unknown values (hand-edited databases) read as "system". */
export function describeActor(actor: string): DescribedActor {
  if (SLACK_USER.test(actor)) return { kind: 'slack', userId: actor };
  if (actor === 'cli') return { kind: 'cli', name: null };
  if (actor.startsWith('cli:')) return { kind: 'cli', name: actor.slice(4) };
  if (actor === 'import' || actor === 'preview' || actor === 'tk-sync') return { kind: actor };
  return { kind: 'system' };
}

/** A person decided (in Slack or on the command line): imports do not overwrite that. */
export function isPerson(actor: string): boolean {
  const kind = describeActor(actor).kind;
  return kind === 'slack' || kind === 'cli';
}
