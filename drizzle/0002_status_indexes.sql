DROP INDEX `responsibilities_code_idx`;--> statement-breakpoint
DROP INDEX `responsibilities_ministry_idx`;--> statement-breakpoint
CREATE INDEX `responsibilities_code_item_idx` ON `responsibilities` (`code`,`item_id`);--> statement-breakpoint
CREATE INDEX `responsibilities_ministry_item_idx` ON `responsibilities` (`ministry`,`item_id`);--> statement-breakpoint
CREATE INDEX `items_id_status_deadline_idx` ON `items` (`id`,`status`,`deadline`);