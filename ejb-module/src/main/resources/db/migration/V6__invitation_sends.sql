-- Bulk invitation sending (the invitation-send job).

-- The work list of one bulk send, fixed when the job starts: a restart walks the same items in
-- the same order, whatever happened to the guest list since. An item names a guest (who gets
-- an invitation made for them on the way) or an existing invitation (official drafts).
CREATE TABLE invitation_send_items (
    send_id        uuid    NOT NULL,
    position       integer NOT NULL CHECK (position > 0),
    guest_id       uuid    REFERENCES guests (id) ON DELETE CASCADE,
    invitation_id  uuid    REFERENCES invitations (id) ON DELETE CASCADE,
    PRIMARY KEY (send_id, position),
    CONSTRAINT invitation_send_items_names_something CHECK (guest_id IS NOT NULL OR invitation_id IS NOT NULL)
);

-- One e-mail per invitation per bulk send, whatever restarts happen: the ledger row is written
-- (state 'sending') before the message leaves, and this key refuses a second one.
CREATE UNIQUE INDEX deliveries_run_invitation_unique ON deliveries (broadcast_id, invitation_id)
    WHERE broadcast_id IS NOT NULL AND invitation_id IS NOT NULL;

-- A guest holds at most one invitation that is not revoked: two admins inviting the same guest
-- at once, or a job restarted over the guest it had just invited, cannot make a second code.
CREATE UNIQUE INDEX invitations_guest_live_unique ON invitations (guest_id)
    WHERE guest_id IS NOT NULL AND status <> 'revoked';
