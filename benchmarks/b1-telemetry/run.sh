#!/usr/bin/env bash
# B1 with telemetry off and on: two hosts side by side, one as deployed by default (TriThuc:Telemetry unset: nothing
# of OpenTelemetry registered) and one with telemetry on (TriThuc:Telemetry:Prometheus=true: traces of HTTP, GraphQL
# and EF Core and every metric recorded, metrics served at /metrics; no OTLP collector runs here, so nothing is
# exported). Each round runs wrk against four targets in rotating order: /graphql { __typename } and the raw endpoint
# of each host. B1's figure (GraphQL / raw) with telemetry off is compared with the same figure with it on, and the
# two hosts' GraphQL with each other.
#
#   bash benchmarks/b1-telemetry/run.sh [seconds-per-round=3] [rounds=15] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-3}
rounds=${2:-15}
connections=${3:-32}
off_url="http://127.0.0.1:5091"
on_url="http://127.0.0.1:5092"

source benchmarks/common.sh
require wrk bc
build

work=$(mktemp -d)
off_pid=; on_pid=
trap 'for pid in $off_pid $on_pid; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"' EXIT
start_host "$off_url" "$work/off" "$work/off.out" --TriThuc:GraphQL:EnableBenchmarkBaseline=true
off_pid=$host_pid
start_host "$on_url" "$work/on" "$work/on.out" --TriThuc:GraphQL:EnableBenchmarkBaseline=true --TriThuc:Telemetry:Prometheus=true
on_pid=$host_pid

expected='{"data":{"__typename":"Query"}}'
for url in "$off_url" "$on_url"; do
  for path in /graphql /benchmarks/raw; do
    body=$(curl -fs -X POST "$url$path" -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}')
    [ "$body" = "$expected" ] || { echo "$url$path answered $body, expected $expected"; exit 1; }
  done
done
curl -fs "$off_url/metrics" >/dev/null 2>&1 && { echo "the host with telemetry off serves /metrics"; exit 1; }
curl -fs "$on_url/metrics" | grep -q '^trithuc_graphql_operations' || { echo "the host with telemetry on does not count GraphQL operations at /metrics"; exit 1; }
echo "both hosts answer the same; telemetry on counts operations at /metrics, off serves no /metrics"

rps() { # url -> requests per second
  wrk -t1 -c"$connections" -d"$2s" -s benchmarks/http-trivial/post.lua "$1" | awk '/Requests\/sec/ {print $2}'
}

echo "warming up"
for target in "$off_url/graphql" "$on_url/graphql" "$off_url/benchmarks/raw" "$on_url/benchmarks/raw"; do rps "$target" 5 >/dev/null; done

targets=(off_graphql on_graphql off_raw on_raw)
declare -A url_of=([off_graphql]="$off_url/graphql" [on_graphql]="$on_url/graphql" [off_raw]="$off_url/benchmarks/raw" [on_raw]="$on_url/benchmarks/raw")
off_ratios=(); on_ratios=(); on_off=(); raw_on_off=()
for round in $(seq 1 "$rounds"); do
  declare -A got=()
  for i in 0 1 2 3; do
    target=${targets[$(( (i + round) % 4 ))]}
    got[$target]=$(rps "${url_of[$target]}" "$seconds")
  done
  off_ratios+=("$(echo "${got[off_graphql]} / ${got[off_raw]}" | bc -l)")
  on_ratios+=("$(echo "${got[on_graphql]} / ${got[on_raw]}" | bc -l)")
  on_off+=("$(echo "${got[on_graphql]} / ${got[off_graphql]}" | bc -l)")
  raw_on_off+=("$(echo "${got[on_raw]} / ${got[off_raw]}" | bc -l)")
  printf 'round %2d: off GraphQL %8.0f raw %8.0f (%.3f)   on GraphQL %8.0f raw %8.0f (%.3f)   on/off GraphQL %.3f\n' "$round" \
    "${got[off_graphql]}" "${got[off_raw]}" "${off_ratios[-1]}" "${got[on_graphql]}" "${got[on_raw]}" "${on_ratios[-1]}" "${on_off[-1]}"
done
printf 'medians of %d rounds: GraphQL/raw with telemetry off %.3f, on %.3f; GraphQL on/off %.3f; raw on/off %.3f\n' "$rounds" \
  "$(median "${off_ratios[@]}")" "$(median "${on_ratios[@]}")" "$(median "${on_off[@]}")" "$(median "${raw_on_off[@]}")"
