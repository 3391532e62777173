-- Drafting and consultation rounds are numbered per subject: the strategy's rounds and the action plan's rounds
-- (the consultation-position process serves both). Existing rounds are the strategy's.

alter table drafting_round add column subject varchar(32) default 'strategy' not null;
alter table drafting_round drop constraint uk_drafting_round;
alter table drafting_round add constraint uk_drafting_round unique (cycle_key, subject, number);
