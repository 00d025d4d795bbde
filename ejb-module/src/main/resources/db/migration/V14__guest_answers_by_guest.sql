-- A guest's answers are read by guest (a list page's batch read, the CSV export) and deleted with
-- the guest; V10's only index with guest_id first is partial (household answers, member_id null).
CREATE INDEX guest_answers_guest_idx ON guest_answers (guest_id);
