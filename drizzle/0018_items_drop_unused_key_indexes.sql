-- Two indexes no query seeks (issue 28): every statement on items is served by the others with the
-- same plan (an import finds its items by items_kamerstuk_key_idx and items_reference_key_idx, the
-- lower-case keys), and each cost every inserted item a B-tree insert at a scattered position.
DROP INDEX `items_kamerstuk_idx`;--> statement-breakpoint
DROP INDEX `items_reference_idx`;