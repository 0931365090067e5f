#!/usr/bin/env bash
# B5: mixed load on /graphql over the generated province of 100,000 people — 90% reads (a page of 50 by
# unit subtree and name search, one person's record), 10% writes (createIntellectual) — for a minute on
# loopback. Targets: no request fails, and memory stays steady (peak resident memory <= 400 MB).
#
#   bash benchmarks/b5-mixed/run.sh [seconds] [connections]
#
# Seeds the province on first use (benchmarks/province.sh) and builds in Release (benchmarks/build.sh, here
# unless SKIP_BUILD=1). The host inherits the environment, so GC settings can be tried without a
# rebuild, e.g. DOTNET_gcServer=0 bash benchmarks/b5-mixed/run.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-60}
connections=${2:-8}
url="http://127.0.0.1:5104"

source benchmarks/common.sh
require wrk jq
build

work=$(mktemp -d)
host_pid=""; sampler_pid=""
copy_database=
trap 'for pid in $sampler_pid $host_pid; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; [ -z "$copy_database" ] || drop_database "$copy_database"; rm -rf "$work"' EXIT
copy_province_for_host "$work/data"
start_host "$url" "$work/data" "$work/host.out" "${host_database[@]}"

export TOKEN UNITS PEOPLE RUN
TOKEN=$(token "$work/data" --role editor --module Registry)
find_b5_targets "$url"
RUN=$(( $(date +%s) % 100 ))

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$host_pid/status"; }
echo "host started; resident memory $(rss_mb) MB before the load"

# One sample of the host's resident memory a second, from the start of the load.
( start=$(date +%s); while kill -0 "$host_pid" 2>/dev/null; do echo "$(( $(date +%s) - start )) $(rss_mb)"; sleep 1; done ) >"$work/rss" &
sampler_pid=$!
wrk -t1 -c"$connections" -d"${seconds}s" --timeout 30s --latency -s benchmarks/b5-mixed/mixed.lua "$url" >"$work/wrk.out"
sleep 1
kill "$sampler_pid"; wait "$sampler_pid" 2>/dev/null || true; sampler_pid=""

cat "$work/wrk.out"
rss_at() { awk -v t="$1" '$1 >= t && $2 != "" {print $2; exit}' "$work/rss"; }
at=""
for t in 10 30 $(seq 60 60 "$seconds"); do at+="${at:+, }$t s $(rss_at "$t") MB"; done
printf 'resident memory: peak %s MB (target <= 400); at %s\n' "$(awk '$2 > peak {peak = $2} END {print peak}' "$work/rss")" "$at"
awk -v s="$seconds" '
  function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; if (v ~ /m$/) return v * 60000; return v }
  /Requests\/sec/ {rps=$2} $1 == "50%" {p50=ms($2)} $1 == "99%" {p99=ms($2)}
  END {printf "%.1f requests/s, p50 %.1f ms, p99 %.1f ms\n", rps, p50, p99}' "$work/wrk.out"
logged=$(grep -c -E '^\[[0-9:]+ (ERR|FTL)\]' "$work/host.out" || true)
echo "errors in the host log: $logged"
[ "$logged" -eq 0 ] || grep -m 5 -A 3 -E '^\[[0-9:]+ (ERR|FTL)\]' "$work/host.out"

grep -q 'read errors 0, write errors 0' "$work/wrk.out" && ! grep -q 'Non-2xx\|Socket errors' "$work/wrk.out" && [ "$logged" -eq 0 ] ||
  { echo "B5 FAILED: some requests failed"; exit 1; }
