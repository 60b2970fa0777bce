-- Placeholder baseline so that the migration machinery can be tested end to end.
-- To be replaced by the real schema. Migrations must run on PostgreSQL and on H2 in MODE=PostgreSQL.
create table redzaam_baseline (
    id          varchar(36)  not null primary key,
    created_at  timestamp    not null
);
