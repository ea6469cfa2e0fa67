-- Closeloop schema, version 7: a person's sign-in name on a shared server.
-- On a local file nobody signs in, so the column stays empty; it exists so
-- that a database moved to a server and back keeps it.
ALTER TABLE people ADD COLUMN login TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX people_login ON people(login) WHERE login <> '';
