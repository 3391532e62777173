-- Generated documents: every version of every document of every cycle, as DOCX and PDF, never overwritten.
-- Portable SQL: runs on H2 2.x (where bytea is an alias of binary varying, up to 1 GB) and PostgreSQL.

create table stored_document (
  id                  uuid                        not null primary key,
  business_key        varchar(255)                not null,
  document_type       varchar(64)                 not null,
  language            varchar(8)                  not null,
  format              varchar(8)                  not null,
  version             integer                     not null,
  content             bytea                       not null,
  size_bytes          bigint                      not null,
  sha256              varchar(64)                 not null,
  created_at          timestamp(6) with time zone not null,
  activity_id         varchar(255),
  process_instance_id varchar(64),
  -- The task run that made the document (e.g. <processInstanceId>:<activityInstanceId>); a retry finds it here.
  generation_key      varchar(255),
  -- A version is never reused, so a new generation can never replace an earlier one; the business key leads, so
  -- the constraint's index also serves the list of a cycle's documents.
  constraint uk_stored_document_version unique (business_key, document_type, language, format, version),
  -- One generation makes each document once (several NULL keys are allowed on both databases).
  constraint uk_stored_document_generation unique (business_key, generation_key, document_type, language, format)
);
