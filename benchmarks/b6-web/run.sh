#!/usr/bin/env bash
# B6: the web application's targets page on the demo province (the 2,000 intellectuals and Science's demo data that
# `dotnet run --project src/Host` creates), in the Production environment, as a leader opens it
# in Debian's Chromium, against the printable review page the host renders for the same figures, in alternating
# rounds: the first contentful paint, the moment the values are painted, the moment every trend chart is drawn, and
# the bytes transferred.
#
#   bash benchmarks/b6-web/run.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."

rounds=${1:-7}
port=5094
url="http://127.0.0.1:$port"
source benchmarks/common.sh
require curl jq chromium
build
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --loglevel=error

work=$(mktemp -d)
host_pid=
trap '[ -z "$host_pid" ] || kill "$host_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
start_host "$url" "$work/data" "$work/host.out" \
  --TriThuc:Modules:Registry:DemoData:Enabled=true --TriThuc:Modules:Science:DemoData:Enabled=true
viewer=$(token "$work/data" --role viewer)
administrator=$(token "$work/data" --role administrator)
count() {
  curl -fsS "$url/graphql" -H "authorization: Bearer $administrator" -H 'content-type: application/json' \
    -d '{"query":"{ intellectuals(first: 1) { totalCount } scienceProjects(first: 1) { totalCount } }"}' \
    | jq -r '"\(.data.intellectuals.totalCount) \(.data.scienceProjects.totalCount)"'
}
for _ in $(seq 1 120); do
  read -r people projects <<<"$(count)"
  [ "$people" -ge 2000 ] && [ "$projects" -gt 0 ] && break
  sleep 1
done
echo "demo province: $people intellectuals, $projects science projects"

# The baseline: the review page of a snapshot of the same indicators, taken now.
review=$(curl -fsS "$url/graphql" -H "authorization: Bearer $administrator" -H 'content-type: application/json' \
  -d '{"query":"mutation { takeReviewSnapshot(input: { kind: INTERIM, title: \"B6\" }) { htmlUrl } }"}' | jq -r '.data.takeReviewSnapshot.htmlUrl')
[ "$review" != null ] || { echo "could not take a review snapshot"; exit 1; }

node benchmarks/b6-web/measure.mjs --url "$url" --token "$viewer" --review "$review" --rounds "$rounds"
