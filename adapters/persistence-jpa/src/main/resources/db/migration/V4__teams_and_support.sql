-- Coach teams, support organisations, their workers and the residents' access grants.
--
-- Portable SQL like V1: PostgreSQL 15 and H2 2.2 in MODE=PostgreSQL. Identities are UUIDs made by the
-- application; every aggregate root carries a version for optimistic locking.

-- ---------------------------------------------------------------- coach team

-- Coaches of one municipality who stand in for each other.
CREATE TABLE coach_team (
    id               UUID         NOT NULL,
    municipality_id  UUID         NOT NULL,
    name             VARCHAR(200) NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT coach_team_pk PRIMARY KEY (id),
    CONSTRAINT coach_team_municipality_fk FOREIGN KEY (municipality_id)
        REFERENCES municipality (id)
);

CREATE INDEX coach_team_municipality_idx ON coach_team (municipality_id);

CREATE TABLE coach_team_member (
    coach_team_id    UUID NOT NULL,
    staff_member_id  UUID NOT NULL,
    CONSTRAINT coach_team_member_pk PRIMARY KEY (coach_team_id, staff_member_id),
    CONSTRAINT coach_team_member_team_fk FOREIGN KEY (coach_team_id)
        REFERENCES coach_team (id) ON DELETE CASCADE,
    CONSTRAINT coach_team_member_staff_member_fk FOREIGN KEY (staff_member_id)
        REFERENCES staff_member (id)
);

-- The teams of one coach: asked on every trajectory access by a possible stand-in coach.
CREATE INDEX coach_team_member_staff_member_idx ON coach_team_member (staff_member_id);

-- ---------------------------------------------------------------- support organisation

CREATE TABLE support_organisation (
    id               UUID         NOT NULL,
    municipality_id  UUID         NOT NULL,
    name             VARCHAR(200) NOT NULL,
    verified         BOOLEAN      NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT support_organisation_pk PRIMARY KEY (id),
    CONSTRAINT support_organisation_municipality_fk FOREIGN KEY (municipality_id)
        REFERENCES municipality (id)
);

CREATE INDEX support_organisation_municipality_idx ON support_organisation (municipality_id);

-- The email address is unique like a staff member's: logins are keyed by it.
CREATE TABLE support_worker (
    id               UUID         NOT NULL,
    organisation_id  UUID         NOT NULL,
    municipality_id  UUID         NOT NULL,
    name             VARCHAR(200) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    active           BOOLEAN      NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT support_worker_pk PRIMARY KEY (id),
    CONSTRAINT support_worker_email_uk UNIQUE (email),
    CONSTRAINT support_worker_organisation_fk FOREIGN KEY (organisation_id)
        REFERENCES support_organisation (id),
    CONSTRAINT support_worker_municipality_fk FOREIGN KEY (municipality_id)
        REFERENCES municipality (id)
);

CREATE INDEX support_worker_organisation_idx ON support_worker (organisation_id);

-- ---------------------------------------------------------------- support grant

-- A resident's permission for an organisation to read the trajectory; revoked_at is null while it
-- lasts. Revoked grants stay: the resident sees who had access and until when.
CREATE TABLE support_grant (
    id               UUID                     NOT NULL,
    trajectory_id    UUID                     NOT NULL,
    organisation_id  UUID                     NOT NULL,
    granted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at       TIMESTAMP WITH TIME ZONE,
    version          BIGINT                   NOT NULL,
    CONSTRAINT support_grant_pk PRIMARY KEY (id),
    CONSTRAINT support_grant_trajectory_fk FOREIGN KEY (trajectory_id)
        REFERENCES trajectory (id) ON DELETE CASCADE,
    CONSTRAINT support_grant_organisation_fk FOREIGN KEY (organisation_id)
        REFERENCES support_organisation (id)
);

-- Asked on every trajectory access by a support worker, and for the resident's list.
CREATE INDEX support_grant_trajectory_idx ON support_grant (trajectory_id);
CREATE INDEX support_grant_organisation_idx ON support_grant (organisation_id);
