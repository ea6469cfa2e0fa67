-- Closeloop schema, version 9: an action item's strength (strong, medium or
-- weak, after the hierarchy of controls) is stored with it, so that the
-- action-item list can filter and sort by it in SQL and the dashboard can
-- count strong items without re-reading every title. The program works it
-- out from the title, description and type on every write; rows written
-- before this version (or by an import that does not know the column) are
-- NULL until the next open classifies them.
ALTER TABLE action_items ADD COLUMN strength TEXT CHECK (strength IS NULL OR strength IN ('strong', 'medium', 'weak'));

-- Finding the unrated ones on every open must not read every item.
CREATE INDEX action_items_unrated ON action_items(id) WHERE strength IS NULL;

-- The dashboard reads the items opened and done in its period.
CREATE INDEX action_items_done ON action_items(status, done_on);
CREATE INDEX action_items_created ON action_items(created_at);

-- The overdue summary shown at start counts open items per owner: with the
-- owner in the index it never reads the items themselves.
DROP INDEX action_items_status_due;
CREATE INDEX action_items_status_due ON action_items(status, due_on, owner_id);
