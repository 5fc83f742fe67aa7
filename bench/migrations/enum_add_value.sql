-- safe: a new label is appended to the enum without touching the table (PostgreSQL 12+).
ALTER TYPE shop.purchase_status ADD VALUE 'refunded';
