-- The growth plan becomes an aggregate of its own, keyed by the trajectory, with its own version
-- (the ETag of its API), so that a change to the trajectory (a draft answer) no longer makes a
-- coach's change to the plan stale. Its goals, agreements and progress entries keep their tables
-- and their trajectory_id; only the plan's version is new. Every existing trajectory gets its
-- plan at version 0; a trajectory started later gets one when a coach first changes its plan.
CREATE TABLE growth_plan (
    trajectory_id  UUID    NOT NULL,
    version        BIGINT  NOT NULL,
    CONSTRAINT growth_plan_pk PRIMARY KEY (trajectory_id),
    CONSTRAINT growth_plan_trajectory_fk FOREIGN KEY (trajectory_id)
        REFERENCES trajectory (id) ON DELETE CASCADE
);

INSERT INTO growth_plan (trajectory_id, version)
SELECT id, 0 FROM trajectory;
