#!/usr/bin/env bash
# B5 with two hosts on one PostgreSQL database behind nginx, as deploy/ sets a province up: B5's mixed load
# (mixed.lua) through nginx for a minute, then a count of what was lost or doubled. Targets: no request fails, no
# write the hosts answered as saved is missing, no person is stored twice, each host's peak RSS <= 400 MB.
#
#   bash benchmarks/b5-mixed/two-hosts.sh [seconds] [connections]
#
# nginx takes deploy/nginx-trithuc.conf's upstream (the two hosts on 5081 and 5082, least_conn) and its `location /`
# (the proxy settings) unchanged, on plain HTTP at 127.0.0.1:5180: TLS is not what this measures. Seeds the
# PostgreSQL province on first use (benchmarks/province-postgres.sh) and builds in Release unless SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-60}
connections=${2:-8}
url="http://127.0.0.1:5180"
export BENCH_POSTGRES=1

source benchmarks/common.sh
require wrk jq nginx
build

work=$(mktemp -d)
chmod 755 "$work"
host_a=""; host_b=""; nginx_pid=""; sampler_pid=""
copy_database=
trap 'for pid in $sampler_pid $nginx_pid $host_a $host_b; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; [ -z "$copy_database" ] || drop_database "$copy_database"; rm -rf "$work"' EXIT
copy_province_for_host "$work/data"

# Both hosts share the data folder (the signing key and the audit chain's key, as a shared disk or the same
# configured keys would give them) and the database; each keeps its own log.
start_host "http://127.0.0.1:5081" "$work/data" "$work/host-a.out" "${host_database[@]}" --TriThuc:LogPath="$work/logs-a"
host_a=$host_pid
start_host "http://127.0.0.1:5082" "$work/data" "$work/host-b.out" "${host_database[@]}" --TriThuc:LogPath="$work/logs-b"
host_b=$host_pid

mkdir -p "$work/nginx"
{
  echo "worker_processes 1; daemon off; pid $work/nginx/nginx.pid; error_log $work/nginx/error.log warn;"
  echo "events { worker_connections 1024; }"
  echo "http {"
  echo "  log_format upstream '\$upstream_addr \$status'; access_log $work/nginx/access.log upstream;"
  echo "  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;"
  sed -n '/^upstream trithuc {/,/^}/p' deploy/nginx-trithuc.conf
  echo "  server {"
  echo "    listen 127.0.0.1:5180;"
  echo "    client_max_body_size 50m;"
  sed -n '/^    location \/ {/,/^    }/p' deploy/nginx-trithuc.conf
  echo "  }"
  echo "}"
} >"$work/nginx/nginx.conf"
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
nginx_pid=$!
for _ in $(seq 1 20); do curl -fs "$url/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$url/health/ready" >/dev/null || { echo "nginx does not answer:"; cat "$work/nginx/error.log"; exit 1; }

export TOKEN UNITS PEOPLE RUN CREATED_IDS="$work/created-ids"
TOKEN=$(token "$work/data" --role editor --module Registry)
find_b5_targets "$url"
RUN=$(( $(date +%s) % 100 ))

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status" 2>/dev/null; }
( while kill -0 "$host_a" 2>/dev/null; do echo "$(rss_mb "$host_a") $(rss_mb "$host_b")"; sleep 1; done ) >"$work/rss" &
sampler_pid=$!
wrk -t1 -c"$connections" -d"${seconds}s" --timeout 30s --latency -s benchmarks/b5-mixed/mixed.lua "$url" >"$work/wrk.out"
sleep 2
kill "$sampler_pid"; wait "$sampler_pid" 2>/dev/null || true; sampler_pid=""

cat "$work/wrk.out"
awk -v s="$seconds" '
  function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; if (v ~ /m$/) return v * 60000; return v }
  /Requests\/sec/ {rps=$2} $1 == "50%" {p50=ms($2)} $1 == "99%" {p99=ms($2)}
  END {printf "%.1f requests/s, p50 %.1f ms, p99 %.1f ms\n", rps, p50, p99}' "$work/wrk.out"
printf 'resident memory: peak host A %s MB, host B %s MB (target <= 400 each)\n' \
  "$(awk '$1 > p {p = $1} END {print p}' "$work/rss")" "$(awk '$2 > p {p = $2} END {print p}' "$work/rss")"

echo "requests by host (nginx's log: upstream, status):"
sort "$work/nginx/access.log" | uniq -c

# Lost or doubled writes: every id the hosts answered as created must be in the database once, and no national ID
# of this run may be stored twice. People created by requests wrk cut off at the end may be stored without an
# answer: counted apart, not as doubles.
answered=$(sort -u "$work/created-ids" | grep -c . || true)
database_psql() { PGPASSWORD=trithuc psql -h "$PGHOST" -p "$PGPORT" -U trithuc -d "$copy_database" -qtA -v ON_ERROR_STOP=1 "$@"; }
ids=$(sort -u "$work/created-ids" | grep . | sed "s/.*/'&'/" | paste -sd, -)
found=0
[ -z "$ids" ] || found=$(database_psql -c "SELECT count(*) FROM registry.\"Intellectuals\" WHERE \"Id\"::text IN ($ids)")
stored=$(database_psql -c "SELECT count(*) FROM registry.\"Intellectuals\" WHERE \"NationalId\" LIKE '9$(printf '%02d' "$RUN")%'")
doubled=$(database_psql -c "SELECT count(*) FROM (SELECT \"NationalId\" FROM registry.\"Intellectuals\" WHERE \"NationalId\" LIKE '9$(printf '%02d' "$RUN")%' GROUP BY \"NationalId\" HAVING count(*) > 1) d")
lost=$((answered - found))
echo "writes answered as saved: $answered; found in the database: $found; lost: $lost; national IDs stored twice: $doubled; stored without an answer (cut off at the end): $((stored - found))"

logged=$(cat "$work/host-a.out" "$work/host-b.out" | grep -c -E '^\[[0-9:]+ (ERR|FTL)\]' || true)
echo "errors in the hosts' logs: $logged"
[ "$logged" -eq 0 ] || cat "$work/host-a.out" "$work/host-b.out" | grep -m 5 -A 3 -E '^\[[0-9:]+ (ERR|FTL)\]'

grep -q 'read errors 0, write errors 0' "$work/wrk.out" && ! grep -q 'Non-2xx\|Socket errors' "$work/wrk.out" &&
  [ "$logged" -eq 0 ] && [ "$lost" -eq 0 ] && [ "$doubled" -eq 0 ] && [ "$answered" -gt 0 ] ||
  { echo "B5 (two hosts) FAILED: failed requests, lost or doubled writes"; exit 1; }
