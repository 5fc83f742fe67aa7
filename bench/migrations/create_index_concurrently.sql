-- safe: CONCURRENTLY builds the index while writes go on.
CREATE INDEX CONCURRENTLY purchase_customer_idx ON shop.purchase (customer_id);
