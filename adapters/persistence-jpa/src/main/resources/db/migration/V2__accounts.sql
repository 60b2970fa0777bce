-- Logins: an email address, a password hash and the resident or staff member it belongs to.
CREATE TABLE account (
    email          VARCHAR(254) PRIMARY KEY,
    password_hash  VARCHAR(500) NOT NULL,
    kind           VARCHAR(20)  NOT NULL CHECK (kind IN ('RESIDENT', 'STAFF')),
    person_id      UUID         NOT NULL,
    version        BIGINT       NOT NULL
);

CREATE INDEX account_person_idx ON account (person_id);
