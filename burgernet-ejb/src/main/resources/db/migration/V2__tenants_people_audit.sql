-- Municipality settings, the people who log in, operators' assignments, and the audit trail.

ALTER TABLE municipality ADD COLUMN contact_email VARCHAR(254);
ALTER TABLE municipality ADD COLUMN sender_name VARCHAR(120);
ALTER TABLE municipality ADD COLUMN sender_email VARCHAR(254);
ALTER TABLE municipality ADD COLUMN reply_domain VARCHAR(253);
ALTER TABLE municipality ADD COLUMN logo_url VARCHAR(500);
ALTER TABLE municipality ADD COLUMN brand_colour VARCHAR(7) DEFAULT '#1d4f91' NOT NULL;
ALTER TABLE municipality ADD COLUMN default_language VARCHAR(2) DEFAULT 'nl' NOT NULL;
ALTER TABLE municipality ADD COLUMN enabled_channels VARCHAR(100) DEFAULT 'email' NOT NULL;
ALTER TABLE municipality ADD COLUMN quiet_from TIME;
ALTER TABLE municipality ADD COLUMN quiet_to TIME;

CREATE SEQUENCE app_user_seq START WITH 50 INCREMENT BY 50;

-- Not tenant-filtered: a login is looked up before anyone knows the municipality.
CREATE TABLE app_user (
    id               BIGINT       NOT NULL PRIMARY KEY,
    username         VARCHAR(100) NOT NULL,
    display_name     VARCHAR(120) NOT NULL,
    password_hash    VARCHAR(500) NOT NULL,
    role             VARCHAR(30)  NOT NULL,
    municipality_id  BIGINT,
    failed_logins    INTEGER      DEFAULT 0 NOT NULL,
    locked_until     TIMESTAMP,
    last_login_at    TIMESTAMP,
    created_at       TIMESTAMP    NOT NULL,
    version          BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT app_user_username_uk UNIQUE (username),
    CONSTRAINT app_user_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id)
);

-- The municipalities an operator (control-room staff) works for.
CREATE TABLE operator_municipality (
    user_id          BIGINT NOT NULL,
    municipality_id  BIGINT NOT NULL,
    PRIMARY KEY (user_id, municipality_id),
    CONSTRAINT operator_municipality_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT operator_municipality_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id)
);

CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id               BIGINT       NOT NULL PRIMARY KEY,
    occurred_at      TIMESTAMP    NOT NULL,
    actor            VARCHAR(100) NOT NULL,
    municipality_id  BIGINT,
    action           VARCHAR(60)  NOT NULL,
    target_type      VARCHAR(60),
    target_id        VARCHAR(60),
    details          VARCHAR(2000)
);
CREATE INDEX audit_entry_municipality_idx ON audit_entry (municipality_id, occurred_at);
