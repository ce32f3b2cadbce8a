-- The code of an alert's public page (/a/<code>), the short link an SMS carries. Random, so the pages of other
-- alerts cannot be found by counting; alerts made before this column have no public page.
ALTER TABLE alert ADD COLUMN public_code VARCHAR(12);
CREATE UNIQUE INDEX alert_public_code_uk ON alert (public_code);
