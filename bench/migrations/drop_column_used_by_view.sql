-- unsafe: coupon_code is used by the view shop.purchase_by_coupon, which CASCADE drops with it.
ALTER TABLE shop.purchase DROP COLUMN coupon_code CASCADE;
