-- The interfederal directory: governments, ministers and their mandates, groups, and the users loaded from files.
-- Portable SQL: runs on H2 (default profile) and PostgreSQL (postgres profile).

create table government (
  id            varchar(64)   not null primary key,
  kind          varchar(32)   not null,
  name_nl       varchar(1000) not null,
  name_fr       varchar(1000) not null,
  name_en       varchar(1000),
  short_name_nl varchar(1000),
  short_name_fr varchar(1000),
  short_name_en varchar(1000)
);

create table minister (
  id                varchar(64)  not null primary key,
  salutation_nl     varchar(1000),
  salutation_fr     varchar(1000),
  salutation_en     varchar(1000),
  first_name        varchar(255) not null,
  last_name         varchar(255) not null,
  endorsement_order integer
);

create table mandate (
  minister_id   varchar(64)   not null references minister (id),
  position      integer       not null,
  government_id varchar(64)   not null references government (id),
  portfolio_nl  varchar(1000) not null,
  portfolio_fr  varchar(1000) not null,
  portfolio_en  varchar(1000),
  primary key (minister_id, position),
  constraint uk_mandate_minister_government unique (minister_id, government_id)
);

create table directory_group (
  id                 varchar(64)   not null primary key,
  role               varchar(32)   not null,
  name_nl            varchar(1000) not null,
  name_fr            varchar(1000) not null,
  name_en            varchar(1000),
  description_nl     varchar(2000),
  description_fr     varchar(2000),
  description_en     varchar(2000),
  minister_id        varchar(64) references minister (id),
  government_id      varchar(64) references government (id),
  reitox_focal_point boolean       not null
);

create table directory_group_data_domain (
  group_id    varchar(64)  not null references directory_group (id),
  data_domain varchar(255) not null,
  primary key (group_id, data_domain)
);

create table directory_user (
  id         varchar(64)  not null primary key,
  first_name varchar(255) not null,
  last_name  varchar(255) not null,
  email      varchar(255),
  language   varchar(255) not null
);

create table directory_membership (
  user_id  varchar(64) not null references directory_user (id),
  group_id varchar(64) not null references directory_group (id),
  primary key (user_id, group_id)
);
