CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer,
	`actor` text NOT NULL,
	`at` integer NOT NULL,
	`action` text NOT NULL,
	`field` text,
	`old_value` text,
	`new_value` text,
	`context` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_item_idx` ON `audit_log` (`item_id`,`at`);--> statement-breakpoint
CREATE TABLE `channel_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`target` text NOT NULL,
	`target_kind` text NOT NULL,
	`channel_id` text NOT NULL,
	`linked_by` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `channel_links_target_channel_uq` ON `channel_links` (`target`,`channel_id`);--> statement-breakpoint
CREATE INDEX `channel_links_channel_idx` ON `channel_links` (`channel_id`);--> statement-breakpoint
CREATE TABLE `items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`text` text NOT NULL,
	`submitters` text DEFAULT '[]' NOT NULL,
	`cs` integer DEFAULT false NOT NULL,
	`kamerstuk_dossier` text,
	`kamerstuk_number` text,
	`kamerstuk_vergaderjaar` text,
	`status` text DEFAULT 'open' NOT NULL,
	`status_text` text,
	`status_set_by` text,
	`deadline_earliest` text,
	`deadline` text,
	`deadline_text` text,
	`deadline_basis` text,
	`deadline_soft` integer DEFAULT false NOT NULL,
	`deadline_source` text,
	`deadline_set_by` text,
	`recurrence` text,
	`linked_to` integer,
	`source_document` text,
	`source_position` integer,
	`done_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `items_status_deadline_idx` ON `items` (`status`,`deadline`);--> statement-breakpoint
CREATE INDEX `items_kamerstuk_idx` ON `items` (`kamerstuk_dossier`,`kamerstuk_number`);--> statement-breakpoint
CREATE TABLE `responsibilities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`code` text NOT NULL,
	`ministry` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `responsibilities_item_code_uq` ON `responsibilities` (`item_id`,`code`);--> statement-breakpoint
CREATE INDEX `responsibilities_code_idx` ON `responsibilities` (`code`);--> statement-breakpoint
CREATE INDEX `responsibilities_ministry_idx` ON `responsibilities` (`ministry`);--> statement-breakpoint
CREATE TABLE `sent_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`what` text NOT NULL,
	`item_id` integer DEFAULT 0 NOT NULL,
	`channel_id` text NOT NULL,
	`due_date` text NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`message_ts` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`created_at` integer NOT NULL,
	`sent_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sent_log_key_uq` ON `sent_log` (`what`,`item_id`,`channel_id`,`due_date`);--> statement-breakpoint
CREATE INDEX `sent_log_state_idx` ON `sent_log` (`state`);--> statement-breakpoint
CREATE TABLE `snoozes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`channel_id` text NOT NULL,
	`until` text NOT NULL,
	`by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `snoozes_item_channel_uq` ON `snoozes` (`item_id`,`channel_id`);