-- Closeloop schema, version 5 on PostgreSQL: full-text search over COEs.
-- The same search as SQLite's FTS5 table: one row per COE with its title,
-- summary and everything else written about it, here as a tsvector with
-- the title weighted A, the summary B and the rest D, under a GIN index.
-- The 'simple' configuration lower-cases without stemming, as FTS5's
-- unicode61 tokenizer does. Triggers keep it in step with every write.
CREATE VIEW coe_search_source AS
SELECT c.id AS id, c.title AS title, c.summary AS summary,
       c.impact || ' ' || c.category || ' ' || c.trigger_kind || ' ' || c.detection_source || ' '
       || c.halve_ttd_answer || ' ' || c.resolution || ' ' || c.halve_blast_answer || ' '
       || c.lessons || ' ' || c.axiom_proposal || ' '
       || coalesce((SELECT string_agg(w.answer, ' ') FROM whys w WHERE w.coe_id = c.id), '') || ' '
       || coalesce((SELECT string_agg(t.text, ' ') FROM timeline_events t WHERE t.coe_id = c.id), '') || ' '
       || coalesce((SELECT string_agg(g.tag, ' ') FROM coe_tags g WHERE g.coe_id = c.id), '') AS body
FROM coes c;

CREATE TABLE coe_search (
    id BIGINT PRIMARY KEY REFERENCES coes(id) ON DELETE CASCADE,
    title TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    document TSVECTOR NOT NULL
);
CREATE INDEX coe_search_document ON coe_search USING GIN (document);

-- An upsert rather than delete-and-insert: two transactions refreshing the
-- same COE then queue on its row instead of colliding on the key.
CREATE FUNCTION coe_search_refresh(target BIGINT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO coe_search (id, title, summary, body, document)
    SELECT s.id, s.title, s.summary, s.body,
           setweight(to_tsvector('simple', s.title), 'A')
           || setweight(to_tsvector('simple', s.summary), 'B')
           || setweight(to_tsvector('simple', s.body), 'D')
    FROM coe_search_source s WHERE s.id = target
    ON CONFLICT (id) DO UPDATE
        SET title = excluded.title, summary = excluded.summary, body = excluded.body, document = excluded.document;
END
$$;

SELECT coe_search_refresh(id) FROM coes;

CREATE FUNCTION coe_search_after_coe() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM coe_search_refresh(NEW.id);
    RETURN NULL;
END
$$;

CREATE TRIGGER coe_search_coe AFTER INSERT OR UPDATE ON coes
    FOR EACH ROW EXECUTE FUNCTION coe_search_after_coe();

-- Whys, timeline events and tags: the COE they belong to (before and after).
CREATE FUNCTION coe_search_after_child() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM coe_search_refresh(OLD.coe_id);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.coe_id <> OLD.coe_id) THEN
        PERFORM coe_search_refresh(NEW.coe_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER coe_search_why AFTER INSERT OR UPDATE OR DELETE ON whys
    FOR EACH ROW EXECUTE FUNCTION coe_search_after_child();
CREATE TRIGGER coe_search_event AFTER INSERT OR UPDATE OR DELETE ON timeline_events
    FOR EACH ROW EXECUTE FUNCTION coe_search_after_child();
CREATE TRIGGER coe_search_tag AFTER INSERT OR UPDATE OR DELETE ON coe_tags
    FOR EACH ROW EXECUTE FUNCTION coe_search_after_child();
