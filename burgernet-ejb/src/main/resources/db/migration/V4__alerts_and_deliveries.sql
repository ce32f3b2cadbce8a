-- Alerts (Burgernetacties), their messages (first message, updates, the outcome or "afloop"), and the delivery
-- records that are the truth of who was sent what: one row per message x participant x channel.

-- Veiligheidsregio, for the Vermist Kind Alert that reaches a whole region.
ALTER TABLE municipality ADD COLUMN region VARCHAR(80);
-- A second operator approves an alert before it goes out.
ALTER TABLE municipality ADD COLUMN requires_approval SMALLINT DEFAULT 0 NOT NULL;
-- Alerts a participant receives per 7 days at most; urgent alerts (AMBER, missing child) do not count against it.
ALTER TABLE municipality ADD COLUMN weekly_budget INTEGER DEFAULT 3 NOT NULL;

CREATE SEQUENCE alert_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE alert (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    municipality_id     BIGINT        NOT NULL,
    reference           VARCHAR(20)   NOT NULL,
    type                VARCHAR(30)   NOT NULL,
    priority            VARCHAR(10)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    body                VARCHAR(4000) NOT NULL,
    instructions        VARCHAR(2000),
    incident_address    VARCHAR(200),
    incident_latitude   DOUBLE PRECISION,
    incident_longitude  DOUBLE PRECISION,
    area                VARCHAR(8000),
    channels            VARCHAR(100)  NOT NULL,
    starts_at           TIMESTAMP,
    expires_at          TIMESTAMP     NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    approved_by         VARCHAR(100),
    created_at          TIMESTAMP     NOT NULL,
    launched_at         TIMESTAMP,
    ended_at            TIMESTAMP,
    outcome             VARCHAR(4000),
    version             BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT alert_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT alert_reference_uk UNIQUE (reference)
);
CREATE INDEX alert_municipality_idx ON alert (municipality_id, created_at);
CREATE INDEX alert_status_idx ON alert (status, starts_at);

CREATE SEQUENCE alert_reference_seq START WITH 1 INCREMENT BY 1;

CREATE SEQUENCE alert_message_seq START WITH 50 INCREMENT BY 50;

-- sequence 0 is the first message; updates count up; the outcome is the last. snapshot_done: every recipient
-- has a delivery record (a crash while snapshotting resumes where it stopped).
CREATE TABLE alert_message (
    id              BIGINT        NOT NULL PRIMARY KEY,
    alert_id        BIGINT        NOT NULL,
    sequence_no     INTEGER       NOT NULL,
    kind            VARCHAR(10)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    instructions    VARCHAR(2000),
    created_by      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    snapshot_done   SMALLINT      DEFAULT 0 NOT NULL,
    completed_at    TIMESTAMP,
    CONSTRAINT alert_message_alert_fk FOREIGN KEY (alert_id) REFERENCES alert (id),
    CONSTRAINT alert_message_uk UNIQUE (alert_id, sequence_no)
);

CREATE SEQUENCE delivery_batch_seq START WITH 50 INCREMENT BY 50;

-- One JMS message names one batch: recipients of one message through one channel in one language.
CREATE TABLE delivery_batch (
    id              BIGINT        NOT NULL PRIMARY KEY,
    message_id      BIGINT        NOT NULL,
    channel         VARCHAR(40)   NOT NULL,
    language        VARCHAR(2)    NOT NULL,
    size            INTEGER       NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    CONSTRAINT delivery_batch_message_fk FOREIGN KEY (message_id) REFERENCES alert_message (id)
);
CREATE INDEX delivery_batch_message_idx ON delivery_batch (message_id);

CREATE SEQUENCE delivery_seq START WITH 1000 INCREMENT BY 1000;

-- status: PENDING, SENDING (claimed by an attempt), SENT, RETRY (waits for next_attempt_at), FAILED (for good),
-- DEAD (dead letter: gave up after the last attempt), SKIPPED (participant turned the channel off meanwhile).
-- claimed_by names the server run (boot) that holds a SENDING claim; a claim of a run that died is in doubt.
CREATE TABLE delivery (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    alert_id            BIGINT        NOT NULL,
    message_id          BIGINT        NOT NULL,
    batch_id            BIGINT        NOT NULL,
    participant_id      BIGINT        NOT NULL,
    municipality_id     BIGINT        NOT NULL,
    channel             VARCHAR(40)   NOT NULL,
    language            VARCHAR(2)    NOT NULL,
    reply_key           VARCHAR(32)   NOT NULL,
    thread_reference    VARCHAR(300),
    status              VARCHAR(10)   NOT NULL,
    attempts            INTEGER       DEFAULT 0 NOT NULL,
    next_attempt_at     TIMESTAMP,
    claimed_by          VARCHAR(40),
    claimed_at          TIMESTAMP,
    provider_id         VARCHAR(300),
    last_error          VARCHAR(500),
    created_at          TIMESTAMP     NOT NULL,
    sent_at             TIMESTAMP,
    CONSTRAINT delivery_uk UNIQUE (message_id, participant_id, channel),
    CONSTRAINT delivery_reply_key_uk UNIQUE (reply_key),
    CONSTRAINT delivery_batch_fk FOREIGN KEY (batch_id) REFERENCES delivery_batch (id)
);
CREATE INDEX delivery_batch_idx ON delivery (batch_id, status);
CREATE INDEX delivery_message_idx ON delivery (message_id, channel, status);
CREATE INDEX delivery_participant_idx ON delivery (participant_id, created_at);
CREATE INDEX delivery_retry_idx ON delivery (status, next_attempt_at);

-- A municipality's settings for one delivery channel, drawn from the plugin's configuration schema.
CREATE TABLE channel_setting (
    municipality_id BIGINT        NOT NULL,
    channel         VARCHAR(40)   NOT NULL,
    name            VARCHAR(80)   NOT NULL,
    setting_value   VARCHAR(4000),
    PRIMARY KEY (municipality_id, channel, name),
    CONSTRAINT channel_setting_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id)
);

CREATE SEQUENCE api_key_seq START WITH 50 INCREMENT BY 50;

-- Keys for control-room systems that call the REST API for one municipality. Only a hash is stored; the prefix
-- lets an admin tell keys apart.
CREATE TABLE api_key (
    id              BIGINT        NOT NULL PRIMARY KEY,
    municipality_id BIGINT        NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    key_prefix      VARCHAR(12)   NOT NULL,
    key_hash        VARCHAR(64)   NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    last_used_at    TIMESTAMP,
    revoked_at      TIMESTAMP,
    CONSTRAINT api_key_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT api_key_hash_uk UNIQUE (key_hash)
);
