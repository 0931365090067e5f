#!/usr/bin/env bash
# The generated province on PostgreSQL (benchmarks/run.sh --postgres): the Registry's demo generator, as
# benchmarks/province.sh, seeded straight into a PostgreSQL database (one schema per module) once and reused.
# The data folder beside it holds the host's signing key (tokens) and logs. Starts the local cluster if it is down,
# and creates the role trithuc/trithuc if it is missing, as .ci/run does.
#
#   bash benchmarks/province-postgres.sh          prints "<data folder> <database>"
#
# Environment: PEOPLE (100000), TRAININGS_PER_YEAR (2.4), PGHOST/PGPORT (127.0.0.1/5432).
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/common.sh

people=${PEOPLE:-100000}
trainings=${TRAININGS_PER_YEAR:-2.4}
database=trithuc_bench_$people
data=/tmp/trithuc-bench/postgres-$people

if [ -f "$data/.seeded" ]; then
  echo "$data $database"
  exit 0
fi

start_postgres >&2
rm -rf "$data"
mkdir -p "$data"
psql_admin -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >&2
psql_admin -qc "CREATE DATABASE $database" >&2
log="$data/seeding.log"
echo "seeding $people people into the PostgreSQL database $database (several minutes)" >&2
seed_with_host "$log" 5093 "Seeded a demo province" -- --TriThuc:DataPath="$data" --TriThuc:LogPath="$data/logs" \
  --TriThuc:Database:Provider=Postgres --TriThuc:Database:ConnectionString="$(postgres_connection "$database")" \
  --TriThuc:Modules:Registry:DemoData:Enabled=true \
  --TriThuc:Modules:Registry:DemoData:People="$people" \
  --TriThuc:Modules:Registry:DemoData:TrainingsPerYear="$trainings"
grep -o "Seeded a demo province.*records" "$log" >&2 || true
psql_admin -d "$database" -qc "VACUUM ANALYZE" >&2
touch "$data/.seeded"
echo "$data $database"
