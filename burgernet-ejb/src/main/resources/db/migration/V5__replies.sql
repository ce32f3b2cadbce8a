-- What residents send back: replies (tips), auto-replies and bounces, each tied by its key to the delivery it
-- answers; photos kept with a reply; and mail nobody could read or match, kept in quarantine for an admin.

CREATE SEQUENCE reply_seq START WITH 50 INCREMENT BY 50;

-- kind: REPLY, AUTO_REPLY or BOUNCE. mail_hash (SHA-256 of the raw mail) makes reading the mailbox twice harmless.
-- sender_verified: the From/Reply-To/Sender was the participant's address; otherwise the reply is kept but flagged.
CREATE TABLE reply (
    id                BIGINT        NOT NULL PRIMARY KEY,
    alert_id          BIGINT        NOT NULL,
    municipality_id   BIGINT        NOT NULL,
    delivery_id       BIGINT        NOT NULL,
    participant_id    BIGINT        NOT NULL,
    kind              VARCHAR(12)   NOT NULL,
    received_at       TIMESTAMP     NOT NULL,
    sent_at           TIMESTAMP,
    message_id        VARCHAR(500),
    mail_hash         VARCHAR(64)   NOT NULL,
    sender_address    VARCHAR(254),
    sender_verified   SMALLINT      NOT NULL,
    forwarded         SMALLINT      NOT NULL,
    subject           VARCHAR(500),
    text              ${text},
    original_text     ${text},
    from_html         SMALLINT      DEFAULT 0 NOT NULL,
    detail            VARCHAR(1000),
    distance_metres   INTEGER,
    useful            SMALLINT      DEFAULT 0 NOT NULL,
    CONSTRAINT reply_hash_uk UNIQUE (mail_hash)
);
CREATE INDEX reply_alert_idx ON reply (alert_id, received_at);

CREATE SEQUENCE reply_attachment_seq START WITH 50 INCREMENT BY 50;

-- Photos are kept (content); other attachments are only listed (content NULL) and never opened.
CREATE TABLE reply_attachment (
    id                BIGINT        NOT NULL PRIMARY KEY,
    reply_id          BIGINT        NOT NULL,
    position          INTEGER       NOT NULL,
    file_name         VARCHAR(255),
    content_type      VARCHAR(100)  NOT NULL,
    size_bytes        BIGINT        NOT NULL,
    kept              SMALLINT      NOT NULL,
    reason            VARCHAR(20),
    content           ${binary},
    CONSTRAINT reply_attachment_reply_fk FOREIGN KEY (reply_id) REFERENCES reply (id)
);
CREATE INDEX reply_attachment_reply_idx ON reply_attachment (reply_id);

CREATE SEQUENCE quarantined_mail_seq START WITH 50 INCREMENT BY 50;

-- reason: UNREADABLE (the parser gave up), UNKNOWN_KEY (no delivery has it: forged or mistyped), NO_KEY, FAILED
-- (storing it failed). raw is the whole mail as received.
CREATE TABLE quarantined_mail (
    id                BIGINT        NOT NULL PRIMARY KEY,
    received_at       TIMESTAMP     NOT NULL,
    reason            VARCHAR(20)   NOT NULL,
    detail            VARCHAR(1000),
    message_id        VARCHAR(500),
    mail_hash         VARCHAR(64)   NOT NULL,
    raw               ${binary}          NOT NULL,
    CONSTRAINT quarantined_mail_hash_uk UNIQUE (mail_hash)
);

ALTER TABLE participant ADD COLUMN last_bounce_at TIMESTAMP;
ALTER TABLE participant ADD COLUMN email_stopped_at TIMESTAMP;
