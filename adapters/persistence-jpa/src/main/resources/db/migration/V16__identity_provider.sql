-- Staff log in through their municipality's own OpenID Connect provider, ADR 0016.

-- The provider per municipality; all three are null when there is none.
ALTER TABLE municipality ADD COLUMN oidc_issuer VARCHAR(500);
ALTER TABLE municipality ADD COLUMN oidc_client_id VARCHAR(200);
ALTER TABLE municipality ADD COLUMN oidc_account_claim VARCHAR(100);

-- A login on its way to the provider, by hash of its state parameter; nonce and PKCE verifier
-- stay here, never in the browser. browser_hash is the hash of the cookie the starting browser got:
-- only that browser can finish the login (no login forged for someone else's browser).
CREATE TABLE identity_provider_login (
    state_hash       VARCHAR(64)  PRIMARY KEY,
    browser_hash     VARCHAR(64)  NOT NULL,
    municipality_id  UUID         NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
    nonce            VARCHAR(64)  NOT NULL,
    code_verifier    VARCHAR(128) NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX identity_provider_login_expires_idx ON identity_provider_login (expires_at);

-- A login back from the provider whose session the work environment picks up, by ticket hash.
CREATE TABLE identity_provider_handover (
    ticket_hash  VARCHAR(64)  PRIMARY KEY,
    person_id    UUID         NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX identity_provider_handover_expires_idx ON identity_provider_handover (expires_at);
