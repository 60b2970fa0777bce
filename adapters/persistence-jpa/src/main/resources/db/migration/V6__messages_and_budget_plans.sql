-- Messages between a resident and their coaches, and the budget plan per trajectory.
--
-- Portable SQL like V1: PostgreSQL 15 and H2 2.2 in MODE=PostgreSQL. Identities are UUIDs made by the
-- application; amounts are euros with cents.

-- ---------------------------------------------------------------- messages

-- author_kind is RESIDENT or STAFF; author_id a resident's or staff member's id. The text never changes.
CREATE TABLE message (
    id             UUID                     NOT NULL,
    trajectory_id  UUID                     NOT NULL,
    author_kind    VARCHAR(20)              NOT NULL,
    author_id      UUID                     NOT NULL,
    body           VARCHAR(4000)            NOT NULL,
    sent_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT message_pk PRIMARY KEY (id),
    CONSTRAINT message_trajectory_fk FOREIGN KEY (trajectory_id)
        REFERENCES trajectory (id) ON DELETE CASCADE
);

-- A trajectory's messages, newest first, a page at a time.
CREATE INDEX message_trajectory_sent_idx ON message (trajectory_id, sent_at, id);

-- Who read a message and when; one row per reader. The key is a name-based UUID of the message and
-- the reader, so reading twice is the same row.
CREATE TABLE message_reading (
    id           UUID                     NOT NULL,
    message_id   UUID                     NOT NULL,
    reader_kind  VARCHAR(20)              NOT NULL,
    reader_id    UUID                     NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT message_reading_pk PRIMARY KEY (id),
    CONSTRAINT message_reading_reader_uk UNIQUE (message_id, reader_id),
    CONSTRAINT message_reading_message_fk FOREIGN KEY (message_id)
        REFERENCES message (id) ON DELETE CASCADE
);

-- ---------------------------------------------------------------- budget plan

-- One per trajectory, stored once someone saves it; resident_right is NONE, READ or READ_AND_EDIT.
CREATE TABLE budget_plan (
    trajectory_id   UUID        NOT NULL,
    resident_right  VARCHAR(20) NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT budget_plan_pk PRIMARY KEY (trajectory_id),
    CONSTRAINT budget_plan_trajectory_fk FOREIGN KEY (trajectory_id)
        REFERENCES trajectory (id) ON DELETE CASCADE
);

-- frequency is WEEKLY, FOUR_WEEKLY, MONTHLY, QUARTERLY or YEARLY.
CREATE TABLE budget_income (
    trajectory_id  UUID           NOT NULL,
    position       INTEGER        NOT NULL,
    source         VARCHAR(200)   NOT NULL,
    amount         NUMERIC(12, 2) NOT NULL,
    frequency      VARCHAR(20)    NOT NULL,
    CONSTRAINT budget_income_pk PRIMARY KEY (trajectory_id, position),
    CONSTRAINT budget_income_plan_fk FOREIGN KEY (trajectory_id)
        REFERENCES budget_plan (trajectory_id) ON DELETE CASCADE
);

CREATE TABLE budget_expense (
    trajectory_id  UUID           NOT NULL,
    position       INTEGER        NOT NULL,
    category       VARCHAR(200)   NOT NULL,
    amount         NUMERIC(12, 2) NOT NULL,
    frequency      VARCHAR(20)    NOT NULL,
    CONSTRAINT budget_expense_pk PRIMARY KEY (trajectory_id, position),
    CONSTRAINT budget_expense_plan_fk FOREIGN KEY (trajectory_id)
        REFERENCES budget_plan (trajectory_id) ON DELETE CASCADE
);

-- end_date is null when the end of the payments is not known.
CREATE TABLE budget_debt (
    trajectory_id       UUID           NOT NULL,
    position            INTEGER        NOT NULL,
    creditor            VARCHAR(200)   NOT NULL,
    outstanding_amount  NUMERIC(12, 2) NOT NULL,
    periodic_amount     NUMERIC(12, 2) NOT NULL,
    frequency           VARCHAR(20)    NOT NULL,
    end_date            DATE,
    CONSTRAINT budget_debt_pk PRIMARY KEY (trajectory_id, position),
    CONSTRAINT budget_debt_plan_fk FOREIGN KEY (trajectory_id)
        REFERENCES budget_plan (trajectory_id) ON DELETE CASCADE
);
