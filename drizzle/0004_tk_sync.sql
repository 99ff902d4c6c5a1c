CREATE TABLE `tk_feeds` (
	`category` text PRIMARY KEY NOT NULL,
	`cursor` text,
	`pages` integer DEFAULT 0 NOT NULL,
	`caught_up_at` integer,
	`first_completed_at` integer,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tk_records` (
	`entity_id` text PRIMARY KEY NOT NULL,
	`category` text NOT NULL,
	`bijgewerkt` text,
	`deleted` integer DEFAULT false NOT NULL,
	`parent_id` text,
	`data` text NOT NULL,
	`item_id` integer,
	`ministry_rule` text,
	`triage` text,
	`triage_codes` text,
	`triage_by` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `tk_records_category_idx` ON `tk_records` (`category`);--> statement-breakpoint
CREATE INDEX `tk_records_parent_idx` ON `tk_records` (`parent_id`);--> statement-breakpoint
CREATE INDEX `tk_records_item_idx` ON `tk_records` (`item_id`);--> statement-breakpoint
CREATE INDEX `tk_records_triage_idx` ON `tk_records` (`triage`);