-- One naming scheme for the audit columns of the rows that keep what a user submitted: recorded_by, recorded_at.
-- Renames only, so every row keeps its value. Portable: H2 2.x and PostgreSQL.

alter table analysis_review rename column reviewed_by to recorded_by;
alter table analysis_review rename column reviewed_at to recorded_at;

alter table contribution rename column submitted_by to recorded_by;
alter table contribution rename column submitted_at to recorded_at;

alter table consultation_follow_up rename column by_user to recorded_by;
alter table consultation_follow_up rename column happened_at to recorded_at;
-- every follow-up has always been recorded by a user or by the engine ("system")
update consultation_follow_up set recorded_by = 'system' where recorded_by is null;
alter table consultation_follow_up alter column recorded_by set not null;
