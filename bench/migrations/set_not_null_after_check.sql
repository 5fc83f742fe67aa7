-- safe: the CHECK is validated under SHARE UPDATE EXCLUSIVE; SET NOT NULL then trusts it and skips the scan.
ALTER TABLE shop.purchase ADD CONSTRAINT purchase_note_present CHECK (note IS NOT NULL) NOT VALID;
ALTER TABLE shop.purchase VALIDATE CONSTRAINT purchase_note_present;
ALTER TABLE shop.purchase ALTER COLUMN note SET NOT NULL;
ALTER TABLE shop.purchase DROP CONSTRAINT purchase_note_present;
