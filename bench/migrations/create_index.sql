-- unsafe: a plain index build blocks every write to the table until it ends.
CREATE INDEX purchase_customer_idx ON shop.purchase (customer_id);
