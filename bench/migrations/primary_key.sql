-- unsafe: the primary key's index is built while the table is locked for writes.
ALTER TABLE shop.purchase ADD PRIMARY KEY (purchase_id);
