-- safe: DROP INDEX CONCURRENTLY waits for running queries without blocking new ones.
DROP INDEX CONCURRENTLY shop.purchase_placed_at_idx;
