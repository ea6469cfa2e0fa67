-- Closeloop schema, version 3: what a sign-off decided on. The go/no-go
-- decision is recorded with the launch-blocking axioms that did not hold
-- and the waivers accepted at that moment, as JSON, so the record reads
-- the same after the axioms or waivers change later.
ALTER TABLE orr_reviews ADD COLUMN signoff_record TEXT NOT NULL DEFAULT '';
