-- Outgoing webhooks, second slice: server-wide subscriptions and more event types
-- (invitation.sent, invitation.failed, invitation.opened, checkin.undone, job.finished), each
-- queued by a trigger in the transaction of the change, as V21's are.

-- A subscription without an event is a super-admin's: it receives every event's occurrences of its
-- types, and those of nothing's event (official invitations without one). The event endpoints
-- never show it: their queries name an event.
ALTER TABLE webhook_subscriptions ALTER COLUMN event_id DROP NOT NULL;
-- A delivery records the occurrence's event (for a server-wide subscription too); none for an
-- occurrence outside any event, which only server-wide subscriptions receive.
ALTER TABLE webhook_deliveries ALTER COLUMN event_id DROP NOT NULL;
-- job.finished looks an occurrence up before queuing it again (see below).
CREATE INDEX webhook_deliveries_occurrence_idx ON webhook_deliveries (occurrence_id);

-- Whether any active subscription wants this type of this event's occurrences: the event's own and
-- the server-wide ones. Asked first, so a change nobody subscribed to builds no payload.
CREATE FUNCTION webhooks_wanted(event uuid, kind text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM webhook_subscriptions s
                   WHERE (s.event_id = event OR s.event_id IS NULL) AND s.active
                     AND kind = ANY (string_to_array(s.event_types, ',')));
$$;

-- Queues one delivery of an occurrence per active subscription that wants it, with the envelope
-- every type shares: {id, type, createdAt, eventId, data}. The delivery's event is the occurrence's.
CREATE FUNCTION webhooks_queue(event uuid, kind text, occurrence uuid, happened timestamptz, data jsonb)
    RETURNS void LANGUAGE sql AS $$
    INSERT INTO webhook_deliveries (id, subscription_id, event_id, occurrence_id, event_type, payload)
    SELECT gen_random_uuid(), s.id, event, occurrence, kind,
           jsonb_build_object(
               'id', occurrence,
               'type', kind,
               'createdAt', to_char(happened AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
               'eventId', event,
               'data', data)::text
    FROM webhook_subscriptions s
    WHERE (s.event_id = event OR s.event_id IS NULL) AND s.active
      AND kind = ANY (string_to_array(s.event_types, ','))
    ORDER BY s.created_at;
$$;

-- V21's two types, now through the shared functions, so server-wide subscriptions receive them too.
-- Their payloads are unchanged.
CREATE OR REPLACE FUNCTION webhooks_guest_rsvp_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF webhooks_wanted(NEW.event_id, 'guest.rsvp_changed') THEN
        PERFORM webhooks_queue(NEW.event_id, 'guest.rsvp_changed', NEW.id, NEW.changed_at,
                jsonb_build_object(
                    'guestId', NEW.guest_id,
                    'firstName', g.first_name,
                    'lastName', g.last_name,
                    'from', NEW.from_status,
                    'to', NEW.to_status,
                    'source', NEW.source))
        FROM guests g WHERE g.id = NEW.guest_id;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION webhooks_checkin_admitted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    event uuid;
BEGIN
    SELECT i.event_id INTO event FROM invitations i WHERE i.id = NEW.invitation_id;
    IF webhooks_wanted(event, 'checkin.admitted') THEN
        PERFORM webhooks_queue(i.event_id, 'checkin.admitted', NEW.id, NEW.scanned_at,
                jsonb_build_object(
                    'invitationId', i.id,
                    'guestId', i.guest_id,
                    'recipientName', i.recipient_name,
                    'seatsAdmitted', NEW.seats_admitted,
                    'seatsLeft', NEW.seats_left,
                    'listId', NEW.list_id,
                    'gate', NEW.gate,
                    'source', NEW.source))
        FROM invitations i WHERE i.id = NEW.invitation_id;
    END IF;
    RETURN NULL;
END $$;

-- invitation.sent / .failed / .opened: an invitation's transitions, once each, never for an update
-- that leaves them as they were. Sent is the first hand-over to the mail server (sent_at set: a
-- resend of a sent code changes no status and emits nothing); failed is a first send that failed
-- (pending to failed: a failed resend of a sent code leaves it sent); opened is the first fetch of
-- the tracking pixel (opened_at set, whatever the status: an admitted guest may open the mail
-- later). An undone admission moves the status back, but sets neither timestamp: no emission. The
-- payload names the invitation and its guest, not the address: the failure's text may quote the
-- address, so only its code (the part before the colon, see InvitationSender) is sent.
CREATE FUNCTION webhooks_invitation_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    data jsonb := jsonb_build_object('invitationId', NEW.id, 'number', NEW.number, 'guestId', NEW.guest_id);
BEGIN
    IF OLD.sent_at IS NULL AND NEW.sent_at IS NOT NULL AND webhooks_wanted(NEW.event_id, 'invitation.sent') THEN
        PERFORM webhooks_queue(NEW.event_id, 'invitation.sent', gen_random_uuid(), NEW.sent_at, data);
    END IF;
    IF OLD.status = 'pending' AND NEW.status = 'failed' AND webhooks_wanted(NEW.event_id, 'invitation.failed') THEN
        PERFORM webhooks_queue(NEW.event_id, 'invitation.failed', gen_random_uuid(), NEW.updated_at,
                data || jsonb_build_object('failureCode', nullif(split_part(NEW.failure_reason, ':', 1), '')));
    END IF;
    IF OLD.opened_at IS NULL AND NEW.opened_at IS NOT NULL AND webhooks_wanted(NEW.event_id, 'invitation.opened') THEN
        PERFORM webhooks_queue(NEW.event_id, 'invitation.opened', gen_random_uuid(), NEW.opened_at, data);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER invitations_webhooks AFTER UPDATE OF status, sent_at, opened_at ON invitations
    FOR EACH ROW WHEN ((OLD.sent_at IS NULL AND NEW.sent_at IS NOT NULL)
                       OR (OLD.status = 'pending' AND NEW.status = 'failed')
                       OR (OLD.opened_at IS NULL AND NEW.opened_at IS NOT NULL))
    EXECUTE FUNCTION webhooks_invitation_changed();

-- checkin.undone: an admission taken back (CheckIns.undo marks the scan reverted, once: a second
-- undo is refused). admissionId is the checkin.admitted occurrence it takes back.
CREATE FUNCTION webhooks_checkin_undone() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    event uuid;
BEGIN
    SELECT i.event_id INTO event FROM invitations i WHERE i.id = NEW.invitation_id;
    IF webhooks_wanted(event, 'checkin.undone') THEN
        PERFORM webhooks_queue(i.event_id, 'checkin.undone', gen_random_uuid(), NEW.reverted_at,
                jsonb_build_object(
                    'admissionId', NEW.id,
                    'invitationId', i.id,
                    'guestId', i.guest_id,
                    'seatsUndone', NEW.seats_admitted,
                    'listId', NEW.list_id,
                    'gate', NEW.gate))
        FROM invitations i WHERE i.id = NEW.invitation_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER invitation_scans_undone_webhooks AFTER UPDATE OF reverted_at ON invitation_scans
    FOR EACH ROW WHEN (OLD.reverted_at IS NULL AND NEW.reverted_at IS NOT NULL)
    EXECUTE FUNCTION webhooks_checkin_undone();

-- job.finished: an execution of a job reaching a final status in Usher's mirror (JobRunListener
-- writes it as the job ends; DeadServerJobs fails a dead server's job; a view may write what the
-- runtime says). A restart ends again: a new execution, a new occurrence. The mirror is written
-- from several places and a stale write could move it back and forth, so the occurrence's id is
-- derived from the execution and queued only once. The exit status is left out (it may carry an
-- exception's text); the counts are the job's own counters.
CREATE FUNCTION webhooks_job_finished() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    occurrence uuid := md5('job.finished/' || NEW.instance_id || '/' || NEW.latest_execution_id)::uuid;
BEGIN
    IF webhooks_wanted(NEW.event_id, 'job.finished')
       AND NOT EXISTS (SELECT 1 FROM webhook_deliveries WHERE occurrence_id = occurrence) THEN
        PERFORM webhooks_queue(NEW.event_id, 'job.finished', occurrence, NEW.updated_at,
                jsonb_build_object(
                    'executionId', NEW.latest_execution_id,
                    'instanceId', NEW.instance_id,
                    'jobName', NEW.job_name,
                    'status', NEW.batch_status,
                    'counts', NEW.counts));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER job_runs_webhooks AFTER UPDATE OF batch_status ON job_runs
    FOR EACH ROW WHEN (OLD.batch_status NOT IN ('COMPLETED', 'FAILED', 'STOPPED', 'ABANDONED')
                       AND NEW.batch_status IN ('COMPLETED', 'FAILED', 'STOPPED', 'ABANDONED'))
    EXECUTE FUNCTION webhooks_job_finished();
