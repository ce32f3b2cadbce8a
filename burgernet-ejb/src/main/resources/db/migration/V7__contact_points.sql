-- A participant's contact points as data: per participant and channel id the address that channel needs, whether it
-- is on, and its failure state. The core names no channel; a plugin's descriptor says which kind of address it wants.
-- The ids below ('email', 'sms', 'voice', 'push') are the historical channels of the old columns: data, not code.
-- Flags are SMALLINT 0/1 like the other tables' (EclipseLink's H2 platform compares booleans with "= 1").
CREATE TABLE participant_contact (
    participant_id   BIGINT           NOT NULL,
    municipality_id  BIGINT           NOT NULL,
    channel          VARCHAR(40)      NOT NULL,
    address          VARCHAR(2000),
    enabled          SMALLINT         NOT NULL,
    verified_at      TIMESTAMP,
    failure_score    DOUBLE PRECISION DEFAULT 0 NOT NULL,
    failing          SMALLINT         DEFAULT 0 NOT NULL,
    last_failure_at  TIMESTAMP,
    failing_since    TIMESTAMP,
    updated_at       TIMESTAMP        NOT NULL,
    CONSTRAINT participant_contact_pk PRIMARY KEY (participant_id, channel),
    CONSTRAINT participant_contact_participant_fk FOREIGN KEY (participant_id) REFERENCES participant (id)
);
-- Finding a participant by the number an SMS answer came from.
CREATE INDEX participant_contact_address_idx ON participant_contact (municipality_id, channel, address);
-- Targeting and the dashboard: who has which channel on.
CREATE INDEX participant_contact_targeting_idx ON participant_contact (participant_id, channel, enabled);

INSERT INTO participant_contact (participant_id, municipality_id, channel, address, enabled, verified_at,
        failure_score, failing, last_failure_at, failing_since, updated_at)
    SELECT id, municipality_id, 'email', email, email_enabled, confirmed_at, bounce_score,
           CASE WHEN status = 'BOUNCING' THEN 1 ELSE 0 END, last_bounce_at,
           CASE WHEN status = 'BOUNCING' THEN COALESCE(email_stopped_at, last_bounce_at, created_at) END,
           COALESCE(confirmed_at, created_at)
    FROM participant WHERE email IS NOT NULL;

INSERT INTO participant_contact (participant_id, municipality_id, channel, address, enabled, updated_at)
    SELECT id, municipality_id, 'sms', mobile, sms_enabled, COALESCE(confirmed_at, created_at)
    FROM participant WHERE mobile IS NOT NULL OR sms_enabled = 1;

INSERT INTO participant_contact (participant_id, municipality_id, channel, address, enabled, updated_at)
    SELECT id, municipality_id, 'voice', mobile, voice_enabled, COALESCE(confirmed_at, created_at)
    FROM participant WHERE mobile IS NOT NULL OR voice_enabled = 1;

INSERT INTO participant_contact (participant_id, municipality_id, channel, address, enabled, updated_at)
    SELECT id, municipality_id, 'push', NULL, push_enabled, COALESCE(confirmed_at, created_at)
    FROM participant WHERE push_enabled = 1;

-- A bounced e-mail address is now the e-mail contact's failing state; the participant takes part on their other
-- channels as any other.
UPDATE participant SET status = 'ACTIVE' WHERE status = 'BOUNCING';

ALTER TABLE participant DROP COLUMN mobile;
ALTER TABLE participant DROP COLUMN email_enabled;
ALTER TABLE participant DROP COLUMN sms_enabled;
ALTER TABLE participant DROP COLUMN voice_enabled;
ALTER TABLE participant DROP COLUMN push_enabled;
ALTER TABLE participant DROP COLUMN bounce_score;
ALTER TABLE participant DROP COLUMN last_bounce_at;
ALTER TABLE participant DROP COLUMN email_stopped_at;
