#!/usr/bin/env bash
# B4 on PostgreSQL (benchmarks/run.sh --postgres, or BENCH_POSTGRES=1 bash benchmarks/b4-import/run.sh): importing a
# 100,000-row CSV of intellectuals over HTTP into a host on PostgreSQL, against the engine floor — PostgreSQL alone
# taking the same file through COPY and storing its rows in TriThuc's schema with indexes, foreign keys and an audit
# entry each (engine-floor.postgres.sql; target: at most 1.5x) — and against a bare `\copy` of the file into an
# untyped table with no index (for comparison with the SQLite figures). Each round runs on fresh databases made from
# one empty province (units, no people) as a template; making them is not timed.
#
#   bash benchmarks/b4-import/postgres.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."

rounds=${1:-3}
port=5097
url="http://127.0.0.1:$port"
source benchmarks/common.sh
require bc
build
start_postgres

work=$(mktemp -d)
host_pid=
empty=trithuc_b4_empty_$$
round_database=trithuc_b4_round_$$
cleanup() {
  [ -z "$host_pid" ] || kill "$host_pid" 2>/dev/null || true
  drop_database "$round_database"
  drop_database "$empty"
  rm -rf "$work"
}
trap cleanup EXIT
bash benchmarks/b4-import/make-csv.sh 100000 >"$work/people-100000.csv"
bash benchmarks/b4-import/make-csv.sh 25000 >"$work/people-25000.csv"
bash benchmarks/b4-import/make-csv.sh 100000 46 200001 >"$work/other-people-100000.csv"

now() { date +%s.%N; }
psql_on() { # database psql-arguments...
  local database=$1
  shift
  PGPASSWORD=trithuc psql -h "$PGHOST" -p "$PGPORT" -U trithuc -d "$database" -v ON_ERROR_STOP=1 -qtA "$@"
}
fresh_database() { drop_database "$round_database"; psql_admin -qc "CREATE DATABASE $round_database TEMPLATE $empty"; }

bare_copy() { # file -> seconds
  fresh_database
  psql_on "$round_database" -c "CREATE TABLE bare (a text, b text, c text, d text, e text, f text, g text, h text, i text, j text, k text, l text, m text)"
  local start; start=$(now)
  psql_on "$round_database" -c "\\copy bare FROM pstdin WITH (FORMAT csv, HEADER true)" <"$1"
  echo "$(now) - $start" | bc -l
}

engine_floor() { # file -> seconds
  fresh_database
  local start seconds stored
  start=$(now)
  psql_on "$round_database" -f benchmarks/b4-import/engine-floor.postgres.sql <"$1"
  seconds=$(echo "$(now) - $start" | bc -l)
  stored=$(psql_on "$round_database" -c 'SELECT count(*) FROM registry."Intellectuals"')
  [ "$stored" = "$(($(wc -l <"$1") - 1))" ] || { echo "the engine floor stored $stored rows of $1" >&2; exit 1; }
  echo "$seconds"
}

host_database() { database_arguments=(--TriThuc:Database:Provider=Postgres --TriThuc:Database:ConnectionString="$(postgres_connection "$1")"); }

# The host seeds the units after it starts listening: waits until they are in its database.
wait_for_units() { # database
  for _ in $(seq 1 120); do
    [ "$(psql_on "$1" -c 'SELECT count(*) FROM registry."Units"' 2>/dev/null || echo 0)" -gt 0 ] && return 0
    sleep 0.5
  done
  echo "the host seeded no units in $1" >&2
  exit 1
}

# Posts a file to the people import; prints "<seconds> <created>".
post_people() { # file token
  local out="$work/report.json" start
  start=$(now)
  curl -fsS -o "$out" -X POST "$url/api/registry/import/intellectuals?fileName=people.csv" \
    -H "authorization: Bearer $2" -H 'content-type: text/csv' --data-binary "@$1"
  echo "$(echo "$(now) - $start" | bc -l) $(grep -o '"created": [0-9]*' "$out" | grep -o '[0-9]*$')"
}

# Starts a host on a fresh copy of the empty province, imports the file (then, if given, a second file of people into
# the province the first made) and prints "<seconds> <peak RSS in MB> <created> [<seconds> <created>]".
host_import() { # people-file [other-people-file]
  local data="$work/data" people second=""
  fresh_database
  rm -rf "$data" "$data-logs"
  cp -r "$work/empty" "$data"
  host_database "$round_database"
  # Always run in a subshell ($(...) or <(...)): a host it starts is stopped if it fails, whatever the main script's trap.
  trap '[ -z "$host_pid" ] || kill "$host_pid" 2>/dev/null || true' EXIT
  start_host "$url" "$data" "$work/host.out" "${database_arguments[@]}"
  local token; token=$(token "$data" --role editor --module Registry)
  people=$(post_people "$1" "$token")
  [ -z "${2:-}" ] || second=$(post_people "$2" "$token")
  local peak; peak=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$host_pid/status")
  stop_host
  read -r seconds created <<<"$people"
  echo "$seconds $peak $created $second"
}

echo "preparing a province of units and no people on PostgreSQL"
drop_database "$empty"
psql_admin -qc "CREATE DATABASE $empty"
host_database "$empty"
start_host "$url" "$work/empty" "$work/host.out" "${database_arguments[@]}" \
  --TriThuc:Modules:Registry:DemoData:Enabled=true --TriThuc:Modules:Registry:DemoData:People=0
wait_for_units "$empty"
stop_host
psql_on "$empty" -c "VACUUM ANALYZE" 2>&1 | grep -v "only superuser can vacuum it" >&2 || true

echo "warming up"
bare_copy "$work/people-25000.csv" >/dev/null
engine_floor "$work/people-25000.csv" >/dev/null
warm=$(host_import "$work/people-25000.csv")

ratios=(); hosts=(); bares=(); floors=()
for round in $(seq 1 "$rounds"); do
  bare=$(bare_copy "$work/people-100000.csv")
  floor=$(engine_floor "$work/people-100000.csv")
  read -r seconds peak created < <(host_import "$work/people-100000.csv")
  [ "$created" = 100000 ] || { echo "round $round: the import created $created rows, expected 100000"; head -40 "$work/report.json"; exit 1; }
  ratio=$(echo "$seconds / $floor" | bc -l)
  bares+=("$bare"); floors+=("$floor"); hosts+=("$seconds"); ratios+=("$ratio")
  printf 'round %d: bare \\copy %.2f s   PostgreSQL alone in our schema %.2f s   TriThuc import %.2f s (peak RSS %d MB)   import / floor %.2f\n' \
    "$round" "$bare" "$floor" "$seconds" "$peak" "$ratio"
done

bare=$(median "${bares[@]}"); floor=$(median "${floors[@]}"); host=$(median "${hosts[@]}")
printf 'median of %d rounds: the engine floor %.2f s (%.1fx the bare \\copy of %.2f s), TriThuc import %.2f s: %.2fx the floor (target <= 1.5), rounds %s\n' \
  "$rounds" "$floor" "$(echo "$floor / $bare" | bc -l)" "$bare" "$host" "$(median "${ratios[@]}")" "$(printf '%.2f ' "${ratios[@]}")"

echo "into a province of people: 100,000 other people imported where the first 100,000 already are"
read -r first _ _ seconds created < <(host_import "$work/people-100000.csv" "$work/other-people-100000.csv")
[ "$created" = 100000 ] || { echo "the second import created $created rows, expected 100000"; head -40 "$work/report.json"; exit 1; }
printf '  into the empty province %.2f s; into the province of 100,000 people %.2f s, %.2fx the floor of the empty one (%.2f s)\n' \
  "$first" "$seconds" "$(echo "$seconds / $floor" | bc -l)" "$floor"
