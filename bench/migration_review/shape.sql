-- The shape every migration of bench/migrations/ is written against, for the table shop.purchase.
-- bench/squawk_compare.py renames "purchase" to build the same shape three times: shop.purchase
-- (large), shop.preorder (empty) and shop.basket (created by the migration itself, before its
-- statements). Each table has its own enum, indexes and a view that uses some of its columns.
CREATE TYPE shop.purchase_status AS ENUM ('placed', 'paid', 'shipped');

CREATE TABLE shop.purchase (
    purchase_id bigint NOT NULL,
    customer_id bigint NOT NULL,
    status shop.purchase_status NOT NULL DEFAULT 'placed',
    quantity integer NOT NULL,
    reference varchar(50) NOT NULL,
    note varchar(50),
    coupon_code text,
    legacy_code text,
    placed_at timestamptz NOT NULL DEFAULT now()
);

-- Built before the migrations: a primary key can be added USING INDEX.
CREATE UNIQUE INDEX purchase_id_key ON shop.purchase (purchase_id);
CREATE INDEX purchase_placed_at_idx ON shop.purchase (placed_at);

-- Uses coupon_code (legacy_code is used by nothing).
CREATE VIEW shop.purchase_by_coupon AS
    SELECT coupon_code, status, count(*) AS purchases, max(placed_at) AS last_placed_at
    FROM shop.purchase GROUP BY coupon_code, status;
