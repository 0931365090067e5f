#!/usr/bin/env bash
# B1: /graphql answering { __typename } against a minimal-API endpoint returning the same JSON,
# measured side by side on one host in one run. The two are measured in short alternating rounds,
# because this shared machine's capacity drifts by a factor of several within a minute: each round
# gives one ratio, measured under the same conditions, and the median ratio is the figure
# (target: >= 0.85).
#
#   bash benchmarks/http-trivial/run.sh [seconds-per-round] [rounds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-3}
rounds=${2:-11}
connections=${3:-32}
port=5099
url="http://127.0.0.1:$port"

source benchmarks/common.sh
require wrk bc
build

work=$(mktemp -d)
host_pid=
trap '[ -z "$host_pid" ] || kill "$host_pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
start_host "$url" "$work/data" "$work/host.out" --TriThuc:GraphQL:EnableBenchmarkBaseline=true

expected='{"data":{"__typename":"Query"}}'
for path in /graphql /benchmarks/raw; do
  body=$(curl -fs -X POST "$url$path" -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}')
  [ "$body" = "$expected" ] || { echo "$path answered $body, expected $expected"; exit 1; }
done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$host_pid/stat"; }

# Runs wrk against a path; prints "<requests per second> <requests per CPU-second of the host>".
# The second figure does not move when the machine lends the cores elsewhere for a while.
rps() { # path seconds
  local before after out
  before=$(cpu_ticks)
  out=$(wrk -t1 -c"$connections" -d"$2s" -s benchmarks/http-trivial/post.lua "$url$1")
  after=$(cpu_ticks)
  echo "$out" | awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" '
    /Requests\/sec/ {rps=$2}
    /requests in/ {n=$1}
    END {printf "%s %.0f\n", rps, (ticks > 0 ? n / (ticks / hz) : 0)}'
}

echo "warming up"
rps /graphql 10 >/dev/null
rps /benchmarks/raw 10 >/dev/null

graphql=(); raw=(); ratios=(); cpu_ratios=()
for round in $(seq 1 "$rounds"); do
  # Alternate which goes first, so that a drift within a round favours neither.
  if [ $((round % 2)) -eq 1 ]; then
    read -r r rc < <(rps /benchmarks/raw "$seconds"); read -r g gc < <(rps /graphql "$seconds")
  else
    read -r g gc < <(rps /graphql "$seconds"); read -r r rc < <(rps /benchmarks/raw "$seconds")
  fi
  raw+=("$r"); graphql+=("$g")
  ratios+=("$(echo "$g / $r" | bc -l)"); cpu_ratios+=("$(echo "$gc / $rc" | bc -l)")
  printf 'round %2d: raw %8.0f req/s (%6.0f per CPU-s)   graphql %8.0f req/s (%6.0f per CPU-s)   ratio %.3f, per CPU %.3f\n' \
    "$round" "$r" "$rc" "$g" "$gc" "${ratios[-1]}" "${cpu_ratios[-1]}"
done

printf 'median of %d rounds: raw %.0f req/s, graphql %.0f req/s; median ratio %.3f, median ratio per CPU-second %.3f (target >= 0.85)\n' \
  "$rounds" "$(median "${raw[@]}")" "$(median "${graphql[@]}")" "$(median "${ratios[@]}")" "$(median "${cpu_ratios[@]}")"
