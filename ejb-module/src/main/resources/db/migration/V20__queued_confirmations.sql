-- Confirmation e-mails a server left queued (it stopped between the guest's answer and the send):
-- every server's ConfirmationSweep looks for them each beat, so they are found without reading
-- the whole ledger.
CREATE INDEX deliveries_queued_kind_idx ON deliveries (kind, queued_at) WHERE state = 'queued';
