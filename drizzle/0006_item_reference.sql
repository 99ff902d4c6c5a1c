ALTER TABLE `items` ADD `reference` text;--> statement-breakpoint
CREATE INDEX `items_reference_idx` ON `items` (`reference`);