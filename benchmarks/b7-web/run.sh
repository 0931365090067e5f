#!/usr/bin/env bash
# B7: the web application's targets page on the demo province (the 2,000 intellectuals and Science's demo data that
# `dotnet run --project src/Host` creates), in the Production environment, as a leader opens it
# in Debian's Chromium, against the printable review page the host renders for the same figures, in alternating
# rounds: the first contentful paint, the moment the values are painted, the moment every trend chart is drawn, and
# the bytes transferred.
#
#   bash benchmarks/b7-web/run.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."

rounds=${1:-7}
port=5094
url="http://127.0.0.1:$port"
source benchmarks/common.sh
source benchmarks/b7-web/demo-host.sh
viewer=$(token "$work/data" --role viewer)

# The baseline: the review page of a snapshot of the same indicators, taken now.
review=$(curl -fsS "$url/graphql" -H "authorization: Bearer $administrator" -H 'content-type: application/json' \
  -d '{"query":"mutation { takeReviewSnapshot(input: { kind: INTERIM, title: \"B7\" }) { htmlUrl } }"}' | jq -r '.data.takeReviewSnapshot.htmlUrl')
[ "$review" != null ] || { echo "could not take a review snapshot"; exit 1; }

node benchmarks/b7-web/measure.mjs --url "$url" --token "$viewer" --review "$review" --rounds "$rounds"
