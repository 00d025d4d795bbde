-- An e-mail preview page holds a guest's name and address for its ten minutes, and an expired one
-- stayed until the next preview anywhere deleted it. The event it was rendered for lets a guest's
-- erasure (dev.usher.privacy) delete the event's previews at once; an event's deletion takes them too.
ALTER TABLE mail_previews ADD COLUMN event_id uuid REFERENCES events (id) ON DELETE CASCADE;
CREATE INDEX mail_previews_event_idx ON mail_previews (event_id);
