-- Closeloop schema, version 9: an action item's strength (strong, medium or
-- weak, after the hierarchy of controls) is stored with it, so that the
-- action-item list can filter and sort by it in SQL and the dashboard can
-- count strong items without re-reading every title. The program works it
-- out from the title, description and type on every write; rows written
-- before this version (or by an import that does not know the column) are
-- NULL until the next open classifies them.
ALTER TABLE action_items ADD COLUMN strength TEXT CHECK (strength IS NULL OR strength IN ('strong', 'medium', 'weak'));
