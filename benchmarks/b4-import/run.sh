#!/usr/bin/env bash
# B4: importing a 100,000-row CSV of intellectuals over HTTP against `sqlite3 .import` of the same file
# into a bare table, in alternating rounds (target: at most 5x), and the host's peak memory for files of
# 25,000, 50,000 and 100,000 rows (target: flat as the file grows). Each round also times SQLite alone
# storing the same rows in TriThuc's schema (engine-floor.sql): the floor under any importer.
#
#   bash benchmarks/b4-import/run.sh [rounds]
# With BENCH_POSTGRES=1 it runs B4 on PostgreSQL instead (postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -z "${BENCH_POSTGRES:-}" ] || exec bash benchmarks/b4-import/postgres.sh "$@"

rounds=${1:-3}
port=5097
url="http://127.0.0.1:$port"
source benchmarks/common.sh
require sqlite3 bc
build

work=$(mktemp -d)
host_pid=
trap '[ -z "$host_pid" ] || kill "$host_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for rows in 25000 50000 100000; do bash benchmarks/b4-import/make-csv.sh "$rows" >"$work/people-$rows.csv"; done
bash benchmarks/b4-import/make-csv.sh 100000 46 200001 >"$work/other-people-100000.csv"
bash benchmarks/b4-import/make-trainings-csv.sh 100000 >"$work/trainings-100000.csv"

now() { date +%s.%N; }

sqlite_import() { # file -> seconds
  rm -f "$work/bare.db"
  local start; start=$(now)
  sqlite3 "$work/bare.db" -cmd ".mode csv" ".import $1 people"
  echo "$(now) - $start" | bc -l
}

# SQLite alone storing the file's rows in TriThuc's schema, with indexes, foreign keys and audit entries.
engine_floor() { # file -> seconds
  cp "$work/empty-registry.db" "$work/floor.db"
  sqlite3 "$work/floor.db" -cmd ".mode csv" -cmd ".import $1 csv_rows" <benchmarks/b4-import/engine-floor.sql \
    | awk '/^Run Time: real/ {sum += $4} END {print sum}'
  local stored; stored=$(sqlite3 "$work/floor.db" "SELECT count(*) FROM Intellectuals")
  [ "$stored" = "$(($(wc -l <"$1") - 1))" ] || { echo "the engine floor stored $stored rows of $1" >&2; exit 1; }
}

# The host seeds the units after it starts listening: waits until they are in its registry.db.
wait_for_units() { # data-folder
  for _ in $(seq 1 120); do
    [ "$(sqlite3 "$1/registry.db" "SELECT count(*) FROM Units" 2>/dev/null || echo 0)" -gt 0 ] && return 0
    sleep 0.5
  done
  echo "the host seeded no units in $1" >&2
  exit 1
}

# Posts a file to an import of the host; prints "<seconds> <rows created>".
post() { # kind file token
  local out="$work/report.json" start seconds
  start=$(now)
  curl -fsS -o "$out" -X POST "$url/api/registry/import/$1?fileName=$1.csv" \
    -H "authorization: Bearer $3" -H 'content-type: text/csv' --data-binary "@$2"
  seconds=$(echo "$(now) - $start" | bc -l)
  echo "$seconds $(grep -o '"created": [0-9]*' "$out" | grep -o '[0-9]*$')"
}

# Starts a host on a fresh province of units and no people, in $work/data.
start_empty_host() {
  rm -rf "$work/data" "$work/data-logs"
  start_host "$url" "$work/data" "$work/host.out" \
    --TriThuc:Modules:Registry:DemoData:Enabled=true --TriThuc:Modules:Registry:DemoData:People=0
  wait_for_units "$work/data"
}

# Starts a host on a fresh province of units and no people, imports the people file (then, if given, a second
# file of the kind given into the province the first made), and prints "<seconds> <peak RSS in MB> <people created>
# [<seconds> <rows created>]" (the second import's last).
host_import() { # people-file [kind file]
  local people second=""
  start_empty_host
  local token; token=$(token "$work/data" --role editor --module Registry)
  people=$(post intellectuals "$1" "$token")
  [ -z "${2:-}" ] || second=$(post "$2" "$3" "$token")
  local peak; peak=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$host_pid/status")
  stop_host
  read -r seconds created <<<"$people"
  echo "$seconds $peak $created $second"
}

# Saves a new unit every quarter second, as another clerk would, until $work/stop-probing exists; prints for each save
# the time it ended and "saved" or "refused" (a save waits up to 20 s for the write lock, then is refused as busy).
probe_saves() { # token
  local n=0
  while [ -d "$work" ] && [ ! -f "$work/stop-probing" ]; do  # the folder goes when the script ends, however it ends
    n=$((n + 1))
    if curl -fsS -X POST "$url/graphql" -H "authorization: Bearer $1" -H 'content-type: application/json' --data \
      "{\"query\": \"mutation { createUnit(input: { code: \\\"PROBE-$n\\\", name: \\\"Đơn vị thử $n\\\", kind: DEPARTMENT, validFrom: \\\"2020-01-01\\\" }) { id } }\"}" \
      2>/dev/null | grep -q '"id"'; then
      echo "$(now) saved"
    else
      echo "$(now) refused"
    fi
    sleep 0.25
  done
}

# How long the import keeps other writers out: a host on a fresh province imports the file while saves are made
# beside it; prints "<import seconds> <longest time between two saves> <saves refused>". The longest time between
# two saves is the write lock held (within the quarter second between saves), whatever the lock waits allow.
lock_held() { # people-file
  local import probes="$work/probes.txt"
  rm -f "$work/stop-probing"
  start_empty_host
  local editor administrator; editor=$(token "$work/data" --role editor --module Registry); administrator=$(token "$work/data" --role administrator)
  probe_saves "$administrator" >"$probes" &
  local prober=$!
  sleep 1
  import=$(post intellectuals "$1" "$editor")
  sleep 1
  touch "$work/stop-probing"; wait "$prober"
  stop_host
  read -r seconds _ <<<"$import"
  awk -v seconds="$seconds" '$2 == "saved" { if (last && $1 - last > longest) longest = $1 - last; last = $1 } $2 == "refused" { refused++ }
    END { printf "%s %.2f %d\n", seconds, longest, refused }' "$probes"
}

echo "preparing a province of units and no people for the engine floor"
start_host "$url" "$work/empty" "$work/host.out" --TriThuc:Modules:Registry:DemoData:Enabled=true --TriThuc:Modules:Registry:DemoData:People=0
wait_for_units "$work/empty"
stop_host
sqlite3 "$work/empty/registry.db" ".backup $work/empty-registry.db"
echo "warming up"
sqlite_import "$work/people-25000.csv" >/dev/null
engine_floor "$work/people-25000.csv" >/dev/null
host_import "$work/people-25000.csv" >/dev/null

ratios=(); hosts=(); bares=(); floors=()
for round in $(seq 1 "$rounds"); do
  bare=$(sqlite_import "$work/people-100000.csv")
  floor=$(engine_floor "$work/people-100000.csv")
  read -r seconds peak created < <(host_import "$work/people-100000.csv")
  [ "$created" = 100000 ] || { echo "round $round: the import created $created rows, expected 100000"; head -40 "$work/report.json"; exit 1; }
  ratio=$(echo "$seconds / $bare" | bc -l)
  bares+=("$bare"); floors+=("$floor"); hosts+=("$seconds"); ratios+=("$ratio")
  printf 'round %d: sqlite3 .import %.2f s   SQLite alone in our schema %.2f s   TriThuc import %.2f s (peak RSS %d MB)   ratio %.2f\n' \
    "$round" "$bare" "$floor" "$seconds" "$peak" "$ratio"
done

bare=$(median "${bares[@]}"); floor=$(median "${floors[@]}"); host=$(median "${hosts[@]}")
printf 'median of %d rounds: sqlite3 .import %.2f s, TriThuc import %.2f s, ratio %.2f (target <= 5)\n' "$rounds" "$bare" "$host" "$(median "${ratios[@]}")"
printf 'the engine floor: SQLite alone storing the rows in our schema takes %.2f s, %.1fx the .import; the import takes %.1fx the floor\n' \
  "$floor" "$(echo "$floor / $bare" | bc -l)" "$(echo "$host / $floor" | bc -l)"

echo "the write lock: saves made every quarter second beside a 100,000-row import (issue 19: held <= 1.2x the floor)"
read -r seconds longest refused < <(lock_held "$work/people-100000.csv")
printf '  import %.2f s; the longest time between two saves %.2f s (%d refused as busy): %.2fx the floor of %.2f s\n' \
  "$seconds" "$longest" "$refused" "$(echo "$longest / $floor" | bc -l)" "$floor"

echo "into a province of people: 100,000 other people imported where the first 100,000 already are"
read -r first _ _ seconds created < <(host_import "$work/people-100000.csv" intellectuals "$work/other-people-100000.csv")
[ "$created" = 100000 ] || { echo "the second import created $created rows, expected 100000"; head -40 "$work/report.json"; exit 1; }
printf '  into the empty province %.2f s; into the province of 100,000 people %.2f s, %.1fx the floor of the empty one (%.2f s)\n' \
  "$first" "$seconds" "$(echo "$seconds / $floor" | bc -l)" "$floor"

echo "peak memory by file size (whole host process, start-up included):"
for rows in 25000 50000 100000; do
  read -r seconds peak created < <(host_import "$work/people-$rows.csv")
  printf '  %6d rows: %.2f s, peak RSS %d MB\n' "$rows" "$seconds" "$peak"
done

echo "trainings: the same 100,000 people, then 100,000 trainings for them (the yearly retraining file)"
bare=$(sqlite_import "$work/trainings-100000.csv")
read -r _ _ _ seconds created < <(host_import "$work/people-100000.csv" trainings "$work/trainings-100000.csv")
[ "$created" = 100000 ] || { echo "the trainings import created $created rows, expected 100000"; head -40 "$work/report.json"; exit 1; }
printf '  sqlite3 .import %.2f s, TriThuc import %.2f s, ratio %.1f (no target)\n' "$bare" "$seconds" "$(echo "$seconds / $bare" | bc -l)"
