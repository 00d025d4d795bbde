-- The offline station (issue 14): codes a station can verify without the server, and the
-- scans it admitted while apart from it.

-- One Ed25519 key pair per event. The public key (32 raw bytes) is handed to the event's door
-- staff; the private key is stored sealed (AES-256-GCM: 12-byte IV, then ciphertext and tag)
-- under a key derived from USHER_DOOR_KEY_SECRET, and no API returns it.
CREATE TABLE event_signing_keys (
    event_id           uuid PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    public_key         bytea       NOT NULL CHECK (length(public_key) = 32),
    private_key_sealed bytea       NOT NULL,
    created_at         timestamptz NOT NULL
);

-- Each scan a station admitted offline, as uploaded: the nonce makes an upload idempotent
-- (a station uploads again whatever it is not sure the server stored). conflict: the server
-- could not honour the admission (the seats were used by another device or station meanwhile,
-- the code was revoked, or the invitation is not the event's): two devices admitted the same
-- seat while apart, and organizers are shown it.
CREATE TABLE offline_scans (
    event_id      uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    nonce         text        NOT NULL CHECK (length(nonce) BETWEEN 1 AND 100),
    invitation_id uuid        NOT NULL,
    device        text        NOT NULL CHECK (length(device) BETWEEN 1 AND 100),
    station       text        NOT NULL CHECK (length(station) BETWEEN 1 AND 200),
    device_time   timestamptz NOT NULL,
    seats         integer     NOT NULL CHECK (seats > 0),
    uploaded_at   timestamptz NOT NULL,
    uploaded_by   uuid,
    scan_id       uuid,
    outcome       text        NOT NULL,
    conflict      boolean     NOT NULL,
    PRIMARY KEY (event_id, nonce)
);
CREATE INDEX offline_scans_conflicts_idx ON offline_scans (event_id, device_time) WHERE conflict;
CREATE INDEX offline_scans_invitation_idx ON offline_scans (invitation_id);

-- Admissions uploaded by an offline station are told apart from live scans.
ALTER TABLE invitation_scans DROP CONSTRAINT invitation_scans_source_check;
ALTER TABLE invitation_scans ADD CONSTRAINT invitation_scans_source_check
    CHECK (source IN ('scan', 'manual', 'offline'));
