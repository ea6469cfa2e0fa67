-- Closeloop schema, version 6: a COE's notes. An imported postmortem keeps
-- here whatever the import did not recognise (sections, lines, times that
-- could not be read as written), so nothing in the original is lost. The
-- search covers the notes too.
ALTER TABLE coes ADD COLUMN notes TEXT NOT NULL DEFAULT '';

DROP VIEW coe_search_source;

CREATE VIEW coe_search_source AS
SELECT c.id AS id, c.title AS title, c.summary AS summary,
       c.impact || ' ' || c.category || ' ' || c.trigger_kind || ' ' || c.detection_source || ' '
       || c.halve_ttd_answer || ' ' || c.resolution || ' ' || c.halve_blast_answer || ' '
       || c.lessons || ' ' || c.axiom_proposal || ' ' || c.notes || ' '
       || coalesce((SELECT group_concat(w.answer, ' ') FROM whys w WHERE w.coe_id = c.id), '') || ' '
       || coalesce((SELECT group_concat(t.text, ' ') FROM timeline_events t WHERE t.coe_id = c.id), '') || ' '
       || coalesce((SELECT group_concat(g.tag, ' ') FROM coe_tags g WHERE g.coe_id = c.id), '') AS body
FROM coes c;
