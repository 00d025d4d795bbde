-- Merges of duplicate guests (issue 15), kept so a merge can be undone for a while: the merged
-- guests' rows and the rows that went with them as JSON (to insert again), the kept guest's fields
-- before, and the ids of the rows moved to the kept guest (to move back).
CREATE TABLE guest_merges (
    id             uuid PRIMARY KEY,
    event_id       uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    kept_guest_id  uuid        NOT NULL REFERENCES guests (id) ON DELETE CASCADE,
    merged_guests  uuid[]      NOT NULL CHECK (cardinality(merged_guests) BETWEEN 1 AND 20),
    kept_before    jsonb       NOT NULL,
    removed        jsonb       NOT NULL,
    moved          jsonb       NOT NULL,
    merged_by      uuid        REFERENCES users (id) ON DELETE SET NULL,
    merged_at      timestamptz NOT NULL DEFAULT now(),
    undo_until     timestamptz NOT NULL,
    undone_at      timestamptz,
    undone_by      uuid        REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX guest_merges_event_idx ON guest_merges (event_id, merged_at DESC);
