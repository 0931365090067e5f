-- What PostgreSQL itself needs to store B4's file in TriThuc's schema: the file through COPY, then every record
-- with its indexes and foreign keys, and an audit entry for each, in one transaction, with no .NET code in the
-- way. Run on the database of a province of units only, the CSV file on standard input:
--   psql -d <database> -f engine-floor.postgres.sql < people.csv
-- The national ID's hash is SHA-256 here where the product uses a keyed HMAC-SHA-256 (same length, same index);
-- the audit chain's links (ChainIndex, ChainHash) are left empty, as in the SQLite floor.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE csv_rows (full_name text, gender text, born text, ethnic text, national_id text, staff_code text, phone text,
  email text, unit_code text, job_title text, field text, public_sector text, remote text) ON COMMIT DROP;
\copy csv_rows FROM pstdin WITH (FORMAT csv, HEADER true)
INSERT INTO registry."Intellectuals" ("Id", "FullName", "SearchName", "Gender", "DateOfBirth", "EthnicGroupCode", "NationalId",
  "NationalIdHash", "StaffCode", "Phone", "Email", "UnitId", "JobTitle", "FieldCode", "IsPublicSector", "IsRemotePosting", "Status",
  "CreatedAt", "CreatedBy", "Version")
SELECT
  -- time-ordered ids, as Guid.CreateVersion7 makes them
  ('019ad000-0000-7000-8000-' || lpad(to_hex(row_number() OVER ()), 12, '0'))::uuid,
  r.full_name, lower(r.full_name),
  CASE r.gender WHEN 'Nam' THEN 'Male' ELSE 'Female' END,
  to_date(r.born, 'DD/MM/YYYY'),
  coalesce(e."Code", r.ethnic), r.national_id, encode(sha256(convert_to(r.national_id, 'UTF8')), 'hex'), r.staff_code, r.phone, r.email,
  u."Id", r.job_title, r.field, r.public_sector = 'Có', r.remote = 'Có', 'Working', now(), 'benchmark', 0
FROM csv_rows r JOIN registry."Units" u ON u."Code" = r.unit_code LEFT JOIN registry."EthnicGroups" e ON e."Name" = r.ethnic;
INSERT INTO registry."AuditEntries" ("Id", "EntityType", "EntityId", "Action", "ChangedBy", "ChangedAt", "Changes")
SELECT
  ('019ae000-0000-7000-8000-' || lpad(to_hex(row_number() OVER ()), 12, '0'))::uuid,
  'Intellectual', i."Id"::text, 'Created', 'benchmark', now(),
  json_build_object('Id', json_build_object('after', i."Id"), 'AcademicTitle', json_build_object(), 'AcademicTitleYear', json_build_object(),
    'DateOfBirth', json_build_object('after', i."DateOfBirth", 'personal', true), 'Email', json_build_object('after', i."Email"),
    'EthnicGroupCode', json_build_object('after', i."EthnicGroupCode", 'personal', true), 'FieldCode', json_build_object('after', i."FieldCode"),
    'FullName', json_build_object('after', i."FullName"), 'Gender', json_build_object('after', i."Gender"), 'IsPublicSector', json_build_object('after', i."IsPublicSector"),
    'IsRemotePosting', json_build_object('after', i."IsRemotePosting"), 'JobTitle', json_build_object('after', i."JobTitle"),
    'MergedIntoId', json_build_object(), 'NationalId', json_build_object('after', i."NationalId", 'personal', true),
    'NationalIdHash', json_build_object('after', i."NationalIdHash"),
    'Phone', json_build_object('after', i."Phone", 'personal', true), 'PoliticalTheoryLevel', json_build_object(),
    'SearchName', json_build_object('after', i."SearchName"), 'StaffCode', json_build_object('after', i."StaffCode"), 'Status', json_build_object('after', i."Status"),
    'StatusSince', json_build_object(), 'UnitId', json_build_object('after', i."UnitId"))::text
FROM registry."Intellectuals" i;
COMMIT;
