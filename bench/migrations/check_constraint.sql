-- unsafe: the CHECK is validated at once, scanning the table under ACCESS EXCLUSIVE.
ALTER TABLE shop.purchase ADD CONSTRAINT purchase_quantity_positive CHECK (quantity > 0);
