#!/usr/bin/env bash
# B3: every Registry indicator for a year, broken down by department, through GraphQL against one
# hand-written SQL query computing the same numbers (indicators.sql, run by the sqlite3 shell on the
# same database file), in alternating rounds (target: GraphQL at most 2x the query's time).
#
#   bash benchmarks/b3-indicators/run.sh [rounds] [year]
#
# With BENCH_POSTGRES=1 (benchmarks/run.sh --postgres) the host runs on a copy of the PostgreSQL province and the
# query is indicators.postgres.sql, run by psql.
set -euo pipefail
cd "$(dirname "$0")/../.."

rounds=${1:-7}
year=${2:-2025}
port=5096
url="http://127.0.0.1:$port"
source benchmarks/common.sh
require sqlite3 jq bc
build

work=$(mktemp -d)
host_pid=; copy_database=
trap '[ -z "$host_pid" ] || kill "$host_pid" 2>/dev/null || true; wait 2>/dev/null || true; [ -z "$copy_database" ] || drop_database "$copy_database"; rm -rf "$work"' EXIT
if [ -n "${BENCH_POSTGRES:-}" ]; then
  copy_postgres_province "$work/data"
  start_host "$url" "$work/data" "$work/host.out" --TriThuc:Database:Provider=Postgres \
    --TriThuc:Database:ConnectionString="$(postgres_connection "$copy_database")"
else
  copy_province "$work/data"
  start_host "$url" "$work/data" "$work/host.out"
fi
token=$(token "$work/data" --role viewer)
query="{\"query\":\"{ indicators(module: \\\"Registry\\\") { code breakdown(by: \\\"unit\\\", year: $year) { key depth numerator denominator } } }\"}"
database="$work/data/registry.db"

graphql() { # -> seconds; the answer in $work/graphql.json
  curl -fsS -o "$work/graphql.json" -w '%{time_total}\n' "$url/graphql" \
    -H "authorization: Bearer $token" -H 'content-type: application/json' -d "$query"
}

sql() { # -> seconds; the answer in $work/sql.txt
  local start; start=$(date +%s.%N)
  if [ -n "${BENCH_POSTGRES:-}" ]; then
    PGPASSWORD=trithuc psql -h "$PGHOST" -p "$PGPORT" -U trithuc -d "$copy_database" -qAt -F'|' -v ON_ERROR_STOP=1 -v day="$year-12-31" \
      -f benchmarks/b3-indicators/indicators.postgres.sql >"$work/sql.txt"
  else
    sqlite3 -readonly "$database" -cmd ".parameter set :day \"'$year-12-31'\"" <benchmarks/b3-indicators/indicators.sql >"$work/sql.txt"
  fi
  echo "$(date +%s.%N) - $start" | bc -l
}

echo "checking that both compute the same numbers"
graphql >/dev/null; sql >/dev/null
if [ -n "${BENCH_POSTGRES:-}" ]; then
  PGPASSWORD=trithuc psql -h "$PGHOST" -p "$PGPORT" -U trithuc -d "$copy_database" -qAt -c "SELECT \"Id\" || '|' || \"Code\" FROM registry.\"Units\"" >"$work/units.txt"
else
  sqlite3 -readonly "$database" "SELECT lower(Id) || '|' || Code FROM Units" >"$work/units.txt"
fi
jq -r '.data.indicators[] | .code as $c | .breakdown[] | select(.depth == 1 and .numerator + (.denominator // 0) > 0)
       | [$c, .key, .numerator, (.denominator // "")] | @tsv' "$work/graphql.json" \
  | awk -F'\t' 'NR == FNR {split($0, a, "|"); code[a[1]] = a[2]; next} {print $1 "|" code[$2] "|" $3 "|" $4}' "$work/units.txt" - \
  | sort >"$work/graphql.txt"
sort -o "$work/sql.txt" "$work/sql.txt"
if ! diff -q "$work/graphql.txt" "$work/sql.txt" >/dev/null; then
  echo "GraphQL and the SQL query disagree (indicator|department|numerator|denominator):"
  diff "$work/graphql.txt" "$work/sql.txt" | head -20
  exit 1
fi
echo "  the same $(wc -l <"$work/sql.txt") figures (7 indicators by department)"

graphqls=(); sqls=(); ratios=()
for round in $(seq 1 "$rounds"); do
  if [ $((round % 2)) -eq 1 ]; then s=$(sql); g=$(graphql); else g=$(graphql); s=$(sql); fi
  graphqls+=("$g"); sqls+=("$s"); ratios+=("$(echo "$g / $s" | bc -l)")
  printf 'round %d: SQL %.2f s   GraphQL %.2f s   ratio %.2f\n' "$round" "$s" "$g" "${ratios[-1]}"
done

printf 'median of %d rounds: SQL %.2f s, GraphQL %.2f s, ratio %.2f (target <= 2); host RSS %d MB\n' "$rounds" \
  "$(median "${sqls[@]}")" "$(median "${graphqls[@]}")" "$(median "${ratios[@]}")" \
  "$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$host_pid/status")"
