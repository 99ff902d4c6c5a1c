// Who asks for a change, and from where. Every use case that changes something takes one.
import type { Actor } from '../domain/actor.ts';
import type { AuditContext } from '../store/items.queries.ts';

export interface ChangeRequest {
  actor: Actor;
  /** The Slack channel the request came from: its links decide what a Slack user may change. */
  channelId?: string | null;
  /** Stored with the audit entry: how the change was made ({ via: 'slash' | 'modal' | 'button' | 'cli', … }). */
  context?: AuditContext;
}
