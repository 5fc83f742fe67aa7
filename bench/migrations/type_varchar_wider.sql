-- safe: a longer varchar limit only changes the catalog; no rewrite, no scan.
ALTER TABLE shop.purchase ALTER COLUMN reference TYPE varchar(100);
