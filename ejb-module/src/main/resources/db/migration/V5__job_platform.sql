-- Bulk work runs as Jakarta Batch jobs. Liberty keeps its job repository (instances,
-- executions, checkpoints) in the schema `jbatch`, creating its own tables there; the tables
-- below are Usher's: which event a job belongs to and who started it, what it counted, and
-- the rows it rejected.

CREATE SCHEMA IF NOT EXISTS jbatch;

CREATE TABLE job_runs (
    instance_id        bigint PRIMARY KEY,
    job_name           text        NOT NULL,
    event_id           uuid        REFERENCES events (id) ON DELETE CASCADE,
    started_by         uuid        REFERENCES users (id) ON DELETE SET NULL,
    parameters         jsonb       NOT NULL DEFAULT '{}',
    latest_execution_id bigint     NOT NULL,
    batch_status       text        NOT NULL DEFAULT 'STARTING',
    exit_status        text,
    counts             jsonb       NOT NULL DEFAULT '{}',
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX job_runs_event_idx ON job_runs (event_id, created_at DESC);
CREATE INDEX job_runs_name_idx  ON job_runs (job_name, created_at DESC);

-- One line per problem with one row of an input file. A restarted job may meet a row again:
-- the key keeps it once.
CREATE TABLE job_row_errors (
    instance_id bigint      NOT NULL REFERENCES job_runs (instance_id) ON DELETE CASCADE,
    row_number  integer     NOT NULL,
    column_name text        NOT NULL DEFAULT '',
    reason      text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (instance_id, row_number, column_name)
);

-- Uploaded files live in the database, so any server on it can run (and restart) the import.
CREATE TABLE import_files (
    id           uuid PRIMARY KEY,
    event_id     uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    file_name    text        NOT NULL,
    content_type text,
    size_bytes   bigint      NOT NULL,
    content      bytea       NOT NULL,
    uploaded_by  uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- The work ledger of imports: a guest inserted from row N of an import is inserted once,
-- however often the job is restarted.
ALTER TABLE guests ADD COLUMN import_id  uuid;
ALTER TABLE guests ADD COLUMN import_row integer;
CREATE UNIQUE INDEX guests_import_row_unique ON guests (import_id, import_row) WHERE import_id IS NOT NULL;

-- Every index is paid for by every imported row. These two served no query: lists and
-- statistics of an event go through guests_event_idx (event_id, last_name, first_name).
DROP INDEX guests_event_added_idx;
DROP INDEX guests_event_status_idx;
