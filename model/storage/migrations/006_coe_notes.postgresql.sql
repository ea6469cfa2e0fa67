-- Closeloop schema, version 6 on PostgreSQL: a COE's notes (see the SQLite
-- step), searched with the rest of what was written.
ALTER TABLE coes ADD COLUMN notes TEXT NOT NULL DEFAULT '';

CREATE OR REPLACE VIEW coe_search_source AS
SELECT c.id AS id, c.title AS title, c.summary AS summary,
       c.impact || ' ' || c.category || ' ' || c.trigger_kind || ' ' || c.detection_source || ' '
       || c.halve_ttd_answer || ' ' || c.resolution || ' ' || c.halve_blast_answer || ' '
       || c.lessons || ' ' || c.axiom_proposal || ' ' || c.notes || ' '
       || coalesce((SELECT string_agg(w.answer, ' ') FROM whys w WHERE w.coe_id = c.id), '') || ' '
       || coalesce((SELECT string_agg(t.text, ' ') FROM timeline_events t WHERE t.coe_id = c.id), '') || ' '
       || coalesce((SELECT string_agg(g.tag, ' ') FROM coe_tags g WHERE g.coe_id = c.id), '') AS body
FROM coes c;
