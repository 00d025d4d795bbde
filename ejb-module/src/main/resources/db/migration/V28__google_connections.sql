-- Google contacts imports (dev.usher.imports): a user's connection to their Google account, and the
-- connects started but not yet come back from Google. Both hold secrets sealed under USHER_SECRETS_KEY
-- (platform.secrets.SecretSeal); the CHECKs keep a token from ever being written in clear.

-- One per user: the refresh token Google granted for contacts.readonly. Deleted on revocation (and
-- with the user).
CREATE TABLE google_connections (
    user_id       uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    refresh_token text        NOT NULL CHECK (refresh_token LIKE 'enc1:%'),
    connected_at  timestamptz NOT NULL DEFAULT now()
);

-- A connect in flight: the OAuth state names the user who started it (Google's redirect back carries
-- no bearer token), the PKCE verifier waits for the code, and return_to is the console page to go back
-- to. Used once; ten minutes old, it is discarded.
CREATE TABLE google_authorizations (
    state         text        PRIMARY KEY,
    user_id       uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_verifier text        NOT NULL CHECK (code_verifier LIKE 'enc1:%'),
    return_to     text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX google_authorizations_created_idx ON google_authorizations (created_at);
