-- A municipality's variants of the national catalogues (docs/catalogue.md "Variants"). A published
-- variant version never changes: rows are only added. A trajectory started on a variant names the
-- variant's municipality next to the type and version it already stores.
CREATE TABLE catalogue_variant (
    id               UUID         PRIMARY KEY,
    municipality_id  UUID         NOT NULL,
    trajectory_type  VARCHAR(40)  NOT NULL,
    version          INTEGER      NOT NULL CHECK (version >= 1),
    base_version     INTEGER      NOT NULL CHECK (base_version >= 1),
    published_on     DATE         NOT NULL,
    CONSTRAINT catalogue_variant_version_uq UNIQUE (municipality_id, trajectory_type, version),
    CONSTRAINT catalogue_variant_municipality_fk FOREIGN KEY (municipality_id)
        REFERENCES municipality (id)
);

-- One tailoring per assignment per variant; the columns a kind does not use stay empty.
CREATE TABLE catalogue_variant_tailoring (
    id                UUID          PRIMARY KEY,
    variant_id        UUID          NOT NULL,
    position          INTEGER       NOT NULL,
    kind              VARCHAR(10)   NOT NULL CHECK (kind IN ('HIDE', 'MOVE', 'REWORD', 'ADD')),
    assignment_code   VARCHAR(40)   NOT NULL,
    week              INTEGER,
    theme             VARCHAR(40),
    title             VARCHAR(200),
    instruction       VARCHAR(4000),
    CONSTRAINT catalogue_variant_tailoring_code_uq UNIQUE (variant_id, assignment_code),
    CONSTRAINT catalogue_variant_tailoring_variant_fk FOREIGN KEY (variant_id)
        REFERENCES catalogue_variant (id) ON DELETE CASCADE
);

-- The questions of a municipality's own assignment (kind ADD).
CREATE TABLE catalogue_variant_question (
    id             UUID           PRIMARY KEY,
    tailoring_id   UUID           NOT NULL,
    position       INTEGER        NOT NULL,
    question_id    VARCHAR(40)    NOT NULL,
    question_text  VARCHAR(1000)  NOT NULL,
    answer_type    VARCHAR(20)    NOT NULL,
    required       BOOLEAN        NOT NULL,
    CONSTRAINT catalogue_variant_question_tailoring_fk FOREIGN KEY (tailoring_id)
        REFERENCES catalogue_variant_tailoring (id) ON DELETE CASCADE
);

CREATE TABLE catalogue_variant_question_option (
    question_id  UUID           NOT NULL,
    position     INTEGER        NOT NULL,
    option_text  VARCHAR(1000)  NOT NULL,
    CONSTRAINT catalogue_variant_question_option_pk PRIMARY KEY (question_id, position),
    CONSTRAINT catalogue_variant_question_option_question_fk FOREIGN KEY (question_id)
        REFERENCES catalogue_variant_question (id) ON DELETE CASCADE
);

ALTER TABLE trajectory ADD COLUMN catalogue_municipality_id UUID;
