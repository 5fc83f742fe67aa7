-- unsafe: every stored 'shipped' reads as 'dispatched' at once; clients comparing with the old label break.
ALTER TYPE shop.purchase_status RENAME VALUE 'shipped' TO 'dispatched';
