-- unsafe: the unique index behind the constraint is built while the table is locked for writes.
ALTER TABLE shop.purchase ADD CONSTRAINT purchase_reference_key UNIQUE (reference);
