-- safe: a constant default is stored once in the catalog (PostgreSQL 11+); no rewrite.
ALTER TABLE shop.purchase ADD COLUMN gift boolean NOT NULL DEFAULT false;
