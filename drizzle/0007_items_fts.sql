-- Full-text search over items (/motie zoek): SQLite FTS5 with the trigram tokenizer, so that a
-- part of a Dutch compound ("tekort" in "lerarentekort") is found, case-insensitively and without
-- regard to accents (remove_diacritics). The kamerstuk column holds the item's own Kamerstuk in one
-- canonical form, "[34843-79]"; the query side turns every way of writing it into that form.
-- Contentless (the text lives in items); triggers keep the index in step with every write.
CREATE VIRTUAL TABLE `items_fts` USING fts5(
  title, text, submitters, status_text, kamerstuk, reference,
  content='', contentless_delete=1, tokenize='trigram remove_diacritics 1'
);
--> statement-breakpoint
INSERT INTO `items_fts` (rowid, title, text, submitters, status_text, kamerstuk, reference)
  SELECT id, title, text, submitters, coalesce(status_text, ''),
    CASE WHEN kamerstuk_dossier IS NOT NULL AND kamerstuk_number IS NOT NULL
      THEN '[' || kamerstuk_dossier || '-' || kamerstuk_number || ']' ELSE '' END,
    coalesce(reference, '')
  FROM items;
--> statement-breakpoint
CREATE TRIGGER `items_fts_insert` AFTER INSERT ON `items` BEGIN
  INSERT INTO `items_fts` (rowid, title, text, submitters, status_text, kamerstuk, reference)
  VALUES (new.id, new.title, new.text, new.submitters, coalesce(new.status_text, ''),
    CASE WHEN new.kamerstuk_dossier IS NOT NULL AND new.kamerstuk_number IS NOT NULL
      THEN '[' || new.kamerstuk_dossier || '-' || new.kamerstuk_number || ']' ELSE '' END,
    coalesce(new.reference, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `items_fts_delete` AFTER DELETE ON `items` BEGIN
  DELETE FROM `items_fts` WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `items_fts_update` AFTER UPDATE OF title, text, submitters, status_text, kamerstuk_dossier, kamerstuk_number, reference ON `items` BEGIN
  DELETE FROM `items_fts` WHERE rowid = old.id;
  INSERT INTO `items_fts` (rowid, title, text, submitters, status_text, kamerstuk, reference)
  VALUES (new.id, new.title, new.text, new.submitters, coalesce(new.status_text, ''),
    CASE WHEN new.kamerstuk_dossier IS NOT NULL AND new.kamerstuk_number IS NOT NULL
      THEN '[' || new.kamerstuk_dossier || '-' || new.kamerstuk_number || ']' ELSE '' END,
    coalesce(new.reference, ''));
END;
