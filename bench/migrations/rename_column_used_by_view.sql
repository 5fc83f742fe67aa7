-- unsafe: shop.purchase_by_coupon follows the rename, but every client and function body naming coupon_code breaks.
ALTER TABLE shop.purchase RENAME COLUMN coupon_code TO promotion_code;
