DROP INDEX `items_status_done_at_idx`;--> statement-breakpoint
CREATE INDEX `items_status_done_idx` ON `items` (`status`,`done_at`,`deadline`,`done_by`);