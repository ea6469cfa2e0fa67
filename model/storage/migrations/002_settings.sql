-- Closeloop schema, version 2: team-wide settings, one value per key
-- (e.g. the default due date of an action item per priority).
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
