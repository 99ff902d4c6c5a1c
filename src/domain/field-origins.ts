// Who last wrote an item's stand van zaken, status, term and "deels afgedaan", and on which day:
// what decides whether an import (or the Tweede Kamer sync) may overwrite a field, or must keep
// what a person wrote in Slack or on the command line. The store reads the audit entries
// (RecordedChange); this decides what they mean.
import { IMPORT_ACTOR, isPerson } from './actor.ts';
import type { IsoDate } from './dates/types.ts';
import type { Item, StatusTextOrigin } from './items.ts';

/** One audit entry of an item, as the store reads it. */
export interface RecordedChange {
  /** The actor as stored (actor.ts). */
  actor: string;
  /** The Amsterdam day it was written. */
  on: IsoDate;
  /** True for a change of the field, false for the item's creation. */
  changed: boolean;
  /** The overview date an import recorded in the entry's context, if any. */
  documentDate: IsoDate | null;
}

/** The last recorded change of each field an import weighs (absent: none since the item was created). */
export interface LastChanges {
  /** The last change of the stand van zaken, or the item's creation. */
  statusText?: RecordedChange;
  status?: RecordedChange;
  deadline?: RecordedChange;
  partly?: RecordedChange;
}

function originOf(change: RecordedChange): StatusTextOrigin {
  // A person typed it (Slack or the command line); the creation of an item is nobody's edit.
  return { actor: change.actor, person: change.changed && isPerson(change.actor), on: change.on };
}

/** A status, term or "deels afgedaan" an import set is as new as the overview it came from, not the day it was imported. */
function judgedOn(change: RecordedChange): StatusTextOrigin {
  const origin = originOf(change);
  return change.actor === IMPORT_ACTOR && change.documentDate ? { ...origin, on: change.documentDate } : origin;
}

/**
 * The item with the origins of its fields (items.ts statusTextOrigin, statusOrigin, deadlineOrigin,
 * partlyOrigin). A stand van zaken never changed since creation has it from its creation (an
 * import, the sync, a triage: no person types a stand van zaken into a new item), on `createdOn`.
 */
export function withFieldOrigins(item: Item, last: LastChanges, createdOn: IsoDate): Item {
  // Object.assign, not a spread with the origins added: V8 gave each such copy a hidden class of its
  // own (the 50,000 items an import read had more than 50), so every later read of the items (the
  // import's matching and comparing) went megamorphic; copied by Object.assign they share one. The
  // same keys in the same order with the same values as the spread.
  return Object.assign({}, item, {
    statusTextOrigin: last.statusText ? originOf(last.statusText) : { actor: 'system', person: false, on: createdOn },
    statusOrigin: last.status ? judgedOn(last.status) : null,
    deadlineOrigin: last.deadline ? judgedOn(last.deadline) : null,
    partlyOrigin: last.partly ? judgedOn(last.partly) : null,
  });
}
