-- unsafe: SET NOT NULL scans the whole table while it holds ACCESS EXCLUSIVE.
ALTER TABLE shop.purchase ALTER COLUMN note SET NOT NULL;
