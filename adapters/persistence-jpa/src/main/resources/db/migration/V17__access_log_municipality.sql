-- The municipality a record of the access log belongs to, so that its administrator can search it
-- (issue 17, part 7). New records get the actor's municipality; older ones that of the resident,
-- or else that of the staff member or support worker who acted.
ALTER TABLE access_log ADD COLUMN municipality_id UUID;

UPDATE access_log SET municipality_id =
    (SELECT r.municipality_id FROM resident r WHERE r.id = access_log.resident_id)
  WHERE resident_id IS NOT NULL;
UPDATE access_log SET municipality_id =
    (SELECT s.municipality_id FROM staff_member s WHERE s.id = access_log.actor_id)
  WHERE municipality_id IS NULL AND actor_kind = 'STAFF';
UPDATE access_log SET municipality_id =
    (SELECT w.municipality_id FROM support_worker w WHERE w.id = access_log.actor_id)
  WHERE municipality_id IS NULL AND actor_kind = 'SUPPORT_WORKER';

CREATE INDEX access_log_municipality_idx ON access_log (municipality_id, at);
