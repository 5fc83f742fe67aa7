-- unsafe: a volatile default is evaluated per row, so every row is rewritten under ACCESS EXCLUSIVE.
ALTER TABLE shop.purchase ADD COLUMN tracking_token uuid DEFAULT gen_random_uuid();
