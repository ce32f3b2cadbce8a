-- Municipalities (gemeenten) are the tenants of the portal. Kept to SQL that H2 and PostgreSQL both accept.
-- Sequences start at their increment: EclipseLink takes the value it reads as the LAST id of a block of
-- allocationSize ids, and refuses a sequence whose first block would start below zero.
CREATE SEQUENCE municipality_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE municipality (
    id          BIGINT       NOT NULL PRIMARY KEY,
    cbs_code    VARCHAR(6)   NOT NULL,
    name        VARCHAR(120) NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT municipality_cbs_code_uk UNIQUE (cbs_code)
);
