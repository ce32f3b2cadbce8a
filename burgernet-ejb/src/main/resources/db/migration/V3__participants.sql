-- Participants (deelnemers) and their addresses. Both carry municipality_id: EclipseLink's multitenancy filters
-- every query on it, including the targeting queries that read addresses without their participant.

-- Channel flags are SMALLINT 0/1, not BOOLEAN: EclipseLink's H2 platform writes boolean comparisons as "= 1",
-- which H2 2 refuses for BOOLEAN columns; 0/1 compares the same on H2 and PostgreSQL.
CREATE SEQUENCE participant_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE participant (
    id               BIGINT       NOT NULL PRIMARY KEY,
    municipality_id  BIGINT       NOT NULL,
    email            VARCHAR(254),
    mobile           VARCHAR(16),
    display_name     VARCHAR(120),
    birth_year       INTEGER      NOT NULL,
    language         VARCHAR(2)   NOT NULL,
    email_enabled    SMALLINT     NOT NULL,
    sms_enabled      SMALLINT     NOT NULL,
    voice_enabled    SMALLINT     NOT NULL,
    push_enabled     SMALLINT     NOT NULL,
    quiet_from       TIME,
    quiet_to         TIME,
    status           VARCHAR(20)  NOT NULL,
    bounce_score     DOUBLE PRECISION DEFAULT 0 NOT NULL,
    access_token     VARCHAR(64)  NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    confirmed_at     TIMESTAMP,
    unsubscribed_at  TIMESTAMP,
    version          BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT participant_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT participant_email_uk UNIQUE (municipality_id, email),
    CONSTRAINT participant_access_token_uk UNIQUE (access_token)
);
CREATE INDEX participant_status_idx ON participant (municipality_id, status);
CREATE INDEX participant_created_idx ON participant (municipality_id, created_at);

CREATE SEQUENCE participant_address_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE participant_address (
    id               BIGINT        NOT NULL PRIMARY KEY,
    participant_id   BIGINT        NOT NULL,
    municipality_id  BIGINT        NOT NULL,
    position         INTEGER       NOT NULL,
    postcode         VARCHAR(6)    NOT NULL,
    house_number     INTEGER       NOT NULL,
    suffix           VARCHAR(6),
    place            VARCHAR(80),
    latitude         DOUBLE PRECISION NOT NULL,
    longitude        DOUBLE PRECISION NOT NULL,
    CONSTRAINT participant_address_participant_fk FOREIGN KEY (participant_id) REFERENCES participant (id)
);
CREATE INDEX participant_address_participant_idx ON participant_address (participant_id);
CREATE INDEX participant_address_postcode_idx ON participant_address (municipality_id, postcode);
CREATE INDEX participant_address_geo_idx ON participant_address (municipality_id, latitude, longitude);
