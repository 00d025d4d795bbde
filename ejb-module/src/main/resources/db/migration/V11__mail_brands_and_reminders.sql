-- Issue 11: each event's invitation e-mails carry its own brand and sender name, and organizers
-- remind the guests who have not answered, now or at a time, as a batch job.

-- The brand of an event's invitation e-mails; no row: the server's usher.mail.* defaults.
CREATE TABLE event_mail_brands (
    event_id     uuid PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    -- The name in the e-mail's header and footer.
    display_name text CHECK (char_length(display_name) BETWEEN 1 AND 80),
    -- Lands in inline CSS: only #RRGGBB.
    color        text CHECK (color ~ '^#[0-9A-Fa-f]{6}$'),
    -- The From header's display name; the address stays the server's (smtp.from). No line breaks:
    -- it goes into a header.
    sender_name  text CHECK (char_length(sender_name) BETWEEN 1 AND 80 AND sender_name !~ '[[:cntrl:]]'),
    -- An optional image (logo, banner), sent as an inline part (cid:), never fetched from afar.
    image        bytea CHECK (octet_length(image) <= 262144),
    image_type   text CHECK (image_type IN ('image/png', 'image/jpeg', 'image/gif')),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((image IS NULL) = (image_type IS NULL))
);

-- A reminder to the guests of an event who have not answered (status 'invited'). 'scheduled'
-- until its time comes, when one server claims it (FOR UPDATE SKIP LOCKED) and starts the
-- reminder-send job ('started'); each guest's message is a ledger row unique per (reminder,
-- guest, channel) (deliveries.broadcast_id is the reminder's id), so a restart reminds no guest twice.
CREATE TABLE reminders (
    id              uuid PRIMARY KEY,
    event_id        uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    channel         text        NOT NULL CHECK (channel IN ('email', 'whatsapp')),
    -- Only guests who opened an invitation e-mail (the tracking pixel) and did not answer.
    opened_only     boolean     NOT NULL DEFAULT false,
    -- E-mail: the organizer's words in the reminder (optional). WhatsApp: the message content (JSON).
    message         text CHECK (char_length(message) <= 2000),
    content         jsonb,
    due_at          timestamptz NOT NULL,
    state           text        NOT NULL CHECK (state IN ('scheduled', 'started', 'cancelled')),
    job_instance_id bigint,
    created_by      uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    started_at      timestamptz,
    cancelled_at    timestamptz,
    CHECK (channel = 'email' OR content IS NOT NULL)
);
CREATE INDEX reminders_event_idx ON reminders (event_id, created_at DESC);
CREATE INDEX reminders_due_idx ON reminders (due_at) WHERE state = 'scheduled';
