-- Closeloop schema, version 7 on PostgreSQL: who may do what, enforced by
-- the server rather than only by the program.
--
-- Four group roles; people sign in with roles of their own that are members
-- of one of them (GRANT closeloop_reviewer TO alice):
--   closeloop_author         writes COEs, action items, ORR answers
--   closeloop_reviewer       an author who may also approve COEs and sign off ORRs
--   closeloop_working_group  an author who may also change findings and axioms
--   closeloop_admin          all of the above, settings, and schema upgrades
-- people.login ties a person to a sign-in, so the server knows who approves.
-- Rules the grants cannot say are triggers: only a reviewer approves, never
-- the COE's author; a signed-off ORR review never changes again.
ALTER TABLE people ADD COLUMN login TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX people_login ON people(login) WHERE login <> '';

-- Roles belong to the whole server, so another Closeloop database there
-- may have made them already.
DO $$
DECLARE
    r TEXT;
BEGIN
    FOREACH r IN ARRAY ARRAY['closeloop_author', 'closeloop_reviewer', 'closeloop_working_group', 'closeloop_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END
$$;

GRANT closeloop_author TO closeloop_reviewer;
GRANT closeloop_author TO closeloop_working_group;
GRANT closeloop_reviewer TO closeloop_admin;
GRANT closeloop_working_group TO closeloop_admin;

DO $$
DECLARE
    s TEXT := current_schema();
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO closeloop_author', s);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO closeloop_author', s);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO closeloop_author', s);
    EXECUTE format('GRANT ALL ON ALL TABLES IN SCHEMA %I TO closeloop_admin', s);
    EXECUTE format('GRANT ALL ON ALL SEQUENCES IN SCHEMA %I TO closeloop_admin', s);
    EXECUTE format('GRANT CREATE ON SCHEMA %I TO closeloop_admin', s);
END
$$;

GRANT INSERT, UPDATE, DELETE ON coes, coe_tags, coe_blast_scopes, timeline_events, impact_samples, whys,
    coe_review_checks, coe_search, action_items, drafts, services, service_zones, people,
    orr_reviews, orr_participants, orr_answers, orr_evidence, orr_waivers, wheel_spins, wheel_picks
    TO closeloop_author;
-- The audit log is only ever added to.
GRANT INSERT ON audit_log TO closeloop_author;
GRANT INSERT, UPDATE, DELETE ON findings, finding_coes, axiom_sets, axioms, axiom_coes TO closeloop_working_group;

-- Only reviewers approve, and never their own COE. The person approving is
-- the one whose login is the session's user; the server records them as
-- the reviewer, whatever the program sent.
CREATE FUNCTION closeloop_guard_coe() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    approver BIGINT;
BEGIN
    IF NEW.status IN ('approved', 'closed')
       AND (TG_OP = 'INSERT' OR OLD.status NOT IN ('approved', 'closed')) THEN
        IF NOT pg_has_role(session_user, 'closeloop_reviewer', 'MEMBER') THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('Only a reviewer can approve a COE, and %s is not in the closeloop_reviewer role.', session_user);
        END IF;
        IF TG_OP = 'UPDATE' THEN
            SELECT id INTO approver FROM people WHERE login = session_user;
            IF approver IS NULL AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
                RAISE EXCEPTION USING ERRCODE = '42501',
                    MESSAGE = format('The sign-in %s is not linked to a person in Closeloop, so the approval cannot be recorded.', session_user);
            END IF;
            IF approver IS NOT NULL AND approver = NEW.author_id THEN
                RAISE EXCEPTION USING ERRCODE = '42501',
                    MESSAGE = 'The author of a COE cannot approve it; another reviewer has to.';
            END IF;
            IF approver IS NOT NULL AND NEW.status = 'approved' THEN
                NEW.reviewer_id := approver;
            END IF;
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER closeloop_guard_coe BEFORE INSERT OR UPDATE ON coes
    FOR EACH ROW EXECUTE FUNCTION closeloop_guard_coe();

-- A signed-off ORR review is a record: it and everything in it stay as
-- signed. Only a reviewer signs off.
CREATE FUNCTION closeloop_guard_orr_review() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'signed_off' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('ORR review %s was signed off and cannot be changed; start the next review from a copy of it.', OLD.id);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF NEW.status = 'signed_off' AND NOT pg_has_role(session_user, 'closeloop_reviewer', 'MEMBER') THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('Only a reviewer can sign off an ORR review, and %s is not in the closeloop_reviewer role.', session_user);
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER closeloop_guard_orr_review BEFORE INSERT OR UPDATE OR DELETE ON orr_reviews
    FOR EACH ROW EXECUTE FUNCTION closeloop_guard_orr_review();

-- The rows of a review: refused once it is signed, except in the very
-- transaction that signs it (the sign-off writes the answers with it).
CREATE FUNCTION closeloop_review_is_sealed(review BIGINT) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM orr_reviews r WHERE r.id = review AND r.status = 'signed_off'
                   AND r.xmin::text <> (txid_current() % 4294967296)::text)
$$;

CREATE FUNCTION closeloop_guard_review_part() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_review BIGINT;
    part JSONB := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
BEGIN
    IF part ? 'review_id' THEN
        row_review := (part ->> 'review_id')::BIGINT;
    ELSE
        SELECT a.review_id INTO row_review FROM orr_answers a WHERE a.id = (part ->> 'answer_id')::BIGINT;
    END IF;
    IF closeloop_review_is_sealed(row_review) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('ORR review %s was signed off and cannot be changed; start the next review from a copy of it.', row_review);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER closeloop_guard_answers BEFORE INSERT OR UPDATE OR DELETE ON orr_answers
    FOR EACH ROW EXECUTE FUNCTION closeloop_guard_review_part();
CREATE TRIGGER closeloop_guard_participants BEFORE INSERT OR UPDATE OR DELETE ON orr_participants
    FOR EACH ROW EXECUTE FUNCTION closeloop_guard_review_part();
CREATE TRIGGER closeloop_guard_evidence BEFORE INSERT OR UPDATE OR DELETE ON orr_evidence
    FOR EACH ROW EXECUTE FUNCTION closeloop_guard_review_part();
CREATE TRIGGER closeloop_guard_waivers BEFORE INSERT OR UPDATE OR DELETE ON orr_waivers
    FOR EACH ROW EXECUTE FUNCTION closeloop_guard_review_part();

-- Others' changes appear without a restart: every write to a table people
-- watch in lists tells listening programs which table moved, once per
-- statement, delivered when the transaction commits.
CREATE FUNCTION closeloop_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('closeloop_changes', current_schema() || ':' || TG_TABLE_NAME);
    RETURN NULL;
END
$$;

CREATE TRIGGER closeloop_notify_coes AFTER INSERT OR UPDATE OR DELETE ON coes
    FOR EACH STATEMENT EXECUTE FUNCTION closeloop_notify_change();
CREATE TRIGGER closeloop_notify_action_items AFTER INSERT OR UPDATE OR DELETE ON action_items
    FOR EACH STATEMENT EXECUTE FUNCTION closeloop_notify_change();
CREATE TRIGGER closeloop_notify_orr_reviews AFTER INSERT OR UPDATE OR DELETE ON orr_reviews
    FOR EACH STATEMENT EXECUTE FUNCTION closeloop_notify_change();
CREATE TRIGGER closeloop_notify_findings AFTER INSERT OR UPDATE OR DELETE ON findings
    FOR EACH STATEMENT EXECUTE FUNCTION closeloop_notify_change();
CREATE TRIGGER closeloop_notify_services AFTER INSERT OR UPDATE OR DELETE ON services
    FOR EACH STATEMENT EXECUTE FUNCTION closeloop_notify_change();
