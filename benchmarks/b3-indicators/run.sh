#!/usr/bin/env bash
# B3: every Registry indicator for a year, broken down by department, through GraphQL against one
# hand-written SQL query computing the same numbers (indicators.sql, run by the sqlite3 shell on the
# same database file), in alternating rounds (target: GraphQL at most 2x the query's time).
#
#   bash benchmarks/b3-indicators/run.sh [rounds] [year]
set -euo pipefail
cd "$(dirname "$0")/../.."

rounds=${1:-7}
year=${2:-2025}
port=5096
url="http://127.0.0.1:$port"
[ -n "${SKIP_BUILD:-}" ] || bash benchmarks/build.sh
for tool in sqlite3 jq; do command -v $tool >/dev/null || { echo "installing $tool (Debian package)"; apt-get install -y -qq $tool >/dev/null; }; done

province=$(bash benchmarks/province.sh)
work=$(mktemp -d)
host_pid=
trap '[ -z "$host_pid" ] || kill "$host_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
echo "copying the province"
cp -r "$province" "$work/data"
host=(dotnet src/Host/bin/Release/net10.0/TriThuc.Host.dll)
ASPNETCORE_ENVIRONMENT=Production "${host[@]}" --urls "$url" --TriThuc:DataPath="$work/data" --TriThuc:LogPath="$work/logs" \
  --Serilog:MinimumLevel:Default=Warning >"$work/host.out" 2>&1 &
host_pid=$!
until curl -fs "$url/health/ready" >/dev/null 2>&1; do sleep 0.5; done
token=$("${host[@]}" token --role viewer --TriThuc:DataPath="$work/data" 2>/dev/null | tail -n 1)
query="{\"query\":\"{ indicators(module: \\\"Registry\\\") { code breakdown(by: \\\"unit\\\", year: $year) { key depth numerator denominator } } }\"}"
database="$work/data/registry.db"

graphql() { # -> seconds; the answer in $work/graphql.json
  curl -fsS -o "$work/graphql.json" -w '%{time_total}\n' "$url/graphql" \
    -H "authorization: Bearer $token" -H 'content-type: application/json' -d "$query"
}

sql() { # -> seconds; the answer in $work/sql.txt
  local start; start=$(date +%s.%N)
  sqlite3 -readonly "$database" -cmd ".parameter set :day \"'$year-12-31'\"" <benchmarks/b3-indicators/indicators.sql >"$work/sql.txt"
  echo "$(date +%s.%N) - $start" | bc -l
}

echo "checking that both compute the same numbers"
graphql >/dev/null; sql >/dev/null
sqlite3 -readonly "$database" "SELECT lower(Id) || '|' || Code FROM Units" >"$work/units.txt"
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

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf 'median of %d rounds: SQL %.2f s, GraphQL %.2f s, ratio %.2f (target <= 2); host RSS %d MB\n' "$rounds" \
  "$(median "${sqls[@]}")" "$(median "${graphqls[@]}")" "$(median "${ratios[@]}")" \
  "$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$host_pid/status")"
