-- safe: varchar to text is binary coercible; no rewrite, no scan.
ALTER TABLE shop.purchase ALTER COLUMN reference TYPE text;
