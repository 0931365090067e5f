#!/usr/bin/env bash
# B4: importing a 100,000-row CSV of intellectuals over HTTP against `sqlite3 .import` of the same file
# into a bare table, in alternating rounds (target: at most 5x), and the host's peak memory for files of
# 25,000, 50,000 and 100,000 rows (target: flat as the file grows).
#
#   bash benchmarks/b4-import/run.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."

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

now() { date +%s.%N; }

sqlite_import() { # file -> seconds
  rm -f "$work/bare.db"
  local start; start=$(now)
  sqlite3 "$work/bare.db" -cmd ".mode csv" ".import $1 people"
  echo "$(now) - $start" | bc -l
}

# Starts a host on a fresh province of units and no people, imports the file, and prints
# "<seconds> <peak RSS in MB> <rows created>". Creating and starting the host is not timed.
host_import() { # file
  local data="$work/data" out="$work/report.json" start seconds
  rm -rf "$data" "$data-logs"
  start_host "$url" "$data" "$work/host.out" \
    --TriThuc:Modules:Registry:DemoData:Enabled=true --TriThuc:Modules:Registry:DemoData:People=0
  local token; token=$(token "$data" --role editor --module Registry)
  start=$(now)
  curl -fsS -o "$out" -X POST "$url/api/registry/import/intellectuals?fileName=people.csv" \
    -H "authorization: Bearer $token" -H 'content-type: text/csv' --data-binary "@$1"
  seconds=$(echo "$(now) - $start" | bc -l)
  local peak; peak=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$host_pid/status")
  kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; host_pid=
  local created; created=$(grep -o '"created": [0-9]*' "$out" | grep -o '[0-9]*$')
  echo "$seconds $peak $created"
}

echo "warming up"
sqlite_import "$work/people-25000.csv" >/dev/null
host_import "$work/people-25000.csv" >/dev/null

ratios=(); hosts=(); bares=()
for round in $(seq 1 "$rounds"); do
  bare=$(sqlite_import "$work/people-100000.csv")
  read -r seconds peak created < <(host_import "$work/people-100000.csv")
  [ "$created" = 100000 ] || { echo "round $round: the import created $created rows, expected 100000"; cat "$work/report.json" | head -40; exit 1; }
  ratio=$(echo "$seconds / $bare" | bc -l)
  bares+=("$bare"); hosts+=("$seconds"); ratios+=("$ratio")
  printf 'round %d: sqlite3 .import %.2f s   TriThuc import %.2f s (peak RSS %d MB)   ratio %.2f\n' "$round" "$bare" "$seconds" "$peak" "$ratio"
done

printf 'median of %d rounds: sqlite3 .import %.2f s, TriThuc import %.2f s, ratio %.2f (target <= 5)\n' \
  "$rounds" "$(median "${bares[@]}")" "$(median "${hosts[@]}")" "$(median "${ratios[@]}")"

echo "peak memory by file size (whole host process, start-up included):"
for rows in 25000 50000 100000; do
  read -r seconds peak created < <(host_import "$work/people-$rows.csv")
  printf '  %6d rows: %.2f s, peak RSS %d MB\n' "$rows" "$seconds" "$peak"
done
