-- The foundation: who signs in, the events they run, who helps run them, and the guests.
-- Enum-like columns are text with CHECK constraints so new values need only a migration,
-- never an ALTER TYPE, and the API's lower-case values are what is stored.

CREATE TABLE users (
    id            uuid PRIMARY KEY,
    email         text        NOT NULL,
    display_name  text,
    status        text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'active')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    first_seen_at timestamptz,
    last_seen_at  timestamptz,
    CONSTRAINT users_email_lower CHECK (email = lower(email)),
    CONSTRAINT users_email_unique UNIQUE (email)
);

CREATE TABLE events (
    id            uuid PRIMARY KEY,
    name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    event_date    date,
    start_time    time,
    time_zone     text,
    location      text,
    phone_region  char(2),
    created_by    uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint      NOT NULL DEFAULT 0
);

CREATE TABLE event_members (
    id            uuid PRIMARY KEY,
    event_id      uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id       uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role          text        NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
    display_name  text,
    invited_by    uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT event_members_event_user_unique UNIQUE (event_id, user_id)
);
CREATE INDEX event_members_user_idx ON event_members (user_id);

CREATE TABLE guests (
    id               uuid PRIMARY KEY,
    event_id         uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    added_by_user_id uuid        REFERENCES users (id) ON DELETE SET NULL,
    first_name       text        NOT NULL,
    last_name        text,
    phone            text,
    email            text,
    side             text,
    status           text        NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'confirmed', 'declined')),
    party_size       integer     NOT NULL DEFAULT 1 CHECK (party_size BETWEEN 1 AND 100),
    notes            text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint      NOT NULL DEFAULT 0,
    CONSTRAINT guests_phone_e164 CHECK (phone IS NULL OR phone ~ '^\+[1-9][0-9]{6,14}$'),
    CONSTRAINT guests_email_lower CHECK (email IS NULL OR email = lower(email))
);
CREATE INDEX guests_event_idx        ON guests (event_id, last_name, first_name);
CREATE INDEX guests_event_added_idx  ON guests (event_id, added_by_user_id);
CREATE INDEX guests_event_status_idx ON guests (event_id, status);
CREATE INDEX guests_event_phone_idx  ON guests (event_id, phone) WHERE phone IS NOT NULL;
CREATE INDEX guests_event_email_idx  ON guests (event_id, email) WHERE email IS NOT NULL;
