-- safe: the unique index built earlier becomes the primary key without a build (purchase_id is NOT NULL).
ALTER TABLE shop.purchase ADD CONSTRAINT purchase_pkey PRIMARY KEY USING INDEX purchase_id_key;
