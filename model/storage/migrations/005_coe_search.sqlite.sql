-- Closeloop schema, version 5: full-text search over COEs (SQLite FTS5).
-- One search row per COE, keyed by the COE's id: its title, its summary,
-- and everything else people wrote about it (impact, detection, resolution,
-- the halving answers, lessons, whys, timeline, tags). Triggers keep it in
-- step with every write, so no code path can forget to.
CREATE VIEW coe_search_source AS
SELECT c.id AS id, c.title AS title, c.summary AS summary,
       c.impact || ' ' || c.category || ' ' || c.trigger_kind || ' ' || c.detection_source || ' '
       || c.halve_ttd_answer || ' ' || c.resolution || ' ' || c.halve_blast_answer || ' '
       || c.lessons || ' ' || c.axiom_proposal || ' '
       || coalesce((SELECT group_concat(w.answer, ' ') FROM whys w WHERE w.coe_id = c.id), '') || ' '
       || coalesce((SELECT group_concat(t.text, ' ') FROM timeline_events t WHERE t.coe_id = c.id), '') || ' '
       || coalesce((SELECT group_concat(g.tag, ' ') FROM coe_tags g WHERE g.coe_id = c.id), '') AS body
FROM coes c;

CREATE VIRTUAL TABLE coe_search USING fts5(title, summary, body, tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO coe_search (rowid, title, summary, body) SELECT id, title, summary, body FROM coe_search_source;

CREATE TRIGGER coe_search_coe_insert AFTER INSERT ON coes BEGIN
    INSERT INTO coe_search (rowid, title, summary, body) SELECT id, title, summary, body FROM coe_search_source WHERE id = new.id;
END;

CREATE TRIGGER coe_search_coe_update AFTER UPDATE ON coes BEGIN
    DELETE FROM coe_search WHERE rowid = old.id;
    INSERT INTO coe_search (rowid, title, summary, body) SELECT id, title, summary, body FROM coe_search_source WHERE id = new.id;
END;

CREATE TRIGGER coe_search_coe_delete AFTER DELETE ON coes BEGIN
    DELETE FROM coe_search WHERE rowid = old.id;
END;

CREATE TRIGGER coe_search_why_insert AFTER INSERT ON whys BEGIN
    DELETE FROM coe_search WHERE rowid = new.coe_id;
    INSERT INTO coe_search (rowid, title, summary, body) SELECT id, title, summary, body FROM coe_search_source WHERE id = new.coe_id;
END;

CREATE TRIGGER coe_search_why_update AFTER UPDATE ON whys BEGIN
    DELETE FROM coe_search WHERE rowid = new.coe_id;
    INSERT INTO coe_search (rowid, title, summary, body) SELECT id, title, summary, body FROM coe_search_source WHERE id = new.coe_id;
END;

CREATE TRIGGER coe_search_why_delete AFTER DELETE ON whys BEGIN
    DELETE FROM coe_search WHERE rowid = old.coe_id;
    INSERT INTO coe_search (rowid, title, summary, body) SELECT id, title, summary, body FROM coe_search_source WHERE id = old.coe_id;
END;

CREATE TRIGGER coe_search_event_insert AFTER INSERT ON timeline_events BEGIN
    DELETE FROM coe_search WHERE rowid = new.coe_id;
    INSERT INTO coe_search (rowid, title, summary, body) SELECT id, title, summary, body FROM coe_search_source WHERE id = new.coe_id;
END;

CREATE TRIGGER coe_search_event_delete AFTER DELETE ON timeline_events BEGIN
    DELETE FROM coe_search WHERE rowid = old.coe_id;
    INSERT INTO coe_search (rowid, title, summary, body) SELECT id, title, summary, body FROM coe_search_source WHERE id = old.coe_id;
END;

CREATE TRIGGER coe_search_tag_insert AFTER INSERT ON coe_tags BEGIN
    DELETE FROM coe_search WHERE rowid = new.coe_id;
    INSERT INTO coe_search (rowid, title, summary, body) SELECT id, title, summary, body FROM coe_search_source WHERE id = new.coe_id;
END;

CREATE TRIGGER coe_search_tag_delete AFTER DELETE ON coe_tags BEGIN
    DELETE FROM coe_search WHERE rowid = old.coe_id;
    INSERT INTO coe_search (rowid, title, summary, body) SELECT id, title, summary, body FROM coe_search_source WHERE id = old.coe_id;
END;

CREATE TRIGGER coe_search_event_update AFTER UPDATE ON timeline_events BEGIN
    DELETE FROM coe_search WHERE rowid = new.coe_id;
    INSERT INTO coe_search (rowid, title, summary, body) SELECT id, title, summary, body FROM coe_search_source WHERE id = new.coe_id;
END;
