-- A receipt can overtake the result it is about: the SMSC reports "delivered" while the batch that sent the message
-- is still running, so no delivery has its provider id yet. Such receipts wait here until it has (a sweep every few
-- seconds), and are dropped, with a warning, only after a day.
CREATE TABLE held_receipt (
    channel            VARCHAR(40)   NOT NULL,
    municipality_code  VARCHAR(10)   NOT NULL,
    provider_id        VARCHAR(300)  NOT NULL,
    receipt            VARCHAR(16)   NOT NULL,
    receipt_detail     VARCHAR(300),
    receipt_at         TIMESTAMP     NOT NULL,
    held_at            TIMESTAMP     NOT NULL,
    PRIMARY KEY (channel, municipality_code, provider_id)
);
CREATE INDEX held_receipt_held_at_idx ON held_receipt (held_at);
