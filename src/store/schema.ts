// Every table of motiebot. drizzle-kit reads this file to generate migrations in drizzle/.
// Calendar dates are YYYY-MM-DD text; instants are integer milliseconds UTC.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const items = sqliteTable(
  'items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['motie', 'toezegging'] }).notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    /** JSON array of names. */
    submitters: text('submitters').notNull().default('[]'),
    cs: integer('cs', { mode: 'boolean' }).notNull().default(false),
    kamerstukDossier: text('kamerstuk_dossier'),
    kamerstukNumber: text('kamerstuk_number'),
    kamerstukVergaderjaar: text('kamerstuk_vergaderjaar'),
    /** The item's number in a register, kept as written: "T01237" (Eerste Kamer), "TZ202412-116"
     *  (Tweede Kamer), or an Eerste Kamer dossier reference ("22.112 / 31.544, CK"). */
    reference: text('reference'),
    status: text('status', { enum: ['open', 'done', 'lapsed', 'deleted'] }).notNull().default('open'),
    statusText: text('status_text'),
    /** Open, but partly done ("Deels afgedaan" in an overview or register). */
    partly: integer('partly', { mode: 'boolean' }).notNull().default(false),
    statusSetBy: text('status_set_by'),
    deadlineEarliest: text('deadline_earliest'),
    deadline: text('deadline'),
    deadlineText: text('deadline_text'),
    deadlineBasis: text('deadline_basis', { enum: ['explicit', 'rule', 'calendar', 'estimate'] }),
    deadlineSoft: integer('deadline_soft', { mode: 'boolean' }).notNull().default(false),
    deadlineSource: text('deadline_source', { enum: ['request', 'status', 'person', 'kamer'] }),
    deadlineSetBy: text('deadline_set_by'),
    recurrence: text('recurrence'),
    linkedTo: integer('linked_to'),
    sourceDocument: text('source_document'),
    sourcePosition: integer('source_position'),
    doneAt: integer('done_at'),
    /** Who marked the item done (Slack user id, 'cli', 'import'). */
    doneBy: text('done_by'),
    /** How it was closed: a Kamerstuk ("36222-45") or a URL of the Kamerbrief. */
    closingReference: text('closing_reference'),
    /** The trekker: the Slack user id of the person who owns the item. */
    owner: text('owner'),
    /** Aangehouden: no reminders before this date (YYYY-MM-DD); null when not on hold. */
    onHoldUntil: text('on_hold_until'),
    /** The first deadline the item had, kept once a person moves it (YYYY-MM-DD or the verbatim text). */
    deadlineOriginal: text('deadline_original'),
    /** How often a person moved the deadline. */
    deadlineMoves: integer('deadline_moves').notNull().default(0),
    /** Moties: the Kamer's own term for the follow-up (zaak/termijn, YYYY-MM-DD). */
    kamerTermijn: text('kamer_termijn'),
    /** Moties: the cabinet's appreciation as the Kamer records it ("Ontraden", "Oordeel Kamer", …). */
    kabinetsappreciatie: text('kabinetsappreciatie'),
    /** Soft delete (added by mistake): hidden everywhere, kept with its audit log; undo clears it. */
    deletedAt: integer('deleted_at'),
    deletedBy: text('deleted_by'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('items_status_deadline_idx').on(t.status, t.deadline),
    // No index on (kamerstuk_dossier, kamerstuk_number) or on reference as stored: no query seeks
    // them (an import finds its items by the lower-case keys below; the TK sync's lookup by
    // register number goes through tk_records), and each cost every inserted item a B-tree insert
    // (migration 0018 dropped them: 90-120 M instructions less per 10,000 imported items, issue
    // 28). tests/store/item-indexes.test.ts pins the plans of the queries that read those keys.
    // Covering index for counting the items of a scope (/motie status): the status counts read
    // status, deadline and hold (an item on hold counts as 'later', src/domain/due.ts) of thousands
    // of items by id without touching their (large) rows; without a scope, the whole index is read.
    index('items_id_status_deadline_idx').on(t.id, t.status, t.deadline, t.onHoldUntil),
    // Punctuality (/motie status, App Home): the items done in the last twelve months with their
    // deadline and who marked them done, read from this index alone (a range, not every done item).
    // Only the items that are not open are in it (the open ones are read by status and deadline,
    // items_status_deadline_idx): most items an import writes are open, and an index insert costs
    // 4-8 k instructions per item (issue 28, migration 0019). SQLite uses it for a query whose status
    // is written into the SQL (items.queries statusIs), not bound: for a bound status it would
    // prepare the statement again at each binding.
    index('items_status_done_idx')
      .on(t.status, t.doneAt, t.deadline, t.doneBy)
      .where(sql`${t.status} = 'done' OR ${t.status} = 'lapsed' OR ${t.status} = 'deleted'`),
    // "Mijn" (App Home, /motie mijn): the items one person owns, found without reading every item.
    // Only the items that have an owner are in it (owner = ? implies it): an import's items have none.
    index('items_owner_idx').on(t.owner, t.status).where(sql`${t.owner} IS NOT NULL`),
    // An import reads only the items its document can match (import/plan importMatchScope), found
    // by these indexes instead of by reading every item's keys (store listItemsForImport): by kind
    // (matched by text), by Kamerstuk and by register number as they match (lower case), and the
    // items every import may match by text (no Kamerstuk). lower() folds ASCII only: items whose
    // keys hold any other character are in that last index too, and the store checks them in JS.
    index('items_kind_idx').on(t.kind),
    index('items_kamerstuk_key_idx').on(sql`lower(${t.kamerstukDossier} || '-' || ${t.kamerstukNumber})`),
    index('items_reference_key_idx').on(sql`lower(${t.reference})`),
    index('items_import_scope_idx')
      .on(t.id)
      .where(
        sql`${t.kamerstukDossier} IS NULL OR ${t.kamerstukDossier} = '' OR ${t.kamerstukNumber} IS NULL OR ${t.kamerstukDossier} GLOB '*[^ -~]*' OR ${t.kamerstukNumber} GLOB '*[^ -~]*' OR ${t.reference} GLOB '*[^ -~]*'`,
      ),
  ],
);

export const responsibilities = sqliteTable(
  'responsibilities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    itemId: integer('item_id')
      .notNull()
      .references(() => items.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    ministry: text('ministry').notNull(),
  },
  (t) => [
    uniqueIndex('responsibilities_item_code_uq').on(t.itemId, t.code),
    // (code, item_id) and (ministry, item_id): "the items of SOCW" read from the index alone.
    index('responsibilities_code_item_idx').on(t.code, t.itemId),
    index('responsibilities_ministry_item_idx').on(t.ministry, t.itemId),
  ],
);

export const channelLinks = sqliteTable(
  'channel_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** A bewindspersoon code (SOCW) or a ministry (OCW). */
    target: text('target').notNull(),
    targetKind: text('target_kind', { enum: ['code', 'ministry'] }).notNull(),
    channelId: text('channel_id').notNull(),
    linkedBy: text('linked_by').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('channel_links_target_channel_uq').on(t.target, t.channelId),
    index('channel_links_channel_idx').on(t.channelId),
  ],
);

export const sentLog = sqliteTable(
  'sent_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** What was sent: 'digest', 'reminder:28', 'reminder:0', 'overdue', 'notice:not_in_channel' … */
    what: text('what').notNull(),
    /** The item, or 0 for messages about no single item (digest). */
    itemId: integer('item_id').notNull().default(0),
    channelId: text('channel_id').notNull(),
    /** The due date the message is about (YYYY-MM-DD). */
    dueDate: text('due_date').notNull(),
    /**
     * 'pending' while claimed and not yet confirmed posted; 'sent' once Slack answered ok (or the
     * message was found in the channel); 'unknown' when a post timed out (Slack may have it);
     * 'unknown-reposted' when the one extra post allowed without the channel's history timed out too.
     */
    state: text('state', { enum: ['pending', 'sent', 'unknown', 'unknown-reposted'] }).notNull().default('pending'),
    messageTs: text('message_ts'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: integer('created_at').notNull(),
    sentAt: integer('sent_at'),
  },
  (t) => [
    uniqueIndex('sent_log_key_uq').on(t.what, t.itemId, t.channelId, t.dueDate),
    index('sent_log_state_idx').on(t.state),
    index('sent_log_due_date_idx').on(t.dueDate),
    // The messages that show an item (reminders), and the items of one message (overdue, digest).
    index('sent_log_item_idx').on(t.itemId, t.channelId),
    index('sent_log_message_idx').on(t.channelId, t.messageTs),
  ],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    itemId: integer('item_id'),
    /** Slack user id, or 'import' / 'cli' / 'system'. */
    actor: text('actor').notNull(),
    at: integer('at').notNull(),
    action: text('action').notNull(),
    field: text('field'),
    oldValue: text('old_value'),
    newValue: text('new_value'),
    /** JSON with where the change came from (channel, message ts, document). */
    context: text('context'),
  },
  (t) => [index('audit_log_item_idx').on(t.itemId, t.at)],
);

export const snoozes = sqliteTable(
  'snoozes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    itemId: integer('item_id')
      .notNull()
      .references(() => items.id, { onDelete: 'cascade' }),
    channelId: text('channel_id').notNull(),
    /** No reminders for this item in this channel before this date. */
    until: text('until').notNull(),
    by: text('by').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('snoozes_item_channel_uq').on(t.itemId, t.channelId)],
);

export const leases = sqliteTable('leases', {
  /** The job the lease is for: 'reminders', 'digest'. */
  name: text('name').primaryKey(),
  /** Who holds it ("<random uuid>@<host>", one per run); '' once released. Alive until expiresAt. */
  holder: text('holder').notNull(),
  /** The lease ends on its own at this instant (ms UTC) when its holder dies without releasing it. */
  expiresAt: integer('expires_at').notNull(),
  /** When a run under this lease last finished completely (ms UTC): what start-up catch-up compares with. */
  lastCompletedAt: integer('last_completed_at'),
});

/** Tweede Kamer SyncFeed: one row per feed category, with the cursor to resume from. */
export const tkFeeds = sqliteTable('tk_feeds', {
  /** The SyncFeed category: 'Toezegging', 'Zaak', 'Besluit', 'ZaakActor', 'Kamerstukdossier'. */
  category: text('category').primaryKey(),
  /** The href of the last committed entry's rel="next" link, as the feed sent it (never computed). */
  cursor: text('cursor'),
  /** Pages read in total (for reports). */
  pages: integer('pages').notNull().default(0),
  /** When the feed last said it was caught up (a page with rel="resume"), ms UTC. */
  caughtUpAt: integer('caught_up_at'),
  /** When the first complete run finished (ms UTC); until then channels get counts, not messages. */
  firstCompletedAt: integer('first_completed_at'),
  /**
   * Document feed only: every letter stored before this instant has been matched against every
   * item created (or whose Kamer record changed) before it (ms UTC); null until the first run.
   */
  lettersMatchedAt: integer('letters_matched_at'),
  updatedAt: integer('updated_at').notNull(),
});

/** Tweede Kamer entities as last read from the SyncFeed (toezeggingen, and what moties are made of). */
export const tkRecords = sqliteTable(
  'tk_records',
  {
    /** The entity GUID. */
    entityId: text('entity_id').primaryKey(),
    /** 'toezegging', 'zaak', 'besluit', 'zaakActor', 'kamerstukdossier', 'agendapunt', 'activiteit'. */
    category: text('category').notNull(),
    /** The entity's `bijgewerkt` as sent; a record is only replaced by a newer one. */
    bijgewerkt: text('bijgewerkt'),
    deleted: integer('deleted', { mode: 'boolean' }).notNull().default(false),
    /** The entity this one hangs off: besluit/zaakActor → zaak, zaak → kamerstukdossier; an activiteit → "debat:<its folded onderwerp>". */
    parentId: text('parent_id'),
    /** JSON: the fields motiebot reads from the record. */
    data: text('data').notNull(),
    /** The item made from this record (toezegging, adopted motie). */
    itemId: integer('item_id').references(() => items.id, { onDelete: 'set null' }),
    /** How the ministry was derived ("functie", "ministerie", "begroting 36200-VIII", "triage"). */
    ministryRule: text('ministry_rule'),
    /** Moties whose ministry could not be derived: 'pending' until a person assigns codes. */
    triage: text('triage', { enum: ['pending', 'assigned'] }),
    /** JSON array of the codes a person assigned in triage. */
    triageCodes: text('triage_codes'),
    triageBy: text('triage_by'),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('tk_records_category_idx').on(t.category),
    index('tk_records_parent_idx').on(t.parentId),
    index('tk_records_item_idx').on(t.itemId),
    index('tk_records_triage_idx').on(t.triage),
  ],
);

/** Kamerbrieven (Document entities of soort "Brief regering") as last read from the SyncFeed. */
export const tkLetters = sqliteTable(
  'tk_letters',
  {
    /** The Document GUID. */
    entityId: text('entity_id').primaryKey(),
    /** "2025D21406": what the toezeggingen register's kamerbriefNakoming names. */
    documentNummer: text('document_nummer'),
    soort: text('soort'),
    titel: text('titel'),
    onderwerp: text('onderwerp'),
    /** Calendar date of the letter (YYYY-MM-DD). */
    datum: text('datum'),
    /** The Kamerstukdossier GUID the letter is filed in, and its number there. */
    dossierId: text('dossier_id'),
    volgnummer: integer('volgnummer'),
    /** JSON array of the zaak GUIDs the letter refers to. */
    zaakIds: text('zaak_ids').notNull().default('[]'),
    /** JSON array of the signers' names (DocumentActor). */
    actors: text('actors').notNull().default('[]'),
    bijgewerkt: text('bijgewerkt'),
    deleted: integer('deleted', { mode: 'boolean' }).notNull().default(false),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('tk_letters_document_nummer_idx').on(t.documentNummer)],
);

/**
 * A letter proposed as (part of) the fulfilment of an item. Never closes the item by itself: a
 * person answers it (Afgerond, Deels, Hoort er niet bij). A rejection is kept, so the same letter is
 * never proposed for that item again.
 */
export const letterProposals = sqliteTable(
  'letter_proposals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    itemId: integer('item_id')
      .notNull()
      .references(() => items.id, { onDelete: 'cascade' }),
    letterId: text('letter_id').notNull(),
    documentNummer: text('document_nummer'),
    strength: text('strength', { enum: ['zeker', 'waarschijnlijk', 'mogelijk'] }).notNull(),
    /** JSON array of the matcher's reasons (codes with values). */
    reasons: text('reasons').notNull().default('[]'),
    /** 'open' until a person answers: 'done' (Afgerond met deze brief), 'partly' (Deels), 'rejected' (Hoort er niet bij). */
    state: text('state', { enum: ['open', 'done', 'partly', 'rejected'] }).notNull().default('open'),
    decidedBy: text('decided_by'),
    decidedAt: integer('decided_at'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('letter_proposals_item_letter_uq').on(t.itemId, t.letterId),
    index('letter_proposals_state_idx').on(t.state),
  ],
);
