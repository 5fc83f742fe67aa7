-- The database bench/squawk_compare.py reviews every migration against. psql variables set by the
-- script: purchase_shape and preorder_shape (shape.sql for each table), rows (rows of the large table).
-- shop.purchase: :rows rows, analyzed; shop.preorder: the same shape, empty (analyzed, 0 rows);
-- shop.customer: the parent the foreign keys of the migrations point at.
CREATE SCHEMA shop;

CREATE TABLE shop.customer (
    customer_id bigint PRIMARY KEY,
    email text NOT NULL UNIQUE
);
INSERT INTO shop.customer SELECT g, 'customer' || g || '@example.org' FROM generate_series(1, 1000) g;

\i :purchase_shape
\i :preorder_shape

-- Every row satisfies what the migrations add: notes present, positive quantities, references
-- unique, customers that exist.
INSERT INTO shop.purchase (purchase_id, customer_id, status, quantity, reference, note, coupon_code,
                           legacy_code, placed_at)
SELECT g, 1 + g % 1000, (enum_range(NULL::shop.purchase_status))[1 + g % 3], 1 + g % 9, 'R-' || g,
       'gift wrap ' || g % 50, CASE WHEN g % 4 = 0 THEN 'SPRING' || g % 10 END, 'L' || g,
       timestamptz '2026-01-01' + g * interval '1 minute'
FROM generate_series(1, :rows) g;

ANALYZE shop.customer, shop.purchase, shop.preorder;
