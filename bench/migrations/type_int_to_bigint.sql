-- unsafe: integer to bigint changes the stored width, so the table is rewritten under ACCESS EXCLUSIVE.
ALTER TABLE shop.purchase ALTER COLUMN quantity TYPE bigint;
