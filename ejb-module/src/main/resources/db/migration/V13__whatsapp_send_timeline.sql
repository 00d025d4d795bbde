-- The WhatsApp send rate of a business number, shared by every server on this database (Meta's
-- throughput limit is per number, not per server). next_at is when the number's next send may go:
-- a server reserves a few consecutive sends by moving it forward (SendSlots), and a throttling
-- answer from Meta moves it past the wait, for every server at once.
CREATE TABLE whatsapp_send_timeline (
    phone_number_id text        PRIMARY KEY CHECK (length(phone_number_id) <= 100),
    next_at         timestamptz NOT NULL
);
