-- Invitations with a QR code (official ones from a super-admin, and those an event admin sends
-- to the event's guests), and every scan of a code at the door.

-- Invitation numbers (INV-0001, ...) come from a sequence: a number handed out is never handed
-- out again, even when the transaction that took it rolls back.
CREATE SEQUENCE invitation_number_seq START 1;

CREATE TABLE invitations (
    id               uuid PRIMARY KEY,
    number           text        NOT NULL,
    -- 192 random bits, base64url: what the QR code carries. Never logged, never in a listing.
    token            text        NOT NULL CHECK (token ~ '^[A-Za-z0-9_-]{22,86}$'),
    recipient_name   text        NOT NULL CHECK (length(recipient_name) BETWEEN 1 AND 200),
    email            text        NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
    phone            text        CHECK (phone IS NULL OR phone ~ '^\+[1-9][0-9]{6,14}$'),
    -- A general invitation has no event; deleting an event deletes its invitations (a code
    -- must never silently turn into a general one).
    event_id         uuid        REFERENCES events (id) ON DELETE CASCADE,
    guest_id         uuid        REFERENCES guests (id) ON DELETE SET NULL,
    type             text        NOT NULL DEFAULT 'general'
                     CHECK (type IN ('general', 'vip', 'press', 'sponsor', 'special')),
    custom_message   text        CHECK (length(custom_message) <= 2000),
    seats            integer     NOT NULL DEFAULT 1 CHECK (seats BETWEEN 1 AND 100),
    seats_admitted   integer     NOT NULL DEFAULT 0,
    status           text        NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'sent', 'delivered', 'failed', 'opened', 'scanned', 'revoked')),
    failure_reason   text,
    sent_at          timestamptz,
    delivered_at     timestamptz,
    opened_at        timestamptz,
    scanned_at       timestamptz,
    scan_count       integer     NOT NULL DEFAULT 0,
    revoked_at       timestamptz,
    revoked_by       uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_by       uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT invitations_number_unique UNIQUE (number),
    CONSTRAINT invitations_token_unique UNIQUE (token),
    CONSTRAINT invitations_guest_needs_event CHECK (guest_id IS NULL OR event_id IS NOT NULL),
    -- The door never admits more people than the code is for.
    CONSTRAINT invitations_seats_admitted CHECK (seats_admitted BETWEEN 0 AND seats)
);
CREATE INDEX invitations_created_idx ON invitations (created_at DESC, id);
CREATE INDEX invitations_event_idx   ON invitations (event_id, created_at DESC) WHERE event_id IS NOT NULL;
CREATE INDEX invitations_guest_idx   ON invitations (guest_id) WHERE guest_id IS NOT NULL;
CREATE INDEX invitations_status_idx  ON invitations (status);
CREATE INDEX invitations_email_idx   ON invitations (email);

-- Every scan attempt, admitted or not. A station that retries after a timeout sends the same
-- nonce again: the unique key makes sure the retry is answered from the first attempt and
-- admits no one more.
CREATE TABLE invitation_scans (
    id              uuid PRIMARY KEY,
    invitation_id   uuid        REFERENCES invitations (id) ON DELETE CASCADE,
    station_event_id uuid       REFERENCES events (id) ON DELETE SET NULL,
    scanned_at      timestamptz NOT NULL DEFAULT now(),
    station         text        NOT NULL CHECK (length(station) BETWEEN 1 AND 100),
    scanned_by      uuid        REFERENCES users (id) ON DELETE SET NULL,
    device_info     jsonb,
    outcome         text        NOT NULL
                    CHECK (outcome IN ('admitted', 'already-used', 'not-enough-seats', 'revoked', 'wrong-event', 'unknown')),
    seats_admitted  integer     NOT NULL DEFAULT 0 CHECK (seats_admitted >= 0),
    seats_left      integer,
    nonce           text        CHECK (length(nonce) BETWEEN 1 AND 100),
    reverted_at     timestamptz,
    reverted_by     uuid        REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT invitation_scans_nonce_unique UNIQUE (invitation_id, nonce)
);
CREATE INDEX invitation_scans_invitation_idx ON invitation_scans (invitation_id, scanned_at);
CREATE INDEX invitation_scans_scanned_idx    ON invitation_scans (scanned_at DESC);

-- The delivery ledger (V2) already has invitation_id; now it can point somewhere.
ALTER TABLE deliveries
    ADD CONSTRAINT deliveries_invitation_fk FOREIGN KEY (invitation_id)
        REFERENCES invitations (id) ON DELETE SET NULL;
