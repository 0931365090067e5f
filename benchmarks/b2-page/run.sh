#!/usr/bin/env bash
# B2: a page of 50 intellectuals (unit, highest qualification, latest training) filtered by a unit subtree
# and a name search, over the generated province of 100,000 people: GraphQL on the host against a
# hand-written EF Core endpoint (benchmarks/Baseline) reading a copy of the same database, in short
# alternating rounds; the median ratio of requests per second is the figure (target: >= 0.70), with the
# p50/p99 latency of each side.
#
#   bash benchmarks/b2-page/run.sh [seconds-per-round] [rounds] [connections]
#
# Seeds the province on first use (benchmarks/province.sh) and builds in Release (benchmarks/build.sh, here
# unless SKIP_BUILD=1).
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-15}
rounds=${2:-9}
connections=${3:-4}
host_url="http://127.0.0.1:5102"
baseline_url="http://127.0.0.1:5103"
baseline_dll=benchmarks/Baseline/bin/Release/net10.0/TriThuc.Benchmarks.Baseline.dll

source benchmarks/common.sh
require wrk jq bc
build

work=$(mktemp -d)
host_pid=""; baseline_pid=""
copy_database=
trap 'for pid in $host_pid $baseline_pid; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; [ -z "$copy_database" ] || drop_database "$copy_database"; rm -rf "$work"' EXIT
copy_province_for_host "$work/data"

# The baseline reads the same database: the SQLite file, or the PostgreSQL copy (BENCH_POSTGRES=1).
if [ -n "$copy_database" ]; then baseline_database=(--RegistryPostgres "$(postgres_connection "$copy_database")"); else baseline_database=(--RegistryDb "$work/data/registry.db"); fi
ASPNETCORE_ENVIRONMENT=Production dotnet "$baseline_dll" --urls "$baseline_url" "${baseline_database[@]}" >"$work/baseline.out" 2>&1 &
baseline_pid=$!
start_host "$host_url" "$work/data" "$work/host.out" "${host_database[@]}"
export TOKEN
TOKEN=$(token "$work/data" --role editor --module Registry)

# The whole province, two departments with their schools or hospitals, a school and a commune.
export UNITS
UNITS=$(curl -fs "$host_url/graphql" -H 'Content-Type: application/json' \
  -d '{"query":"{ rootUnits { id code children { id code children { id code } } } }"}' |
  jq -r '[.data.rootUnits[] | .. | objects | select(.code? and (.code | IN("TQ","SGDDT","SYT","THPTC","X-DV"))) | .id] | join(",")')
[ "$(tr ',' '\n' <<<"$UNITS" | wc -l)" -eq 5 ] || { echo "expected 5 units in the province, found: $UNITS"; exit 1; }

# Both sides must answer every request of the sequence with the same bytes, or the comparison means nothing.
echo "checking that both sides answer the same JSON"
cat >"$work/dump.lua" <<'LUA'
dofile("benchmarks/b2-page/page.lua")
local count = 0
response = function(status, headers, body)
  count = count + 1
  if count <= 40 then
    local file = io.open(os.getenv("DUMP") .. "/" .. count .. ".json", "w")
    file:write(body)
    file:close()
  end
end
LUA
# wrk runs for its whole duration whatever a script does, so it is stopped once 40 answers are written.
dump() { # graphql|baseline url
  mkdir -p "$work/$1"
  TARGET=$1 DUMP="$work/$1" wrk -t1 -c1 -d300s --timeout 30s -s "$work/dump.lua" "$2" >/dev/null &
  local wrk_pid=$!
  for _ in $(seq 1 600); do [ "$(ls "$work/$1" | wc -l)" -ge 40 ] && break; sleep 0.5; done
  sleep 0.5; kill "$wrk_pid"; wait "$wrk_pid" 2>/dev/null || true
}
dump graphql "$host_url"
dump baseline "$baseline_url"
for side in graphql baseline; do
  [ "$(ls "$work/$side" | wc -l)" -eq 40 ] || { echo "the $side side answered $(ls "$work/$side" | wc -l) of 40 requests"; exit 1; }
done
for file in "$work"/graphql/*.json; do
  other="$work/baseline/$(basename "$file")"
  cmp -s "$file" "$other" || { echo "answers differ for request $(basename "$file" .json):"; head -c 400 "$file"; echo; head -c 400 "$other"; echo; exit 1; }
  grep -q '"items":\[{' "$file" || { echo "request $(basename "$file" .json) found nobody: $(head -c 300 "$file")"; exit 1; }
done
echo "40 requests, identical answers"

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# When wrk stops, the requests it leaves in flight run on (SQLite does not stop a statement midway) and
# would take the cores from the next measurement: wait until the process has been idle for half a second.
settle() { # pid
  local before
  for _ in $(seq 1 40); do
    before=$(cpu_ticks "$1"); sleep 0.5
    [ $(( $(cpu_ticks "$1") - before )) -le 2 ] && return
  done
}

# Runs wrk against one side; prints "<requests/s> <requests per CPU-second of the serving process> <p50 ms> <p99 ms> <errors>".
measure() { # graphql|baseline seconds
  local url pid before after out
  if [ "$1" = graphql ]; then url=$host_url; pid=$host_pid; else url=$baseline_url; pid=$baseline_pid; fi
  before=$(cpu_ticks "$pid")
  out=$(TARGET=$1 wrk -t1 -c"$connections" -d"$2s" --timeout 30s --latency -s benchmarks/b2-page/page.lua "$url")
  after=$(cpu_ticks "$pid")
  settle "$pid"
  echo "$out" | awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; if (v ~ /m$/) return v * 60000; return v }
    /Requests\/sec/ {rps=$2}
    /requests in/ {n=$1}
    $1 == "50%" {p50=ms($2)}
    $1 == "99%" {p99=ms($2)}
    /Non-2xx/ {non2xx=$NF}
    /answers-with-errors/ {errors=$2}
    END {printf "%s %.1f %.1f %.1f %d\n", rps, (ticks > 0 ? n / (ticks / hz) : 0), p50, p99, errors}'
}

echo "warming up"
measure graphql 10 >/dev/null
measure baseline 10 >/dev/null

graphql=(); baseline=(); ratios=(); cpu_ratios=(); g50=(); g99=(); b50=(); b99=()
for round in $(seq 1 "$rounds"); do
  # Alternate which goes first, so that a drift within a round favours neither.
  if [ $((round % 2)) -eq 1 ]; then
    read -r b bc bp50 bp99 be < <(measure baseline "$seconds"); read -r g gc gp50 gp99 ge < <(measure graphql "$seconds")
  else
    read -r g gc gp50 gp99 ge < <(measure graphql "$seconds"); read -r b bc bp50 bp99 be < <(measure baseline "$seconds")
  fi
  [ "$ge" -eq 0 ] && [ "$be" -eq 0 ] || { echo "round $round: $ge GraphQL and $be baseline answers were errors"; exit 1; }
  baseline+=("$b"); graphql+=("$g"); g50+=("$gp50"); g99+=("$gp99"); b50+=("$bp50"); b99+=("$bp99")
  ratios+=("$(echo "$g / $b" | bc -l)"); cpu_ratios+=("$(echo "$gc / $bc" | bc -l)")
  printf 'round %2d: baseline %6.1f req/s (%5.1f per CPU-s, p50 %6.1f ms, p99 %6.1f ms)   graphql %6.1f req/s (%5.1f per CPU-s, p50 %6.1f ms, p99 %6.1f ms)   ratio %.3f, per CPU %.3f\n' \
    "$round" "$b" "$bc" "$bp50" "$bp99" "$g" "$gc" "$gp50" "$gp99" "${ratios[-1]}" "${cpu_ratios[-1]}"
done

printf 'median of %d rounds: baseline %.1f req/s (p50 %.1f ms, p99 %.1f ms), graphql %.1f req/s (p50 %.1f ms, p99 %.1f ms); median ratio %.3f, median ratio per CPU-second %.3f (target >= 0.70)\n' \
  "$rounds" "$(median "${baseline[@]}")" "$(median "${b50[@]}")" "$(median "${b99[@]}")" \
  "$(median "${graphql[@]}")" "$(median "${g50[@]}")" "$(median "${g99[@]}")" "$(median "${ratios[@]}")" "$(median "${cpu_ratios[@]}")"
