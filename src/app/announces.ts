// What a changing use case declares about itself: which of its results changed an item, and the kind
// of line the team gets about it. A use case that changes items carries its declaration as
// `useCase.announces`; Slack runs every such use case one way (`SlackChanges.run(useCase, …args)` in
// slack/changes.ts), so a new changing verb adds its declaration in its own folder and touches no
// shared file.
import type { Item } from '../domain/items.ts';
import type { AppContext } from './context.ts';
import type { ChangeRequest } from './request.ts';

/** The kinds of line the team gets about a change (slack/announce-change.ts words each). */
export type ChangeKind =
  | 'created'
  | 'done'
  | 'reopened'
  | 'term'
  | 'statusText'
  | 'lapsed'
  | 'onHold'
  | 'holdEnded'
  | 'deleted'
  | 'restored'
  | 'owner'
  | 'edited';

/** A change to tell the team about: its kind, the item as it is now, and for an edit the fields it changed. */
export interface AnnouncedChange {
  kind: ChangeKind;
  item: Item;
  fields?: string[];
}

/** A use case's result, as far as its declaration reads it. */
interface Coded {
  code: string;
}

/**
 * Per result code the kind of line (a code left out changed nothing the team hears of), or a function
 * for a use case whose result says more than its code (an edit by the fields it changed).
 */
export type Announces<R extends Coded> = Readonly<Partial<Record<R['code'], ChangeKind>>> | ((result: R) => AnnouncedChange | null);

/** A use case that changes items: `(ctx, …its input, request, …options)`, with its declaration. */
export type ChangingUseCase<A extends unknown[], R extends Coded> = ((ctx: AppContext, ...args: A) => R) & { announces: Announces<R> };

/**
 * The kind of line for an edit: a change of only the stand van zaken or only the trekker gets
 * its own line (with the text or the person), any other edit the changed fields.
 */
export function editChangeKind(fields: readonly string[]): ChangeKind {
  if (fields.length === 1 && fields[0] === 'statusText') return 'statusText';
  if (fields.length === 1 && fields[0] === 'owner') return 'owner';
  return 'edited';
}

/** The change a result reports under its use case's declaration, or null when nothing changed. */
export function changeOf<R extends Coded & { item?: Item }>(announces: Announces<R>, result: R): AnnouncedChange | null {
  if (typeof announces === 'function') return announces(result);
  const kind = (announces as Partial<Record<string, ChangeKind>>)[result.code];
  return kind && result.item ? { kind, item: result.item } : null;
}

/** The request among a use case's arguments (every changing use case takes one). */
export function requestIn(args: readonly unknown[]): ChangeRequest {
  const request = args.find((arg): arg is ChangeRequest => typeof arg === 'object' && arg !== null && 'actor' in arg && typeof arg.actor === 'string');
  if (!request) throw new Error('a changing use case was run without a ChangeRequest');
  return request;
}
