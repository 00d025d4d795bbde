-- One record per outbound message on any channel (WhatsApp, e-mail): what was sent to whom,
-- and what the provider later said happened to it. A send writes its row before talking to
-- the provider (state 'sending'), so a crash in between leaves a visible, in-doubt row
-- instead of a silent resend or a silent loss.

CREATE TABLE deliveries (
    id                  uuid PRIMARY KEY,
    channel             text        NOT NULL CHECK (channel IN ('whatsapp', 'email')),
    event_id            uuid        REFERENCES events (id) ON DELETE CASCADE,
    guest_id            uuid        REFERENCES guests (id) ON DELETE SET NULL,
    invitation_id       uuid,
    broadcast_id        uuid,
    recipient           text        NOT NULL,
    kind                text        NOT NULL,
    content             jsonb,
    state               text        NOT NULL DEFAULT 'queued'
                        CHECK (state IN ('queued', 'sending', 'sent', 'delivered', 'read', 'opened', 'failed')),
    provider_message_id text,
    error_code          text,
    error_reason        text,
    attempts            integer     NOT NULL DEFAULT 0,
    created_by          uuid        REFERENCES users (id) ON DELETE SET NULL,
    queued_at           timestamptz NOT NULL DEFAULT now(),
    sending_at          timestamptz,
    sent_at             timestamptz,
    delivered_at        timestamptz,
    read_at             timestamptz,
    failed_at           timestamptz,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT deliveries_provider_message_unique UNIQUE (channel, provider_message_id)
);
CREATE INDEX deliveries_event_idx     ON deliveries (event_id, queued_at DESC);
CREATE INDEX deliveries_guest_idx     ON deliveries (guest_id, queued_at DESC) WHERE guest_id IS NOT NULL;
CREATE INDEX deliveries_invitation_idx ON deliveries (invitation_id) WHERE invitation_id IS NOT NULL;
-- A broadcast sends at most once to each guest, whatever restarts happen.
CREATE UNIQUE INDEX deliveries_broadcast_guest_unique ON deliveries (broadcast_id, guest_id)
    WHERE broadcast_id IS NOT NULL AND guest_id IS NOT NULL;
