-- unsafe: a bigserial column's default calls nextval per row, so the table is rewritten under ACCESS EXCLUSIVE.
ALTER TABLE shop.purchase ADD COLUMN line_no bigserial;
