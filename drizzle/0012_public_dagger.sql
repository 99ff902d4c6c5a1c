ALTER TABLE `items` ADD `kamer_termijn` text;--> statement-breakpoint
ALTER TABLE `items` ADD `kabinetsappreciatie` text;