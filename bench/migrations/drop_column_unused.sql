-- safe: no view or other object uses legacy_code; the drop only changes the catalog.
ALTER TABLE shop.purchase DROP COLUMN legacy_code;
