-- safe: NOT VALID checks new rows only; VALIDATE scans later under SHARE UPDATE EXCLUSIVE.
ALTER TABLE shop.purchase ADD CONSTRAINT purchase_quantity_positive CHECK (quantity > 0) NOT VALID;
ALTER TABLE shop.purchase VALIDATE CONSTRAINT purchase_quantity_positive;
