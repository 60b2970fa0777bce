-- Which optional mails a person wants (docs/adr/0010-mail-outbox.md, addendum). A person without a
-- row has the defaults: no weekly mail, reminders on, a mail per coach news item. The row is made
-- when the person first changes a choice or first gets an optional mail (for its unsubscribe link).
-- The unsubscribe token only turns mails off; it is kept as is because every new mail needs it.
CREATE TABLE mail_preferences (
    person_id           UUID         PRIMARY KEY,
    weekly_assignments  BOOLEAN      NOT NULL,
    reminders           BOOLEAN      NOT NULL,
    coach_news          VARCHAR(20)  NOT NULL CHECK (coach_news IN ('EACH', 'DAILY_DIGEST', 'OFF')),
    unsubscribe_token   VARCHAR(100) NOT NULL UNIQUE,
    version             BIGINT       NOT NULL
);
CREATE INDEX mail_preferences_weekly_idx ON mail_preferences (weekly_assignments);
CREATE INDEX mail_preferences_coach_news_idx ON mail_preferences (coach_news);

-- Optional mails name their unsubscribe link in a List-Unsubscribe header (RFC 2369, one-click
-- after RFC 8058); the sender adds it from here.
ALTER TABLE mail_outbox ADD COLUMN list_unsubscribe VARCHAR(500);
