-- The guest's own RSVP link and page (issue 11): an event's RSVP settings, the guests' personal
-- links (apart from the door's invitation codes), the page's own record of a "maybe", and the
-- page as a source of status changes.

-- What the RSVP page and its e-mails say and allow. language names a file of guest-page texts
-- (guest-texts/<language>.properties); the boundary checks that one exists, the table only its shape.
ALTER TABLE events
    ADD COLUMN language          text    NOT NULL DEFAULT 'en' CHECK (language ~ '^[a-z]{2,3}$'),
    ADD COLUMN rsvp_deadline     timestamptz,
    ADD COLUMN rsvp_allows_maybe boolean NOT NULL DEFAULT false,
    ADD COLUMN rsvp_message      text    CHECK (length(rsvp_message) <= 2000),
    ADD COLUMN rsvp_contact      text    CHECK (length(rsvp_contact) <= 200);

-- A guest's answer on the RSVP page is a status change like a WhatsApp reply, with its evidence.
ALTER TABLE guest_status_changes DROP CONSTRAINT guest_status_changes_source_check;
ALTER TABLE guest_status_changes ADD CONSTRAINT guest_status_changes_source_check
    CHECK (source IN ('whatsapp-reply', 'web'));

-- A guest's personal RSVP links. The token is never stored: it is HMAC-SHA-256(server secret, nonce),
-- 128 random bits of nonce per link, and a request is matched by the SHA-256 of the token it carries.
-- At most one live link per guest; a rotated or revoked link keeps its row (revoked_at set), so the
-- page can say "revoked" instead of "unknown".
CREATE TABLE rsvp_links (
    id          uuid PRIMARY KEY,
    event_id    uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    guest_id    uuid        NOT NULL REFERENCES guests (id) ON DELETE CASCADE,
    nonce       bytea       NOT NULL CHECK (length(nonce) = 16),
    token_hash  bytea       NOT NULL CHECK (length(token_hash) = 32),
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz,
    CONSTRAINT rsvp_links_token_hash_unique UNIQUE (token_hash)
);
CREATE UNIQUE INDEX rsvp_links_live_unique ON rsvp_links (guest_id) WHERE revoked_at IS NULL;
CREATE INDEX rsvp_links_event_idx ON rsvp_links (event_id);

-- The page's latest answer per guest. Yes and no are the guest's status (guests.status); this row
-- is what tells a "maybe" (status invited) from no answer at all.
CREATE TABLE rsvp_answers (
    guest_id    uuid        PRIMARY KEY REFERENCES guests (id) ON DELETE CASCADE,
    event_id    uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    answer      text        NOT NULL CHECK (answer IN ('yes', 'no', 'maybe')),
    answered_at timestamptz NOT NULL
);
