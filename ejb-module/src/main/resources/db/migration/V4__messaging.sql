-- WhatsApp messaging: the ledger's read paths get their indexes, and guests get a history of
-- status changes made by their own answers (a WhatsApp reply), with the evidence.

-- GET /api/events/{id}/messages filters by channel, state, guest and broadcast, newest first.
CREATE INDEX deliveries_event_channel_idx ON deliveries (event_id, channel, queued_at DESC);
CREATE INDEX deliveries_event_state_idx   ON deliveries (event_id, state);
-- Per-broadcast totals by state.
CREATE INDEX deliveries_broadcast_state_idx ON deliveries (broadcast_id, state) WHERE broadcast_id IS NOT NULL;
-- A broadcast sends at most once to each guest on each channel: a WhatsApp message that
-- failed may be followed by the same content by e-mail (the optional fallback) in the same
-- broadcast, which the V2 index (broadcast, guest) would forbid.
DROP INDEX deliveries_broadcast_guest_unique;
CREATE UNIQUE INDEX deliveries_broadcast_guest_channel_unique ON deliveries (broadcast_id, guest_id, channel)
    WHERE broadcast_id IS NOT NULL AND guest_id IS NOT NULL;
-- A free-text reply ("yes") is matched to the latest message sent to the replying number.
CREATE INDEX deliveries_recipient_idx ON deliveries (channel, recipient, queued_at DESC);

CREATE TABLE guest_status_changes (
    id                  uuid PRIMARY KEY,
    event_id            uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    guest_id            uuid        NOT NULL REFERENCES guests (id) ON DELETE CASCADE,
    from_status         text        NOT NULL CHECK (from_status IN ('invited', 'confirmed', 'declined')),
    to_status           text        NOT NULL CHECK (to_status IN ('invited', 'confirmed', 'declined')),
    -- New sources (a member's edit, the RSVP page) are added to this list by later migrations.
    source              text        NOT NULL CHECK (source IN ('whatsapp-reply')),
    -- What the guest sent: the quick-reply payload or the word, for people to check.
    evidence            text,
    -- The message the guest answered, when known.
    delivery_id         uuid        REFERENCES deliveries (id) ON DELETE SET NULL,
    -- The guest's own message (the provider's id), so a replayed webhook is applied once.
    provider_message_id text,
    -- When the guest answered (the provider's timestamp); a late answer older than the
    -- latest recorded one does not undo it.
    answered_at         timestamptz,
    changed_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX guest_status_changes_guest_idx ON guest_status_changes (guest_id, answered_at DESC);
CREATE UNIQUE INDEX guest_status_changes_inbound_unique ON guest_status_changes (source, provider_message_id)
    WHERE provider_message_id IS NOT NULL;
