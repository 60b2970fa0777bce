-- The specialist's advice to the sub-district court in the final report of a protective-
-- administration trajectory: an aggregate of its own, keyed by the trajectory, with its own version.
-- finalised_on is null while it is a draft.
CREATE TABLE court_advice (
    trajectory_id   UUID          NOT NULL,
    recommendation  VARCHAR(20)   NOT NULL,
    reasons         VARCHAR(8000) NOT NULL,
    written_by      UUID          NOT NULL,
    written_on      DATE          NOT NULL,
    finalised_on    DATE,
    version         BIGINT        NOT NULL,
    CONSTRAINT court_advice_pk PRIMARY KEY (trajectory_id),
    CONSTRAINT court_advice_trajectory_fk FOREIGN KEY (trajectory_id)
        REFERENCES trajectory (id) ON DELETE CASCADE,
    CONSTRAINT court_advice_recommendation_ck CHECK (recommendation IN ('CONTINUE', 'END', 'CHANGE'))
);

-- The municipality's house-style colour (#rrggbb) for the final report; null: Redzaam's own.
ALTER TABLE municipality ADD COLUMN house_colour VARCHAR(7);
