-- The duplicate manager (issue 15): finding likely duplicates in SQL, and the pairs an organizer
-- said are not duplicates, so they are not shown again.

-- A guest's full name as the finder compares it: lower case, every run of punctuation or spaces
-- one space ("Cohen-Levi, Dana" and "cohen levi dana" compare alike). Immutable, so it can be indexed.
CREATE FUNCTION guest_name_key(first_name text, last_name text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT lower(btrim(regexp_replace(coalesce(first_name, '') || ' ' || coalesce(last_name, ''),
                                           '[^[:alnum:]]+', ' ', 'g'))) $$;

-- Names are compared within blocks (the same side and family name; the same side, first name and
-- initial of the family name), never across the whole event: these indexes serve those blocks.
CREATE INDEX guests_event_family_idx ON guests (event_id, coalesce(side, ''), lower(coalesce(last_name, '')));
CREATE INDEX guests_event_given_idx ON guests (event_id, coalesce(side, ''), lower(first_name),
                                               left(lower(coalesce(last_name, '')), 1));

-- One row per pair, the smaller id first, so a pair is one key whichever way it was dismissed.
CREATE TABLE duplicate_dismissals (
    event_id     uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    guest_a      uuid        NOT NULL REFERENCES guests (id) ON DELETE CASCADE,
    guest_b      uuid        NOT NULL REFERENCES guests (id) ON DELETE CASCADE,
    dismissed_by uuid        REFERENCES users (id) ON DELETE SET NULL,
    dismissed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, guest_a, guest_b),
    CONSTRAINT duplicate_dismissals_ordered CHECK (guest_a < guest_b)
);
CREATE INDEX duplicate_dismissals_b_idx ON duplicate_dismissals (guest_b);
