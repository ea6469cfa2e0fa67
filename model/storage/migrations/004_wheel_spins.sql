-- Closeloop schema, version 4: the weekly operations review's wheel. Each
-- spin is kept with its seed and the services it picked, so the next spin
-- can favour services whose turn is overdue and any spin can be replayed.
CREATE TABLE wheel_spins (
    id {{PK}},
    spun_at TEXT NOT NULL,
    seed {{ID}} NOT NULL
);

CREATE TABLE wheel_picks (
    spin_id {{ID}} NOT NULL REFERENCES wheel_spins(id) ON DELETE CASCADE,
    service_id {{ID}} NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (spin_id, position)
);
