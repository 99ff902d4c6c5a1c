-- Items whose row in the items_fts search index is yet to be written (issue 28): an import of
-- thousands of items records their ids here instead of indexing them (0.8 s of a 10,000-item
-- import), and the next search indexes them in one statement before it matches (store/search-index.ts).
-- Every item is either indexed or pending, never both: the update and delete triggers leave the
-- index alone for a pending item (the catch-up reads its row as it is then).
CREATE TABLE `items_fts_pending` (
  `item_id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
DROP TRIGGER `items_fts_update`;
--> statement-breakpoint
CREATE TRIGGER `items_fts_update` AFTER UPDATE OF title, text, submitters, status_text, kamerstuk_dossier, kamerstuk_number, reference ON `items`
WHEN NOT EXISTS (SELECT 1 FROM `items_fts_pending` WHERE `item_id` = old.id) BEGIN
  DELETE FROM `items_fts` WHERE rowid = old.id;
  INSERT INTO `items_fts` (rowid, title, text, submitters, status_text, kamerstuk, reference)
  VALUES (new.id, new.title, new.text, new.submitters, coalesce(new.status_text, ''),
    CASE WHEN new.kamerstuk_dossier IS NOT NULL AND new.kamerstuk_number IS NOT NULL
      THEN '[' || new.kamerstuk_dossier || '-' || new.kamerstuk_number || ']' ELSE '' END,
    coalesce(new.reference, ''));
END;
--> statement-breakpoint
DROP TRIGGER `items_fts_delete`;
--> statement-breakpoint
CREATE TRIGGER `items_fts_delete` AFTER DELETE ON `items` BEGIN
  DELETE FROM `items_fts` WHERE rowid = old.id AND NOT EXISTS (SELECT 1 FROM `items_fts_pending` WHERE `item_id` = old.id);
  DELETE FROM `items_fts_pending` WHERE `item_id` = old.id;
END;
