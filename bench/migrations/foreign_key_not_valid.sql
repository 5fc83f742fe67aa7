-- safe: NOT VALID checks new rows only; VALIDATE scans later under SHARE UPDATE EXCLUSIVE.
ALTER TABLE shop.purchase ADD CONSTRAINT purchase_customer_fk
    FOREIGN KEY (customer_id) REFERENCES shop.customer (customer_id) NOT VALID;
ALTER TABLE shop.purchase VALIDATE CONSTRAINT purchase_customer_fk;
