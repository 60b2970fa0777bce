-- Accounts of support workers, and disabling accounts. The table is rebuilt because the name of the
-- kind check differs between databases.
CREATE TABLE account_new (
    email          VARCHAR(254) PRIMARY KEY,
    password_hash  VARCHAR(500) NOT NULL,
    kind           VARCHAR(20)  NOT NULL CHECK (kind IN ('RESIDENT', 'STAFF', 'SUPPORT_WORKER')),
    person_id      UUID         NOT NULL UNIQUE,
    enabled        BOOLEAN      NOT NULL,
    version        BIGINT       NOT NULL
);
INSERT INTO account_new (email, password_hash, kind, person_id, enabled, version)
    SELECT email, password_hash, kind, person_id, TRUE, version FROM account;
DROP TABLE account;
ALTER TABLE account_new RENAME TO account;

-- Login sessions by the SHA-256 hash of their bearer token; the token itself is never stored.
CREATE TABLE login_session (
    token_hash     VARCHAR(64)  PRIMARY KEY,
    person_id      UUID         NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_session_person_idx ON login_session (person_id);

-- Failed logins per typed email address, whether or not an account has it.
CREATE TABLE login_throttle (
    email            VARCHAR(254) PRIMARY KEY,
    failures         INTEGER      NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE
);

-- Single-use activation and password-reset tokens, by hash.
CREATE TABLE account_token (
    token_hash   VARCHAR(64)  PRIMARY KEY,
    purpose      VARCHAR(20)  NOT NULL CHECK (purpose IN ('ACTIVATION', 'PASSWORD_RESET')),
    person_id    UUID         NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    email        VARCHAR(254) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX account_token_person_idx ON account_token (person_id);

-- Who read or changed a resident's data. Append only; no secrets.
CREATE TABLE access_log (
    id            UUID         PRIMARY KEY,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    action        VARCHAR(300) NOT NULL,
    object        VARCHAR(200),
    resident_id   UUID,
    result        INTEGER      NOT NULL,
    origin        VARCHAR(100),
    actor_kind    VARCHAR(20),
    actor_id      UUID,
    on_behalf_of  VARCHAR(200)
);
CREATE INDEX access_log_resident_idx ON access_log (resident_id, at);
