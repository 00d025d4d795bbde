-- Outgoing webhooks (dev.usher.webhooks). An event's admins subscribe a URL to some event types;
-- every occurrence of a subscribed type becomes one row of webhook_deliveries per subscription,
-- written in the transaction of the change itself (the triggers below), so a rollback sends
-- nothing and a crash loses nothing. Any server's timer claims and sends them (WebhookQueue).

CREATE TABLE webhook_subscriptions (
    id          uuid PRIMARY KEY,
    event_id    uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    url         text        NOT NULL CHECK (length(url) <= 2000),
    -- The subscribed types, comma-separated (see WebhookTypes); read by the triggers with string_to_array.
    event_types text        NOT NULL CHECK (event_types ~ '^[a-z_.]+(,[a-z_.]+)*$'),
    -- The HMAC key, shown once to the admin who created the subscription; the server must keep it to sign.
    secret      text        NOT NULL,
    active      boolean     NOT NULL DEFAULT true,
    -- Why the server turned it off (a 410 Gone from the receiver), if it did.
    disabled_reason text,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_subscriptions_event_idx ON webhook_subscriptions (event_id, created_at);

-- The queue and the delivery log in one. seq orders a subscription's deliveries: only the oldest open
-- one (pending or sending) of a subscription is ever claimed, so one subscription has at most one
-- request in flight and its receiver sees the occurrences in order. A row 'sending' whose lease has
-- run out belonged to a server that stopped mid-request: it is claimed again (at least once).
CREATE TABLE webhook_deliveries (
    id              uuid PRIMARY KEY,
    seq             bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    subscription_id uuid        NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_id        uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    -- The occurrence (the same for every subscription it went to); receivers deduplicate on it.
    occurrence_id   uuid        NOT NULL,
    event_type      text        NOT NULL,
    payload         text        NOT NULL,
    state           text        NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sending', 'delivered', 'failed')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    lease_until     timestamptz,
    last_status     integer,
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    -- A redelivery asked for by an admin names the delivery it repeats.
    redelivery_of   uuid        REFERENCES webhook_deliveries (id) ON DELETE SET NULL
);
CREATE INDEX webhook_deliveries_open_idx ON webhook_deliveries (subscription_id, seq)
    WHERE state IN ('pending', 'sending');
CREATE INDEX webhook_deliveries_log_idx ON webhook_deliveries (subscription_id, seq DESC);

-- guest.rsvp_changed: one queued delivery per active subscription of the guest's event, in the
-- transaction that records the change. A trigger rather than Java at each writer: every path that
-- changes a status (console, RSVP page, WhatsApp reply, household reply, and any later one) records
-- it here, so none can forget to emit. The guest's own words (evidence) are not sent.
CREATE FUNCTION webhooks_guest_rsvp_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO webhook_deliveries (id, subscription_id, event_id, occurrence_id, event_type, payload)
    SELECT gen_random_uuid(), s.id, s.event_id, NEW.id, 'guest.rsvp_changed',
           jsonb_build_object(
               'id', NEW.id,
               'type', 'guest.rsvp_changed',
               'createdAt', to_char(NEW.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
               'eventId', NEW.event_id,
               'data', jsonb_build_object(
                   'guestId', NEW.guest_id,
                   'firstName', g.first_name,
                   'lastName', g.last_name,
                   'from', NEW.from_status,
                   'to', NEW.to_status,
                   'source', NEW.source))::text
    FROM webhook_subscriptions s JOIN guests g ON g.id = NEW.guest_id
    WHERE s.event_id = NEW.event_id AND s.active
      AND 'guest.rsvp_changed' = ANY (string_to_array(s.event_types, ','))
    ORDER BY s.created_at;
    RETURN NULL;
END $$;
CREATE TRIGGER guest_status_changes_webhooks AFTER INSERT ON guest_status_changes
    FOR EACH ROW EXECUTE FUNCTION webhooks_guest_rsvp_changed();

-- checkin.admitted: an admission (a scan, a manual or an offline one) to an event's invitation, in
-- the transaction that records it. Only 'admitted' rows: refusals are the door's business. The
-- invitation's own event is the event (a scan's station may name another).
CREATE FUNCTION webhooks_checkin_admitted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO webhook_deliveries (id, subscription_id, event_id, occurrence_id, event_type, payload)
    SELECT gen_random_uuid(), s.id, s.event_id, NEW.id, 'checkin.admitted',
           jsonb_build_object(
               'id', NEW.id,
               'type', 'checkin.admitted',
               'createdAt', to_char(NEW.scanned_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
               'eventId', i.event_id,
               'data', jsonb_build_object(
                   'invitationId', i.id,
                   'guestId', i.guest_id,
                   'recipientName', i.recipient_name,
                   'seatsAdmitted', NEW.seats_admitted,
                   'seatsLeft', NEW.seats_left,
                   'listId', NEW.list_id,
                   'gate', NEW.gate,
                   'source', NEW.source))::text
    FROM invitations i JOIN webhook_subscriptions s ON s.event_id = i.event_id
    WHERE i.id = NEW.invitation_id AND s.active
      AND 'checkin.admitted' = ANY (string_to_array(s.event_types, ','))
    ORDER BY s.created_at;
    RETURN NULL;
END $$;
CREATE TRIGGER invitation_scans_webhooks AFTER INSERT ON invitation_scans
    FOR EACH ROW WHEN (NEW.outcome = 'admitted') EXECUTE FUNCTION webhooks_checkin_admitted();
