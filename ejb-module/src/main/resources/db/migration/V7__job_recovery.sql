-- Jobs across servers and crashes (issue 10).
--
-- Every running Usher server has a row here, refreshed by its heartbeat; the id is new at each
-- start of the JVM, so a server that died and came back is a different row and its old row goes
-- stale. A job whose executing server's row is stale (or gone) is one nobody runs any more.
CREATE TABLE job_servers (
    id           uuid PRIMARY KEY,
    name         text        NOT NULL,
    started_at   timestamptz NOT NULL DEFAULT now(),
    heartbeat_at timestamptz NOT NULL DEFAULT now()
);

-- executing_server: the server running the latest execution, NULL once it ended (the job's
-- listener clears it) or once another server declared that server dead.
-- stop_requested_execution: a stop asked on any server for that execution; the executing server
-- reads it at every chunk and stops the job itself (Liberty only stops a job on its own server).
ALTER TABLE job_runs
    ADD COLUMN executing_server         uuid,
    ADD COLUMN stop_requested_execution bigint;
CREATE INDEX job_runs_executing_idx ON job_runs (executing_server) WHERE executing_server IS NOT NULL;
