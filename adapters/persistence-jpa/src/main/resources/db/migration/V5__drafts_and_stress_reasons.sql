-- The resident's draft answers (work in progress, not handed in) and the reason a coach gives for
-- stressing an assignment.
--
-- Portable SQL like V1: PostgreSQL 15 and H2 2.2 in MODE=PostgreSQL.

ALTER TABLE trajectory_assignment_progress ADD COLUMN stress_reason VARCHAR(1000);
ALTER TABLE trajectory_assignment_progress ADD COLUMN draft_saved_at TIMESTAMP WITH TIME ZONE;

-- One draft answer to one question, in question order; like trajectory_assignment_answer.
CREATE TABLE trajectory_assignment_draft_answer (
    progress_id  UUID          NOT NULL,
    position     INTEGER       NOT NULL,
    question_id  VARCHAR(40)   NOT NULL,
    answer       VARCHAR(4000) NOT NULL,
    CONSTRAINT trajectory_assignment_draft_answer_pk PRIMARY KEY (progress_id, position),
    CONSTRAINT trajectory_assignment_draft_answer_progress_fk FOREIGN KEY (progress_id)
        REFERENCES trajectory_assignment_progress (id) ON DELETE CASCADE
);
