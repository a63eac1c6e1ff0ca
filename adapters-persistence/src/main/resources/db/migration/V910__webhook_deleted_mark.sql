-- Deleting a webhook marks it (one row, at once, whatever its delivery log holds): from then on no
-- finder returns it and no delivery of it is claimed. The webhook worker then removes its deliveries
-- and their attempts in small batches, each its own short transaction, and the row itself once none
-- is left, so no transaction holds many rows, or the webhook's row, for long.
ALTER TABLE webhook ADD COLUMN deleted BOOLEAN DEFAULT FALSE NOT NULL;
