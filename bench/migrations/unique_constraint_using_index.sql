-- safe: the unique index is built concurrently, then attached to the constraint without a build.
CREATE UNIQUE INDEX CONCURRENTLY purchase_reference_key ON shop.purchase (reference);
ALTER TABLE shop.purchase ADD CONSTRAINT purchase_reference_key UNIQUE USING INDEX purchase_reference_key;
