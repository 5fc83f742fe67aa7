-- safe: no view or other object uses legacy_code (clients reading it still have to follow).
ALTER TABLE shop.purchase RENAME COLUMN legacy_code TO import_code;
