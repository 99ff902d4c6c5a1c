ALTER TABLE `items` ADD `done_by` text;--> statement-breakpoint
ALTER TABLE `items` ADD `closing_reference` text;--> statement-breakpoint
ALTER TABLE `items` ADD `owner` text;--> statement-breakpoint
ALTER TABLE `items` ADD `on_hold_until` text;--> statement-breakpoint
ALTER TABLE `items` ADD `deadline_original` text;--> statement-breakpoint
ALTER TABLE `items` ADD `deadline_moves` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `items` ADD `deleted_at` integer;--> statement-breakpoint
ALTER TABLE `items` ADD `deleted_by` text;--> statement-breakpoint
CREATE INDEX `sent_log_item_idx` ON `sent_log` (`item_id`,`channel_id`);--> statement-breakpoint
CREATE INDEX `sent_log_message_idx` ON `sent_log` (`channel_id`,`message_ts`);