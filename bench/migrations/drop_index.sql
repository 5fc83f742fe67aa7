-- unsafe: DROP INDEX takes ACCESS EXCLUSIVE on the table; it queues behind every running query.
DROP INDEX shop.purchase_placed_at_idx;
