-- Closeloop schema, version 8 on PostgreSQL: the search index can be paused
-- for one transaction that writes many COEs at once (SET LOCAL
-- closeloop.search_paused = 'on') and rebuilt once at its end. The setting
-- lasts until that transaction ends and no other session sees it.
CREATE OR REPLACE FUNCTION coe_search_after_coe() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('closeloop.search_paused', true), '') = 'on' THEN
        RETURN NULL;
    END IF;
    PERFORM coe_search_refresh(NEW.id);
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION coe_search_after_child() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('closeloop.search_paused', true), '') = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM coe_search_refresh(OLD.coe_id);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.coe_id <> OLD.coe_id) THEN
        PERFORM coe_search_refresh(NEW.coe_id);
    END IF;
    RETURN NULL;
END
$$;
