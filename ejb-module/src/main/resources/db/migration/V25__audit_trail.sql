-- The audit trail (dev.usher.audit): who changed what in an event. One row per change (or per bulk job
-- started), inserted by the changing transaction itself, so a rollback leaves none and a commit always
-- has one. The actor's name and e-mail are copied as they were at the time. Rows are never updated;
-- they go with their event.
CREATE TABLE audit_entries (
    id           uuid PRIMARY KEY,
    -- Orders entries of the same instant (one transaction's several changes) in the order they were made.
    seq          bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    -- Checked at commit: an event's creation and its entry are written in one transaction, and JPA
    -- may insert the entry first (it has no mapped relation to order them by).
    event_id     uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    recorded_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor_id     uuid,
    actor_name   text,
    actor_email  text,
    action       text        NOT NULL CHECK (action ~ '^[a-z_]+\.[a-z_]+$'),
    subject_type text        NOT NULL CHECK (subject_type ~ '^[a-z_]+$'),
    subject_id   uuid,
    -- A small object: {field: {before, after}} for an update, the fields set for a creation, the
    -- job's parameters for a bulk job. Never a token or a secret (AuditChanges).
    changes      jsonb       NOT NULL DEFAULT '{}'::jsonb
);
-- The trail is read newest first within an event; the filters narrow it from there.
CREATE INDEX audit_entries_event_idx ON audit_entries (event_id, recorded_at DESC, seq DESC);
CREATE INDEX audit_entries_subject_idx ON audit_entries (event_id, subject_id) WHERE subject_id IS NOT NULL;
CREATE INDEX audit_entries_actor_idx ON audit_entries (event_id, actor_id);
