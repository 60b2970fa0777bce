-- The mail outbox (docs/adr/0010-mail-outbox.md): a mail is recorded here in the same transaction as
-- the change that causes it; a sender delivers it later, claiming rows with FOR UPDATE SKIP LOCKED.
-- The idempotency key names the cause; recording the same cause again adds nothing. The bodies are
-- emptied once the mail is sent, because they may hold a single-use link.
CREATE TABLE mail_outbox (
    id               UUID          PRIMARY KEY,
    idempotency_key  VARCHAR(200)  NOT NULL UNIQUE,
    kind             VARCHAR(40)   NOT NULL,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    text_body        TEXT,
    html_body        TEXT,
    status           VARCHAR(10)   NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts         INTEGER       NOT NULL,
    last_error       VARCHAR(1000),
    sent_at          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (status, next_attempt_at);
