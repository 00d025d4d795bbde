-- Households and plus-ones, the event's questions and their answers (issue 11).

-- A guest with named members is a household. Its party size then follows the members:
-- named members + plus-ones allowed (named or not), kept in guests.party_size by the server.
ALTER TABLE guests ADD COLUMN plus_ones_allowed integer NOT NULL DEFAULT 0
    CHECK (plus_ones_allowed BETWEEN 0 AND 20);

-- The people of a household: invited by name (plus_one false) or a plus-one the guest or an
-- organizer named. Attending is each person's own answer.
CREATE TABLE household_members (
    id        uuid PRIMARY KEY,
    guest_id  uuid    NOT NULL REFERENCES guests (id) ON DELETE CASCADE,
    position  integer NOT NULL CHECK (position >= 0),
    name      text    NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    plus_one  boolean NOT NULL DEFAULT false,
    attending text    NOT NULL DEFAULT 'unknown' CHECK (attending IN ('yes', 'no', 'unknown'))
);
CREATE INDEX household_members_guest_idx ON household_members (guest_id, position);

-- The questions an event asks, in order. Options: a JSON array of texts (meal choices, or
-- the dietary tags a guest picks from; empty for free text).
CREATE TABLE event_questions (
    id         uuid PRIMARY KEY,
    event_id   uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position   integer     NOT NULL CHECK (position >= 0),
    kind       text        NOT NULL CHECK (kind IN ('choice', 'dietary', 'yesno', 'text')),
    scope      text        NOT NULL CHECK (scope IN ('member', 'household')),
    label      text        NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
    required   boolean     NOT NULL DEFAULT false,
    options    text        NOT NULL DEFAULT '[]',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX event_questions_event_idx ON event_questions (event_id, position);

-- One answer per question and household (member_id null) or member. The value is canonical
-- JSON (a text, true/false, or an array of tags), checked by the server before it is written.
CREATE TABLE guest_answers (
    id          uuid PRIMARY KEY,
    guest_id    uuid NOT NULL REFERENCES guests (id) ON DELETE CASCADE,
    member_id   uuid REFERENCES household_members (id) ON DELETE CASCADE,
    question_id uuid NOT NULL REFERENCES event_questions (id) ON DELETE CASCADE,
    value       text NOT NULL CHECK (length(value) <= 4000)
);
CREATE UNIQUE INDEX guest_answers_member_unique ON guest_answers (member_id, question_id) WHERE member_id IS NOT NULL;
CREATE UNIQUE INDEX guest_answers_household_unique ON guest_answers (guest_id, question_id) WHERE member_id IS NULL;
CREATE INDEX guest_answers_question_idx ON guest_answers (question_id);

-- An answer recorded by an organizer (e.g. by phone) or from the RSVP page is history too.
ALTER TABLE guest_status_changes DROP CONSTRAINT IF EXISTS guest_status_changes_source_check;
ALTER TABLE guest_status_changes ADD CONSTRAINT guest_status_changes_source_check
    CHECK (source IN ('whatsapp-reply', 'web', 'console'));

-- An invitation's seats follow its household's confirmed members unless someone fixed them
-- (an explicit seat count when inviting). Existing codes whose seats differ from their
-- guest's party size were set by hand, so they stay fixed.
ALTER TABLE invitations ADD COLUMN seats_fixed boolean NOT NULL DEFAULT false;
UPDATE invitations i SET seats_fixed = true
    WHERE i.guest_id IS NULL OR i.seats <> (SELECT g.party_size FROM guests g WHERE g.id = i.guest_id);
