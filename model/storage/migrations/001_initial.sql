-- Closeloop schema, version 1: the whole domain.
-- Tokens in double braces are filled in by the SQL dialect:
--   {{PK}}    auto-numbered primary key column type
--   {{ID}}    type of a column that refers to a primary key
--   {{REAL}}  floating point   {{BLOB}} binary data
-- Times are UTC text (ISO 8601, 'Z'), each with the UTC offset (minutes) of
-- the place it happened kept beside it; dates are 'YYYY-MM-DD'.
-- Every aggregate root carries a revision for optimistic concurrency.

CREATE TABLE people (
    id {{PK}},
    revision INTEGER NOT NULL DEFAULT 1,
    name TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL DEFAULT '',
    team TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'engineer'
        CHECK (role IN ('engineer', 'reviewer', 'leader', 'working_group', 'admin')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE services (
    id {{PK}},
    revision INTEGER NOT NULL DEFAULT 1,
    name TEXT NOT NULL UNIQUE,
    team TEXT NOT NULL DEFAULT '',
    tier INTEGER NOT NULL DEFAULT 2 CHECK (tier BETWEEN 1 AND 4),
    description TEXT NOT NULL DEFAULT '',
    owner_id {{ID}} REFERENCES people(id) ON DELETE SET NULL,
    recert_interval_days INTEGER NOT NULL DEFAULT 365 CHECK (recert_interval_days > 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE service_zones (
    id {{PK}},
    service_id {{ID}} NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    region TEXT NOT NULL,
    zone TEXT NOT NULL DEFAULT '',
    UNIQUE (service_id, region, zone)
);

-- ORR axiom library. An axiom row is one version; editing adds a row.
CREATE TABLE axiom_sets (
    id {{PK}},
    revision INTEGER NOT NULL DEFAULT 1,
    set_key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    version TEXT NOT NULL DEFAULT '1',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE axioms (
    id {{PK}},
    revision INTEGER NOT NULL DEFAULT 1,
    set_id {{ID}} NOT NULL REFERENCES axiom_sets(id) ON DELETE CASCADE,
    axiom_key TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    area TEXT NOT NULL DEFAULT '',
    statement TEXT NOT NULL,
    rationale TEXT NOT NULL DEFAULT '',
    guidance TEXT NOT NULL DEFAULT '',
    evidence_expected TEXT NOT NULL DEFAULT '',
    launch_blocking INTEGER NOT NULL DEFAULT 0 CHECK (launch_blocking IN (0, 1)),
    applicability TEXT NOT NULL DEFAULT '',
    max_evidence_age_days INTEGER CHECK (max_evidence_age_days > 0),
    check_kind TEXT NOT NULL DEFAULT 'yes_no'
        CHECK (check_kind IN ('yes_no', 'calculator', 'recency', 'coverage')),
    calculator TEXT NOT NULL DEFAULT '',
    calculator_inputs TEXT NOT NULL DEFAULT '',
    is_current INTEGER NOT NULL DEFAULT 1 CHECK (is_current IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (set_id, axiom_key, version)
);

CREATE TABLE coes (
    id {{PK}},
    revision INTEGER NOT NULL DEFAULT 1,
    title TEXT NOT NULL CHECK (title <> ''),
    service_id {{ID}} REFERENCES services(id) ON DELETE RESTRICT,
    severity INTEGER NOT NULL DEFAULT 3 CHECK (severity BETWEEN 1 AND 5),
    category TEXT NOT NULL DEFAULT '',
    trigger_kind TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'in_review', 'approved', 'closed')),
    author_id {{ID}} REFERENCES people(id) ON DELETE SET NULL,
    reviewer_id {{ID}} REFERENCES people(id) ON DELETE SET NULL,
    summary TEXT NOT NULL DEFAULT '',
    impact TEXT NOT NULL DEFAULT '',
    impact_start_at TEXT, impact_start_offset INTEGER,
    detected_at TEXT, detected_offset INTEGER,
    engaged_at TEXT, engaged_offset INTEGER,
    mitigated_at TEXT, mitigated_offset INTEGER,
    resolved_at TEXT, resolved_offset INTEGER,
    detection_method TEXT NOT NULL DEFAULT ''
        CHECK (detection_method IN ('', 'alarm', 'automated_check', 'internal_report', 'customer_report', 'other')),
    detection_source TEXT NOT NULL DEFAULT '',
    halve_ttd_answer TEXT NOT NULL DEFAULT '',
    halve_ttd_no_action_reason TEXT NOT NULL DEFAULT '',
    resolution TEXT NOT NULL DEFAULT '',
    runbook_url TEXT NOT NULL DEFAULT '',
    no_runbook INTEGER NOT NULL DEFAULT 0 CHECK (no_runbook IN (0, 1)),
    customers_affected INTEGER CHECK (customers_affected >= 0),
    customers_total INTEGER CHECK (customers_total >= 0),
    failed_request_share {{REAL}} CHECK (failed_request_share BETWEEN 0 AND 1),
    data_lost INTEGER NOT NULL DEFAULT 0 CHECK (data_lost IN (0, 1)),
    data_loss_detail TEXT NOT NULL DEFAULT '',
    impact_duration_minutes INTEGER CHECK (impact_duration_minutes >= 0),
    halve_blast_answer TEXT NOT NULL DEFAULT '',
    halve_blast_no_action_reason TEXT NOT NULL DEFAULT '',
    lessons TEXT NOT NULL DEFAULT '',
    preventing_axiom_id {{ID}} REFERENCES axioms(id) ON DELETE SET NULL,
    no_axiom_exists INTEGER NOT NULL DEFAULT 0 CHECK (no_axiom_exists IN (0, 1)),
    axiom_proposal TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    submitted_at TEXT,
    approved_at TEXT,
    closed_at TEXT
);
CREATE INDEX coes_status ON coes(status);
CREATE INDEX coes_service ON coes(service_id);
CREATE INDEX coes_impact_start ON coes(impact_start_at);

CREATE TABLE coe_tags (
    coe_id {{ID}} NOT NULL REFERENCES coes(id) ON DELETE CASCADE,
    tag TEXT NOT NULL CHECK (tag <> ''),
    PRIMARY KEY (coe_id, tag)
);
CREATE INDEX coe_tags_tag ON coe_tags(tag);

CREATE TABLE coe_blast_scopes (
    id {{PK}},
    coe_id {{ID}} NOT NULL REFERENCES coes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL CHECK (kind IN ('region', 'az', 'cell', 'service')),
    name TEXT NOT NULL CHECK (name <> ''),
    UNIQUE (coe_id, kind, name)
);

CREATE TABLE timeline_events (
    id {{PK}},
    coe_id {{ID}} NOT NULL REFERENCES coes(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    at_offset INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'event'
        CHECK (kind IN ('event', 'alarm', 'deployment', 'config_change', 'escalation', 'mitigation', 'communication', 'observation')),
    text TEXT NOT NULL DEFAULT '',
    evidence_url TEXT NOT NULL DEFAULT ''
);
CREATE INDEX timeline_events_coe ON timeline_events(coe_id, at);

CREATE TABLE impact_samples (
    id {{PK}},
    coe_id {{ID}} NOT NULL REFERENCES coes(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    expected {{REAL}} NOT NULL CHECK (expected >= 0),
    successful {{REAL}} NOT NULL CHECK (successful >= 0),
    UNIQUE (coe_id, at)
);

-- Five Whys: a tree. Leaves (no children) are root causes.
CREATE TABLE whys (
    id {{PK}},
    coe_id {{ID}} NOT NULL REFERENCES coes(id) ON DELETE CASCADE,
    parent_id {{ID}} REFERENCES whys(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    question TEXT NOT NULL DEFAULT '',
    answer TEXT NOT NULL DEFAULT '',
    override_reason TEXT NOT NULL DEFAULT '',
    override_by {{ID}} REFERENCES people(id) ON DELETE SET NULL
);
CREATE INDEX whys_coe ON whys(coe_id);
CREATE INDEX whys_parent ON whys(parent_id);

CREATE TABLE coe_review_checks (
    coe_id {{ID}} NOT NULL REFERENCES coes(id) ON DELETE CASCADE,
    question TEXT NOT NULL,
    passed INTEGER NOT NULL DEFAULT 0 CHECK (passed IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    reviewer_id {{ID}} REFERENCES people(id) ON DELETE SET NULL,
    answered_at TEXT,
    PRIMARY KEY (coe_id, question)
);

-- COEs and findings that motivated an axiom version.
CREATE TABLE axiom_coes (
    axiom_id {{ID}} NOT NULL REFERENCES axioms(id) ON DELETE CASCADE,
    coe_id {{ID}} NOT NULL REFERENCES coes(id) ON DELETE CASCADE,
    PRIMARY KEY (axiom_id, coe_id)
);

CREATE TABLE orr_reviews (
    id {{PK}},
    revision INTEGER NOT NULL DEFAULT 1,
    service_id {{ID}} NOT NULL REFERENCES services(id) ON DELETE RESTRICT,
    set_id {{ID}} NOT NULL REFERENCES axiom_sets(id) ON DELETE RESTRICT,
    kind TEXT NOT NULL DEFAULT 'pre_launch'
        CHECK (kind IN ('pre_launch', 'annual', 'major_change', 'post_incident')),
    status TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'signed_off')),
    reviewer_id {{ID}} REFERENCES people(id) ON DELETE SET NULL,
    review_date TEXT,
    decision TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'go', 'no_go')),
    decision_owner_id {{ID}} REFERENCES people(id) ON DELETE SET NULL,
    decision_notes TEXT NOT NULL DEFAULT '',
    signed_at TEXT,
    previous_review_id {{ID}} REFERENCES orr_reviews(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX orr_reviews_service ON orr_reviews(service_id, review_date);

CREATE TABLE orr_participants (
    review_id {{ID}} NOT NULL REFERENCES orr_reviews(id) ON DELETE CASCADE,
    person_id {{ID}} NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (review_id, person_id)
);

CREATE TABLE orr_answers (
    id {{PK}},
    review_id {{ID}} NOT NULL REFERENCES orr_reviews(id) ON DELETE CASCADE,
    axiom_id {{ID}} NOT NULL REFERENCES axioms(id) ON DELETE RESTRICT,
    state TEXT NOT NULL DEFAULT 'unanswered'
        CHECK (state IN ('unanswered', 'met', 'not_met', 'not_applicable', 'waived')),
    notes TEXT NOT NULL DEFAULT '',
    na_reason TEXT NOT NULL DEFAULT '',
    calculator_inputs TEXT NOT NULL DEFAULT '',
    answered_at TEXT,
    answered_by {{ID}} REFERENCES people(id) ON DELETE SET NULL,
    UNIQUE (review_id, axiom_id)
);

CREATE TABLE orr_evidence (
    id {{PK}},
    answer_id {{ID}} NOT NULL REFERENCES orr_answers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('text', 'link', 'file')),
    text TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL DEFAULT '',
    file_sha256 TEXT NOT NULL DEFAULT '',
    file_data {{BLOB}},
    collected_on TEXT,
    added_at TEXT NOT NULL
);

CREATE TABLE orr_waivers (
    id {{PK}},
    answer_id {{ID}} NOT NULL UNIQUE REFERENCES orr_answers(id) ON DELETE CASCADE,
    reason TEXT NOT NULL CHECK (reason <> ''),
    approver_id {{ID}} NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    expires_on TEXT NOT NULL,
    compensating_controls TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE findings (
    id {{PK}},
    revision INTEGER NOT NULL DEFAULT 1,
    title TEXT NOT NULL CHECK (title <> ''),
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'decided')),
    outcome TEXT NOT NULL DEFAULT ''
        CHECK (outcome IN ('', 'new_axiom', 'automated_check', 'best_practice')),
    outcome_notes TEXT NOT NULL DEFAULT '',
    axiom_id {{ID}} REFERENCES axioms(id) ON DELETE SET NULL,
    created_by {{ID}} REFERENCES people(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    decided_at TEXT
);

CREATE TABLE finding_coes (
    finding_id {{ID}} NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
    coe_id {{ID}} NOT NULL REFERENCES coes(id) ON DELETE CASCADE,
    PRIMARY KEY (finding_id, coe_id)
);
CREATE INDEX finding_coes_coe ON finding_coes(coe_id);

-- Action items belong to exactly one source: a COE, an ORR answer or a finding.
CREATE TABLE action_items (
    id {{PK}},
    revision INTEGER NOT NULL DEFAULT 1,
    title TEXT NOT NULL CHECK (title <> ''),
    description TEXT NOT NULL DEFAULT '',
    owner_id {{ID}} REFERENCES people(id) ON DELETE SET NULL,
    due_on TEXT,
    priority INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 0 AND 3),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'wont_do')),
    status_reason TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL DEFAULT 'prevent' CHECK (type IN ('prevent', 'detect', 'mitigate', 'process')),
    tracker_ref TEXT NOT NULL DEFAULT '',
    done_on TEXT,
    closure_evidence TEXT NOT NULL DEFAULT '',
    coe_id {{ID}} REFERENCES coes(id) ON DELETE CASCADE,
    orr_answer_id {{ID}} REFERENCES orr_answers(id) ON DELETE CASCADE,
    finding_id {{ID}} REFERENCES findings(id) ON DELETE CASCADE,
    addresses TEXT NOT NULL DEFAULT ''
        CHECK (addresses IN ('', 'halve_ttd', 'halve_blast_radius', 'root_cause', 'detection_gap', 'runbook_gap', 'axiom_not_met')),
    why_id {{ID}} REFERENCES whys(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((CASE WHEN coe_id IS NULL THEN 0 ELSE 1 END)
         + (CASE WHEN orr_answer_id IS NULL THEN 0 ELSE 1 END)
         + (CASE WHEN finding_id IS NULL THEN 0 ELSE 1 END) = 1),
    CHECK (status <> 'wont_do' OR status_reason <> '')
);
CREATE INDEX action_items_owner ON action_items(owner_id);
CREATE INDEX action_items_status_due ON action_items(status, due_on);
CREATE INDEX action_items_coe ON action_items(coe_id);
CREATE INDEX action_items_answer ON action_items(orr_answer_id);
CREATE INDEX action_items_finding ON action_items(finding_id);

-- Who changed what, when. One row per changed field.
CREATE TABLE audit_log (
    id {{PK}},
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id {{ID}} NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'transition')),
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, at);

-- Autosaved editor state, offered back after a crash.
CREATE TABLE drafts (
    id {{PK}},
    entity TEXT NOT NULL,
    entity_id {{ID}} NOT NULL DEFAULT 0,
    payload TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    UNIQUE (entity, entity_id)
);
