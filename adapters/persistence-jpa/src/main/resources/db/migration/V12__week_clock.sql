-- The current week as a straight line (domain WeekClock), so that the caseload query computes the
-- week, the evaluation due and the filters in SQL instead of loading every trajectory. Days are
-- stored as epoch days (days since 1970-01-01): plain integer arithmetic, the same in PostgreSQL and
-- H2. Null before coaching starts. V13 fills them for the trajectories stored before.
ALTER TABLE trajectory ADD COLUMN week_clock_from_day INTEGER;
ALTER TABLE trajectory ADD COLUMN week_clock_units_before BIGINT;
ALTER TABLE trajectory ADD COLUMN week_clock_units_per_day INTEGER;
