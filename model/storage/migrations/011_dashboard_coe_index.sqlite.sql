-- Closeloop schema, version 11: the working group's dashboard reads a
-- year's COEs from one index instead of from the COE rows. A COE row
-- carries its texts (summary, impact, resolution, lessons), so four fill a
-- page, and the dashboard's columns sit behind them: at 100,000 COEs a
-- year's 9,000 rows were 2,300 pages read on the first opening. The index
-- holds those columns, ordered by impact start, in about a fifth of that.
-- (The narrower coes_impact_start stays: lists of ids by period read it.)
CREATE INDEX coes_dashboard ON coes(impact_start_at, created_at, impact_start_offset,
    detected_at, detected_offset, mitigated_at, mitigated_offset,
    service_id, severity, status, category, trigger_kind, detection_method,
    no_axiom_exists, preventing_axiom_id, title, axiom_proposal);
