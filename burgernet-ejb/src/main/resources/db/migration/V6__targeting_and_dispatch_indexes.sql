-- Status before channel: "is anything of this message still waiting?" is asked after every batch and must be one
-- short index range per status, not a read of all the message's deliveries (H2 ranges over leading columns only).
DROP INDEX delivery_message_idx;
CREATE INDEX delivery_message_status_idx ON delivery (message_id, status, channel);

-- A batch is claimed and read as a whole (its few hundred rows are filtered by status in passing), while every
-- status in the index costs a delete and an insert on each of a delivery's three status changes.
DROP INDEX delivery_batch_idx;
CREATE INDEX delivery_batch_idx ON delivery (batch_id);
