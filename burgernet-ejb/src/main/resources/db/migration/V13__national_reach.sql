-- The national control room: operators whose alerts may reach every municipality (AMBER Alert). Granted and revoked
-- by a platform admin; 0 for every existing login, so nobody keeps a national reach they had by accident.
ALTER TABLE app_user ADD COLUMN national_reach INTEGER DEFAULT 0 NOT NULL;
