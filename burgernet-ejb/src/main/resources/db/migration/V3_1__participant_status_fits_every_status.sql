-- AWAITING_CONFIRMATION has 21 characters; V3 made the status column 20 wide. SET DATA TYPE is understood by both
-- H2 and PostgreSQL.
ALTER TABLE participant ALTER COLUMN status SET DATA TYPE VARCHAR(30);
