-- Closeloop schema, version 8 on SQLite: the search index can be paused
-- for one transaction that writes many COEs at once (the generator, bulk
-- imports) and rebuilt once at its end, instead of re-indexing a COE for
-- every why, event and tag written. A row in coe_search_paused, written
-- and removed inside that transaction, is the switch; nobody else ever
-- sees it.
CREATE TABLE coe_search_paused (since TEXT NOT NULL);

DROP TRIGGER coe_search_coe_insert;

CREATE TRIGGER coe_search_coe_insert AFTER INSERT ON coes WHEN NOT EXISTS (SELECT 1 FROM coe_search_paused) BEGIN
    INSERT INTO coe_search (rowid, title, summary, body) SELECT id, title, summary, body FROM coe_search_source WHERE id = new.id;
END;

DROP TRIGGER coe_search_coe_update;

CREATE TRIGGER coe_search_coe_update AFTER UPDATE ON coes WHEN NOT EXISTS (SELECT 1 FROM coe_search_paused) BEGIN
    DELETE FROM coe_search WHERE rowid = old.id;
    INSERT INTO coe_search (rowid, title, summary, body) SELECT id, title, summary, body FROM coe_search_source WHERE id = new.id;
END;

DROP TRIGGER coe_search_coe_delete;

CREATE TRIGGER coe_search_coe_delete AFTER DELETE ON coes WHEN NOT EXISTS (SELECT 1 FROM coe_search_paused) BEGIN
    DELETE FROM coe_search WHERE rowid = old.id;
END;

DROP TRIGGER coe_search_why_insert;

CREATE TRIGGER coe_search_why_insert AFTER INSERT ON whys WHEN NOT EXISTS (SELECT 1 FROM coe_search_paused) BEGIN
    DELETE FROM coe_search WHERE rowid = new.coe_id;
    INSERT INTO coe_search (rowid, title, summary, body) SELECT id, title, summary, body FROM coe_search_source WHERE id = new.coe_id;
END;

DROP TRIGGER coe_search_why_update;

CREATE TRIGGER coe_search_why_update AFTER UPDATE ON whys WHEN NOT EXISTS (SELECT 1 FROM coe_search_paused) BEGIN
    DELETE FROM coe_search WHERE rowid = new.coe_id;
    INSERT INTO coe_search (rowid, title, summary, body) SELECT id, title, summary, body FROM coe_search_source WHERE id = new.coe_id;
END;

DROP TRIGGER coe_search_why_delete;

CREATE TRIGGER coe_search_why_delete AFTER DELETE ON whys WHEN NOT EXISTS (SELECT 1 FROM coe_search_paused) BEGIN
    DELETE FROM coe_search WHERE rowid = old.coe_id;
    INSERT INTO coe_search (rowid, title, summary, body) SELECT id, title, summary, body FROM coe_search_source WHERE id = old.coe_id;
END;

DROP TRIGGER coe_search_event_insert;

CREATE TRIGGER coe_search_event_insert AFTER INSERT ON timeline_events WHEN NOT EXISTS (SELECT 1 FROM coe_search_paused) BEGIN
    DELETE FROM coe_search WHERE rowid = new.coe_id;
    INSERT INTO coe_search (rowid, title, summary, body) SELECT id, title, summary, body FROM coe_search_source WHERE id = new.coe_id;
END;

DROP TRIGGER coe_search_event_delete;

CREATE TRIGGER coe_search_event_delete AFTER DELETE ON timeline_events WHEN NOT EXISTS (SELECT 1 FROM coe_search_paused) BEGIN
    DELETE FROM coe_search WHERE rowid = old.coe_id;
    INSERT INTO coe_search (rowid, title, summary, body) SELECT id, title, summary, body FROM coe_search_source WHERE id = old.coe_id;
END;

DROP TRIGGER coe_search_tag_insert;

CREATE TRIGGER coe_search_tag_insert AFTER INSERT ON coe_tags WHEN NOT EXISTS (SELECT 1 FROM coe_search_paused) BEGIN
    DELETE FROM coe_search WHERE rowid = new.coe_id;
    INSERT INTO coe_search (rowid, title, summary, body) SELECT id, title, summary, body FROM coe_search_source WHERE id = new.coe_id;
END;

DROP TRIGGER coe_search_tag_delete;

CREATE TRIGGER coe_search_tag_delete AFTER DELETE ON coe_tags WHEN NOT EXISTS (SELECT 1 FROM coe_search_paused) BEGIN
    DELETE FROM coe_search WHERE rowid = old.coe_id;
    INSERT INTO coe_search (rowid, title, summary, body) SELECT id, title, summary, body FROM coe_search_source WHERE id = old.coe_id;
END;

DROP TRIGGER coe_search_event_update;

CREATE TRIGGER coe_search_event_update AFTER UPDATE ON timeline_events WHEN NOT EXISTS (SELECT 1 FROM coe_search_paused) BEGIN
    DELETE FROM coe_search WHERE rowid = new.coe_id;
    INSERT INTO coe_search (rowid, title, summary, body) SELECT id, title, summary, body FROM coe_search_source WHERE id = new.coe_id;
END;
