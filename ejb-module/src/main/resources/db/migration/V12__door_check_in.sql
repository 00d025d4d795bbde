-- The day of the event at the door (issue 14): admissions from a name search are told apart
-- from scanned codes, and the door finds an event's invitations by name or phone quickly.

-- How a scan reached the server: a code read by a camera, hand scanner or typed ('scan'), or a
-- guest the door staff found by name or phone and admitted by hand ('manual').
ALTER TABLE invitation_scans
    ADD COLUMN source text NOT NULL DEFAULT 'scan' CHECK (source IN ('scan', 'manual'));

-- Name search at the door: a substring of the name, case-insensitive, at any position, so a
-- trigram index (pg_trgm is a trusted extension: the database's owner may create it). The
-- search filters the few matches by event; only event invitations are indexed. fastupdate off:
-- with a pending list (thousands of invitations just created) the planner prices the index out
-- and scans the whole event (measured: 15-20 ms instead of under 1 ms at 10,000 invitations);
-- the door's search matters on the day, a little more work per created invitation does not.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX invitations_name_trgm_idx ON invitations USING gin (lower(recipient_name) gin_trgm_ops)
    WITH (fastupdate = off) WHERE event_id IS NOT NULL;
-- A phone typed at the door is normalized to E.164 first and then found exactly.
CREATE INDEX invitations_event_phone_idx ON invitations (event_id, phone) WHERE phone IS NOT NULL;

-- The organizer's note for the door ("wheelchair, seat near the exit"), per guest, shown on
-- the station's answer screen.
ALTER TABLE guests ADD COLUMN door_note text CHECK (length(door_note) <= 500);
