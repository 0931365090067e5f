#!/usr/bin/env bash
# B6: the whole programme at scale. Every module's indicators, each with its value and its breakdown by unit
# (every unit rolling up its subtree), over the generated province with every module's demo data
# (programme.sh), against hand-written SQL run by the sqlite3 shell on the same database files: the Registry's
# seven (B3's query), Science's four (science.sql) and the University's U1 and U3 (university.sql). Both sides
# must give the same figures by department before anything is timed; then alternating rounds, module by module,
# of one GraphQL request and one run of that module's query (target: GraphQL at most 2x). The indicators nobody
# wrote SQL for (Health, Education, Talent, U2) and the whole programme in one request are timed through GraphQL
# only. Last, a review snapshot (every indicator, every dimension) is taken and timed while the host's resident
# memory is sampled every 0.1 s.
#
#   PEOPLE=100000 bash benchmarks/b6-programme/run.sh [rounds=5] [snapshots=3]
#
# With BENCH_POSTGRES=1 (benchmarks/run.sh --postgres) the host runs on a copy of the PostgreSQL programme
# (programme-postgres.sh) and the queries are the *.postgres.sql files, run by psql.
set -euo pipefail
cd "$(dirname "$0")/../.."

rounds=${1:-5}
snapshots=${2:-3}
port=5095
url="http://127.0.0.1:$port"
source benchmarks/common.sh
require sqlite3 jq bc
build

work=$(mktemp -d)
host_pid=; sampler_pid=; copy_database=
trap 'for pid in $sampler_pid $host_pid; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; [ -z "$copy_database" ] || drop_database "$copy_database"; rm -rf "$work"' EXIT
host_database=()
if [ -n "${BENCH_POSTGRES:-}" ]; then
  start_postgres
  read -r programme programme_database < <(bash benchmarks/b6-programme/programme-postgres.sh)
  copy_database="${programme_database}_copy_$$"
  echo "copying the programme's database $programme_database"
  psql_admin -qc "CREATE DATABASE $copy_database TEMPLATE $programme_database"
  host_database=(--TriThuc:Database:Provider=Postgres --TriThuc:Database:ConnectionString="$(postgres_connection "$copy_database")")
else
  programme=$(bash benchmarks/b6-programme/programme.sh)
fi
echo "copying the programme's data folder ($(du -sh "$programme" | cut -f1))"
cp -r "$programme" "$work/data"
# A snapshot of every indicator over 100,000 people may take longer than a request's default 30 s.
start_host "$url" "$work/data" "$work/host.out" --TriThuc:GraphQL:ExecutionTimeout=00:10:00 "${host_database[@]}"
viewer=$(token "$work/data" --role viewer)
administrator=$(token "$work/data" --role administrator)
day=$(date +%F)

# Samples the host's resident memory every 0.1 s into $work/rss (MB), until killed.
sample_rss() { while :; do awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$host_pid/status" >>"$work/rss" 2>/dev/null || true; sleep 0.1; done; }
sample_rss & sampler_pid=$!

declare -A codes=([Registry]='"T1","T2","T3","T4","D1","D2","D3"' [Science]='"S1","S2","S3","S4"' [University]='"U1","U3"')
declare -A sql_of=([Registry]=benchmarks/b3-indicators/indicators.sql [Science]=benchmarks/b6-programme/science.sql
                   [University]=benchmarks/b6-programme/university.sql)
declare -A database_of=([Registry]=registry.db [Science]=science.db [University]=university.db)
declare -A postgres_sql_of=([Registry]=benchmarks/b3-indicators/indicators.postgres.sql [Science]=benchmarks/b6-programme/science.postgres.sql
                            [University]=benchmarks/b6-programme/university.postgres.sql)
psql_on_copy() { PGPASSWORD=trithuc psql -h "$PGHOST" -p "$PGPORT" -U trithuc -d "$copy_database" -qAt -F'|' -v ON_ERROR_STOP=1 "$@"; }
selection="code value(at: \\\"$day\\\") { numerator denominator } breakdown(by: \\\"unit\\\", at: \\\"$day\\\") { key depth numerator denominator }"

graphql() { # arguments-of-indicators (may be empty) -> seconds; the answer in $work/graphql.json
  local arguments=${1:+($1)}
  curl -fsS -o "$work/graphql.json" -w '%{time_total}\n' "$url/graphql" \
    -H "authorization: Bearer $viewer" -H 'content-type: application/json' \
    -d "{\"query\":\"{ indicators$arguments { $selection } }\"}"
  if jq -e '.errors' "$work/graphql.json" >/dev/null; then echo "GraphQL answered errors: $(head -c 600 "$work/graphql.json")" >&2; exit 1; fi
}
module_codes() { echo "codes: [${codes[$1]//\"/\\\"}]"; }

sql() { # module -> seconds; the answer in $work/sql.txt
  local start; start=$(date +%s.%N)
  if [ -n "${BENCH_POSTGRES:-}" ]; then
    psql_on_copy -v day="$day" -f "${postgres_sql_of[$1]}" >"$work/sql.txt"
    echo "$(date +%s.%N) - $start" | bc -l
    return
  fi
  sqlite3 -readonly "$work/data/${database_of[$1]}" -cmd "ATTACH 'file:$work/data/registry.db?mode=ro' AS r" \
    -cmd ".parameter set :day \"'$day'\"" <"${sql_of[$1]}" >"$work/sql.txt"
  echo "$(date +%s.%N) - $start" | bc -l
}

echo "checking that both compute the same numbers (on $day, by department)"
if [ -n "${BENCH_POSTGRES:-}" ]; then
  psql_on_copy -c "SELECT \"Id\" || '|' || \"Code\" FROM registry.\"Units\"" >"$work/units.txt"
else
  sqlite3 -readonly "$work/data/registry.db" "SELECT lower(Id) || '|' || Code FROM Units" >"$work/units.txt"
fi
for module in Registry Science University; do
  graphql "$(module_codes $module)" >/dev/null; sql $module >/dev/null
  jq -r '.data.indicators[] | .code as $c | .breakdown[] | select(.depth == 1 and .numerator + (.denominator // 0) > 0)
         | [$c, .key, .numerator, (.denominator // "")] | @tsv' "$work/graphql.json" \
    | awk -F'\t' 'NR == FNR {split($0, a, "|"); code[a[1]] = a[2]; next} {print $1 "|" code[$2] "|" $3 "|" $4}' "$work/units.txt" - \
    | sort >"$work/graphql.txt"
  sort -o "$work/sql.txt" "$work/sql.txt"
  if ! diff -q "$work/graphql.txt" "$work/sql.txt" >/dev/null; then
    echo "$module: GraphQL and the SQL query disagree (indicator|department|numerator|denominator; < GraphQL, > SQL):"
    diff "$work/graphql.txt" "$work/sql.txt" | head -20
    exit 1
  fi
  [ -s "$work/sql.txt" ] || { echo "$module: no figure at all to compare"; exit 1; }
  printf '  %-10s the same %d figures (%s)\n' "$module" "$(wc -l <"$work/sql.txt")" "$(cut -d'|' -f1 "$work/sql.txt" | sort -u | tr '\n' ' ')"
done
graphql "" >/dev/null
printf '  every indicator: %d, with %d breakdown rows\n' "$(jq '.data.indicators | length' "$work/graphql.json")" \
  "$(jq '[.data.indicators[].breakdown[]] | length' "$work/graphql.json")"
others_codes=$(jq -r --argjson covered "[${codes[Registry]},${codes[Science]},${codes[University]}]" \
  '[.data.indicators[].code | select(. as $c | $covered | index($c) | not)] | map("\\\"" + . + "\\\"") | join(",")' "$work/graphql.json")
echo "  without hand-written SQL: ${others_codes//\\\"/}"
jq -r '.data.indicators | group_by(.code[0:1]) | .[] | "    " + (map(.code + " " + (.value.numerator | tostring) + (if .value.denominator then "/" + (.value.denominator | tostring) else "" end)) | join(", "))' "$work/graphql.json"

declare -A g s r
for module in Registry Science University; do g[$module]=""; s[$module]=""; r[$module]=""; done
others=(); whole=()
for round in $(seq 1 "$rounds"); do
  line="round $round:"
  for module in Registry Science University; do
    if [ $((round % 2)) -eq 1 ]; then sq=$(sql $module); gq=$(graphql "$(module_codes $module)"); else gq=$(graphql "$(module_codes $module)"); sq=$(sql $module); fi
    ratio=$(echo "$gq / $sq" | bc -l)
    g[$module]+=" $gq"; s[$module]+=" $sq"; r[$module]+=" $ratio"
    line+=$(printf '  %s SQL %.3f s GraphQL %.3f s (%.2f)' "$module" "$sq" "$gq" "$ratio")
  done
  others+=("$(graphql "codes: [$others_codes]")")
  whole+=("$(graphql "")")
  echo "$line  | others $(printf '%.3f' "${others[-1]}") s  whole programme $(printf '%.3f' "${whole[-1]}") s"
done
echo
echo "median of $rounds rounds (target: GraphQL <= 2x the SQL):"
for module in Registry Science University; do
  # shellcheck disable=SC2086
  printf '  %-10s SQL %.3f s   GraphQL %.3f s   ratio %.2f\n' "$module" "$(median ${s[$module]})" "$(median ${g[$module]})" "$(median ${r[$module]})"
done
printf '  GraphQL only: the indicators without hand-written SQL %.3f s; every indicator in one request %.3f s\n' \
  "$(median "${others[@]}")" "$(median "${whole[@]}")"
echo "  host RSS: $(tail -1 "$work/rss") MB now, peak $(sort -n "$work/rss" | tail -1) MB over the rounds"

echo
echo "review snapshots (every indicator and dimension, on $day)"
times=()
for n in $(seq 1 "$snapshots"); do
  : >"$work/rss"
  before=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$host_pid/status")
  t=$(curl -fsS -o "$work/snapshot.json" -w '%{time_total}\n' "$url/graphql" \
    -H "authorization: Bearer $administrator" -H 'content-type: application/json' \
    -d "{\"query\":\"mutation { takeReviewSnapshot(input: { kind: INTERIM, title: \\\"B6 $n\\\", asOf: \\\"$day\\\" }) { id indicators { code } } }\"}")
  if jq -e '.errors' "$work/snapshot.json" >/dev/null; then echo "the snapshot failed: $(head -c 600 "$work/snapshot.json")"; exit 1; fi
  times+=("$t")
  printf '  snapshot %d: %.2f s, %d indicators; RSS %d MB before, peak %d MB, %d MB after\n' "$n" "$t" \
    "$(jq '.data.takeReviewSnapshot.indicators | length' "$work/snapshot.json")" "$before" \
    "$(sort -n "$work/rss" | tail -1)" "$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$host_pid/status")"
done
printf '  median %.2f s\n' "$(median "${times[@]}")"
