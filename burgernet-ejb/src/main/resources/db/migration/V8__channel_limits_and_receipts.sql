-- A platform admin may lower what a channel carries for one municipality (e.g. the municipality's own SMSC takes
-- fewer messages a second); never raise it above what the plugin declares. 0 keeps the plugin's figure.
CREATE TABLE channel_limit (
    municipality_id      BIGINT       NOT NULL,
    channel              VARCHAR(40)  NOT NULL,
    concurrent_batches   INTEGER      DEFAULT 0 NOT NULL,
    messages_per_second  INTEGER      DEFAULT 0 NOT NULL,
    PRIMARY KEY (municipality_id, channel),
    CONSTRAINT channel_limit_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id)
);

-- Receipts after the fact (an SMS delivery report): a SENT delivery reached the handset (DELIVERED) or never will
-- (UNDELIVERABLE). The status stays SENT, which is what exactly-once and the follow-up messages rest on.
ALTER TABLE delivery ADD COLUMN receipt VARCHAR(16);
ALTER TABLE delivery ADD COLUMN receipt_at TIMESTAMP;
ALTER TABLE delivery ADD COLUMN receipt_detail VARCHAR(300);
-- Receipts name the provider's id; answers are tied to the latest delivery to a participant through a channel.
CREATE INDEX delivery_provider_idx ON delivery (channel, provider_id);
