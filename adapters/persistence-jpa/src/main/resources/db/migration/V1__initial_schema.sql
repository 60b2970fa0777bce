-- Redzaam's schema: municipalities, residents, staff members and trajectories with their parts.
--
-- Portable SQL: runs on PostgreSQL 15 and on H2 2.2 in MODE=PostgreSQL (the embedded database).
-- Identities are UUIDs made by the application, never by the database. Aggregate roots carry a version
-- for optimistic locking. Parts of an aggregate are deleted with it (ON DELETE CASCADE); lists keep
-- their order in a position column. Enums are stored by name. Unquoted names only, none of them a
-- reserved word of either database (no value, key, text, from, end, ...).

-- ---------------------------------------------------------------- municipality

CREATE TABLE municipality (
    id       UUID         NOT NULL,
    name     VARCHAR(200) NOT NULL,
    version  BIGINT       NOT NULL,
    CONSTRAINT municipality_pk PRIMARY KEY (id)
);

CREATE TABLE municipality_module (
    municipality_id  UUID        NOT NULL,
    module           VARCHAR(60) NOT NULL,
    CONSTRAINT municipality_module_pk PRIMARY KEY (municipality_id, module),
    CONSTRAINT municipality_module_municipality_fk FOREIGN KEY (municipality_id)
        REFERENCES municipality (id) ON DELETE CASCADE
);

-- ---------------------------------------------------------------- resident

CREATE TABLE resident (
    id               UUID         NOT NULL,
    municipality_id  UUID         NOT NULL,
    first_name       VARCHAR(100) NOT NULL,
    last_name        VARCHAR(100) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT resident_pk PRIMARY KEY (id),
    CONSTRAINT resident_email_uk UNIQUE (email),
    CONSTRAINT resident_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id)
);

CREATE INDEX resident_municipality_idx ON resident (municipality_id);

-- ---------------------------------------------------------------- staff member

CREATE TABLE staff_member (
    id               UUID         NOT NULL,
    municipality_id  UUID         NOT NULL,
    name             VARCHAR(200) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    organisation     VARCHAR(200),
    active           BOOLEAN      NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT staff_member_pk PRIMARY KEY (id),
    CONSTRAINT staff_member_email_uk UNIQUE (email),
    CONSTRAINT staff_member_municipality_fk FOREIGN KEY (municipality_id)
        REFERENCES municipality (id)
);

CREATE INDEX staff_member_municipality_idx ON staff_member (municipality_id);

CREATE TABLE staff_member_role (
    staff_member_id  UUID        NOT NULL,
    role             VARCHAR(30) NOT NULL,
    CONSTRAINT staff_member_role_pk PRIMARY KEY (staff_member_id, role),
    CONSTRAINT staff_member_role_staff_member_fk FOREIGN KEY (staff_member_id)
        REFERENCES staff_member (id) ON DELETE CASCADE
);

-- ---------------------------------------------------------------- trajectory

-- The early stop (early_stop_*) and the outcome are at most one each: columns of the trajectory.
CREATE TABLE trajectory (
    id                      UUID                     NOT NULL,
    municipality_id         UUID                     NOT NULL,
    resident_id             UUID                     NOT NULL,
    trajectory_type         VARCHAR(40)              NOT NULL,
    catalogue_version       INTEGER                  NOT NULL,
    stage                   VARCHAR(30)              NOT NULL,
    mid_evaluation_week     INTEGER                  NOT NULL,
    started_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    started_by              UUID                     NOT NULL,
    invited_at              TIMESTAMP WITH TIME ZONE,
    activated_at            TIMESTAMP WITH TIME ZONE,
    coaching_started_on     DATE,
    coaching_ended_on       DATE,
    outcome                 VARCHAR(30),
    early_stop_reason       VARCHAR(30),
    early_stop_explanation  VARCHAR(2000),
    early_stop_on           DATE,
    early_stop_by           UUID,
    closed_on               DATE,
    version                 BIGINT                   NOT NULL,
    CONSTRAINT trajectory_pk PRIMARY KEY (id),
    CONSTRAINT trajectory_municipality_fk FOREIGN KEY (municipality_id)
        REFERENCES municipality (id),
    CONSTRAINT trajectory_resident_fk FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT trajectory_started_by_fk FOREIGN KEY (started_by) REFERENCES staff_member (id)
);

CREATE INDEX trajectory_municipality_idx ON trajectory (municipality_id);
CREATE INDEX trajectory_resident_idx ON trajectory (resident_id);

CREATE TABLE trajectory_coach (
    trajectory_id    UUID NOT NULL,
    staff_member_id  UUID NOT NULL,
    CONSTRAINT trajectory_coach_pk PRIMARY KEY (trajectory_id, staff_member_id),
    CONSTRAINT trajectory_coach_trajectory_fk FOREIGN KEY (trajectory_id)
        REFERENCES trajectory (id) ON DELETE CASCADE,
    CONSTRAINT trajectory_coach_staff_member_fk FOREIGN KEY (staff_member_id)
        REFERENCES staff_member (id)
);

-- The caseload of a coach.
CREATE INDEX trajectory_coach_staff_member_idx ON trajectory_coach (staff_member_id);

CREATE TABLE trajectory_specialist (
    trajectory_id    UUID NOT NULL,
    staff_member_id  UUID NOT NULL,
    CONSTRAINT trajectory_specialist_pk PRIMARY KEY (trajectory_id, staff_member_id),
    CONSTRAINT trajectory_specialist_trajectory_fk FOREIGN KEY (trajectory_id)
        REFERENCES trajectory (id) ON DELETE CASCADE,
    CONSTRAINT trajectory_specialist_staff_member_fk FOREIGN KEY (staff_member_id)
        REFERENCES staff_member (id)
);

CREATE INDEX trajectory_specialist_staff_member_idx ON trajectory_specialist (staff_member_id);

-- A pause lasts from starts_on up to (not including) ends_on; ends_on is null while it lasts.
CREATE TABLE trajectory_pause (
    trajectory_id  UUID    NOT NULL,
    position       INTEGER NOT NULL,
    starts_on      DATE    NOT NULL,
    ends_on        DATE,
    CONSTRAINT trajectory_pause_pk PRIMARY KEY (trajectory_id, position),
    CONSTRAINT trajectory_pause_trajectory_fk FOREIGN KEY (trajectory_id)
        REFERENCES trajectory (id) ON DELETE CASCADE
);

CREATE TABLE trajectory_tempo_change (
    trajectory_id  UUID        NOT NULL,
    position       INTEGER     NOT NULL,
    starts_on      DATE        NOT NULL,
    tempo          VARCHAR(20) NOT NULL,
    CONSTRAINT trajectory_tempo_change_pk PRIMARY KEY (trajectory_id, position),
    CONSTRAINT trajectory_tempo_change_trajectory_fk FOREIGN KEY (trajectory_id)
        REFERENCES trajectory (id) ON DELETE CASCADE
);

-- ---------------------------------------------------------------- assignments

-- The resident's progress on one assignment (of the catalogue or the coach's own). Parts without an
-- identity of their own in the domain (progress, own assignments and their questions, evaluations)
-- are keyed by a UUID that the application derives from the owner's id and the natural key, which
-- is unique as well.
CREATE TABLE trajectory_assignment_progress (
    id               UUID                     NOT NULL,
    trajectory_id    UUID                     NOT NULL,
    assignment_code  VARCHAR(40)              NOT NULL,
    position         INTEGER                  NOT NULL,
    state            VARCHAR(20)              NOT NULL,
    stressed         BOOLEAN                  NOT NULL,
    submitted_at     TIMESTAMP WITH TIME ZONE,
    reviewed_at      TIMESTAMP WITH TIME ZONE,
    reviewed_by      UUID,
    feedback         VARCHAR(4000),
    CONSTRAINT trajectory_assignment_progress_pk PRIMARY KEY (id),
    CONSTRAINT trajectory_assignment_progress_uk UNIQUE (trajectory_id, assignment_code),
    CONSTRAINT trajectory_assignment_progress_trajectory_fk FOREIGN KEY (trajectory_id)
        REFERENCES trajectory (id) ON DELETE CASCADE
);

CREATE TABLE trajectory_assignment_answer (
    progress_id  UUID          NOT NULL,
    position     INTEGER       NOT NULL,
    question_id  VARCHAR(40)   NOT NULL,
    answer       VARCHAR(4000) NOT NULL,
    CONSTRAINT trajectory_assignment_answer_pk PRIMARY KEY (progress_id, position),
    CONSTRAINT trajectory_assignment_answer_progress_fk FOREIGN KEY (progress_id)
        REFERENCES trajectory_assignment_progress (id) ON DELETE CASCADE
);

-- An assignment the coach wrote for this one resident.
CREATE TABLE trajectory_own_assignment (
    id               UUID          NOT NULL,
    trajectory_id    UUID          NOT NULL,
    assignment_code  VARCHAR(40)   NOT NULL,
    position         INTEGER       NOT NULL,
    week             INTEGER       NOT NULL,
    theme            VARCHAR(40)   NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    instruction      VARCHAR(4000) NOT NULL,
    added_by         UUID          NOT NULL,
    CONSTRAINT trajectory_own_assignment_pk PRIMARY KEY (id),
    CONSTRAINT trajectory_own_assignment_uk UNIQUE (trajectory_id, assignment_code),
    CONSTRAINT trajectory_own_assignment_trajectory_fk FOREIGN KEY (trajectory_id)
        REFERENCES trajectory (id) ON DELETE CASCADE
);

CREATE TABLE trajectory_own_question (
    id                 UUID          NOT NULL,
    own_assignment_id  UUID          NOT NULL,
    question_id        VARCHAR(40)   NOT NULL,
    position           INTEGER       NOT NULL,
    question_text      VARCHAR(1000) NOT NULL,
    answer_type        VARCHAR(20)   NOT NULL,
    required           BOOLEAN       NOT NULL,
    CONSTRAINT trajectory_own_question_pk PRIMARY KEY (id),
    CONSTRAINT trajectory_own_question_uk UNIQUE (own_assignment_id, question_id),
    CONSTRAINT trajectory_own_question_assignment_fk FOREIGN KEY (own_assignment_id)
        REFERENCES trajectory_own_assignment (id) ON DELETE CASCADE
);

-- The options of a choice question.
CREATE TABLE trajectory_own_question_option (
    own_question_id  UUID          NOT NULL,
    position         INTEGER       NOT NULL,
    option_text      VARCHAR(1000) NOT NULL,
    CONSTRAINT trajectory_own_question_option_pk PRIMARY KEY (own_question_id, position),
    CONSTRAINT trajectory_own_question_option_question_fk FOREIGN KEY (own_question_id)
        REFERENCES trajectory_own_question (id) ON DELETE CASCADE
);

-- ---------------------------------------------------------------- notes

CREATE TABLE trajectory_note (
    id               UUID                     NOT NULL,
    trajectory_id    UUID                     NOT NULL,
    position         INTEGER                  NOT NULL,
    assignment_code  VARCHAR(40)              NOT NULL,
    body             VARCHAR(4000)            NOT NULL,
    written_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT trajectory_note_pk PRIMARY KEY (id),
    CONSTRAINT trajectory_note_trajectory_fk FOREIGN KEY (trajectory_id)
        REFERENCES trajectory (id) ON DELETE CASCADE
);

CREATE INDEX trajectory_note_trajectory_idx ON trajectory_note (trajectory_id);

CREATE TABLE trajectory_note_reply (
    note_id     UUID                     NOT NULL,
    position    INTEGER                  NOT NULL,
    author      UUID                     NOT NULL,
    body        VARCHAR(4000)            NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT trajectory_note_reply_pk PRIMARY KEY (note_id, position),
    CONSTRAINT trajectory_note_reply_note_fk FOREIGN KEY (note_id)
        REFERENCES trajectory_note (id) ON DELETE CASCADE
);

-- ---------------------------------------------------------------- growth plan

CREATE TABLE trajectory_goal (
    id             UUID          NOT NULL,
    trajectory_id  UUID          NOT NULL,
    position       INTEGER       NOT NULL,
    description    VARCHAR(2000) NOT NULL,
    theme          VARCHAR(40),
    set_on         DATE          NOT NULL,
    achieved_on    DATE,
    CONSTRAINT trajectory_goal_pk PRIMARY KEY (id),
    CONSTRAINT trajectory_goal_trajectory_fk FOREIGN KEY (trajectory_id)
        REFERENCES trajectory (id) ON DELETE CASCADE
);

CREATE INDEX trajectory_goal_trajectory_idx ON trajectory_goal (trajectory_id);

CREATE TABLE trajectory_agreement (
    id             UUID          NOT NULL,
    trajectory_id  UUID          NOT NULL,
    position       INTEGER       NOT NULL,
    description    VARCHAR(2000) NOT NULL,
    made_on        DATE          NOT NULL,
    CONSTRAINT trajectory_agreement_pk PRIMARY KEY (id),
    CONSTRAINT trajectory_agreement_trajectory_fk FOREIGN KEY (trajectory_id)
        REFERENCES trajectory (id) ON DELETE CASCADE
);

CREATE INDEX trajectory_agreement_trajectory_idx ON trajectory_agreement (trajectory_id);

-- Progress on one goal (goal_id) or on the plan as a whole (goal_id null).
CREATE TABLE trajectory_progress_entry (
    id             UUID          NOT NULL,
    trajectory_id  UUID          NOT NULL,
    position       INTEGER       NOT NULL,
    goal_id        UUID,
    body           VARCHAR(4000) NOT NULL,
    written_on     DATE          NOT NULL,
    author         UUID          NOT NULL,
    CONSTRAINT trajectory_progress_entry_pk PRIMARY KEY (id),
    CONSTRAINT trajectory_progress_entry_trajectory_fk FOREIGN KEY (trajectory_id)
        REFERENCES trajectory (id) ON DELETE CASCADE
);

CREATE INDEX trajectory_progress_entry_trajectory_idx ON trajectory_progress_entry (trajectory_id);

-- ---------------------------------------------------------------- evaluations

-- The start conversation, the mid and the final evaluation: at most one of each kind.
CREATE TABLE trajectory_evaluation (
    id                UUID          NOT NULL,
    trajectory_id     UUID          NOT NULL,
    kind              VARCHAR(10)   NOT NULL,
    opened_on         DATE          NOT NULL,
    joint_conclusion  VARCHAR(8000),
    concluded_on      DATE,
    CONSTRAINT trajectory_evaluation_pk PRIMARY KEY (id),
    CONSTRAINT trajectory_evaluation_uk UNIQUE (trajectory_id, kind),
    CONSTRAINT trajectory_evaluation_trajectory_fk FOREIGN KEY (trajectory_id)
        REFERENCES trajectory (id) ON DELETE CASCADE
);

-- The questions as copied from the catalogue when the evaluation opened.
CREATE TABLE trajectory_evaluation_question (
    evaluation_id  UUID          NOT NULL,
    position       INTEGER       NOT NULL,
    question_id    VARCHAR(40)   NOT NULL,
    question_text  VARCHAR(1000) NOT NULL,
    CONSTRAINT trajectory_evaluation_question_pk PRIMARY KEY (evaluation_id, position),
    CONSTRAINT trajectory_evaluation_question_evaluation_fk FOREIGN KEY (evaluation_id)
        REFERENCES trajectory_evaluation (id) ON DELETE CASCADE
);

-- One participant's (resident, coach or specialist) answer to one question.
CREATE TABLE trajectory_evaluation_answer (
    evaluation_id     UUID          NOT NULL,
    position          INTEGER       NOT NULL,
    participant_role  VARCHAR(20)   NOT NULL,
    participant_id    UUID          NOT NULL,
    question_id       VARCHAR(40)   NOT NULL,
    answer            VARCHAR(4000) NOT NULL,
    CONSTRAINT trajectory_evaluation_answer_pk PRIMARY KEY (evaluation_id, position),
    CONSTRAINT trajectory_evaluation_answer_evaluation_fk FOREIGN KEY (evaluation_id)
        REFERENCES trajectory_evaluation (id) ON DELETE CASCADE
);

-- ---------------------------------------------------------------- screenings

CREATE TABLE trajectory_screening (
    id             UUID         NOT NULL,
    trajectory_id  UUID         NOT NULL,
    position       INTEGER      NOT NULL,
    kind           VARCHAR(10)  NOT NULL,
    instrument     VARCHAR(100) NOT NULL,
    taken_on       DATE         NOT NULL,
    CONSTRAINT trajectory_screening_pk PRIMARY KEY (id),
    CONSTRAINT trajectory_screening_trajectory_fk FOREIGN KEY (trajectory_id)
        REFERENCES trajectory (id) ON DELETE CASCADE
);

CREATE INDEX trajectory_screening_trajectory_idx ON trajectory_screening (trajectory_id);

CREATE TABLE trajectory_screening_score (
    screening_id  UUID          NOT NULL,
    position      INTEGER       NOT NULL,
    domain_name   VARCHAR(100)  NOT NULL,
    score         NUMERIC(6, 2) NOT NULL,
    CONSTRAINT trajectory_screening_score_pk PRIMARY KEY (screening_id, position),
    CONSTRAINT trajectory_screening_score_screening_fk FOREIGN KEY (screening_id)
        REFERENCES trajectory_screening (id) ON DELETE CASCADE
);

-- ---------------------------------------------------------------- aftercare

CREATE TABLE trajectory_check_in (
    id             UUID          NOT NULL,
    trajectory_id  UUID          NOT NULL,
    position       INTEGER       NOT NULL,
    planned_on     DATE          NOT NULL,
    held_on        DATE,
    summary        VARCHAR(4000),
    CONSTRAINT trajectory_check_in_pk PRIMARY KEY (id),
    CONSTRAINT trajectory_check_in_trajectory_fk FOREIGN KEY (trajectory_id)
        REFERENCES trajectory (id) ON DELETE CASCADE
);

CREATE INDEX trajectory_check_in_trajectory_idx ON trajectory_check_in (trajectory_id);
