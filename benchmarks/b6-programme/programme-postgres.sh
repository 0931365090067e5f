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
log="$data/programme-seeding.log"
echo "seeding every module's demo data over $people people into the PostgreSQL database $database" >&2
start=$(date +%s)
ASPNETCORE_ENVIRONMENT=Production dotnet "$HOST_DLL" \
  --urls "http://127.0.0.1:5097" --TriThuc:DataPath="$data" --TriThuc:LogPath="$data/logs" \
  --TriThuc:Database:Provider=Postgres --TriThuc:Database:ConnectionString="$(postgres_connection "$database")" \
  --TriThuc:Modules:Science:DemoData:Enabled=true --TriThuc:Modules:Health:DemoData:Enabled=true \
  --TriThuc:Modules:University:DemoData:Enabled=true --TriThuc:Modules:Education:DemoData:Enabled=true \
  --TriThuc:Modules:Talent:DemoData:Enabled=true --TriThuc:Modules:Associations:DemoData:Enabled=true >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for module in Science Health University Education Talent Associations; do
  until grep -qE "(Seeded|No) $module demo data" "$log"; do
    kill -0 "$pid" 2>/dev/null || { echo "the host stopped while seeding:" >&2; tail -20 "$log" >&2; exit 1; }
    [ $(( $(date +%s) - start )) -lt 1800 ] || { echo "no word from the $module demo after 30 minutes:" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 2
  done
done
sleep 2
kill "$pid"; wait "$pid" 2>/dev/null || true
trap - EXIT
grep -oE "(Seeded|No) (Science|Health|University|Education|Talent|Associations) demo data[^{(]*" "$log" >&2 || true
psql_admin -d "$database" -qc "VACUUM ANALYZE" >/dev/null 2>&1
echo "seeded in $(( $(date +%s) - start )) s" >&2
touch "$data/.seeded"
echo "$data $database"
