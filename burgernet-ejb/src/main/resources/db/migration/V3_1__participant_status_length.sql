-- AWAITING_CONFIRMATION, a new participant's status until the double opt-in link is clicked, has 21 characters:
-- one more than V3 allowed. SET DATA TYPE is the form H2 and PostgreSQL both accept.
ALTER TABLE participant ALTER COLUMN status SET DATA TYPE VARCHAR(30);
