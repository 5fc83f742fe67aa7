-- unsafe: the new foreign key is validated at once, scanning the table while writes to both tables wait.
ALTER TABLE shop.purchase ADD CONSTRAINT purchase_customer_fk
    FOREIGN KEY (customer_id) REFERENCES shop.customer (customer_id);
