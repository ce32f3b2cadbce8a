-- Status before channel: "is anything of this message still waiting?" is asked after every batch and must be one
-- short index range per status, not a read of all the message's deliveries (H2 ranges over leading columns only).
DROP INDEX delivery_message_idx;
CREATE INDEX delivery_message_status_idx ON delivery (message_id, status, channel);

-- A batch is claimed and read as a whole (its few hundred rows are filtered by status in passing), while every
-- status in the index costs a delete and an insert on each of a delivery's three status changes.
DROP INDEX delivery_batch_idx;
CREATE INDEX delivery_batch_idx ON delivery (batch_id);

-- Every address's cell of the 0.02° grid (GridCells), computed by the database so no writer can forget it: the
-- selection of an alert's area looks up the few dozen cells that cover it, where a latitude range would read every
-- address in that band of the country (and "municipality IN (...) AND latitude BETWEEN" makes H2 read the
-- municipalities whole).
ALTER TABLE participant_address ADD COLUMN geo_cell INTEGER GENERATED ALWAYS AS
    (CAST(FLOOR(latitude * 50) AS INTEGER) * 100000 + CAST(FLOOR(longitude * 50) AS INTEGER)) ${stored};
CREATE INDEX participant_address_cell_idx ON participant_address (geo_cell);
