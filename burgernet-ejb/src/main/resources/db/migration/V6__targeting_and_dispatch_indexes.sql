-- National alerts with an area select by position alone, without a municipality to narrow by.
CREATE INDEX participant_address_position_idx ON participant_address (latitude, longitude);

-- Status before channel: "is anything of this message still waiting?" is asked after every batch and must be one
-- short index range per status, not a read of all the message's deliveries (H2 ranges over leading columns only).
DROP INDEX delivery_message_idx;
CREATE INDEX delivery_message_status_idx ON delivery (message_id, status, channel);
