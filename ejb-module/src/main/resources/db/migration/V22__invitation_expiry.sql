-- Invitation expiry (issue 15): a code may stop admitting after an instant.
-- expires_at is the one instant the door, validate and the offline station read; null: never.
-- An event's default is a number of days after an invitation is first sent, written onto the
-- invitation at that send (unless it has an instant of its own): each guest gets the same time
-- whenever they were invited, the door reads only the code's own row, and changing the default
-- later does not move codes already in guests' hands.
ALTER TABLE invitations ADD COLUMN expires_at timestamptz;
ALTER TABLE events ADD COLUMN invitation_expiry_days integer
    CHECK (invitation_expiry_days BETWEEN 1 AND 3650);

ALTER TABLE invitation_scans DROP CONSTRAINT invitation_scans_outcome_check;
ALTER TABLE invitation_scans ADD CONSTRAINT invitation_scans_outcome_check
    CHECK (outcome IN ('admitted', 'already-used', 'not-enough-seats', 'revoked', 'wrong-event', 'unknown',
                       'not-on-list', 'outside-hours', 'exited', 'not-inside', 'no-exits', 'expired'));
