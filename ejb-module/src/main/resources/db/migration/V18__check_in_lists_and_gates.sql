-- Check-in lists, gates, exits and re-entry (issue 14). An event's door may admit to several
-- lists ("Ceremony", "Reception", "VIP lounge"), each with its own exactly-once rule; a station
-- is set to a gate and a list, and every scan records both.

-- One row per list. The default list (one per event) is the door as it was before lists: every
-- invitation of the event, once, no exits or hours; its counts stay on the invitation
-- (invitations.seats_admitted), so existing codes, stations and reports keep their meaning.
-- A null limit means "every type" / "every guest"; an invitation without a guest is outside a
-- list limited to guest groups (guests.side).
CREATE TABLE check_in_lists (
    id               uuid PRIMARY KEY,
    event_id         uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    is_default       boolean     NOT NULL DEFAULT false,
    invitation_types text[]      CHECK (invitation_types <@ ARRAY['general', 'vip', 'press', 'sponsor', 'special']
                                        AND cardinality(invitation_types) > 0),
    guest_sides      text[]      CHECK (cardinality(guest_sides) BETWEEN 1 AND 50),
    exits            boolean     NOT NULL DEFAULT false,
    reentry          boolean     NOT NULL DEFAULT false,
    opens_at         timestamptz,
    closes_at        timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint      NOT NULL DEFAULT 0,
    -- Re-entry is admission after an exit scan.
    CONSTRAINT check_in_lists_reentry_needs_exits CHECK (NOT reentry OR exits),
    CONSTRAINT check_in_lists_window CHECK (opens_at IS NULL OR closes_at IS NULL OR opens_at < closes_at),
    CONSTRAINT check_in_lists_default_plain CHECK (NOT is_default OR (invitation_types IS NULL
        AND guest_sides IS NULL AND NOT exits AND opens_at IS NULL AND closes_at IS NULL))
);
CREATE UNIQUE INDEX check_in_lists_default_unique ON check_in_lists (event_id) WHERE is_default;
CREATE UNIQUE INDEX check_in_lists_name_unique ON check_in_lists (event_id, lower(name));

-- Every event has its default list, existing ones now and new ones as they are created (a
-- trigger, so no path that creates an event can forget it).
INSERT INTO check_in_lists (id, event_id, name, is_default)
SELECT gen_random_uuid(), id, 'Entrance', true FROM events;

CREATE FUNCTION check_in_lists_default_for_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO check_in_lists (id, event_id, name, is_default) VALUES (gen_random_uuid(), NEW.id, 'Entrance', true);
    RETURN NEW;
END $$;
CREATE TRIGGER events_default_check_in_list AFTER INSERT ON events
    FOR EACH ROW EXECUTE FUNCTION check_in_lists_default_for_event();

-- A list's counts per code, other than the default list's: {"<list id>": {"admitted": n, "inside": m}}.
-- On the invitation's row, not in a table of their own, because the row lock that the admission
-- statement takes (FOR UPDATE) is what decides one code's scans one after the other: PostgreSQL
-- re-reads the locked row when the lock was waited for, but a joined table's row is read from the
-- statement's older snapshot, so a count kept elsewhere could admit a seat twice.
ALTER TABLE invitations ADD COLUMN list_seats jsonb NOT NULL DEFAULT '{}';

-- Each scan's list and gate, and whether it was an entry or an exit. seats_exited counts the
-- people an exit scan let out (seats_admitted stays "admitted now", which exits are not).
ALTER TABLE invitation_scans
    ADD COLUMN list_id uuid REFERENCES check_in_lists (id) ON DELETE SET NULL,
    ADD COLUMN gate text CHECK (length(gate) BETWEEN 1 AND 100),
    ADD COLUMN direction text NOT NULL DEFAULT 'in' CHECK (direction IN ('in', 'out')),
    ADD COLUMN seats_exited integer NOT NULL DEFAULT 0 CHECK (seats_exited >= 0);
ALTER TABLE invitation_scans DROP CONSTRAINT invitation_scans_outcome_check;
ALTER TABLE invitation_scans ADD CONSTRAINT invitation_scans_outcome_check
    CHECK (outcome IN ('admitted', 'already-used', 'not-enough-seats', 'revoked', 'wrong-event', 'unknown',
                       'not-on-list', 'outside-hours', 'exited', 'not-inside', 'no-exits'));

-- Existing check-ins were admissions to the event's door: they belong to its default list.
UPDATE invitation_scans s SET list_id = l.id
FROM invitations i, check_in_lists l
WHERE i.id = s.invitation_id AND l.event_id = coalesce(s.station_event_id, i.event_id) AND l.is_default;
UPDATE invitation_scans s SET list_id = l.id
FROM check_in_lists l
WHERE s.invitation_id IS NULL AND l.event_id = s.station_event_id AND l.is_default;

-- The arrivals view: admissions per list and gate, read from the index alone (partial: only
-- admissions standing).
CREATE INDEX invitation_scans_list_gate_idx ON invitation_scans (list_id, gate) INCLUDE (seats_admitted)
    WHERE seats_admitted > 0 AND reverted_at IS NULL;
-- No index of every scan by list: each would cost every scan at the door an index entry more,
-- for what is rare (deleting a list, which checks it has no scans, and an event).

-- How many of an invitation's people have arrived, on whichever list admitted the most of them
-- (the guest list's "arrived" badge and filter): the default list's count or another list's.
CREATE FUNCTION invitation_arrived(seats_admitted integer, list_seats jsonb) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT greatest(seats_admitted, coalesce((SELECT max(CAST(e.value ->> 'admitted' AS integer))
                                              FROM jsonb_each(list_seats) e), 0))
$$;
-- Whether any of the guest's invitations has people in (the guest list's filter, called from JPQL).
CREATE FUNCTION guest_arrived(guest uuid) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT EXISTS (SELECT 1 FROM invitations i
                   WHERE i.guest_id = guest AND invitation_arrived(i.seats_admitted, i.list_seats) > 0)
$$;
