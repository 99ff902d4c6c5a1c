CREATE TABLE `letter_proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`letter_id` text NOT NULL,
	`document_nummer` text,
	`strength` text NOT NULL,
	`reasons` text DEFAULT '[]' NOT NULL,
	`state` text DEFAULT 'open' NOT NULL,
	`decided_by` text,
	`decided_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `letter_proposals_item_letter_uq` ON `letter_proposals` (`item_id`,`letter_id`);--> statement-breakpoint
CREATE INDEX `letter_proposals_state_idx` ON `letter_proposals` (`state`);--> statement-breakpoint
CREATE TABLE `tk_letters` (
	`entity_id` text PRIMARY KEY NOT NULL,
	`document_nummer` text,
	`soort` text,
	`titel` text,
	`onderwerp` text,
	`datum` text,
	`dossier_id` text,
	`volgnummer` integer,
	`zaak_ids` text DEFAULT '[]' NOT NULL,
	`actors` text DEFAULT '[]' NOT NULL,
	`bijgewerkt` text,
	`deleted` integer DEFAULT false NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `tk_letters_document_nummer_idx` ON `tk_letters` (`document_nummer`);