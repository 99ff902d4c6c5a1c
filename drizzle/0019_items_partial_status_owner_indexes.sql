-- Partial indexes (issue 28): the punctuality / done-items index holds only the items that are not
-- open, the owner index only the items that have an owner. An import writes mostly open items
-- without an owner, and each index insert cost it 4-8 k instructions per item. The queries that
-- read them name the status as a literal (status = 'done') or compare the owner, which implies the
-- condition, so their plans are the same.
DROP INDEX `items_status_done_idx`;--> statement-breakpoint
DROP INDEX `items_owner_idx`;--> statement-breakpoint
CREATE INDEX `items_status_done_idx` ON `items` (`status`,`done_at`,`deadline`,`done_by`) WHERE "items"."status" = 'done' OR "items"."status" = 'lapsed' OR "items"."status" = 'deleted';--> statement-breakpoint
CREATE INDEX `items_owner_idx` ON `items` (`owner`,`status`) WHERE "items"."owner" IS NOT NULL;