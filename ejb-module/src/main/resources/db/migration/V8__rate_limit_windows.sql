-- Request counters per fixed one-minute window, shared by every server on this database (the public
-- invitation check's limits; see ClientRateLimit). A bucket names what is counted, e.g.
-- 'validate:198.51.100.7' or 'validate-unknown:*'. Old windows are deleted as new ones are counted.
CREATE TABLE rate_limit_windows (
    bucket       text        NOT NULL CHECK (length(bucket) <= 200),
    window_start timestamptz NOT NULL,
    hits         integer     NOT NULL CHECK (hits >= 0),
    PRIMARY KEY (bucket, window_start)
);
CREATE INDEX rate_limit_windows_start ON rate_limit_windows (window_start);
