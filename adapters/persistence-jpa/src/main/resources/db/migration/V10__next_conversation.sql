-- The appointment for the next conversation between coach and resident (issue 6): Dutch
-- wall-clock time as agreed, and the place. Both null when none is planned.
ALTER TABLE trajectory ADD COLUMN next_conversation_at TIMESTAMP;
ALTER TABLE trajectory ADD COLUMN next_conversation_place VARCHAR(200);
ALTER TABLE trajectory ADD CONSTRAINT trajectory_next_conversation_complete
    CHECK ((next_conversation_at IS NULL) = (next_conversation_place IS NULL));
