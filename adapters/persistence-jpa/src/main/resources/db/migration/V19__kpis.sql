-- The municipality's figures (KPIs): what the coach found at a held check-in, and indexes for the
-- dates the figures count by. still_independent is null for check-ins held before it was asked.
ALTER TABLE trajectory_check_in ADD COLUMN still_independent BOOLEAN;

CREATE INDEX trajectory_coaching_started_idx ON trajectory (municipality_id, coaching_started_on);
CREATE INDEX trajectory_evaluation_kind_idx ON trajectory_evaluation (kind, concluded_on);
