-- A household member may answer "maybe" on the RSVP page when the event takes it (issue 11): the
-- member stays undecided for the headcount, stats and seats (which count 'yes'), but the page and
-- the organizer see that they answered.
ALTER TABLE household_members DROP CONSTRAINT IF EXISTS household_members_attending_check;
ALTER TABLE household_members ADD CONSTRAINT household_members_attending_check
    CHECK (attending IN ('yes', 'no', 'maybe', 'unknown'));
