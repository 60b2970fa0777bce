-- Logging in with a second factor (TOTP, RFC 6238), ADR 0014.

-- Which staff members must use a second factor; existing municipalities get the default.
ALTER TABLE municipality ADD COLUMN second_factor_rule VARCHAR(20) DEFAULT 'ADMINISTRATORS' NOT NULL;

-- One authenticator per account. confirmed_at is null while enrolment waits for a first code;
-- last_used_step is the newest 30-second step a code was accepted for, so no code works twice.
CREATE TABLE second_factor (
    person_id       UUID         PRIMARY KEY,
    secret          VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at    TIMESTAMP WITH TIME ZONE,
    last_used_step  BIGINT       NOT NULL
);

-- Single-use recovery codes, by SHA-256 hash.
CREATE TABLE recovery_code (
    code_hash   VARCHAR(64)  PRIMARY KEY,
    person_id   UUID         NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX recovery_code_person_idx ON recovery_code (person_id);

-- A password that was right, waiting for the second factor; by hash of the challenge token.
CREATE TABLE login_challenge (
    token_hash  VARCHAR(64)  PRIMARY KEY,
    person_id   UUID         NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_challenge_person_idx ON login_challenge (person_id);
