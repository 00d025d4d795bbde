-- The activity feed reads an event's answers newest first, a page at a time.
CREATE INDEX guest_status_changes_event_feed_idx ON guest_status_changes (event_id, changed_at DESC, id DESC);

-- The transaction that recorded each change. A digest reads the changes whose transaction ended
-- before its snapshot's xmin (pg_snapshot_xmin): every such transaction has committed or rolled
-- back, and every later one has a larger id, so a cursor on this column never skips a change that
-- commits late (a timestamp cursor would) and never reads one twice. Rows written before V17 all
-- carry the migration's id, which no digest cursor is below (cursors start at subscription).
ALTER TABLE guest_status_changes ADD COLUMN recorded_xid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX guest_status_changes_event_xid_idx ON guest_status_changes (event_id, recorded_xid);

-- A member's own choice of RSVP digest for one event (no row: off). through_xid is the digest's
-- cursor: the changes with recorded_xid >= through_xid are not yet sent to this member.
CREATE TABLE member_digests (
    member_id   uuid PRIMARY KEY REFERENCES event_members (id) ON DELETE CASCADE,
    event_id    uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    mode        text        NOT NULL CHECK (mode IN ('off', 'immediate', 'daily')),
    through_xid xid8        NOT NULL,
    last_sent_at timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX member_digests_due_idx ON member_digests (mode, event_id) WHERE mode <> 'off';

-- The console's e-mail previews, each served from a page of its own with a policy of its own
-- (dev.usher.mail.MailPreviewPages): the console's Content-Security-Policy allows no inline style, and
-- a srcdoc frame inherits it, so the e-mail's colours did not show. Only the key's SHA-256 is stored;
-- a preview lives for minutes and expired ones are deleted by the next preview.
CREATE TABLE mail_previews (
    key_hash   bytea       PRIMARY KEY CHECK (length(key_hash) = 32),
    html       text        NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX mail_previews_expiry_idx ON mail_previews (expires_at);
