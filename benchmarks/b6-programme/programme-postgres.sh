#!/usr/bin/env bash
# The generated province on PostgreSQL with every module's demo data on top, as programme.sh does on SQLite: the
# PostgreSQL province (benchmarks/province-postgres.sh) copied as a template into its own database, then the Science,
# Health and University demo seeders run over its people at a host's start. Seeded once and reused.
#
#   PEOPLE=100000 bash benchmarks/b6-programme/programme-postgres.sh      prints "<data folder> <database>"
set -euo pipefail
cd "$(dirname "$0")/../.."
source benchmarks/common.sh

people=${PEOPLE:-100000}
database=trithuc_programme_$people
data=/tmp/trithuc-bench/postgres-programme-$people

if [ -f "$data/.seeded" ]; then
  echo "$data $database"
  exit 0
fi

read -r province province_database < <(bash benchmarks/province-postgres.sh)
start_postgres >&2
rm -rf "$data"
cp -r "$province" "$data"
rm -f "$data/.seeded"
psql_admin -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >&2
psql_admin -qc "CREATE DATABASE $database TEMPLATE $province_database" >&2
echo "seeding every module's demo data over $people people into the PostgreSQL database $database" >&2
seed_module_demos "$data" --TriThuc:Database:Provider=Postgres --TriThuc:Database:ConnectionString="$(postgres_connection "$database")"
psql_admin -d "$database" -qc "VACUUM ANALYZE" 2>&1 | grep -v "only superuser can vacuum it" >&2 || true
touch "$data/.seeded"
echo "$data $database"
