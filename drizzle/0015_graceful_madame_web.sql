DROP INDEX `items_id_status_deadline_idx`;--> statement-breakpoint
CREATE INDEX `items_id_status_deadline_idx` ON `items` (`id`,`status`,`deadline`,`on_hold_until`);